"""The oral rehearsal notebook in JupyterLab under Chromium (course/examen/04_repetition_orale):
a report recorded from the fake microphone with the keyboard only, the duration check seen, the
take on disk beside the notebook, the self-evaluation grid filled by keyboard and its sheet
written; a refused microphone gets the French message and loses no earlier take."""

from __future__ import annotations

import json
import shutil
import time

import pytest

from autograder.metier.oral.repetition import STORE, CarnetOral
from autograder.moteur import audio

from . import test_enregistreur as enregistreur
from .conftest import ROOT
from .navigateur import (
    DELAI_WIDGET,
    ZONES_LAB,
    assert_libelles,
    assert_rendu,
    assert_widgets_ok,
    attendre_rendu_stable,
    audit_axe,
    executer_tout,
    ouvrir_notebook,
    violations_hors_liste,
)

# The recorder tests' Chromium with a fake microphone (a beep), allowed without a click.
chromium_micro, page_micro = enregistreur.chromium_micro, enregistreur.page_micro
MICRO_REFUSE = enregistreur.MICRO_REFUSE

pytestmark = pytest.mark.browser

CARNET = "course/examen/04_repetition_orale.ipynb"


def copie(lab, dossier: str):
    """The lesson in a folder of its own in the served copy (its answers stay there)."""
    racine = lab.racine / dossier
    racine.mkdir()
    shutil.copy(ROOT / CARNET, racine / "oral.ipynb")
    return racine


def stocke(racine, cle: str, attendu, delai: float = DELAI_WIDGET / 1000):
    """The stored value `cle` once it equals `attendu` (each change is on disk at once)."""
    fichier = racine / ".reponses" / f"{STORE}.json"
    fin, valeur = time.monotonic() + delai, None
    while time.monotonic() < fin:
        if fichier.exists():
            entree = json.loads(fichier.read_text(encoding="utf-8"))["reponses"].get(cle)
            valeur = entree["valeur"] if entree else None
            if valeur == attendu:
                break
        time.sleep(0.1)
    return valeur


def test_enregistrer_le_compte_rendu_et_remplir_la_grille_au_clavier(page_micro, lab):
    page = page_micro
    racine = copie(lab, "oral_clavier")
    panneau = ouvrir_notebook(page, lab, "oral_clavier/oral.ipynb")
    executer_tout(page)

    zone = panneau.locator(".ntc-oral-enregistrement")
    enregistrer = zone.get_by_role("button", name="Enregistrer")
    enregistrer.wait_for(timeout=DELAI_WIDGET)
    assert zone.get_by_role("timer").inner_text() == "0:00 / 15:00"  # the time allowed, shown
    enregistrer.focus()
    page.keyboard.press("Enter")
    statut = zone.locator(".ntc-enregistreur [role=status]")
    statut.filter(has_text="Présentez votre compte rendu").wait_for(timeout=DELAI_WIDGET)
    page.wait_for_timeout(3000)
    arreter = zone.get_by_role("button", name="Arrêter")
    assert arreter.evaluate("b => b === document.activeElement"), "le focus n'est pas sur Arrêter"
    page.keyboard.press("Enter")

    retour = zone.locator("[role=status]", has_text="Compte rendu de")
    retour.wait_for(timeout=DELAI_WIDGET)
    texte = retour.inner_text()
    assert "trop court" in texte and "15\u00a0min" in texte, texte  # 3 s against 12 to 15 min 30
    assert "enregistrements/compte_rendu_oral-1.webm" in texte
    essais = CarnetOral(racine).essais()
    assert [e["fichier"] for e in essais] == ["enregistrements/compte_rendu_oral-1.webm"]
    mesure = audio.mesurer((racine / essais[0]["fichier"]).read_bytes())
    assert mesure.conteneur == "webm" and 2.0 <= mesure.duree <= 5.0, mesure
    assert essais[0]["verdict"] == "court" and abs(essais[0]["duree"] - mesure.duree) < 0.01

    # The grid, by keyboard: Space on a level's button; Tab leaves the notes (saved on leaving).
    grille = panneau.locator(".ntc-oral-grille")

    def niveau(critere: str, libelle: str) -> None:
        ligne = grille.locator(".widget-toggle-buttons").filter(has_text=critere)
        ligne.get_by_role("button", name=libelle, exact=True).focus()
        page.keyboard.press("Space")

    niveau("CP4.1", "Acquis")
    assert stocke(racine, "grille", {"CP4.1": "acquis"}) == {"CP4.1": "acquis"}
    niveau("CT1.3", "En cours")
    attendu = {"CP4.1": "acquis", "CT1.3": "en_cours"}
    assert stocke(racine, "grille", attendu) == attendu
    grille.get_by_role("status").filter(has_text="Acquis\u00a0: 1 · En cours\u00a0: 1").wait_for(
        timeout=DELAI_WIDGET
    )
    grille.get_by_label("À travailler").focus()
    page.keyboard.type("Tenir le plan d'actions.")
    page.keyboard.press("Tab")
    assert stocke(racine, "remarques", "Tenir le plan d'actions.") == "Tenir le plan d'actions."

    bouton = panneau.get_by_role("button", name="Écrire ma fiche (HTML et PDF)")
    bouton.focus()
    page.keyboard.press("Enter")
    panneau.get_by_role("status").filter(has_text="Fiche écrite").wait_for(timeout=DELAI_WIDGET)
    fiche = (racine / "autoevaluation_oral.html").read_text(encoding="utf-8")
    assert "compte_rendu_oral-1.webm" in fiche and "En cours" in fiche
    assert (racine / "autoevaluation_oral.pdf").read_bytes().startswith(b"%PDF")
    assert_libelles(page, minimum=1)  # the notes; the grid's levels are named buttons
    assert_widgets_ok(page)
    attendre_rendu_stable(page)  # with a take, its verdict and a sheet: more than test_rendu sees
    assert_rendu(page)
    echecs = violations_hors_liste(audit_axe(page, inclure=[ZONES_LAB]), {})
    assert not echecs, "axe-core (WCAG 2.1 A/AA) :\n- " + "\n- ".join(echecs)


def test_micro_refuse_rien_n_est_perdu(page_micro, lab):
    page = page_micro
    page.context.add_init_script(MICRO_REFUSE)
    racine = copie(lab, "oral_refus_micro")
    CarnetOral(racine).recevoir(audio.silence_wav(13 * 60, frequence=1000))  # an earlier take
    avant = (racine / "enregistrements" / "compte_rendu_oral-1.wav").read_bytes()

    panneau = ouvrir_notebook(page, lab, "oral_refus_micro/oral.ipynb")
    executer_tout(page)
    zone = panneau.locator(".ntc-oral-enregistrement")
    zone.get_by_text("compte_rendu_oral-1.wav (13\u00a0min, dans le temps)").wait_for(
        timeout=DELAI_WIDGET
    )
    zone.get_by_role("button", name="Enregistrer").click()
    statut = zone.locator(".ntc-enregistreur [role=status]")
    statut.filter(has_text="Micro refusé").wait_for(timeout=DELAI_WIDGET)
    assert zone.get_by_role("button", name="Enregistrer").is_enabled()
    assert (racine / "enregistrements" / "compte_rendu_oral-1.wav").read_bytes() == avant
    assert len(CarnetOral(racine).essais()) == 1
    assert_widgets_ok(page)
