"""The audio recorder in JupyterLab: Chromium records ~3 s from its fake microphone through the
widget's buttons (the stop by keyboard), the kernel saves the file beside the notebook with the
duration measured in it; a refused microphone gets the French message and loses nothing."""

from __future__ import annotations

import json

import pytest

from autograder.moteur import audio
from autograder.moteur.seance import Seance

from .conftest import CHROMIUM, CHROMIUM_ARGS
from .navigateur import (
    DELAI_WIDGET,
    assert_libelles,
    assert_widgets_ok,
    executer_tout,
    ouvrir_notebook,
)

pytestmark = pytest.mark.browser

NOM = "pitch_oral"
MICRO_FACTICE = ["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"]
MICRO_REFUSE = """
navigator.mediaDevices.getUserMedia = () =>
  Promise.reject(new DOMException("Permission denied", "NotAllowedError"));
"""


@pytest.fixture(scope="module")
def chromium_micro(navigateur):
    """Chromium with a fake microphone (a beep) that needs no click to be allowed."""
    nav = navigateur.browser_type.launch(
        executable_path=str(CHROMIUM), headless=True, args=[*CHROMIUM_ARGS, *MICRO_FACTICE]
    )
    yield nav
    nav.close()


@pytest.fixture
def page_micro(chromium_micro, lab):
    contexte = chromium_micro.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
    contexte.set_default_timeout(30_000)
    yield contexte.new_page()
    contexte.close()
    for session in lab.api("GET", "/api/sessions"):
        lab.api("DELETE", f"/api/sessions/{session['id']}")


def carnet(lab, dossier: str):
    """A two-cell notebook showing the recorded exercise, in its own folder of the served copy."""
    racine = lab.racine / dossier
    racine.mkdir()
    cellules = ['from autograder import ouvrir_seance\nseance = ouvrir_seance("cp5_image")',
                f'seance.afficher("{NOM}")']  # fmt: skip
    nb = {
        "cells": [
            {
                "cell_type": "code",
                "execution_count": None,
                "id": f"c{i}",
                "metadata": {},
                "outputs": [],
                "source": s,
            }  # fmt: skip
            for i, s in enumerate(cellules)
        ],
        "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    (racine / "oral.ipynb").write_text(json.dumps(nb), encoding="utf-8")
    return racine


def test_enregistrer_trois_secondes(page_micro, lab):
    page = page_micro
    dossier = carnet(lab, "oral_micro")
    panneau = ouvrir_notebook(page, lab, "oral_micro/oral.ipynb")
    executer_tout(page)
    zone = panneau.locator(".ntc-enregistreur")
    enregistrer = zone.get_by_role("button", name="Enregistrer")
    enregistrer.wait_for(timeout=DELAI_WIDGET)
    statut = zone.get_by_role("status")
    enregistrer.click()
    statut.filter(has_text="en cours").wait_for(timeout=DELAI_WIDGET)
    page.wait_for_timeout(3000)
    arreter = zone.get_by_role("button", name="Arrêter")
    assert arreter.evaluate("b => b === document.activeElement"), "le focus n'est pas sur Arrêter"
    page.keyboard.press("Enter")  # the keyboard stops it, as it started: focus is on « Arrêter »
    retour = panneau.locator(".ntc-exercice [role=status]", has_text="Enregistrement de")
    retour.wait_for(timeout=DELAI_WIDGET)
    assert "trop court" in retour.inner_text()  # 3 s against a window of 22 s at least
    assert zone.locator("audio").is_visible()

    reponse = Seance("cp5_image", dossier).reponses.valeur(NOM)
    assert reponse["fichier"] == f"enregistrements/{NOM}.webm", reponse
    contenu = (dossier / reponse["fichier"]).read_bytes()
    mesure = audio.mesurer(contenu)
    assert mesure.conteneur == "webm" and 2.0 <= mesure.duree <= 5.0, mesure
    assert reponse["mesure"] == "fichier" and abs(reponse["duree_navigateur"] - mesure.duree) < 1
    assert panneau.locator(".ntc-exercice").get_by_role("button", name="Déposer un fichier").count()
    assert_libelles(page, minimum=0)  # the recorder's controls are buttons, named (roles above)
    assert_widgets_ok(page)


def test_micro_refuse(page_micro, lab):
    page = page_micro
    page.context.add_init_script(MICRO_REFUSE)
    dossier = carnet(lab, "oral_refus")
    seance = Seance("cp5_image", dossier)
    ex = seance.exercice(NOM)
    bas, haut = ex.format.fenetre(ex)
    seance.repondre(NOM, {"audio": audio.silence_wav((bas + haut) / 2)})  # an earlier recording
    avant = (dossier / "enregistrements" / f"{NOM}.wav").read_bytes()

    panneau = ouvrir_notebook(page, lab, "oral_refus/oral.ipynb")
    executer_tout(page)
    zone = panneau.locator(".ntc-enregistreur")
    statut = zone.get_by_role("status")
    statut.filter(has_text="Enregistrement conservé").wait_for(timeout=DELAI_WIDGET)
    zone.get_by_role("button", name="Enregistrer").click()
    statut.filter(has_text="Micro refusé").wait_for(timeout=DELAI_WIDGET)
    assert "précédent est conservé" in statut.inner_text()
    assert zone.get_by_role("button", name="Enregistrer").is_enabled()
    assert (dossier / "enregistrements" / f"{NOM}.wav").read_bytes() == avant
    assert Seance("cp5_image", dossier).noter(NOM) is None
    assert_widgets_ok(page)
