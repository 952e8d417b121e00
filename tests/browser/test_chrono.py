"""The exam countdown in JupyterLab: started from the keyboard, it ticks in the browser, announces
the end in words, and the cell run again (a restarted kernel) shows the same end, no button."""

from __future__ import annotations

import json

import pytest

from .navigateur import (
    DELAI_WIDGET,
    assert_libelles,
    assert_widgets_ok,
    executer_tout,
    ouvrir_notebook,
)

pytestmark = pytest.mark.browser

CELLULE = """from autograder.moteur.chrono import Chrono
from autograder.moteur.reponses import Reponses
from autograder.widgets.chrono import ChronoEpreuve
ChronoEpreuve(Chrono(Reponses("essai_chrono"), "ecrit", 6, "Épreuve d'essai"))"""


def test_le_chrono_demarre_au_clavier_et_survit_a_la_reexecution(lab_page, lab):
    page = lab_page
    dossier = lab.racine / "essai_chrono"
    dossier.mkdir()
    nb = {
        "cells": [{"cell_type": "code", "execution_count": None, "id": "chrono", "metadata": {},
                   "outputs": [], "source": CELLULE}],
        "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }  # fmt: skip
    (dossier / "chrono.ipynb").write_text(json.dumps(nb), encoding="utf-8")
    panneau = ouvrir_notebook(page, lab, "essai_chrono/chrono.ipynb")
    executer_tout(page)
    bouton = panneau.get_by_role("button", name="Commencer : Épreuve d'essai (6\u00a0s)")
    bouton.wait_for(timeout=DELAI_WIDGET)
    minuteur = panneau.get_by_role("timer", name="Temps restant : Épreuve d'essai")
    assert minuteur.inner_text() == "0:00:06"  # not started: the whole duration
    bouton.focus()
    page.keyboard.press("Enter")
    racine = panneau.locator(".ntc-chrono")
    page.wait_for_function(
        "() => { const r = document.querySelector('.ntc-chrono');"
        " return r && r.dataset.etat === 'en-cours' && Number(r.dataset.restant) < 6; }",
        timeout=DELAI_WIDGET,
    )
    assert bouton.count() == 0 or not bouton.is_visible()
    page.get_by_role("status").filter(has_text="Temps écoulé (Épreuve").wait_for(
        timeout=DELAI_WIDGET
    )
    assert racine.get_attribute("data-etat") == "fini" and minuteur.inner_text() == "0:00:00"
    enregistre = json.loads((dossier / ".reponses" / "essai_chrono.json").read_text("utf-8"))
    assert enregistre["reponses"]["chrono_ecrit"]["valeur"]["secondes"] == 6

    executer_tout(page)  # as after a restart: the end read from the answer store
    page.get_by_text("temps écoulé (fin à").wait_for(timeout=DELAI_WIDGET)
    assert not panneau.get_by_role(
        "button", name="Commencer : Épreuve d'essai (6\u00a0s)"
    ).is_visible()
    assert_libelles(page, minimum=0)
    assert_widgets_ok(page)
