"""Reading a slide deck with python-pptx: titles, body text, the numbers of charts and tables, the
effective size of a run of text, and the actions a deck presents (table or text blocks).

Only what a machine can read reliably is read; what it cannot resolve (a size inherited from a
table style, a text box's default size) is reported as unknown rather than guessed.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import cache

from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER
from pptx.oxml.ns import qn
from pptx.shapes.graphfrm import GraphicFrame
from pptx.shapes.group import GroupShape
from pptx.shapes.picture import Picture

from autograder.moteur.nombres import lire_nombre
from autograder.moteur.referentiel import modalites

TAILLE_MIN = 18  # pt: body text read from the back of a room
TAILLE_MIN_TABLEAU = 14  # pt: a table's cells (a six-column action table at 18 pt does not fit)
MOTS_MAX = 90  # words of body text on one slide (tables aside)
LIGNES_MAX = 8  # non-empty paragraphs of body text on one slide

TITRES = {PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE, PP_PLACEHOLDER.VERTICAL_TITLE}
ANNEXES = {
    PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER, PP_PLACEHOLDER.HEADER,
}  # fmt: skip
CORPS = {PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT, PP_PLACEHOLDER.SUBTITLE}

# The five elements of an action (issue #17, §2): key -> (name in messages, words that name it).
ELEMENTS = {
    "objectif": ("l'objectif", ("objectif",)),
    "moyens": ("les moyens", ("moyen", "ressource")),
    "delai": ("le délai", ("delai", "echeance", "date", "calendrier", "planning")),
    "cout": ("le coût", ("cout", "budget")),
    "indicateur": ("l'indicateur", ("indicateur", "kpi")),
}
A_COMPLETER = re.compile(r"a completer|a definir|\btbd\b|\bxxx\b|\?\?|^\W*$")
NOMBRE = re.compile(
    r"(?<![\w,.])[-+\u2212\u2013]?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)"
)
UNITE = re.compile(r"[ \u00a0\u202f]*(%|k[ \u00a0\u202f]?€|keur|m[ \u00a0\u202f]?€|meur|€)?", re.I)


@cache
def bornes() -> tuple[int, int]:
    """The slide count the RE asks for (§3.1: « une présentation de 10 à 12 slides »)."""
    parties = [p for m in modalites() for p in m.parties]
    while parties:
        partie = parties.pop()
        trouve = re.search(r"de (\d+) à (\d+) slides", partie.description)
        if trouve:
            return int(trouve[1]), int(trouve[2])
        parties += partie.parties
    raise LookupError("referentiel.json: no « de N à M slides » in the exam's parts")


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


def illisibles(diapo) -> list[str]:
    """What is shown but not readable: an embedded object (a spreadsheet pasted as an object),
    a SmartArt."""
    sortie = []
    for s in formes(diapo.shapes):
        if not isinstance(s, GraphicFrame):
            continue
        if s.shape_type in (MSO_SHAPE_TYPE.EMBEDDED_OLE_OBJECT, MSO_SHAPE_TYPE.LINKED_OLE_OBJECT):
            sortie.append("objet incorporé")
        elif s._element.graphicData_uri.endswith("/diagram"):
            sortie.append("SmartArt")
    return sortie


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


# -- numbers ------------------------------------------------------------------------------------
def nombres_du_texte(texte: str) -> list[float]:
    """The numbers a text shows, French writing read: « 1 234 567 € », « 92,5 % » (0.925 and
    92.5: a rate may be meant either way), « 1 235 k€ » (1 235 000); a bare number may be a
    rate in percent or an amount in k€ (a column headed « Taux (%) » or « CA (k€) »)."""
    sortie = []
    for m in NOMBRE.finditer(str(texte)):
        try:
            v = lire_nombre(m.group())
        except ValueError:
            continue
        unite = plat(UNITE.match(texte, m.end()).group(1) or "").replace(" ", "")
        if unite == "%":
            sortie += [v / 100, v]
        elif unite in ("k€", "keur"):
            sortie.append(v * 1e3)
        elif unite in ("m€", "meur"):
            sortie.append(v * 1e6)
        elif unite == "€":
            sortie.append(v)
        else:
            sortie += possibles(v)
    return sortie


def possibles(v: float) -> list[float]:
    """What a bare number may stand for: itself, a rate in percent, an amount in k€."""
    return [v, v / 100, v * 1e3]


def nombres_du_graphique(graphique) -> list[float]:
    """A chart's series values, each read as ``possibles`` (a rate plotted as 92, an amount in
    k€). A chart python-pptx cannot read (an unusual type) gives no number."""
    sortie = []
    try:
        for plot in graphique.plots:
            for serie in plot.series:
                for v in serie.values:
                    if isinstance(v, int | float) and math.isfinite(v):
                        sortie += possibles(float(v))
    except (ValueError, KeyError, AttributeError, NotImplementedError, IndexError):
        return []
    return sortie


def nombres_du_tableau(tableau) -> list[float]:
    return [x for ligne in tableau.rows for c in ligne.cells for x in nombres_du_texte(c.text)]


def proche(x: float, attendu: float) -> bool:
    """Equal once rounded as a slide shows it: a rate to the whole percent, an amount to 0.5 %;
    a gap may be shown without its sign (« 105 433 € sous l'objectif »)."""
    x, attendu = abs(x), abs(attendu)
    if attendu < 2:
        return abs(x - attendu) <= 0.0051
    return abs(x - attendu) <= max(0.005 * abs(attendu), 0.5)


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


# -- actions ------------------------------------------------------------------------------------
def element(texte: str) -> str | None:
    """The action element a heading names (« Coût estimé » → « cout »)."""
    for cle, (_, racines) in ELEMENTS.items():
        if mot(texte, racines):
            return cle
    return None


def rempli(texte: str) -> bool:
    return not A_COMPLETER.search(plat(texte).strip())


def actions_du_tableau(tableau) -> list[tuple[str, set[str]]] | None:
    """(name, elements given) for each action of a table with one action a row (or a column),
    or None when the table is no action table (fewer than 3 element headings)."""
    lignes = [[c.text.strip() for c in ligne.cells] for ligne in tableau.rows]
    colonnes_ = [list(c) for c in zip(*lignes, strict=False)]
    for grille in (lignes, colonnes_):
        if len(grille) < 2:
            continue
        colonnes = {}
        for j, entete in enumerate(grille[0]):
            cle = element(entete)
            if cle and cle not in colonnes:
                colonnes[cle] = j
        if len(colonnes) < 3:
            continue
        libre = [j for j in range(len(grille[0])) if j not in colonnes.values()]
        actions = []
        for i, ligne in enumerate(grille[1:], start=1):
            if not any(rempli(t) for t in ligne):
                continue
            nom = ligne[libre[0]] if libre and rempli(ligne[libre[0]]) else f"n° {i}"
            donnes = {c for c, j in colonnes.items() if rempli(ligne[j])}
            actions.append((extrait(nom), donnes))
        return actions
    return None


def actions_du_texte(diapo) -> list[tuple[str, set[str]]]:
    """Actions written as text on a slide whose title speaks of actions or a plan: a block is a
    text shape, split where a paragraph starts with « Action »; it counts when it names at least
    two elements, and an element is given when its word is followed by text (« Délai : mars »)."""
    if not mot(titre(diapo), ("action", "plan")):
        return []
    actions = []
    for forme in textes_du_corps(diapo):
        blocs: list[list[str]] = [[]]
        for p in forme.text_frame.paragraphs:
            texte = p.text.strip()
            if not texte:
                continue
            if plat(texte).startswith("action") and blocs[-1]:
                blocs.append([])
            blocs[-1].append(texte)
        for bloc in blocs:
            cites, donnes = set(), set()
            for texte in bloc:
                for cle, (_, racines) in ELEMENTS.items():
                    for r in racines:
                        m = re.search(rf"(?<!\w){re.escape(r)}\w*", plat(texte))
                        if m:
                            cites.add(cle)
                            if rempli(plat(texte)[m.end() :]):
                                donnes.add(cle)
            if len(cites) >= 2:
                nom = bloc[0] if element(bloc[0]) is None else f"n° {len(actions) + 1}"
                actions.append((extrait(nom), donnes))
    return actions
