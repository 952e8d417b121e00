"""The answer inputs in JupyterLab, as a learner uses them (autograder.widgets.socle).

- Keys typed in a widget go to the widget, never to JupyterLab's command-mode shortcuts: without
  the socle, ↓ on a focused drop-down moves to the next cell (focus lost), « a »/« b » insert
  cells, « m » turns a cell into markdown and « d d » deletes one.
- At 1024 px, a drop-down shows its longest option whole, and wrapped texts are not double-spaced.
- A file too heavy for the kernel's websocket (10 MiB) is refused in the browser, in French; the
  connection stays up, and a file under the limit still reaches the kernel.
One small notebook (classifications, a single choice, a number, a deposit) serves every test.
"""

from __future__ import annotations

import json

import pytest

from .navigateur import (
    _NOYAU_PRET_JS,
    DELAI_WIDGET,
    assert_widgets_ok,
    executer_tout,
    ouvrir_notebook,
)

pytestmark = pytest.mark.browser

DEVOIR = "cp9_relation_client"
CLASSEMENT, CHOIX, NOMBRE = "etapes_reclamation", "canal_moins_satisfaisant", "clients_sans_contact"
LONG = "cp2_plan_actions", "acteurs_ess"  # categories of up to 65 characters
DOCUMENT = "cp8_bilan", "rapport_bilan"  # a deposit (widgets.televersement)
TOUCHES = ["a", "b", "m", "y", "d", "d", "Enter", "Escape"]  # notebook shortcuts in command mode

_CELLULES_JS = """() => {
  const nb = window.jupyterapp.shell.currentWidget.content;
  return {types: nb.widgets.map((c) => c.model.type), mode: nb.mode};
}"""


def _carnet() -> dict:
    sources = [f'from autograder import ouvrir_seance\nseance = ouvrir_seance("{DEVOIR}")']
    sources += [f'seance.afficher("{nom}")' for nom in (CLASSEMENT, CHOIX, NOMBRE)]
    sources += [f'ouvrir_seance("{d}").afficher("{n}")' for d, n in (LONG, DOCUMENT)]
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
    cellule = panneau.locator(".jp-CodeCell").filter(has_text=f'afficher("{nom}")')
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

    # Radio buttons: ↓ chooses the next option (as the help under them says), letters change no
    # cell.
    radios = _exercice(panneau, CHOIX).get_by_role("radio")
    radios.first.focus()
    page.keyboard.press("ArrowDown")
    for touche in TOUCHES:
        page.keyboard.press(touche)
    assert page.evaluate(_CELLULES_JS) == avant
    assert radios.nth(1).evaluate("(el) => el === document.activeElement && el.checked")

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


# The selected option's text width against the room inside the drop-down (its arrow excluded).
_PLACE_JS = """(s) => {
  const st = getComputedStyle(s), ctx = document.createElement("canvas").getContext("2d");
  ctx.font = `${st.fontWeight} ${st.fontSize} ${st.fontFamily}`;
  const texte = ctx.measureText(s.options[s.selectedIndex].text).width;
  return [texte, s.clientWidth - parseFloat(st.paddingLeft) - parseFloat(st.paddingRight)];
}"""
_INTERLIGNE_JS = """(el) => parseFloat(getComputedStyle(el).lineHeight) / parseFloat(getComputedStyle(el).fontSize)"""


def test_options_longues_lisibles(navigateur, lab, carnet):
    contexte = navigateur.new_context(viewport={"width": 1024, "height": 768}, locale="fr-FR")
    contexte.set_default_timeout(30_000)
    page = contexte.new_page()
    try:
        panneau = ouvrir_notebook(page, lab, carnet)
        executer_tout(page)
        exercice = _exercice(panneau, LONG[1])
        listes = exercice.locator("select")
        listes.first.wait_for(timeout=DELAI_WIDGET)
        options = listes.first.evaluate("(s) => Array.from(s.options, (o) => o.text)")
        longue = max(options, key=len)
        assert len(longue) > 60, longue  # the case this test is about
        listes.first.select_option(label=longue)
        texte, place = listes.first.evaluate(_PLACE_JS)
        assert texte <= place, f"« {longue} » coupé : {texte:.0f} px de texte pour {place:.0f} px"
        # The statements above the lists wrap at this width: read with a normal line spacing.
        enonce = exercice.locator(".widget-html-content").first
        assert enonce.evaluate(_INTERLIGNE_JS) < 1.7
    finally:
        for session in lab.api("GET", "/api/sessions"):
            lab.api("DELETE", f"/api/sessions/{session['id']}")
        contexte.close()


def test_un_fichier_trop_lourd_est_refuse_en_francais(lab_page, lab, carnet, tmp_path):
    from autograder.widgets.televersement import ENVOI_MAX

    page = lab_page
    panneau = ouvrir_notebook(page, lab, carnet)
    executer_tout(page)
    zone = _exercice(panneau, DOCUMENT[1])
    bouton = zone.get_by_role("button", name="Déposer votre fichier .docx")
    lourd = tmp_path / "bilan illustré.docx"
    lourd.write_bytes(b"\0" * (ENVOI_MAX + 1))
    with page.expect_file_chooser() as choix:
        bouton.click()
    choix.value.set_files(str(lourd))
    alerte = zone.get_by_role("alert").filter(has_text="« bilan illustré.docx » pèse 9\u00a0Mo")
    alerte.wait_for(timeout=DELAI_WIDGET)
    assert "trop lourd" in alerte.inner_text() and "Allégez-le" in alerte.inner_text()
    page.wait_for_function(_NOYAU_PRET_JS, timeout=DELAI_WIDGET)  # still connected
    reponses = lab.racine / "clavier" / ".reponses" / f"{DOCUMENT[0]}.json"
    if reponses.exists():  # nothing was sent, nothing saved
        assert DOCUMENT[1] not in json.loads(reponses.read_text("utf-8"))["reponses"]
    # Under the limit the file is sent: the kernel reads it (and refuses this one, not a .docx).
    petit = tmp_path / "bilan.docx"
    petit.write_bytes(b"PK\x03\x04")
    with page.expect_file_chooser() as choix:
        bouton.click()
    choix.value.set_files(str(petit))
    zone.get_by_text("« bilan.docx » refusé").wait_for(timeout=DELAI_WIDGET)
    assert not alerte.is_visible()
    assert_widgets_ok(page)
