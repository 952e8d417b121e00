"""The negotiation simulator in JupyterLab under Chromium: a whole negotiation played through the
real controls (discount field, terms lists, counterpart, « Faire cette offre »), graded from the
transcript saved on disk."""

from __future__ import annotations

import json

import pytest

from .navigateur import (
    DELAI_WIDGET,
    assert_libelles,
    assert_widgets_ok,
    devoir_execute,
    longueur_enregistree,
)

pytestmark = pytest.mark.browser

DEVOIR, NOM = "cp7_negociation", "simulation"


def test_negociation_jouee_dans_le_navigateur(lab_page, lab):
    from autograder.metier.negociation import simulateur as neg
    from autograder.widgets.negociation import _libelle_niveau

    page = lab_page
    zone, ex, fichier = devoir_execute(page, lab, DEVOIR, NOM)
    persona = ex.params["persona"]
    bouton = zone.get_by_role("button", name="Faire cette offre")
    bouton.wait_for(timeout=DELAI_WIDGET)

    offres = ex.solution()["offres"]
    for n, offre in enumerate(offres, start=1):
        remise = zone.get_by_role("spinbutton", name="Remise (%)")
        remise.fill(f"{offre['remise']:g}")
        remise.press("Tab")  # the value is sent when the field is left, as a learner does
        for terme, niveau in offre["termes"].items():
            d = next(x for x in persona["termes"][terme]["niveaux"] if x["id"] == niveau)
            zone.get_by_role("combobox", name=neg.TERMES[terme], exact=True).select_option(
                label=_libelle_niveau(d)
            )
        libelle = neg.CONTREPARTIES.get(offre["contrepartie"], "— aucune —")
        zone.get_by_role("combobox", name="Contrepartie demandée").select_option(label=libelle)
        bouton.click()
        assert longueur_enregistree(fichier, NOM, "offres", n) == n  # on disk before the next offer

    zone.get_by_role("button", name="Vérifier").click()
    zone.get_by_text("✅").first.wait_for(timeout=DELAI_WIDGET)
    enregistre = json.loads(fichier.read_text(encoding="utf-8"))["reponses"][NOM]["valeur"]
    assert ex.evaluer(enregistre).juste  # replayed against the buyer: full marks
    assert_libelles(page, minimum=5)
    assert_widgets_ok(page)
