"""Reading a slide deck with python-pptx: the shapes of a slide (groups opened), its title and
body text, its tables, charts and pictures, and the size a run of text is shown at.

Only what a machine can read reliably is read; what it cannot resolve (a size inherited from a
table style, a text box's default size) is reported as unknown rather than guessed. Shared by the
exam's deck and the production's deck.
"""

from __future__ import annotations

import re
import unicodedata

from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml.ns import qn
from pptx.shapes.graphfrm import GraphicFrame
from pptx.shapes.group import GroupShape
from pptx.shapes.picture import Picture

TITRES = {PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE, PP_PLACEHOLDER.VERTICAL_TITLE}
ANNEXES = {
    PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER, PP_PLACEHOLDER.HEADER,
}  # fmt: skip
CORPS = {PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT, PP_PLACEHOLDER.SUBTITLE}


def plat(texte: str) -> str:
    """Lower case, no accents, ordinary spaces: for matching words."""
    sans = unicodedata.normalize("NFKD", str(texte).lower().replace("’", "'"))
    sans = re.sub(r"[\u00a0\u202f\s]+", " ", sans)
    return "".join(c for c in sans if not unicodedata.combining(c))


def mot(texte: str, racines) -> bool:
    """Whether a word of the text starts with one of the roots (accents and case ignored)."""
    return any(re.search(rf"(?<!\w){re.escape(r)}", plat(texte)) for r in racines)


def extrait(texte: str, n: int = 40) -> str:
    texte = re.sub(r"[ \t\r\n\v]+", " ", str(texte)).strip()  # keeps non-breaking spaces
    return texte if len(texte) <= n else texte[: n - 1].rstrip() + "…"


# -- shapes -------------------------------------------------------------------------------------
def formes(shapes):
    """Every shape, the members of groups included."""
    for s in shapes:
        if isinstance(s, GroupShape):
            yield from formes(s.shapes)
        else:
            yield s


def type_repere(forme):
    return forme.placeholder_format.type if forme.is_placeholder else None


def titre(diapo) -> str:
    for s in formes(diapo.shapes):
        if type_repere(s) in TITRES and s.has_text_frame:
            return s.text_frame.text.strip()
    return ""


def textes_du_corps(diapo):
    """The text shapes under the title (no title, date, footer or slide number)."""
    for s in formes(diapo.shapes):
        if s.has_text_frame and type_repere(s) not in TITRES | ANNEXES:
            yield s


def tableaux(diapo):
    return [s.table for s in formes(diapo.shapes) if isinstance(s, GraphicFrame) and s.has_table]


def graphiques(diapo):
    return [s.chart for s in formes(diapo.shapes) if isinstance(s, GraphicFrame) and s.has_chart]


def images(diapo):
    return [s for s in formes(diapo.shapes) if isinstance(s, Picture)]


def a_du_contenu(diapo) -> bool:
    """Anything under the title: text, table, chart, picture or object."""
    for s in formes(diapo.shapes):
        if type_repere(s) in TITRES | ANNEXES:
            continue
        if isinstance(s, Picture | GraphicFrame) or (
            s.has_text_frame and s.text_frame.text.strip()
        ):
            return True
    return False


# -- font sizes ---------------------------------------------------------------------------------
def _sz_liste(txbody, niveau: int) -> float | None:
    """The size a shape's list style gives a paragraph level, in points."""
    return None if txbody is None else _sz_style(txbody.find(qn("a:lstStyle")), niveau)


def _sz_maitre(diapo, type_, niveau: int) -> float | None:
    """The master's text style for a placeholder type (title or body)."""
    styles = diapo.slide_layout.slide_master._element.find(qn("p:txStyles"))
    if styles is None:
        return None
    nom = "p:titleStyle" if type_ in TITRES else "p:bodyStyle" if type_ in CORPS else None
    return _sz_style(styles.find(qn(nom)) if nom else None, niveau)


def _sz_style(style, niveau: int) -> float | None:
    lvl = style.find(qn(f"a:lvl{niveau}pPr")) if style is not None else None
    rpr = lvl.find(qn("a:defRPr")) if lvl is not None else None
    return int(rpr.get("sz")) / 100 if rpr is not None and rpr.get("sz") else None


def echelle(cadre) -> float:
    """The shrink factor of « ajuster le texte » (normAutofit fontScale, in 1/1000 %)."""
    ajuste = cadre._txBody.find(qn("a:bodyPr") + "/" + qn("a:normAutofit"))
    if ajuste is not None and ajuste.get("fontScale"):
        return int(ajuste.get("fontScale")) / 100_000
    return 1.0


def taille(run, paragraphe, forme, diapo) -> float | None:
    """The size a run is shown at, in points, or None when it cannot be resolved: the run's own
    size, else the paragraph's, the shape's list style, the layout's and the master's
    placeholder, the master's text styles; times the shrink factor of an autofit frame."""
    if run.font.size is not None:
        return run.font.size.pt
    niveau = min(paragraphe.level + 1, 9)
    ppr = paragraphe._p.pPr
    rpr = ppr.find(qn("a:defRPr")) if ppr is not None else None
    if rpr is not None and rpr.get("sz"):
        return int(rpr.get("sz")) / 100
    sz = _sz_liste(forme.text_frame._txBody, niveau)
    if sz is None and forme.is_placeholder:
        base = forme
        while sz is None and (base := getattr(base, "_base_placeholder", None)) is not None:
            sz = _sz_liste(base._element.txBody, niveau)
        if sz is None:
            sz = _sz_maitre(diapo, type_repere(forme), niveau)
    return sz


def plus_petit_texte(diapo, minimum: float, minimum_tableau: float) -> tuple[float, str] | None:
    """(size, text) of the smallest run under its minimum on a slide, or None. A table cell's
    size is known only when explicit (a table style's default is not resolved)."""
    cadres = [(f.text_frame, f, minimum) for f in textes_du_corps(diapo)]
    cadres += [
        (c.text_frame, None, minimum_tableau)
        for t in tableaux(diapo)
        for ligne in t.rows
        for c in ligne.cells
    ]
    trouve = None
    for cadre, forme, seuil in cadres:
        facteur = echelle(cadre)
        for p in cadre.paragraphs:
            for r in p.runs:
                if not r.text.strip():
                    continue
                if forme is None:
                    t = r.font.size.pt if r.font.size is not None else None
                else:
                    t = taille(r, p, forme, diapo)
                if t is not None and t * facteur < seuil - 0.05:
                    if trouve is None or t * facteur < trouve[0]:
                        trouve = (t * facteur, r.text)
    return trouve
