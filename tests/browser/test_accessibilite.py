"""Charts readable by colour-blind learners (Okabe–Ito palette) and described in text."""

from __future__ import annotations

import pytest

from autograder.metier.kpi import donnees as kpi
from autograder.metier.kpi import tableau_de_bord as tdb
from autograder.moteur import graphiques

pytestmark = pytest.mark.browser

# Okabe, M. & Ito, K. (2008), « Color Universal Design »: the eight colours and their hex codes.
OKABE_ITO_OFFICIEL = {
    "#000000",  # black
    "#E69F00",  # orange
    "#56B4E9",  # sky blue
    "#009E73",  # bluish green
    "#F0E442",  # yellow
    "#0072B2",  # blue
    "#D55E00",  # vermilion
    "#CC79A7",  # reddish purple
}


def test_palette_okabe_ito():
    assert {c.upper() for c in graphiques.OKABE_ITO.values()} == OKABE_ITO_OFFICIEL
    for couleur in (tdb.COULEUR_REALISE, tdb.COULEUR_ALERTE, tdb.COULEUR_OBJECTIF):
        assert couleur.upper() in OKABE_ITO_OFFICIEL, couleur


def test_graphique_en_couleurs_okabe_ito_et_decrit():
    from matplotlib.colors import to_hex

    ventes = kpi.generer_ventes()
    fig = tdb.figure_objectif_realise(ventes)
    ax = fig.axes[0]
    barres = {to_hex(p.get_facecolor()).upper() for p in ax.patches}
    lignes = {to_hex(line.get_color()).upper() for line in ax.get_lines()}
    assert barres and barres <= OKABE_ITO_OFFICIEL, barres
    assert lignes <= OKABE_ITO_OFFICIEL, lignes
    texte = tdb.texte_alternatif(ventes)
    assert texte.startswith("Chiffre d'affaires de toute l'équipe"), texte
    graphique, description, _ = tdb.rendre(ventes, "Chiffre d'affaires")
    assert 'alt="Graphique en barres' in graphique
    assert texte.split(",")[0] in description
