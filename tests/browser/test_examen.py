"""The mock written exam in JupyterLab, as a candidate sits it: the context chosen and the clock
started from the keyboard, the dossier and blank files written beside the notebook, a workbook
filled for the chosen context deposited through the real upload button and graded in full."""

from __future__ import annotations

import json

import pytest

from autograder.metier.examen import livrables
from autograder.moteur.seance import Seance

from .navigateur import (
    DELAI_WIDGET,
    assert_libelles,
    assert_widgets_ok,
    cellule,
    executer_tout,
    ouvrir_notebook,
)

pytestmark = pytest.mark.browser

DEVOIR = "examen_ecrit"


def test_examen_ecrit_choix_depart_et_depot(lab_page, lab, tmp_path):
    page = lab_page
    panneau = ouvrir_notebook(page, lab, f"exercises/{DEVOIR}/{DEVOIR}.ipynb")
    executer_tout(page)
    dossier = lab.racine / "exercises" / DEVOIR
    seance = Seance(DEVOIR, dossier=dossier)  # the kernel's learner: same subject
    sujet = seance.donnees["sujet"]
    choisi = sujet.contextes[1]

    epreuve = panneau.locator(".ntc-epreuve")
    commencer = epreuve.get_by_role("button", name="Commencer : Épreuve écrite (4\u00a0h)")
    commencer.wait_for(timeout=DELAI_WIDGET)
    commencer.focus()
    page.keyboard.press("Enter")  # no context yet: refused, in words
    epreuve.get_by_role("alert").filter(has_text="Choisissez d'abord").wait_for(
        timeout=DELAI_WIDGET
    )
    radio = epreuve.get_by_role("radio", name=livrables.nom_entreprise(choisi), exact=False)
    radio.focus()
    page.keyboard.press("Space")
    commencer.focus()
    page.keyboard.press("Enter")
    epreuve.get_by_role("link", name="Le dossier du cas (à imprimer)").wait_for(
        timeout=DELAI_WIDGET
    )
    reponses = json.loads((dossier / ".reponses" / f"{DEVOIR}.json").read_text("utf-8"))
    assert reponses["reponses"]["contexte_choisi"]["valeur"] == choisi["id"]
    for nom in ("dossier.html", "dossier.pdf", "tableau_de_bord.xlsx", "diaporama.pptx"):
        assert (dossier / "modeles" / nom).stat().st_size > 0, nom
    assert epreuve.get_by_role("radio").first.is_disabled()

    classeur = tmp_path / "mon_tableau.xlsx"
    classeur.write_bytes(livrables.exemple_tableau(sujet, choisi["id"]))
    zone = cellule(panneau, 'seance.afficher("tableau_de_bord")')
    # ipywidgets' upload button opens a file input it never puts in the page: the chooser it is.
    with page.expect_file_chooser() as choix:
        zone.get_by_role("button", name="Déposer votre fichier .xlsx").click()
    choix.value.set_files(str(classeur))
    zone.get_by_text(f"Contexte reconnu\u00a0: {livrables.nom_entreprise(choisi)}").wait_for(
        timeout=DELAI_WIDGET
    )
    assert "✅" in zone.locator(".widget-html").last.inner_text()
    depot = json.loads((dossier / ".reponses" / f"{DEVOIR}.json").read_text("utf-8"))
    assert (
        depot["reponses"]["tableau_de_bord"]["valeur"]["fichier"] == "rendus/tableau_de_bord.xlsx"
    )
    assert Seance(DEVOIR, dossier=dossier).points_enregistres("tableau_de_bord")[0] == 6
    assert_libelles(page, minimum=2)
    assert_widgets_ok(page)
