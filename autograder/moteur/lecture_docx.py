"""A document written in a word processor (.docx from Writer or Word), read as sections.

``lire_docx(contenu)`` gives the text before the first section heading and the ``Section`` list.
A heading is a paragraph in a heading style (« Titre 1 », « Titre 2 »… in French Word and Writer,
« Heading 1 » in English); a document with no heading style at all gets its short all-bold
paragraphs as headings. A heading followed at once by a lower-level one groups sections (the
document's own title in « Titre 1 »). Each section keeps its paragraphs, its tables (row count and
cell texts) and the alternative text of its images (wp:docPr descr, else title). Shared by the CP8
report and the exam's proposal; what the sections must say is the domain model's business.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

import docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from autograder.moteur.texte import sans_accents


class DocxIllisible(ValueError):
    """The file is not a readable .docx (French message saying why)."""


@dataclass
class Section:
    """A section read: its heading, its paragraphs, the data-row count of each of its tables (and
    their cell texts, row by row), the alternative text of each of its images (« » if missing)."""

    titre: str
    paragraphes: list[str] = field(default_factory=list)
    tableaux: list[int] = field(default_factory=list)
    alternatives: list[str] = field(default_factory=list)
    grilles: list[list[list[str]]] = field(default_factory=list)

    @property
    def vide(self) -> bool:
        return not (self.paragraphes or self.tableaux or self.alternatives)


def ouvrir_docx(contenu: bytes):
    try:
        return docx.Document(io.BytesIO(contenu))
    except ValueError as exc:  # python-docx: « file … is not a Word file, content type is … »
        if "content type" in str(exc):
            raise DocxIllisible(
                "ce fichier n'est pas un document de traitement de texte (classeur ou "
                "présentation renommé ?) : déposez le document écrit dans Writer ou Word"
            ) from None
        raise DocxIllisible("le document est abîmé : il ne se relit pas") from None
    except Exception:  # a zip without Word parts, truncated XML…
        raise DocxIllisible("le document est abîmé : il ne se relit pas") from None


def niveau_titre(p: Paragraph) -> int | None:
    """Le niveau du titre d'un paragraphe (0 : titre du document), ou None."""
    try:
        nom = sans_accents(p.style.name or "")
    except (KeyError, ValueError, AttributeError):
        return None
    if nom in ("title", "titre"):
        return 0
    m = re.fullmatch(r"(?:heading|titre) ?(\d)", nom)
    return int(m[1]) if m else None


def en_gras(p: Paragraph) -> bool:
    runs = [r for r in p.runs if r.text.strip()]
    return bool(runs) and len(p.text.strip()) <= 100 and all(r.bold for r in runs)


def alternatives_images(element) -> list[str]:
    """Le texte alternatif de chaque image ou graphique (wp:docPr descr, sinon title)."""
    sortie = []
    for pr in element.iter(qn("wp:docPr")):
        descr, titre = (pr.get("descr") or "").strip(), (pr.get("title") or "").strip()
        sortie.append(descr if len(descr) >= len(titre) else titre)
    return sortie


def lire_docx(contenu: bytes, fabrique=Section) -> tuple[str, list[Section]]:
    """The text before the first section heading, and the sections (made by `fabrique`, a
    Section subclass when the caller's sections know more, as the report's do)."""
    doc = ouvrir_docx(contenu)
    blocs = []  # (niveau de titre ou None, texte, cellules du tableau ou None, alternatives, gras)
    for el in doc.element.body.iterchildren():
        if el.tag == qn("w:p"):
            p = Paragraph(el, doc)
            blocs.append(
                (niveau_titre(p), p.text.strip(), None, alternatives_images(el), en_gras(p))
            )
        elif el.tag == qn("w:tbl"):
            grille = [[c.text.strip() for c in ligne.cells] for ligne in Table(el, doc).rows]
            blocs.append((None, "", grille, alternatives_images(el), False))
    par_style = any(n for n, texte, *_ in blocs if n and texte)
    avant, sections, niveaux = [], [], []
    for niveau, texte, grille, alternatives, gras in blocs:
        titre = niveau not in (None, 0) if par_style else gras
        if titre and texte:
            niveau = niveau or 1
            if sections and sections[-1].vide and niveaux[-1] < niveau:  # groups the next ones
                avant.append(sections.pop().titre)
                niveaux.pop()
            sections.append(fabrique(texte))
            niveaux.append(niveau)
            continue
        if not sections:
            avant.append(texte)
            continue
        s = sections[-1]
        if texte:
            s.paragraphes.append(texte)
        if grille is not None:
            s.tableaux.append(max(0, len(grille) - 1))
            s.grilles.append(grille)
        s.alternatives += alternatives
    if len(sections) > 1 and niveaux[0] < min(niveaux[1:]):  # the document's title, in « Titre 1 »
        premier = sections.pop(0)
        avant += [premier.titre, *premier.paragraphes]
    return " ".join(t for t in avant if t), sections
