"""Charts the course draws: a colour-blind-safe palette and PNG output without pyplot.

A figure is drawn on a bare matplotlib `Figure` (no pyplot, hence no global figure to close and no
backend dependency) and shown as an inline PNG, which works the same in JupyterLab, under Voila,
in an HTML report and without a screen.
"""

from __future__ import annotations

import io

from matplotlib.figure import Figure

# Okabe & Ito (2008), palette lisible par les personnes daltoniennes.
OKABE_ITO = {
    "noir": "#000000",
    "orange": "#E69F00",
    "bleu_ciel": "#56B4E9",
    "vert": "#009E73",
    "jaune": "#F0E442",
    "bleu": "#0072B2",
    "vermillon": "#D55E00",
    "pourpre": "#CC79A7",
}


class FigurePNG(Figure):
    """Figure that displays itself in a notebook even when pyplot was never imported."""

    def _repr_png_(self) -> bytes:
        return figure_en_png(self)


def figure_en_png(fig: Figure, dpi: int = 100) -> bytes:
    """Image PNG d'une figure matplotlib (sans pyplot : marche sous Voila et sans écran)."""
    tampon = io.BytesIO()
    fig.savefig(tampon, format="png", dpi=dpi)
    return tampon.getvalue()
