"""The graded SWOT matrix in JupyterLab under Chromium, with the keyboard only: each statement
placed with Space on its quadrant's button, live score and matrix, the answer on disk."""

from __future__ import annotations

import json

import pytest

from .navigateur import (
    DELAI_WIDGET,
    assert_libelles,
    assert_widgets_ok,
    devoir_execute,
)

pytestmark = pytest.mark.browser

DEVOIR, NOM = "entretien_swot", "classer_enonces"


def test_matrice_swot_au_clavier(lab_page, lab):
    from autograder.metier.swot.matrice import libelle

    page = lab_page
    matrice, ex, fichier = devoir_execute(page, lab, DEVOIR, NOM, ".ntc-swot")
    groupes = matrice.locator(".widget-toggle-buttons")
    groupes.first.wait_for(timeout=DELAI_WIDGET)
    enonces = ex.params["enonces"]
    assert groupes.count() == len(enonces)

    for groupe, e in zip(groupes.all(), enonces, strict=True):
        groupe.get_by_role("button", name=libelle(e["quadrant"]), exact=True).focus()
        page.keyboard.press("Space")
    n = len(enonces)
    matrice.get_by_text(f"{n} énoncés bien classés sur {n}").wait_for(timeout=DELAI_WIDGET)
    assert "Score\u00a0: 100 %" in matrice.inner_text()

    enregistre = json.loads(fichier.read_text(encoding="utf-8"))["reponses"][NOM]["valeur"]
    assert enregistre == ex.solution()
    assert_libelles(page, minimum=n)
    assert_widgets_ok(page)
