"""The phone prospecting call in JupyterLab under Chromium: a whole call to an appointment played
through the real controls (radio buttons and « Répondre », the typed line and « Dire »), each move
saved on disk, then graded from the transcript."""

from __future__ import annotations

import json

import pytest

from . import navigateur as nav

pytestmark = pytest.mark.browser

DEVOIR, NOM = "cp3_prospection", "appel_prospection"


def test_appel_jusqu_au_rendez_vous_dans_le_navigateur(lab_page, lab):
    from autograder.metier.telephone.cas import charger_cas

    page = lab_page
    zone, ex, fichier = nav.devoir_execute(page, lab, DEVOIR, NOM)
    cas = charger_cas(ex.params["cas"])
    noeuds = cas["appel"]["noeuds"]
    zone.get_by_role("button", name="Dire").wait_for(timeout=nav.DELAI_WIDGET)

    textes = {c["id"]: c["texte"] for n in noeuds.values() for c in n["choix"]}
    etapes = ex.solution()["etapes"]
    for n, etape in enumerate(etapes, start=1):
        if isinstance(etape, dict):
            champ = zone.get_by_role("textbox", name="Votre phrase")
            champ.fill(etape["dit"])
            champ.press("Tab")
            zone.get_by_role("button", name="Dire").click()
        else:
            zone.get_by_role("radio", name=textes[etape], exact=True).check()
            zone.get_by_role("button", name="Répondre").click()
        # on disk before the next move
        assert nav.longueur_enregistree(fichier, NOM, "etapes", n) == n

    zone.get_by_text("Fin de l'appel").wait_for(timeout=nav.DELAI_WIDGET)
    zone.get_by_role("button", name="Vérifier").click()
    zone.get_by_text("Rendez-vous obtenu").first.wait_for(timeout=nav.DELAI_WIDGET)
    enregistre = json.loads(fichier.read_text(encoding="utf-8"))["reponses"][NOM]["valeur"]
    assert ex.evaluer(enregistre).score == 1.0  # replayed from the start: full marks
    nav.assert_libelles(page, minimum=4)
    nav.assert_widgets_ok(page)
