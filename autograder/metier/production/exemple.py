"""Skeletons of the production, built from the RE's data: a .docx with the cover, table of
contents, company presentation page, the three parts and their themes as headings (what the RE
asks under each one as a reminder), styles set to the RE's font and spacing; a .pptx with a
cover, a table of contents and one slide per theme.

A learner starts from them; the tests fill them (`mots_par_theme`) to get a document of the
right length, then spoil them to get faulty ones.
"""

from __future__ import annotations

import io

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from pptx import Presentation
from pptx.util import Inches

from autograder.metier.production.lecture import lire_blocs, positions
from autograder.metier.production.regles import regles

PHRASE = (
    "Pendant ma période en entreprise, j'ai conduit cette action avec l'équipe commerciale, "
    "j'en ai mesuré les résultats chaque mois et j'en tire des enseignements pour la suite."
)


def _texte(mots: int) -> list[str]:
    """Paragraphs of about 100 words each, `mots` words in all."""
    par_phrase = len(PHRASE.split())
    phrases = max(1, round(mots / par_phrase)) if mots else 0
    return [" ".join([PHRASE] * min(6, phrases - k)) for k in range(0, phrases, 6)]


def _saut(doc) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _table_des_matieres(doc) -> None:
    """A table of contents field (Word and Writer fill it when the document is opened)."""
    doc.add_paragraph("Sommaire", style="TOC Heading")
    run = doc.add_paragraph().add_run()
    for tag, attrs, texte in (
        ("w:fldChar", {"w:fldCharType": "begin"}, None),
        ("w:instrText", {"xml:space": "preserve"}, 'TOC \\o "1-2" \\h \\z \\u'),
        ("w:fldChar", {"w:fldCharType": "separate"}, None),
        ("w:t", {}, "Mettez à jour la table des matières (clic droit › Mettre à jour)."),
        ("w:fldChar", {"w:fldCharType": "end"}, None),
    ):
        el = OxmlElement(tag)
        for k, v in attrs.items():
            el.set(qn(k), v)
        if texte:
            el.text = texte
        run._r.append(el)


def mettre_en_forme(
    doc, police: str | None = None, taille: float | None = None, interligne: float | None = None
) -> None:
    """The « Normal » style (and the headings' font) set to the RE's rule, or to others."""
    g = regles()
    normal = doc.styles["Normal"]
    normal.font.name = police or g.police
    normal.font.size = Pt(taille or g.taille)
    normal.paragraph_format.line_spacing = interligne or g.interligne
    normal.paragraph_format.space_after = Pt(6)
    for nom in ("Heading 1", "Heading 2", "Title", "TOC Heading"):
        doc.styles[nom].font.name = police or g.police


def squelette_docx(
    mots_par_theme: int | dict = 0, introduction: int = 0, parties=(1, 2, 3)
) -> bytes:
    """The production document's skeleton; with `mots_par_theme` (a number, or one per part
    number), each theme gets that many words of text, and the company page `introduction`."""
    g = regles()
    doc = docx.Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for cote in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, cote, Cm(2.5))
    mettre_en_forme(doc)
    doc.add_paragraph("Questionnement à partir de productions", style="Title")
    doc.add_paragraph("Prénom Nom · Entreprise d'accueil · Session d'examen")
    _saut(doc)
    _table_des_matieres(doc)
    _saut(doc)
    doc.add_heading("Présentation de l'entreprise", level=1)
    for texte in _texte(introduction) or [g.introduction]:
        doc.add_paragraph(texte)
    for p in g.parties:
        if p.numero not in parties:
            continue
        _saut(doc)
        doc.add_heading(f"{p.titre} : {p.intitule.lower()}", level=1)
        mots = (
            mots_par_theme.get(p.numero, 0) if isinstance(mots_par_theme, dict) else mots_par_theme
        )
        if not mots:
            doc.add_paragraph(f"{p.pages_min} à {p.pages_max} pages. {p.description}")
        for t in p.themes:
            doc.add_heading(f"{t.numero}. {t.titre}", level=2)
            for texte in _texte(mots) or [f"À traiter : {' '.join(t.elements)}"]:
                doc.add_paragraph(texte)
    _saut(doc)
    doc.add_heading("Annexes", level=1)
    doc.add_paragraph("Schémas, illustrations ou photos (hors décompte des pages).")
    sortie = io.BytesIO()
    doc.save(sortie)
    return sortie.getvalue()


def squelette_pptx(diapositives: int | None = None) -> bytes:
    """A deck: cover, table of contents, then `diapositives` slides (the RE's middle count by
    default), their titles taken from the parts and themes in turn."""
    g = regles()
    n = diapositives if diapositives is not None else (g.diapositives_min + g.diapositives_max) // 2
    deck = Presentation()
    deck.slide_width, deck.slide_height = Inches(13.333), Inches(7.5)
    couverture = deck.slides.add_slide(deck.slide_layouts[0])
    couverture.shapes.title.text = "Questionnement à partir de productions"
    couverture.placeholders[1].text = "Prénom Nom · Entreprise d'accueil"
    sommaire = deck.slides.add_slide(deck.slide_layouts[1])
    sommaire.shapes.title.text = "Sommaire"
    sommaire.placeholders[1].text = "\n".join(f"{p.titre} : {p.intitule}" for p in g.parties)
    sujets = [(p, t) for p in g.parties for t in p.themes]
    for k in range(n):
        p, t = sujets[k % len(sujets)]
        diapo = deck.slides.add_slide(deck.slide_layouts[1])
        diapo.shapes.title.text = f"{p.intitule} · {t.titre}"
        diapo.placeholders[1].text = "Un fait, un chiffre, une action menée dans l'entreprise"
    sortie = io.BytesIO()
    deck.save(sortie)
    return sortie.getvalue()


def mots_par_page() -> int:
    """Words of body text a page holds in the RE's format (A4, Arial 11, 1,15), by the
    checker's own page estimate (autograder.metier.production.lecture.METHODE)."""
    doc = docx.Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for cote in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, cote, Cm(2.5))
    mettre_en_forme(doc)
    mots = 5000
    for texte in _texte(mots):
        doc.add_paragraph(texte)
    sortie = io.BytesIO()
    doc.save(sortie)
    blocs, hauteur = lire_blocs(sortie.getvalue())
    return round(sum(b.mots for b in blocs) / positions(blocs, hauteur)[-1] / 10) * 10
