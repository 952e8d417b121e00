"""The course in JupyterLab under Chromium: home page, CP4 lesson 1 dashboard, graded notebook."""

from __future__ import annotations

import base64
import io
import json
import re
from urllib.parse import urlsplit

import pytest

from .navigateur import (
    DELAI_WIDGET,
    assert_libelles,
    assert_widgets_ok,
    cellule,
    executer_tout,
    ouvrir_notebook,
)

pytestmark = pytest.mark.browser

NOTEBOOK_NOTE = "exercises/cp4_performances/cp4_performances.ipynb"


def test_accueil(lab_page, lab):
    page = lab_page
    panneau = ouvrir_notebook(page, lab, "course/00_accueil.ipynb")
    executer_tout(page)
    sorties = panneau.locator(".jp-OutputArea-output")
    tableau_cp = sorties.locator("table", has_text="CP4").first
    tableau_cp.wait_for(timeout=DELAI_WIDGET)
    assert "Intitulé officiel" in tableau_cp.inner_text()
    assert_libelles(page, minimum=0)
    assert_widgets_ok(page)


def test_lecon_tableau_de_bord(lab_page, lab):
    page = lab_page
    panneau = ouvrir_notebook(page, lab, "course/cp4_performances/01_kpi_et_ecarts.ipynb")
    executer_tout(page)
    bord = cellule(panneau, "tableau_de_bord(ventes)").locator(".jp-OutputArea-output")
    commercial = bord.get_by_role("combobox", name="Commercial")
    commercial.wait_for(timeout=DELAI_WIDGET)
    for nom in ("Période", "Région", "Indicateur"):
        assert bord.get_by_role("combobox", name=nom).count() == 1, nom

    image = bord.locator("img").first
    texte = bord.locator(".widget-html-content p", has_text="réalisé").first
    alt = image.get_attribute("alt")
    assert alt and alt.strip(), "le graphique n'a pas de texte alternatif (alt)"
    avant = texte.inner_text()
    assert "toute l'équipe" in avant, avant
    assert_palette_okabe_ito(image.get_attribute("src"))

    # The keyboard, as a learner without a mouse: Space opens the list, ↓ then Enter picks the
    # first rep. (A bare ↓ or a letter on the closed list is taken by JupyterLab's command mode,
    # ipywidgets issue #3912; in Voila it works, see test_voila.py.)
    commercial.focus()
    for touche in ("Space", "ArrowDown", "Enter"):
        page.keyboard.press(touche)
    choisi = commercial.evaluate("s => s.options[s.selectedIndex].text")
    assert choisi != "Tous", "Espace, ↓, Entrée sur la liste « Commercial » n'a rien changé"
    texte_apres = bord.locator(".widget-html-content p", has_text=f"de {choisi}")
    texte_apres.wait_for(timeout=DELAI_WIDGET)
    assert texte_apres.inner_text() != avant
    # And with the mouse (option picked by its label): back to the whole team.
    commercial.select_option(label="Tous")
    bord.locator(".widget-html-content p", has_text="toute l'équipe").wait_for(timeout=DELAI_WIDGET)
    assert (image.get_attribute("alt") or "").strip()

    assert_libelles(page, minimum=4)
    assert_widgets_ok(page)


def assert_palette_okabe_ito(src: str) -> None:
    """The PNG shown holds the Okabe–Ito blue (bars) and vermilion (alerts, at least in the
    legend): the picture the learner sees, not only the code, uses the palette."""
    from PIL import Image

    from autograder.metier.kpi.tableau_de_bord import COULEUR_ALERTE, COULEUR_REALISE

    assert src and src.startswith("data:image/png;base64,"), (src or "")[:80]
    image = Image.open(io.BytesIO(base64.b64decode(src.split(",", 1)[1]))).convert("RGB")
    couleurs = {f"#{r:02X}{g:02X}{b:02X}" for _, (r, g, b) in image.getcolors(1 << 20)}
    assert COULEUR_REALISE.upper() in couleurs, "barres « réalisé » pas en bleu Okabe–Ito"
    assert COULEUR_ALERTE.upper() in couleurs, "alertes pas en vermillon Okabe–Ito"


def test_devoir_note(lab_page, lab):
    from autograder.moteur.seance import Seance

    page = lab_page
    panneau = ouvrir_notebook(page, lab, NOTEBOOK_NOTE)
    executer_tout(page)
    dossier = lab.racine / "exercises" / "cp4_performances"
    seance = Seance("cp4_performances", dossier=dossier)  # same id as the kernel's (answer file)

    # -- a number, in %: text refused, then the right answer, saved on disk -----------------
    nom = "taux_conversion_commercial"
    exo = cellule(panneau, f'seance.afficher("{nom}")').locator(".ntc-exercice")
    champ = exo.get_by_role("textbox", name="Votre réponse (%)")
    champ.wait_for(timeout=DELAI_WIDGET)
    retour = exo.locator(".widget-html")
    champ.click()
    page.keyboard.type("douze")  # typed key by key: no letter may be taken by JupyterLab
    page.keyboard.press("Enter")
    alerte = retour.get_by_role("alert")
    alerte.wait_for(timeout=DELAI_WIDGET)
    assert "n'est pas un nombre" in alerte.inner_text()

    solution = seance.exercice(nom).solution()  # a fraction; the field takes %
    tape = f"{solution * 100:.2f}".replace(".", ",")
    champ.fill("")
    page.keyboard.type(tape)
    page.keyboard.press("Enter")
    retour.get_by_text("Exact").wait_for(timeout=DELAI_WIDGET)
    assert not retour.get_by_role("alert").count()
    fichier = dossier / ".reponses" / "cp4_performances.json"
    entree = json.loads(fichier.read_text(encoding="utf-8"))["reponses"][nom]
    assert entree["brute"] == tape
    assert entree["valeur"] == pytest.approx(solution, abs=1e-3)

    # -- radio buttons, keyboard only: Tab to the right option, Space, Tab to « Vérifier », Enter
    nom = "facteur_principal"
    exo = cellule(panneau, f'seance.afficher("{nom}")').locator(".ntc-exercice")
    radios = exo.get_by_role("radio")
    radios.first.wait_for(timeout=DELAI_WIDGET)
    ex = seance.exercice(nom)
    cible = next(o.libelle for o in ex.options() if o.correct)
    radios.first.focus()  # set-up; from here on, only the keyboard
    for _ in range(radios.count()):
        if page.evaluate("document.activeElement.parentElement.textContent") == cible:
            break
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.parentElement.textContent") == cible
    page.keyboard.press("Space")
    retour = exo.locator(".widget-html")
    retour.get_by_text("Réponse enregistrée").wait_for(timeout=DELAI_WIDGET)
    for _ in range(radios.count() + 1):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == "Vérifier":
            break
    assert page.evaluate("document.activeElement.textContent.trim()") == "Vérifier"
    page.keyboard.press("Enter")
    retour.get_by_text("Tout est juste").wait_for(timeout=DELAI_WIDGET)
    reponses = json.loads(fichier.read_text(encoding="utf-8"))["reponses"]
    assert reponses[nom]["valeur"] == ex.solution()

    # -- a former code-only item (it needs the whole « ventes » table): its data are in the page,
    # every row, and in the workbook the page links to; answered through its widget below.
    ventes = next(f for f in seance.feuilles() if f.nom == "Ventes 2025")
    region = panneau.get_by_role("region", name=re.compile(r"Table « Ventes 2025 », "))
    region.wait_for(state="attached", timeout=DELAI_WIDGET)
    lien = panneau.get_by_role("link", name=re.compile("télécharger le classeur"))
    # JupyterLab rewrites the link to its files URL (and a query): the last two parts are ours.
    chemin = urlsplit(lien.get_attribute("href")).path.split("/")[-2:]
    assert chemin[0] == "donnees" and chemin[1].endswith(".xlsx"), chemin
    classeur = dossier.joinpath(*chemin)
    from openpyxl import load_workbook

    feuille = load_workbook(classeur, read_only=True)["Ventes 2025"]
    lignes = sum(1 for _ in feuille.iter_rows(min_row=2, values_only=True))
    nom_region = region.get_attribute("aria-label")
    assert nom_region.endswith(f"{lignes}\u00a0lignes"), (nom_region, lignes)
    assert region.locator("tbody tr").count() == lignes  # all of them shown, none cut
    assert lignes == ventes.lignes  # the learner's whole table

    # -- practice: « Nouvelle variante » under the same item, by keyboard: its own table, its own
    # numbers (drawn at random: the page names the draw), a wrong then the right answer; the
    # graded answer file is left byte for byte as it was.
    nom = "ecart_ca_trimestre"
    avant = fichier.read_bytes()
    zone = cellule(panneau, f'seance.afficher("{nom}")')
    zone.get_by_role("button", name="Nouvelle variante").focus()
    page.keyboard.press("Enter")
    variante = zone.locator(".ntc-variantes")
    tirage = variante.locator(".ntc-tirage")
    tirage.wait_for(timeout=DELAI_WIDGET)
    from autograder.moteur.variantes import Variante

    vex = Variante(seance, int(tirage.inner_text())).exercice(nom)
    assert vex.solution() != seance.exercice(nom).solution()
    variante.get_by_role("region", name=re.compile(r"Table « Ventes 2025 »")).wait_for(
        state="attached", timeout=DELAI_WIDGET
    )
    exo = variante.locator(".ntc-exercice")
    champ = exo.get_by_role("textbox")
    champ.click()
    page.keyboard.type("12 €")
    page.keyboard.press("Enter")
    exo.locator(".widget-html").get_by_text("Pas tout à fait").wait_for(timeout=DELAI_WIDGET)
    champ.fill("")
    page.keyboard.type(f"{vex.solution():.0f}")
    page.keyboard.press("Enter")
    exo.locator(".widget-html b", has_text=re.compile(r"Exact\s:")).wait_for(timeout=DELAI_WIDGET)
    assert fichier.read_bytes() == avant
    assert (dossier / "donnees" / "entrainement" / f"cp4_performances_{nom}.xlsx").exists()

    # -- check boxes (Space on each right one) and classification lists (options picked) ----
    nom = "commerciaux_sous_seuil"
    exo = cellule(panneau, f'seance.afficher("{nom}")').locator(".ntc-exercice")
    for option in seance.exercice(nom).options():
        if option.correct:
            exo.get_by_role("checkbox", name=option.libelle, exact=True).focus()
            page.keyboard.press("Space")
    exo.get_by_role("button", name="Vérifier").click()
    exo.locator(".widget-html").get_by_text("Tout est juste").wait_for(timeout=DELAI_WIDGET)

    nom = "responsabilite_facteurs"
    ex = seance.exercice(nom)
    exo = cellule(panneau, f'seance.afficher("{nom}")').locator(".ntc-exercice")
    categories = dict(ex.format.categories)
    for element in ex.elements():
        liste = exo.get_by_role("combobox", name=element.libelle, exact=True)
        liste.select_option(label=categories[element.categorie])
    exo.get_by_role("button", name="Vérifier").click()
    exo.locator(".widget-html").get_by_text("Tout est juste").wait_for(timeout=DELAI_WIDGET)
    reponses = json.loads(fichier.read_text(encoding="utf-8"))["reponses"]
    assert reponses[nom]["valeur"] == ex.solution()

    assert_libelles(page, minimum=10)
    assert_widgets_ok(page)


NOTEBOOK_CASSE = {
    "cells": [
        {
            "cell_type": "code",
            "execution_count": None,
            "id": "inconnu1",
            "metadata": {},
            "outputs": [],
            "source": [
                "from IPython.display import display\n",
                "# A view of a model that does not exist (as a stale output would).\n",
                "display({'application/vnd.jupyter.widget-view+json': {'model_id': 'ffff0000ffff0000',\n",
                "         'version_major': 2, 'version_minor': 0}, 'text/plain': 'widget'}, raw=True)",
            ],
        },
        {
            "cell_type": "code",
            "execution_count": None,
            "id": "inconnu2",
            "metadata": {},
            "outputs": [],
            "source": [
                "import ipywidgets as w\n",
                "from traitlets import Unicode\n",
                "\n",
                "class Inconnu(w.DOMWidget):\n",
                "    # A model class from a JavaScript module the front end does not have.\n",
                "    _model_name = Unicode('InconnuModel').tag(sync=True)\n",
                "    _model_module = Unicode('ntc-module-inexistant').tag(sync=True)\n",
                "    _model_module_version = Unicode('1.0.0').tag(sync=True)\n",
                "    _view_name = Unicode('InconnuView').tag(sync=True)\n",
                "    _view_module = Unicode('ntc-module-inexistant').tag(sync=True)\n",
                "    _view_module_version = Unicode('1.0.0').tag(sync=True)\n",
                "\n",
                "Inconnu()",
            ],
        },
        {
            "cell_type": "code",
            "execution_count": None,
            "id": "sanslibelle",
            "metadata": {},
            "outputs": [],
            "source": ["w.Text(placeholder='un champ sans libellé')"],
        },
        {
            "cell_type": "code",
            "execution_count": None,
            "id": "erreur",
            "metadata": {},
            "outputs": [],
            "source": ["raise ValueError('panne voulue')"],
        },
    ],
    "metadata": {
        "kernelspec": {
            "display_name": "Python 3 (ipykernel)",
            "language": "python",
            "name": "python3",
        }
    },
    "nbformat": 4,
    "nbformat_minor": 5,
}


def test_les_verifications_savent_echouer(lab_page, lab):
    """assert_widgets_ok catches widgets the front end cannot display, assert_libelles a field
    without a label."""
    page = lab_page
    chemin = lab.racine / "widget_inconnu.ipynb"
    chemin.write_text(json.dumps(NOTEBOOK_CASSE), encoding="utf-8")
    panneau = ouvrir_notebook(page, lab, chemin.name)
    with pytest.raises(AssertionError, match="cellule 4 .* ValueError: panne voulue"):
        executer_tout(page)
    panneau.get_by_text("Error displaying widget").first.wait_for(timeout=DELAI_WIDGET)
    panneau.locator(".jupyter-widgets-error-widget").first.wait_for(timeout=DELAI_WIDGET)
    with pytest.raises(AssertionError) as echec:
        assert_widgets_ok(page)
    message = str(echec.value)
    assert "Error displaying widget: model not found" in message  # the stale view
    assert "ErrorWidgetView" in message  # the model from an unknown module
    assert "ValueError: panne voulue" in message  # the traceback of the last cell

    panneau.get_by_placeholder("un champ sans libellé").wait_for(timeout=DELAI_WIDGET)
    with pytest.raises(AssertionError) as echec:
        assert_libelles(page)
    assert "1 champ(s) de widget sans libellé" in str(echec.value)
    assert "un champ sans libellé" in str(echec.value)  # the offender is shown
