"""Keys typed in a widget go to the widget, never to JupyterLab's command-mode shortcuts.

Without autograder.widgets.clavier, ↓ on a focused drop-down moves to the next cell (focus lost),
« a »/« b » insert cells, « m » turns a cell into markdown and « d d » deletes one. One small
notebook (a classification, a single choice, a number), run once, serves every check.
"""

from __future__ import annotations

import json

import pytest

from .navigateur import DELAI_WIDGET, assert_widgets_ok, executer_tout, ouvrir_notebook

pytestmark = pytest.mark.browser

DEVOIR = "cp9_relation_client"
CLASSEMENT, CHOIX, NOMBRE = "etapes_reclamation", "canal_moins_satisfaisant", "clients_sans_contact"
TOUCHES = ["a", "b", "m", "y", "d", "d", "Enter", "Escape"]  # notebook shortcuts in command mode

_CELLULES_JS = """() => {
  const nb = window.jupyterapp.shell.currentWidget.content;
  return {types: nb.widgets.map((c) => c.model.type), mode: nb.mode};
}"""


def _carnet() -> dict:
    sources = [f'from autograder import ouvrir_seance\nseance = ouvrir_seance("{DEVOIR}")']
    sources += [f'seance.afficher("{nom}")' for nom in (CLASSEMENT, CHOIX, NOMBRE)]
    cellules = [{"cell_type": "code", "id": f"c{i:07d}", "metadata": {}, "execution_count": None,
                 "outputs": [], "source": s} for i, s in enumerate(sources)]  # fmt: skip
    meta = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}
    return {"cells": cellules, "metadata": meta, "nbformat": 4, "nbformat_minor": 5}


@pytest.fixture(scope="module")
def carnet(lab):
    dossier = lab.racine / "clavier"  # its own folder: its answers touch no other test's
    dossier.mkdir(exist_ok=True)
    (dossier / "clavier.ipynb").write_text(json.dumps(_carnet()), encoding="utf-8")
    return "clavier/clavier.ipynb"


def _exercice(panneau, nom: str):
    cellule = panneau.locator(".jp-CodeCell").filter(has_text=f'seance.afficher("{nom}")')
    return cellule.locator(".ntc-exercice")


def test_les_touches_vont_au_widget(lab_page, lab, carnet):
    page = lab_page
    panneau = ouvrir_notebook(page, lab, carnet)
    executer_tout(page)
    avant = page.evaluate(_CELLULES_JS)
    assert avant["mode"] == "command"

    # A drop-down: ↓ chooses the next option and keeps the focus; letters change no cell.
    liste = _exercice(panneau, CLASSEMENT).locator("select").first
    liste.wait_for(timeout=DELAI_WIDGET)
    liste.focus()
    page.keyboard.press("ArrowDown")
    for touche in TOUCHES:
        page.keyboard.press(touche)
    assert page.evaluate(_CELLULES_JS) == avant, "une touche a modifié les cellules du carnet"
    assert liste.evaluate("(el) => el === document.activeElement"), "la liste a perdu le focus"
    assert liste.evaluate("(el) => el.selectedIndex") == 1  # « — à classer — », then the first

    # A radio button: the same letters change no cell.
    radio = _exercice(panneau, CHOIX).get_by_role("radio").first
    radio.focus()
    for touche in TOUCHES:
        page.keyboard.press(touche)
    assert page.evaluate(_CELLULES_JS) == avant
    assert radio.evaluate("(el) => el === document.activeElement")

    # A number field (left alone by JupyterLab already): the letters are typed, and leaving the
    # field with text in it shows why it is refused, in French.
    nombre = _exercice(panneau, NOMBRE)
    champ = nombre.get_by_role("textbox")
    champ.focus()
    page.keyboard.type("abmdd")
    page.keyboard.press("Tab")
    assert champ.input_value() == "abmdd"
    nombre.get_by_role("alert").filter(has_text="n'est pas un nombre").wait_for(
        timeout=DELAI_WIDGET
    )
    assert page.evaluate(_CELLULES_JS) == avant
    assert_widgets_ok(page)
