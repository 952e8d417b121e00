"""The production document (.docx) read as a flow of blocks: each paragraph or table with its
heading level, words, pictures, formatting, and the height it takes on the page.

The page estimate (METHODE) lays the blocks out one after the other on the document's own text
area: a paragraph takes as many lines as its characters fill at its font size (a character is
LARGEUR_CARACTERE em wide on average), a line is HAUTEUR_NATURELLE em times the line spacing, plus
the space before and after; a picture takes its own height; a table row, the lines of its fullest
cell; a page break (or a section starting on a new page) moves to the next page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from autograder.metier.production.regles import HAUTEUR_NATURELLE, LARGEUR_CARACTERE, regles
from autograder.moteur.forme_docx import EMU_PAR_PT, Interligne, MiseEnForme
from autograder.moteur.lecture_docx import en_gras, niveau_titre, ouvrir_docx
from autograder.moteur.lecture_pptx import plat
from autograder.moteur.nombres import nombre
from autograder.moteur.texte import compter_mots

METHODE = (
    "Estimation des pages : le texte est mis en page sur la zone de texte de votre document "
    "(format et marges du fichier) ; une ligne contient autant de caractères qu'en tient sa "
    f"largeur à {nombre(LARGEUR_CARACTERE, 1)} cadratin par caractère en moyenne, une ligne est "
    f"haute de {nombre(HAUTEUR_NATURELLE, 2)} fois la taille de la police multipliée par l'interligne, plus les "
    "espaces avant et après chaque paragraphe ; une image compte sa hauteur, un tableau la "
    "ligne la plus remplie de chaque rangée, un saut de page renvoie à la page suivante."
)


@dataclass
class Bloc:
    """One paragraph or table of the document, in reading order."""

    texte: str
    niveau: int | None = None  # heading level (1, 2…), None for body text
    mots: int = 0
    hauteur: float = 0.0  # pt
    saut_avant: bool = False  # starts on a new page
    saut_apres: bool = False  # a section break: what follows starts on a new page
    images: int = 0
    tableau: bool = False
    sommaire: bool = False  # a table of contents' entry or heading
    # body text only: (characters, font, size) of each run, and the line spacing
    runs: list[tuple[int, str | None, float | None]] = field(default_factory=list)
    interligne: Interligne | None = None


def _texte(el) -> str:
    return "".join(t.text or "" for t in el.iter(qn("w:t"))).strip()


def _hauteur_images(el) -> tuple[int, float]:
    """(count, total height in pt) of the pictures and charts drawn in an element."""
    n, h = 0, 0.0
    for dessin in el.iter(qn("w:drawing")):
        n += 1
        etendue = next(dessin.iter(qn("wp:extent")), None)
        if etendue is not None and (etendue.get("cy") or "").isdigit():
            h += int(etendue.get("cy")) / EMU_PAR_PT
    return n, h


def _est_sommaire(p: Paragraph, el) -> bool:
    try:
        nom = plat(p.style.name or "")
    except (KeyError, ValueError, AttributeError):
        nom = ""
    if nom.startswith(("toc", "tm ", "table des matieres", "sommaire", "contents")):
        return True
    instructions = " ".join(t.text or "" for t in el.iter(qn("w:instrText")))
    return "TOC" in instructions.split() or plat(_texte(el)) in ("sommaire", "table des matieres")


def _elements(corps):
    """(element, inside a table of contents) for the body's paragraphs and tables, content
    controls opened (Word wraps its automatic table of contents in one)."""
    for el in corps.iterchildren():
        if el.tag == qn("w:sdt"):
            galerie = next(el.iter(qn("w:docPartGallery")), None)
            toc = galerie is not None and "content" in (galerie.get(qn("w:val")) or "").lower()
            contenu = el.find(qn("w:sdtContent"))
            for sous, _ in _elements(contenu) if contenu is not None else ():
                yield sous, toc
        elif el.tag in (qn("w:p"), qn("w:tbl")):
            yield el, False


def lire_blocs(contenu: bytes) -> tuple[list[Bloc], float]:
    """The blocks of a .docx, and the height of its text area in points (DocxIllisible if the
    file does not read)."""
    doc = ouvrir_docx(contenu)
    forme = MiseEnForme(doc)
    largeur, hauteur_page = forme.page
    taille_corps = regles().taille
    blocs: list[Bloc] = []
    paragraphes: list[tuple[Bloc, Paragraph]] = []
    for el, toc in _elements(doc.element.body):
        if el.tag == qn("w:tbl"):
            blocs.append(_tableau(el, largeur, taille_corps))
            continue
        p = Paragraph(el, doc)
        texte = _texte(el)
        b = Bloc(texte, niveau_titre(p), compter_mots(texte))
        if b.niveau == 0:  # the document's title (style « Titre »): the cover's
            b.niveau = None
        b.sommaire = toc or _est_sommaire(p, el)
        ppr = el.find(qn("w:pPr"))
        b.saut_avant = ppr is not None and ppr.find(qn("w:pageBreakBefore")) is not None
        b.saut_apres = ppr is not None and ppr.find(qn("w:sectPr")) is not None
        runs = [r for r in el.iter(qn("w:r")) if _texte(r)]
        tailles = [(len(_texte(r)), forme.taille(r, el)) for r in runs]
        connue = [t for _, t in tailles if t] or [forme.taille(None, el) or taille_corps]
        taille = max(connue, key=connue.count)
        b.runs = [(n, forme.police(r, el), t) for r, (n, t) in zip(runs, tailles, strict=True)]
        b.interligne = forme.interligne(el)
        b.images, h_images = _hauteur_images(el)
        lignes = max(1, math.ceil(len(texte) / _par_ligne(largeur, taille))) if texte else 0
        if not texte and not b.images:
            lignes = 1  # an empty paragraph still takes a line
        b.hauteur = (
            lignes * forme.hauteur_de_ligne(el, taille)
            + h_images
            + forme.espace(el, True)
            + forme.espace(el, False)
        )
        avant, apres = _saut_de_page(el)
        b.saut_avant, b.saut_apres = b.saut_avant or avant, b.saut_apres or apres
        blocs.append(b)
        paragraphes.append((b, p))
    if not any(b.niveau for b in blocs if b.texte):  # no heading style: bold lines are headings
        for b, p in paragraphes:
            if b.texte and not b.sommaire and en_gras(p):
                b.niveau = 1
    return blocs, hauteur_page


def _saut_de_page(el) -> tuple[bool, bool]:
    """(break before, break after) for a page break inside a paragraph: before when no text
    precedes it and some follows, else after."""
    avant_texte, vu = "", False
    for x in el.iter(qn("w:t"), qn("w:br")):
        if x.tag == qn("w:br") and x.get(qn("w:type")) == "page":
            vu = True
            break
        if x.tag == qn("w:t"):
            avant_texte += x.text or ""
    if not vu:
        return False, False
    return (True, False) if not avant_texte.strip() and _texte(el) else (False, True)


def _par_ligne(largeur: float, taille: float) -> float:
    return max(10.0, largeur / (LARGEUR_CARACTERE * taille))


def _tableau(el, largeur: float, taille: float) -> Bloc:
    lignes_xml = el.findall(qn("w:tr"))
    hauteur, textes = 0.0, []
    n_images = 0
    for tr in lignes_xml:
        cellules = tr.findall(qn("w:tc"))
        par_cellule = _par_ligne(largeur / max(1, len(cellules)), taille)
        plus = 1
        for tc in cellules:
            t = _texte(tc)
            textes.append(t)
            paragraphes = max(1, len(tc.findall(qn("w:p"))))
            plus = max(plus, paragraphes + math.floor(len(t) / par_cellule))
        n, h = _hauteur_images(tr)
        n_images += n
        hauteur += max(plus * HAUTEUR_NATURELLE * taille + 4, h)
    texte = " ".join(t for t in textes if t)
    return Bloc(texte, None, compter_mots(texte), hauteur, tableau=True, images=n_images)


def positions(blocs: list[Bloc], hauteur_page: float) -> list[float]:
    """Where each block starts, in pages from the top of the document (fractional), and where
    the document ends (one more value than blocks)."""
    y, sortie = 0.0, []
    saut = False
    for b in blocs:
        if (b.saut_avant or saut) and y % hauteur_page > 1e-6:
            y = math.ceil(y / hauteur_page) * hauteur_page
        sortie.append(y / hauteur_page)
        y += b.hauteur
        saut = b.saut_apres
    sortie.append(y / hauteur_page)
    return sortie
