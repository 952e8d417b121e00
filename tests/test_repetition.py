"""The entretien technique rehearsal: case drawing, countdown, plan, handout, self-evaluation and
jury drill, end to end from a fresh learner identifier, with nothing lost on a restart."""

import re
import time

import pytest

from autograder.metier.swot import cas as swot
from autograder.metier.swot.fiche import (
    MOTS_PAR_MINUTE,
    PARTIES,
    fiche_html,
    libelle_chiffre,
    lignes,
    plan_de_demonstration,
    temps_de_parole,
)
from autograder.metier.swot.repetition import criteres_evalues, durees
from autograder.moteur import referentiel
from autograder.widgets.repetition import CompteARebours, Repetition


def pages_pdf(chemin) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", chemin.read_bytes()))


def test_durations_and_criteria_come_from_the_reference():
    assert durees() == (20, 15, 15)  # RE §3.1
    modalite = next(m for m in referentiel.modalites() if m.id == "entretien_technique")
    assert modalite.competences == ("CP3", "CP4", "CP5", "CP6", "CP7", "CP8")
    ids = [c.id for c in criteres_evalues()]
    attendus = [
        c.id
        for cp in referentiel.competences()
        if cp.id in modalite.competences
        for c in cp.criteres
    ]
    assert ids == attendus and len(ids) == 36


def test_end_to_end_from_a_fresh_learner(tmp_path):
    rep = Repetition(tmp_path, identifiant="nouvelle.apprenante")
    cas = rep.cas
    assert cas["id"] in swot.lister_cas()

    # Preparation: a countdown of 20 minutes by default, stepped here instead of waited.
    minuteur = rep.compte_a_rebours()
    assert minuteur.secondes == 20 * 60 and "20:00 restantes" in minuteur.affichage.value
    minuteur.avancer(61)
    assert "18:59 restantes" in minuteur.affichage.value
    minuteur.avancer(10_000)
    assert "Temps écoulé" in minuteur.affichage.value

    # Plan: typing in a box saves it at once; the speaking time is shown against 15 minutes.
    plan = rep.plan()
    plan.zones["constat"].value = "Trois forces nettes, une faiblesse qui pèse sur la marge."
    assert Repetition(tmp_path).plan_enregistre()["constat"].startswith("Trois forces")

    # Handout, HTML and a one-page PDF, from the saved plan.
    page, pdf = rep.fiche()
    texte = page.read_text(encoding="utf-8")
    assert cas["titre"].split(" :")[0] in texte and "Trois forces nettes" in texte
    assert "démonstration" not in texte
    assert pdf.read_bytes().startswith(b"%PDF") and pages_pdf(pdf) == 1

    # Self-evaluation and jury drill are saved with the answers.
    grille = rep.autoevaluation()
    grille.listes["CP8.4"].value = "en_cours"
    grille.listes["CP3.1"].value = "acquis"
    assert Repetition(tmp_path).autoevaluation_enregistree() == {
        "CP8.4": "en_cours",
        "CP3.1": "acquis",
    }
    synthese = dict((cp, (a, e, v)) for cp, a, e, v in rep.synthese_autoevaluation())
    assert synthese["CP3"] == (1, 0, 5) and synthese["CP8"] == (0, 1, 4)

    drill = rep.questions_jury()
    assert len(drill.children) == len(cas["questions_jury"])
    premier = drill.children[0]
    notes, voir, corrige = premier.children[1:]
    assert corrige.layout.display == "none"
    voir.click()
    assert corrige.layout.display == "flex"
    notes.value = "Vérifier par une enquête."
    corrige.children[1].value = True
    assert Repetition(tmp_path).reponses.valeur(f"{cas['id']}/jury")["q1"] == {
        "notes": "Vérifier par une enquête.",
        "cites": [0],
    }

    # Done: the next rehearsal draws another case, even after a restart.
    rep.terminer()
    suivant = Repetition(tmp_path)
    assert suivant.cas_faits() == [cas["id"]] and suivant.cas["id"] != cas["id"]


def test_every_case_is_drawn_once_before_any_repeats(tmp_path):
    rep = Repetition(tmp_path, identifiant="marathon")
    vus = []
    for _ in swot.lister_cas():
        vus.append(rep.cas["id"])
        rep.terminer()
    assert sorted(vus) == swot.lister_cas()
    assert rep.cas["id"] in swot.lister_cas()  # a new round starts, no error


def test_learners_draw_different_first_cases(tmp_path):
    premiers = {Repetition(tmp_path / i, identifiant=i).cas["id"] for i in "abcdefghij"}
    assert len(premiers) >= 3


def test_handout_from_the_example_plan_when_nothing_is_written(tmp_path):
    rep = Repetition(tmp_path, identifiant="demo")
    page, pdf = rep.fiche()
    texte = page.read_text(encoding="utf-8")
    assert "démonstration" in texte and pages_pdf(pdf) == 1
    for idee in rep.cas["tows"]["SO"][:1]:
        assert idee["texte"][:30] in texte.replace("&#x27;", "'")


@pytest.mark.parametrize("id_cas", swot.lister_cas())
def test_example_plan_and_handout_for_every_case(id_cas, tmp_path):
    cas = swot.charger_cas(id_cas)
    plan = plan_de_demonstration(cas)
    assert set(plan) == {cle for cle, *_ in PARTIES} and all(plan.values())
    assert "_" not in plan["chiffres"]  # keys turned into French labels
    assert 0 < temps_de_parole(plan) < durees()[1]


def test_a_very_long_plan_still_fits_one_page(tmp_path):
    rep = Repetition(tmp_path, identifiant="bavard")
    long = " ".join(["argument"] * 3000)
    rep.enregistrer_plan({cle: long for cle, *_ in PARTIES})
    assert "trop long" in rep.bilan_temps(rep.plan_enregistre())
    page, pdf = rep.fiche()
    assert pages_pdf(pdf) == 1 and "…" in page.read_text(encoding="utf-8")


def test_speaking_time_rate():
    plan = {"constat": " ".join(["mot"] * MOTS_PAR_MINUTE * 3)}
    assert temps_de_parole(plan) == pytest.approx(3)
    assert lignes("a " * 400, maximum=2)[-1].endswith("…")


def test_key_figure_labels():
    nbsp = "\u00a0"
    assert libelle_chiffre("ca_2025_meur", 41.2) == f"CA 2025 : 41,2{nbsp}M€"
    assert libelle_chiffre("taux_de_service_pct", 98.6) == f"Taux de service : 98,6{nbsp}%"
    assert libelle_chiffre("resultat_net_pct_ca", 0.8) == f"Résultat net : 0,8{nbsp}% du CA"
    assert libelle_chiffre("effectif", 260) == "Effectif : 260"
    sans_accent = {"marche", "delai", "resultat", "francais", "energie", "duree", "evolution"}
    for id_cas in swot.lister_cas():
        for cle, valeur in swot.charger_cas(id_cas)["chiffres_cles"].items():
            texte = libelle_chiffre(cle, valeur)
            assert "_" not in texte and not set(texte.lower().split()) & sans_accent, texte


def test_countdown_widget_is_labelled_and_fast():
    minuteur = CompteARebours(3, "Présentation")
    assert minuteur.play.description and minuteur.barre.description
    assert "role='timer'" in minuteur.affichage.value
    t0 = time.perf_counter()
    minuteur.avancer(1)
    assert time.perf_counter() - t0 < 0.05
    assert "00:02 restantes" in minuteur.affichage.value


def test_matrix_rereading_saves_and_hides_correction_until_asked(tmp_path):
    rep = Repetition(tmp_path, identifiant="lecteur")
    boite = rep.lecture()
    bouton, matrice = boite.children
    e = matrice.enonces[0]
    matrice.boutons[e["id"]].value = e["quadrant"]
    assert matrice.retours[e["id"]].value == ""
    bouton.value = True
    assert "✅" in matrice.retours[e["id"]].value
    assert Repetition(tmp_path).reponses.valeur(f"{rep.cas['id']}/classement") == {
        e["id"]: e["quadrant"]
    }


def test_corrupt_store_is_set_aside_not_a_crash(tmp_path):
    (tmp_path / ".reponses").mkdir()
    (tmp_path / ".reponses" / "repetition_entretien.json").write_text("{pas du json")
    rep = Repetition(tmp_path, identifiant="x")
    assert rep.reponses.avertissements and rep.cas["id"] in swot.lister_cas()


def test_html_escapes_the_learner_text():
    d = {
        "titre": "T",
        "identifiant": "x",
        "date": "01/01/2026",
        "temps": "",
        "opinions": [],
        "plan": {"constat": "<script>alert(1)</script>"},
    }
    assert "<script>" not in fiche_html(d)


def test_tows_builder_saves_and_feeds_the_plan(tmp_path):
    rep = Repetition(tmp_path, identifiant="tows")
    cas = rep.cas
    builder = rep.tows()
    so = builder.champs["SO"]
    force = next(e for e in cas["enonces"] if e["quadrant"] == "S")
    opportunite = next(e for e in cas["enonces"] if e["quadrant"] == "O")
    assert [o[1] for o in so["interne"].options[1:]] == [
        e["id"] for e in cas["enonces"] if e["quadrant"] == "S"
    ]
    so["interne"].value = force["id"]
    so["externe"].value = opportunite["id"]
    so[
        "texte"
    ].value = "Offre pilote auprès de cinq clients ; indicateur : contrats signés en juin."
    saved = Repetition(tmp_path).reponses.valeur(f"{cas['id']}/tows")
    assert saved["SO"] == {
        "interne": force["id"],
        "externe": opportunite["id"],
        "texte": "Offre pilote auprès de cinq clients ; indicateur : contrats signés en juin.",
    }
    # Reopened, the builder shows it; the plan's button copies it into « Suggestions ».
    assert Repetition(tmp_path).tows().champs["SO"]["externe"].value == opportunite["id"]
    plan = rep.plan()
    reprendre = plan.children[-1].children[0]
    reprendre.click()
    suggestions = Repetition(tmp_path).plan_enregistre()["suggestions"]
    assert suggestions.startswith("SO\u00a0: Offre pilote") and force["texte"] in suggestions
    # The case's own ideas stay hidden until asked for.
    bloc = builder.children[0]
    voir, corrige = bloc.children[-2:]
    assert corrige.layout.display == "none"
    voir.click()
    assert corrige.layout.display == "block"


def test_pdf_is_one_a4_page_titled_with_the_case(tmp_path):
    rep = Repetition(tmp_path, identifiant="pdf")
    _, pdf = rep.fiche()
    octets = pdf.read_bytes()
    assert octets.startswith(b"%PDF") and pages_pdf(pdf) == 1
    assert re.search(rb"/MediaBox \[\s*0 0 595\.\d+ 841\.\d+\s*\]", octets)  # A4 in points
    assert b"/Title" in octets and b"/Author" in octets


def test_html_paragraphs_are_cut_with_the_same_budget_as_the_pdf():
    from autograder.metier.swot.fiche import LIGNES_PAR_PARTIE, paragraphes

    court = "Premier point.\nSecond point."
    assert paragraphes(court) == ["Premier point.", "Second point."]
    long = "\n".join(f"Point {i}" for i in range(30))
    coupe = paragraphes(long)
    assert len(coupe) == LIGNES_PAR_PARTIE and coupe[-1].endswith("…")
    assert paragraphes(" ".join(["mot"] * 2000))[-1].endswith("…")
