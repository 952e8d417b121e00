"""Charts the course draws: a colour-blind-safe palette, and figures shown with a text alternative.

A figure is drawn on a bare matplotlib `Figure` (no pyplot, hence no global figure to close and no
backend dependency) and shown as an inline PNG inside an HTML `<img alt="…">`: JupyterLab 4 draws an
`image/png` output as an `<img>` with no `alt` (it reads no alt from the output's metadata), so a
screen reader would announce nothing. `montrer(fig, alt)` shows any figure this way (pyplot ones
too); on import, `alt_par_defaut()` makes every figure a notebook displays carry at least its
title.
"""

from __future__ import annotations

import base64
import html
import io
import sys

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
    """Figure that displays itself in a notebook (with its text alternative `alt`) even when
    pyplot was never imported."""

    alt: str | None = None

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {"text/html": figure_html(self), "text/plain": texte_alternatif(self)}


def figure_en_png(fig: Figure, dpi: int = 100) -> bytes:
    """Image PNG d'une figure matplotlib (sans pyplot : marche sous Voila et sans écran)."""
    tampon = io.BytesIO()
    fig.savefig(tampon, format="png", dpi=dpi)
    return tampon.getvalue()


def texte_alternatif(fig: Figure) -> str:
    """The figure's text alternative: the one given (`fig.alt`), else « Graphique : » and its
    titles and axis labels (what a sighted reader reads first)."""
    donne = getattr(fig, "alt", None)
    if donne and str(donne).strip():
        return str(donne).strip()
    parties = []
    for ax in fig.get_axes():
        titre = ax.get_title() or ax.get_title("left")
        axes = [a for a in (ax.get_xlabel(), ax.get_ylabel()) if a]
        if titre or axes:
            parties.append(titre + (f" ({' ; '.join(axes)})" if axes else ""))
    titre = fig._suptitle.get_text() if getattr(fig, "_suptitle", None) else ""
    texte = " — ".join(p.strip() for p in [titre, *parties] if p.strip())
    return f"Graphique\N{NO-BREAK SPACE}: {texte}" if texte else "Graphique"


def figure_html(fig: Figure, alt: str | None = None, dpi: int = 100) -> str:
    """`<img>` of the figure, its PNG inline, with its text alternative as `alt`."""
    png = base64.b64encode(figure_en_png(fig, dpi=dpi)).decode("ascii")
    alt = html.escape(alt if alt else texte_alternatif(fig), quote=True)
    return f'<img src="data:image/png;base64,{png}" alt="{alt}" style="max-width:100%;height:auto">'


class _Image:
    def __init__(self, code_html: str, alt: str):
        self.code_html, self.alt = code_html, alt

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {"text/html": self.code_html, "text/plain": self.alt}


def montrer(fig: Figure, alt: str | None = None) -> None:
    """Affiche la figure sous la cellule avec son texte alternatif `alt` (ce que montre le
    graphique, en une ou deux phrases), au lieu de ``plt.show()`` : ``montrer(fig, "…")``."""
    from IPython.display import display

    if alt:
        fig.alt = alt
    display(_Image(figure_html(fig), texte_alternatif(fig)))
    plt = sys.modules.get("matplotlib.pyplot")
    if plt is not None and getattr(fig, "number", None) in plt.get_fignums():
        plt.close(fig)  # a pyplot figure: closed, or the inline backend would show it again


def alt_par_defaut() -> None:
    """In a running notebook, every matplotlib figure it displays (a bare ``plt.show()``, a
    figure left as a cell's last value) becomes an `<img>` with its text alternative."""
    ipython = sys.modules.get("IPython")  # in a notebook, already loaded: never imported here
    ip = ipython.get_ipython() if ipython is not None else None
    if ip is None or not hasattr(ip, "display_formatter"):
        return
    ip.display_formatter.formatters["text/html"].for_type(Figure, figure_html)


alt_par_defaut()
