"""Reading a slide deck with python-pptx: titles, body text, the numbers of charts and tables, the
effective size of a run of text, and the actions a deck presents (table or text blocks).

Only what a machine can read reliably is read; what it cannot resolve (a size inherited from a
table style, a text box's default size) is reported as unknown rather than guessed.
"""

from __future__ import annotations

import math
import re
from functools import cache

from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.shapes.graphfrm import GraphicFrame

from autograder.moteur.lecture_pptx import (  # noqa: F401 (re-exported: the exam's names)
    ANNEXES,
    CORPS,
    TITRES,
    a_du_contenu,
    echelle,
    extrait,
    formes,
    graphiques,
    images,
    mot,
    plat,
    plus_petit_texte,
    tableaux,
    taille,
    textes_du_corps,
    titre,
    type_repere,
)
from autograder.moteur.nombres import lire_nombre
from autograder.moteur.referentiel import modalites

TAILLE_MIN = 18  # pt: body text read from the back of a room
TAILLE_MIN_TABLEAU = 14  # pt: a table's cells (a six-column action table at 18 pt does not fit)
MOTS_MAX = 90  # words of body text on one slide (tables aside)
LIGNES_MAX = 8  # non-empty paragraphs of body text on one slide

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
