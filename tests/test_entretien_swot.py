"""The graded SWOT assignment (entretien technique) and its matrix widget, on every case of the bank."""

import time

import pytest

from autograder.metier.swot import cas as swot
from autograder.metier.swot.matrice import lire_classement, noter_classement, retour_enonce
from autograder.moteur.formats import ReponseInvalide
from autograder.moteur.seance import Seance
from autograder.widgets.exercice import creer_widget
from autograder.widgets.swot import MatriceSWOT

DEVOIR = "entretien_swot"
IDS = ["alice", "bob", "carla", "dris", "emma", "farid", "gaelle", "hugo", "ines", "jules"]


def seance(tmp_path, ident="alice"):
    s = Seance(DEVOIR, tmp_path / ident)
    s.changer_identifiant(ident)
    return s


@pytest.mark.parametrize("id_cas", swot.lister_cas())
def test_every_case_builds_every_exercise(id_cas, tmp_path, monkeypatch):
    """Whatever case a learner draws, each exercise has a key worth full marks."""
    from autograder.moteur import banque

    contexte = banque.charger_contexte(DEVOIR)
    original = contexte.construire

    def forcer(graine):
        data = original(graine)
        cas = swot.charger_cas(id_cas)
        data.update(cas=id_cas, titre=cas["titre"], chiffres=cas["chiffres_cles"])
        return data

    monkeypatch.setattr(contexte, "construire", forcer)
    s = seance(tmp_path)
    for nom in banque.lister(DEVOIR):
        ex = s.exercice(nom)
        assert ex.evaluer(ex.solution()).juste, (id_cas, nom)
    opinions = s.exercice("opinions").options()
    assert any(o.correct for o in opinions) and any(not o.correct for o in opinions)
    assert len(s.exercice("tows_paires").elements()) >= 8


def test_learners_draw_several_cases(tmp_path):
    drawn = {seance(tmp_path, i).donnees["cas"] for i in IDS}
    assert len(drawn) >= 4


def test_tows_ideas_belong_to_exactly_one_pair():
    """An idea citing a strength AND a weakness would fit two pairs: the key would be arguable."""
    for id_cas in swot.lister_cas():
        cas = swot.charger_cas(id_cas)
        quadrant = {e["id"]: e["quadrant"] for e in cas["enonces"]}
        for paire, idees in cas["tows"].items():
            for idee in idees:
                cites = {quadrant[r] for r in idee["enonces"]}
                possibles = [p for p, (a, b) in swot.PAIRES_TOWS.items() if {a, b} <= cites]
                assert possibles == [paire], (id_cas, idee["texte"])


def test_unanswered_statement_is_non_repondu_never_an_error():
    cas = swot.charger_cas("logistique")
    enonces = cas["enonces"]
    assert lire_classement(enonces, {}) == {}
    assert lire_classement(enonces, {enonces[0]["id"]: None, enonces[1]["id"]: ""}) == {}
    score, message, details = noter_classement(enonces, {enonces[0]["id"]: enonces[0]["quadrant"]})
    assert score == pytest.approx(1 / len(enonces))
    assert "non répondu" in message
    assert sum("Non répondu" in d for d in details) == len(enonces) - 1


@pytest.mark.parametrize("brute", ["S", 42, [1, 2], {"zzz": "S"}, {"e01": "X"}])
def test_bad_classification_refused_in_french(brute):
    enonces = swot.charger_cas("logistique")["enonces"]
    with pytest.raises(ReponseInvalide) as info:
        lire_classement(enonces, brute)
    assert "\u00a0: " in str(info.value)  # a French sentence that says what to do


def test_feedback_explains_internal_external_and_positive_negative():
    e = next(x for x in swot.charger_cas("logistique")["enonces"] if x["quadrant"] == "W")
    faux_origine = retour_enonce(e, "T")  # external negative: only the origin is wrong
    assert "interne" in faux_origine and "négatif" not in faux_origine.split("Or")[1].split(".")[0]
    faux_tout = retour_enonce(e, "O")
    assert "interne" in faux_tout and "négatif" in faux_tout and "Faiblesse (W)" in faux_tout
    assert retour_enonce(e, "W").startswith("Juste")
    assert retour_enonce(e, None) == "Non répondu."


def test_opinions_are_flagged_in_the_feedback():
    cas = swot.charger_cas("logistique")
    opinion = next(e for e in cas["enonces"] if e["fait_ou_opinion"] == "opinion")
    assert "opinion" in retour_enonce(opinion, opinion["quadrant"]).lower()


def test_click_saves_at_once_with_live_score_and_fast_feedback(tmp_path):
    s = seance(tmp_path)
    ex = s.exercice("classer_enonces")
    w = creer_widget(s, ex)
    matrice = w.saisie
    assert isinstance(matrice, MatriceSWOT)
    premier = ex.params["enonces"][0]
    faux = next(q for q in "SWOT" if q != premier["quadrant"])
    t0 = time.perf_counter()
    matrice.boutons[premier["id"]].value = faux
    assert time.perf_counter() - t0 < 0.05  # feedback on a click ≤ 50 ms (save included)
    assert "❌" in matrice.retours[premier["id"]].value
    assert "Score\u00a0: 0 %" in matrice.score.value
    assert Seance(DEVOIR, tmp_path / "alice").reponses.valeur("classer_enonces") == {
        premier["id"]: faux
    }
    matrice.boutons[premier["id"]].value = premier["quadrant"]
    assert "✅" in matrice.retours[premier["id"]].value
    assert "1 énoncé bien classé" in matrice.score.value
    assert "<br>1<" in matrice.matrice.value  # statement 1 shown in its quadrant of the matrix

    # Reopened: the buttons show the saved answer, partial credit in the grade cell.
    s2 = Seance(DEVOIR, tmp_path / "alice")
    w2 = creer_widget(s2, s2.exercice("classer_enonces"))
    assert w2.saisie.boutons[premier["id"]].value == premier["quadrant"]
    assert s2.noter("classer_enonces") == pytest.approx(
        round(ex.points / len(ex.params["enonces"]), 2)
    )


def test_every_button_row_has_a_label(tmp_path):
    s = seance(tmp_path)
    w = creer_widget(s, s.exercice("classer_enonces"))
    for b in w.saisie.boutons.values():
        assert b.description.strip() and len(b.tooltips) == 4


def test_evaluation_mode_hides_the_correction(tmp_path, monkeypatch):
    monkeypatch.setenv("NTC_MODE", "evaluation")
    s = seance(tmp_path)
    ex = s.exercice("classer_enonces")
    w = creer_widget(s, ex)
    e = ex.params["enonces"][0]
    w.saisie.boutons[e["id"]].value = e["quadrant"]
    assert w.saisie.retours[e["id"]].value == ""
    assert "Score" not in w.saisie.score.value and "1 énoncé classé" in w.saisie.score.value


def test_wrong_classification_gets_zero_and_explains(tmp_path):
    s = seance(tmp_path)
    ex = s.exercice("classer_enonces")
    faux = {e["id"]: next(q for q in "SWOT" if q != e["quadrant"]) for e in ex.params["enonces"]}
    s.repondre("classer_enonces", faux)
    with pytest.raises(AssertionError, match="0 énoncé bien classé"):
        s.noter("classer_enonces")
    assert all("Or " in d for d in ex.evaluer(faux).details)


def test_key_figure_traps_are_diagnosed(tmp_path):
    s = seance(tmp_path)
    ex = s.exercice("ca_par_salarie")
    p = ex.params
    verdict = ex.evaluer(p["effectif"] / p["ca_meur"])
    assert verdict.score == 0 and any("inversée" in d for d in verdict.details)
