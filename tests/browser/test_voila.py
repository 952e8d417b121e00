"""The dashboard app under Voila in Chromium: rendered, filterable with the keyboard, accessible."""

from __future__ import annotations

import pytest

from .navigateur import DELAI_NOYAU, DELAI_WIDGET, assert_libelles, assert_widgets_ok

pytestmark = pytest.mark.browser


def test_tableau_de_bord_voila(page, voila):
    page.goto(f"{voila.url}/?token={voila.token}")
    page.get_by_role("heading", name="Tableau de bord des ventes").wait_for(timeout=DELAI_NOYAU)
    commercial = page.get_by_role("combobox", name="Commercial")
    commercial.wait_for(timeout=DELAI_NOYAU)  # kernel start + first chart
    for nom in ("Période", "Région", "Indicateur"):
        assert page.get_by_role("combobox", name=nom).count() == 1, nom
    assert "tableau_de_bord(" not in page.content(), "Voila doit cacher le code"

    image = page.locator(".jupyter-widgets img").first
    assert (image.get_attribute("alt") or "").strip(), "graphique sans texte alternatif"
    texte = page.locator(".widget-html-content p", has_text="réalisé").first
    avant = texte.inner_text()
    assert "toute l'équipe" in avant, avant

    # No notebook command mode here: ↓ on the focused list changes the rep directly.
    commercial.focus()
    page.keyboard.press("ArrowDown")
    choisi = commercial.evaluate("s => s.options[s.selectedIndex].text")
    assert choisi != "Tous", "↓ sur la liste « Commercial » n'a rien changé"
    apres = page.locator(".widget-html-content p", has_text=f"de {choisi}")
    apres.wait_for(timeout=DELAI_WIDGET)
    assert apres.inner_text() != avant

    # A filter with no data shows a message, not an error.
    region = page.get_by_role("combobox", name="Région")
    regions = region.evaluate("s => Array.from(s.options, o => o.text)")[1:]
    sa_region = page.locator(".widget-html-content tbody td").first.inner_text().strip()
    region.select_option(label=next(r for r in regions if r != sa_region))
    page.get_by_role("status").filter(has_text="Aucune donnée").wait_for(timeout=DELAI_WIDGET)

    assert_libelles(page, minimum=4)
    assert_widgets_ok(page)
