"""The face-to-face negotiation in JupyterLab under Chromium: a whole meeting to a signed order form
played through the real controls (radio buttons and « Répondre », the typed line and « Dire », the
offer's lists, box and « Proposer »), each move saved on disk, then graded from the moves."""

from __future__ import annotations

import json

import pytest

from . import navigateur as nav

pytestmark = pytest.mark.browser

DEVOIR, NOM = "cp7_negociation", "bon_de_commande"


def test_negociation_jusqu_au_bon_de_commande_dans_le_navigateur(lab_page, lab):
    from autograder.metier.commande.cas import CONTREPARTIES, GESTE
    from autograder.metier.commande.repliques import noeud

    page = lab_page
    zone, ex, fichier = nav.devoir_execute(page, lab, DEVOIR, NOM)
    cas = ex.module._cas(ex.params)
    zone.get_by_role("button", name="Répondre").wait_for(timeout=nav.DELAI_WIDGET)

    textes = {
        c["id"]: c["texte"]
        for phase in ("ouverture", "solution", "objection", "conclusion")
        for c in noeud(cas, phase)["choix"]
    }
    delais = {o["id"]: o["libelle"] for o in cas["paiements"]}
    etapes = ex.solution()["etapes"]
    for n, etape in enumerate(etapes, start=1):
        if isinstance(etape, str):
            zone.get_by_role("radio", name=textes[etape], exact=True).check()
            zone.get_by_role("button", name="Répondre").click()
        elif "dit" in etape:
            champ = zone.get_by_role("textbox", name="Votre phrase")
            champ.fill(etape["dit"])
            champ.press("Tab")
            zone.get_by_role("button", name="Dire").click()
        else:
            p = etape["proposition"]
            zone.get_by_role("combobox", name="Remise").select_option(label=f"{p['remise']} %")
            zone.get_by_role("combobox", name="Délai de paiement").select_option(
                label=delais[p["paiement"]]
            )
            zone.get_by_role("checkbox", name=f"Offrir {GESTE}").set_checked(p["geste"])
            zone.get_by_role("combobox", name="Contrepartie demandée en échange").select_option(
                label=CONTREPARTIES[p["contrepartie"]]
            )
            zone.get_by_role("button", name="Proposer").click()
        # on disk before the next move
        assert nav.longueur_enregistree(fichier, NOM, "etapes", n) == n

    zone.get_by_text("Fin de l'entretien").wait_for(timeout=nav.DELAI_WIDGET)
    zone.get_by_text(f"Bon de commande n° {cas['numero']}").wait_for(timeout=nav.DELAI_WIDGET)
    zone.get_by_role("button", name="Vérifier").click()
    zone.get_by_text("Bon de commande signé").first.wait_for(timeout=nav.DELAI_WIDGET)
    enregistre = json.loads(fichier.read_text(encoding="utf-8"))["reponses"][NOM]["valeur"]
    assert "bon" not in enregistre  # the moves only: the order is rebuilt at grading
    assert ex.evaluer(enregistre).score == 1.0
    nav.assert_libelles(page, minimum=4)
    nav.assert_widgets_ok(page)
