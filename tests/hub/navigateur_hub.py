"""A learner logs in to the hub in Chromium and lands on the course's home page in JupyterLab.

Run in its own process by tests/hub/test_hub.py (never beside the browser tests' own Playwright,
which a pytest worker may hold open):
    python -m tests.hub.navigateur_hub URL IDENTIFIANT MOT_DE_PASSE CAPTURE.png
"""

from __future__ import annotations

import re
import sys

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS


def ouvrir(base: str, nom: str, mot_de_passe: str, capture: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        navigateur = p.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        page = navigateur.new_page(viewport={"width": 1280, "height": 900}, locale="fr-FR")
        page.set_default_timeout(60_000)
        try:
            page.goto(f"{base}/hub/login")
            page.fill("#username_input", nom)
            page.fill("#password_input", mot_de_passe)
            page.click("#login_submit")
            page.wait_for_url(re.compile(rf"/user/{nom}/lab/tree/course/00_accueil\.ipynb"))
            titre = page.locator(
                ".jp-RenderedMarkdown h1", has_text="Négociateur technico-commercial"
            )
            titre.first.wait_for()
        finally:
            page.screenshot(path=capture)
            navigateur.close()


if __name__ == "__main__":
    ouvrir(*sys.argv[1:5])
