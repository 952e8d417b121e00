"""The phone prospecting simulator: the bank of cases, its schema, the typed-line rules, the replay
(a hand-edited transcript claims nothing) and the widget."""

from __future__ import annotations

import copy
import json

import pytest

from autograder.metier.telephone import appel as tel
from autograder.metier.telephone import regles
from autograder.metier.telephone.cas import CasInvalide, charger_cas, lister_cas, valider_cas
from autograder.moteur.paths import data_path


def _cas(ident="transports"):
    return copy.deepcopy(charger_cas(ident))


def _brut(ident="transports"):
    return json.loads(data_path("telephone", f"{ident}.json").read_text(encoding="utf-8"))


def test_the_bank_has_six_valid_cases_in_varied_sectors():
    ids = lister_cas()
    assert len(ids) >= 6
    assert len({charger_cas(i)["secteur"] for i in ids}) == len(ids)


@pytest.mark.parametrize("ident", lister_cas())
def test_best_path_gives_full_marks_and_an_appointment(ident):
    cas = charger_cas(ident)
    etapes = tel.meilleur_parcours(cas)
    r = tel.rejouer(cas, etapes)
    assert r.rdv and r.fini and not r.erreur
    assert tel.noter(cas, {"etapes": etapes})[0] == 1.0
    assert tel.noter(cas, {"etapes": tel.pire_parcours(cas)})[0] == 0.0


# -- the schema: each rule can fail, with a French message naming the file and the field ----------
def _casser(changer):
    data = _brut()
    changer(data)
    with pytest.raises(CasInvalide) as exc:
        valider_cas(data, "telephone/transports.json")
    assert str(exc.value).startswith("telephone/transports.json\u00a0: ")
    return str(exc.value)


def _noeud(nom):
    return lambda d: d["appel"]["noeuds"][nom]


@pytest.mark.parametrize(
    "changer, champ",
    [
        (lambda d: d.pop("entreprise"), "entreprise"),
        (lambda d: d.update(date_appel="2027-04-17"), "date_appel"),  # a Saturday
        (lambda d: d.update(date_appel="17/04/2027"), "date_appel"),
        (lambda d: d["decideur"].pop("nom"), "decideur.nom"),
        (lambda d: d["motif"].update(mots=[]), "motif.mots"),
        (lambda d: d["rdv"].update(duree_min=300), "rdv.duree_min"),
        (lambda d: d.update(points_rdv=0), "points_rdv"),
        (lambda d: d["appel"].update(depart="nulle_part"), "appel.depart"),
        (lambda d: _noeud("sujet")(d).update(qui="concierge"), "appel.noeuds.sujet.qui"),
        (
            lambda d: _noeud("sujet")(d)["choix"][2].update(points=2),  # the lie
            "appel.noeuds.sujet.choix[2].points",
        ),
        (
            lambda d: _noeud("qui")(d)["choix"][2].update(suivant="nom"),  # « le patron »
            "appel.noeuds.qui.choix[2].suivant",
        ),
        (
            lambda d: _noeud("objection_1")(d)["choix"][1].update(points=2),
            "appel.noeuds.objection_1.objection",
        ),
        (lambda d: _noeud("objection_1")(d).update(objection="météo"), "objection_1.objection"),
        (lambda d: _noeud("accueil")(d)["saisie"].update(regle="poeme"), "accueil.saisie.regle"),
        (lambda d: _noeud("accueil")(d)["saisie"].update(suivant="x"), "accueil.saisie.suivant"),
        (lambda d: _noeud("nom")(d).update(dit="C'est la directrice."), "appel.noeuds.nom.dit"),
        (lambda d: _noeud("sujet")(d)["choix"][0].update(technique="charmer"), "technique"),
        (
            lambda d: _noeud("rappel")(d)["choix"][1].update(suivant="accueil"),
            "appel.noeuds",  # a loop
        ),
        (
            lambda d: _noeud("modalites")(d)["choix"][0].update(points=1),
            "appel.noeuds",  # the best path is no longer worth 2 at every step
        ),
    ],
)
def test_each_schema_rule_can_fail(changer, champ):
    assert champ in _casser(changer)


# -- the replay ----------------------------------------------------------------------------------
def test_lying_to_pass_the_barrage_scores_zero_on_that_step_and_ends_the_call():
    cas = _cas()
    etapes = [tel.meilleur_parcours(cas)[0], "mensonge_attente"]
    r = tel.rejouer(cas, etapes)
    assert r.etapes[-1].points == 0 and "Mensonge" in r.etapes[-1].retour
    assert r.fini and not r.rdv


def test_a_hand_edited_transcript_cannot_claim_an_appointment():
    cas = _cas()
    meilleur = tel.meilleur_parcours(cas)
    # only the typed confirmation kept, the steps before it removed
    score, message, details = tel.noter(cas, {"etapes": [meilleur[-1]]})
    assert score < 0.1 and "rendez-vous valide" in details[-1]
    # an unknown choice id: a French message, nothing counted after it
    triche = [*meilleur[:3], "rendez_vous_accepte", *meilleur[3:]]
    r = tel.rejouer(cas, triche)
    assert not r.rdv and "n'est pas une réponse possible" in r.erreur
    assert tel.noter(cas, {"etapes": triche})[0] < 0.3
    # anything else where a reply was expected: refused in French, no crash (widget restore)
    for bizarre in (42, None, ["a"], {"choix": "x"}):
        r = tel.rejouer(cas, [meilleur[0], bizarre])
        assert r.erreur.startswith("Étape n° 2") and r.points == 2
    # a skipped step (a choice where a line was to be typed)
    r = tel.rejouer(cas, meilleur[1:])
    assert "une phrase à taper était attendue" in r.erreur and r.points == 0


@pytest.mark.parametrize(
    "ident, creneaux, raison",
    [
        ("transports", "dimanche 18 avril à 10 h ou dimanche 25 avril à 10 h", "week-end"),
        ("transports", "mardi 20 avril à 22 h ou mercredi 21 avril à 22 h", "heures de bureau"),
        # Ascension and Whit Monday 2027, after a call on 4 May
        ("batiment", "jeudi 6 mai à 10 h ou lundi 17 mai à 10 h", "jour férié"),
        ("transports", "mardi 25 mai à 10 h ou mercredi 26 mai à 10 h", "trois semaines"),
        ("transports", "jeudi 20 avril à 10 h ou lundi 21 avril à 10 h", "un mardi, pas un jeudi"),
        ("transports", "mardi à 10 h ou mercredi à 11 h", "sans date"),
    ],
)
def test_an_unacceptable_slot_is_refused_with_its_reason(ident, creneaux, raison):
    cas = _cas(ident)
    ctrl = regles.creneaux(cas, creneaux)
    assert ctrl.creneau is None and ctrl.points == 0
    assert raison in ctrl.retour


def _jusqu_aux_creneaux(cas):
    meilleur = tel.meilleur_parcours(cas)
    k = next(
        i for i, e in enumerate(meilleur) if isinstance(e, dict) and "propose" in e["dit"]
    )  # the slots request
    return meilleur[:k], meilleur[k + 1 :]


def test_an_appointment_on_a_sunday_is_refused_and_earns_nothing():
    cas = _cas()
    avant, _ = _jusqu_aux_creneaux(cas)
    dimanche = {"dit": "Dimanche 18 avril à 10 h ou dimanche 25 avril à 10 h."}
    r = tel.rejouer(cas, [*avant, dimanche, dimanche])
    assert not r.rdv and r.fini and "pas un jour ouvré" in r.etapes[-1].retour


def test_an_appointment_without_place_is_not_confirmed():
    cas = _cas()
    avant, apres = _jusqu_aux_creneaux(cas)
    creneaux = {"dit": "Je vous propose mardi 20 avril à 10 h ou mercredi 21 avril à 14 h."}
    sans_lieu = {"dit": "Donc mardi 20 avril à 10 h, pendant 30 minutes, avec vous, Madame Morel."}
    r = tel.rejouer(cas, [*avant, creneaux, apres[0], sans_lieu])
    assert not r.rdv and "❌ le lieu" in r.etapes[-1].retour
    avec = {"dit": "Donc mardi 20 avril à 10 h, à votre agence, 30 minutes, avec Madame Morel."}
    assert tel.rejouer(cas, [*avant, creneaux, apres[0], avec]).rdv


def test_an_introduction_needs_first_name_company_reason_in_one_sentence():
    cas = _cas()
    bon = regles.presentation(cas, "Bonjour, Inès, de Télématix, pour le suivi de vos camions.")
    assert bon.points == 2
    deux = regles.presentation(cas, "Bonjour. Inès, de Télématix, pour le suivi de vos camions.")
    assert deux.points == 1 and "❌ une seule phrase" in deux.retour
    assert regles.presentation(cas, "Allô ?").points == 0


def test_an_abandoned_call_keeps_its_partial_score_and_says_so():
    cas = _cas()
    etapes = tel.meilleur_parcours(cas)[:4]
    score, message, details = tel.noter(cas, {"etapes": etapes})
    assert 0 < score < 1 and message.startswith("8 points")
    assert any("interrompu" in d for d in details)


def test_the_time_taken_is_reported_and_a_long_call_flagged():
    cas = _cas()
    t = {"etapes": tel.meilleur_parcours(cas), "debut": "2027-04-13T10:00:00"}
    court = tel.noter(cas, {**t, "fin": "2027-04-13T10:12:00"})
    long = tel.noter(cas, {**t, "fin": "2027-04-13T10:17:00"})
    assert court[0] == long[0] == 1.0  # graded whatever the time
    assert "12\u00a0min." in court[2][-1] and "au-delà des 15 minutes" in long[2][-1]


def test_the_best_reply_is_not_always_listed_first():
    from autograder.moteur.dialogue import ordre_affiche

    cas = _cas()
    noeuds = [n for n in cas["appel"]["noeuds"].values() if len(n["choix"]) > 1]
    premiers = {
        ordre_affiche(n, m, "dit")[0]["points"] == max(c["points"] for c in n["choix"])
        for m in range(5)
        for n in noeuds
    }
    assert premiers == {True, False}


# -- the widget ----------------------------------------------------------------------------------
def _controles(vue):
    from ipywidgets import Button, RadioButtons, Text

    out = {}

    def parcourir(wd):
        if isinstance(wd, Button | RadioButtons | Text):
            out[wd.description] = wd
        for enfant in getattr(wd, "children", ()):
            parcourir(enfant)

    parcourir(vue)
    return out


def test_widget_saves_every_move_and_restores():
    from autograder.widgets.telephone import appel

    cas = _cas()
    enregistre = []
    vue = appel(cas, None, enregistre.append, 7, examen=True, retours=False)
    c = _controles(vue)
    for k, e in enumerate(tel.meilleur_parcours(cas), start=1):
        if isinstance(e, dict):
            c["Votre phrase"].value = e["dit"]
            c["Dire"].click()
        else:
            c["Votre réplique"].value = e
            c["Répondre"].click()
        assert len(enregistre[-1]["etapes"]) == k
    # the exam clock started at the first move, its start saved with the answer
    debut = enregistre[-1][tel.CLE_CHRONO]["debut"]
    assert enregistre[-1]["debut"] == debut and tel.lire(enregistre[-1])[tel.CLE_CHRONO]
    assert tel.noter(cas, enregistre[-1])[0] == 1.0
    vue2 = appel(cas, enregistre[-1], enregistre.append, 7, examen=True, retours=False)
    assert vue2.etapes == enregistre[-1]["etapes"]
    assert "Fin de l'appel" in vue2.children[1].value
    assert "(2 points)" not in vue2.children[1].value  # evaluation mode: no feedback
    assert "Rendez-vous obtenu" not in vue2.children[1].value
    _controles(vue2)["Recommencer l'appel"].click()
    assert enregistre[-1]["etapes"] == []
    assert enregistre[-1][tel.CLE_CHRONO]["debut"] == debut  # the exam clock runs on


def test_practice_widget_gives_feedback_after_each_move():
    from autograder.widgets.telephone import entrainement

    vue = entrainement("transports")
    c = _controles(vue)
    c["Votre phrase"].value = "Bonjour, Inès, de Télématix, pour le suivi de vos camions."
    c["Dire"].click()
    assert "Très bien" in vue.children[0].children[1].value
