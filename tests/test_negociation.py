"""The negotiation simulator: personas validated, replay deterministic and tamper-proof, scores
that follow their named conventions, widgets that save every move and restore it."""

import json
import re
import time

import pytest

from autograder.calculs import marge, taux_de_marque
from autograder.metier.negociation import dialogue as nd
from autograder.metier.negociation import personas as personas
from autograder.metier.negociation import simulateur as neg
from autograder.moteur import paths
from autograder.moteur.formats import ReponseInvalide
from autograder.widgets import negociation as nw

PERSONAS = neg.lister_personas()


@pytest.fixture(params=PERSONAS)
def p(request):
    return neg.charger_persona(request.param, 1.07)


def test_at_least_three_sectors():
    secteurs = {neg.charger_persona(i)["secteur"] for i in PERSONAS}
    assert len(secteurs) >= 3


def test_invalid_persona_names_file_and_field(tmp_path, monkeypatch):
    data = json.loads(
        (personas.data_path("negociation", "laiterie.json")).read_text(encoding="utf-8")
    )
    data["poids"]["prix"] = 0.9
    dossier = tmp_path / "negociation"
    dossier.mkdir()
    (dossier / "laiterie.json").write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(paths, "DATA_DIR", tmp_path)  # data/ of this test
    personas._charger.cache_clear()
    try:
        with pytest.raises(neg.PersonaInvalide, match=r"negociation/laiterie\.json\u00a0: poids"):
            neg.charger_persona("laiterie")
        data["poids"]["prix"] = 0.35
        data["objection"]["noeuds"]["n1"]["choix"][0]["suivant"] = "nulle_part"
        (dossier / "laiterie.json").write_text(json.dumps(data), encoding="utf-8")
        personas._charger.cache_clear()
        with pytest.raises(neg.PersonaInvalide, match=r"n1\.choix\[0\]\.suivant"):
            neg.charger_persona("laiterie")
    finally:
        personas._charger.cache_clear()


def test_solution_earns_full_marks_and_margin_uses_calculs(p):
    score, message, details = neg.noter_negociation(p, neg.solution_negociation(p))
    assert score == pytest.approx(1.0), (message, details)
    o = neg.meilleure_offre(p)
    net = neg.prix_net(p, o["remise"])
    assert neg.marge_offre(p, o) == marge(net, neg.cout_total(p, o))
    assert neg.taux_de_marque_offre(p, o) == taux_de_marque(net, neg.cout_total(p, o))
    assert neg.taux_de_marque_offre(p, o) >= p["plancher_taux_de_marque"]


def test_concession_without_counterpart_is_flagged(p):
    sol = neg.solution_negociation(p)
    sol["offres"][0]["contrepartie"] = ""
    score, _, details = neg.noter_negociation(p, sol)
    assert score < 1 and any("sans contrepartie" in d for d in details)


def test_refused_or_reused_counterpart_is_flagged(p):
    refusee = next(c for c, d in p["contreparties"].items() if not d["acceptee"])
    sol = neg.solution_negociation(p)
    sol["offres"][0]["contrepartie"] = refusee
    assert any("impossible" in d for d in neg.noter_negociation(p, sol)[2])
    sol = neg.solution_negociation(p)
    sol["offres"][-1]["contrepartie"] = sol["offres"][0]["contrepartie"]
    assert any("déjà obtenue" in d for d in neg.noter_negociation(p, sol)[2])


def test_giving_everything_at_once_loses_margin_and_below_floor_earns_none(p):
    tout = {t: d["niveaux"][-1]["id"] for t, d in p["termes"].items()}
    gros = {"offres": [{"remise": 20.0, "termes": tout, "contrepartie": "maintenance"}]}
    score, _, details = neg.noter_negociation(p, gros)
    d = neg.rejouer(p, neg.lire_transcription(p, gros))
    assert d.issue == "accord"  # the buyer takes it at once…
    assert any("plancher" in x for x in details)  # …but below the floor: should have walked away
    assert any("non négociable" in x for x in details)
    assert score < 0.7


def test_standing_still_makes_the_buyer_leave(p):
    init = neg.offre_initiale(p)
    offre = {**init, "contrepartie": ""}
    d = neg.rejouer(p, neg.lire_transcription(p, {"offres": [offre, offre]}))
    assert d.issue == "rupture"
    assert neg.noter_negociation(p, {"offres": [offre, offre]})[0] < 0.3


def test_walking_away_is_allowed_and_ends_the_negotiation(p):
    t = neg.lire_transcription(p, {"offres": [{"rompre": True}]})
    assert neg.rejouer(p, t).issue == "rupture"
    with pytest.raises(ReponseInvalide, match="rupture"):
        neg.lire_transcription(
            p, {"offres": [{"rompre": True}, neg.solution_negociation(p)["offres"][0]]}
        )


@pytest.mark.parametrize(
    "brute",
    [
        None,
        [],
        "texte",
        {"offres": "x"},
        {"offres": [{"remise": -1}]},
        {"offres": [{"remise": "5"}]},
        {"offres": [{"remise": 5, "termes": {}}]},
        {"offres": [{"remise": 5, "termes": {"livraison": "zz"}}]},
    ],
)
def test_malformed_transcript_refused_in_french(p, brute):
    with pytest.raises(ReponseInvalide) as info:
        neg.lire_transcription(p, brute)
    assert any(c in str(info.value) for c in "éèàùç") or re.search("[ \u00a0]: ", str(info.value))
    assert neg.noter_negociation(p, brute)[0] == 0


def test_tampered_transcript_cannot_claim_a_deal(p):
    sol = neg.solution_negociation(p)
    sol["issue"] = "accord"  # extra fields are ignored: the buyer's answers are recomputed
    sol["offres"] = sol["offres"][:1]
    assert neg.noter_negociation(p, sol)[0] < 0.5


def test_personal_numbers_and_determinism():
    import random

    a = neg.tirer_persona(random.Random(1))
    b = neg.tirer_persona(random.Random(1))
    assert a == b
    assert len({json.dumps(neg.tirer_persona(random.Random(g))) for g in range(6)}) > 1


def test_preparation_checks_consistency(p):
    sol = nd.solution_preparation(p)
    assert nd.noter_preparation(p, sol)[0] == 1
    nn = next(t for t, d in p["termes"].items() if d.get("non_negociable"))
    mauvais = {**sol, "termes": {**sol["termes"], nn: p["termes"][nn]["niveaux"][1]["id"]}}
    assert nd.noter_preparation(p, mauvais)[0] < 1
    trop = {**sol, "rupture": 25.0}
    score, _, details = nd.noter_preparation(p, trop)
    assert score < 1 and any("❌" in d and "plancher" in d for d in details)
    inverse = {**sol, "objectif": sol["rupture"] + 1}
    assert nd.noter_preparation(p, inverse)[0] < 1


@pytest.mark.parametrize("vide", ["", "  ", None, "douze", "45"])
def test_preparation_empty_or_out_of_range_is_refused(p, vide):
    sol = nd.solution_preparation(p)
    with pytest.raises(ReponseInvalide):
        nd.lire_preparation(p, {**sol, "rupture": vide})


def test_dialogue_best_path_and_branches(p):
    dlg = p["objection"]
    best = nd.meilleur_chemin(dlg)
    assert nd.noter_dialogue(dlg, {"choix": best})[0] == 1
    ceder = next(
        c["id"] for c in dlg["noeuds"][dlg["depart"]]["choix"] if c["technique"] == "ceder"
    )
    sur_le_meilleur = [n for n, _ in nd.parcourir(dlg, best)]
    assert nd.parcourir(dlg, [ceder])[-1][0] not in sur_le_meilleur  # a branch of its own
    score, _, details = nd.noter_dialogue(dlg, {"choix": [ceder]})
    assert score == 0 and "inachevé" in details[-1]
    with pytest.raises(ReponseInvalide, match="Réplique n° 1"):
        nd.lire_dialogue(dlg, {"choix": ["zz"]})


def test_the_best_reply_is_not_always_listed_first():
    """The dialogues list the best reply first; the widget shows each learner their own stable
    order, so « always take the first one » earns nothing (shown able to fail: unshuffled)."""

    def premieres_meilleures(ordre) -> tuple[int, int]:
        en_tete = total = 0
        for nom in PERSONAS:
            for n in neg.charger_persona(nom, 1.07)["objection"]["noeuds"].values():
                if n["choix"]:
                    total += 1
                    en_tete += ordre(n)[0]["points"] == max(c["points"] for c in n["choix"])
        return en_tete, total

    en_tete, total = premieres_meilleures(lambda n: n["choix"])
    assert en_tete == total  # the data's own order: the check would fail on it
    for melange in (1, 2, 3):
        en_tete, total = premieres_meilleures(lambda n, m=melange: nd.ordre_affiche(n, m))
        assert en_tete < total * 0.75, (melange, en_tete, total)
    n = neg.charger_persona(PERSONAS[0], 1.07)["objection"]["noeuds"]
    noeud = next(x for x in n.values() if x["choix"])
    assert nd.ordre_affiche(noeud, 7) == nd.ordre_affiche(noeud, 7)  # stable for one learner
    p = neg.charger_persona(PERSONAS[0], 1.07)
    radio = nw.dialogue(p, None, print, melange=7).children[1]
    depart = p["objection"]["noeuds"][p["objection"]["depart"]]
    assert [v for _, v in radio.options] == [c["id"] for c in nd.ordre_affiche(depart, 7)]


def test_scoring_is_fast(p):
    sol = neg.solution_negociation(p)
    neg.noter_negociation(p, sol)
    debut = time.perf_counter()
    neg.noter_negociation(p, sol)
    nd.noter_dialogue(p["objection"], {"choix": nd.meilleur_chemin(p["objection"])})
    assert time.perf_counter() - debut < 0.05


def test_widgets_save_every_move_and_restore(p):
    enregistre = []
    widget = nw.negociation(p, None, enregistre.append)
    boutons = [c for c in widget.children if hasattr(c, "children")][0].children
    proposer = boutons[0]
    sol = neg.solution_negociation(p)
    remise, *listes = [c for c in widget.children if hasattr(c, "description") and c.description]
    premiere = sol["offres"][0]
    remise.value = premiere["remise"]
    for liste, t in zip(listes[:-1], neg.TERMES, strict=True):
        liste.value = premiere["termes"][t]
    listes[-1].value = premiere["contrepartie"]
    proposer.click()
    assert enregistre[-1] == {"offres": [premiere]}
    restaure = nw.negociation(p, enregistre[-1], enregistre.append)
    assert "Offre 1" in restaure.children[0].value
    for c in restaure.children:
        if hasattr(c, "description") and c.description:
            assert c.description.strip()

    dlg_saves = []
    d = nw.dialogue(p, None, dlg_saves.append)
    radio, (repondre, _) = d.children[1], d.children[2].children
    repondre.click()  # nothing chosen: a French hint, nothing saved
    assert "Non répondu" in d.children[3].value and not dlg_saves
    radio.value = nd.meilleur_chemin(p["objection"])[0]
    repondre.click()
    assert dlg_saves[-1] == {"choix": nd.meilleur_chemin(p["objection"])[:1]}
    assert p["interlocuteur"]["nom"] in nw.dialogue(p, dlg_saves[-1], print).children[0].value

    prep_saves = []
    w = nw.preparation(p, nd.solution_preparation(p), prep_saves.append)
    assert nd.lire_preparation(
        p,
        {
            "objectif": w.children[0].value,
            "rupture": w.children[1].value,
            "termes": {t: c.value for t, c in zip(neg.TERMES, w.children[2:7], strict=True)},
        },
    )
    w.children[1].value = "douze"
    assert prep_saves[-1]["rupture"] == "douze"  # the exercise widget shows the French refusal


def test_practice_widget_comments_every_move(p):
    w = nw.entrainement(p, "dialogue")
    simulateur, retour = w.children
    radio, (repondre, _) = simulateur.children[1], simulateur.children[2].children
    radio.value = nd.meilleur_chemin(p["objection"])[0]
    repondre.click()
    assert "point" in retour.value and "✅" in retour.value
    with pytest.raises(ValueError, match="partie inconnue"):
        nw.entrainement(p, "autre")


@pytest.mark.parametrize(
    "nom", ["preparation", "simulation", "dialogue_objection", "dialogue_ecologie"]
)
def test_wrong_answer_scores_zero_and_is_explained(nom, tmp_path):
    """What tests/test_widgets.py cannot do by setting controls: a stored wrong answer (the
    declaration's `reponse_fausse`) goes through the widget, is explained, and the grade cell fails."""
    from autograder.moteur.seance import Seance
    from autograder.widgets.exercice import creer_widget

    s = Seance("cp7_negociation", tmp_path)
    ex = s.exercice(nom)
    w = creer_widget(s, ex)
    w._derniere = ex.module.reponse_fausse(ex.params)
    w.verifier()
    assert "❌" in w.retour.value
    with pytest.raises(AssertionError):
        s.noter(nom)
