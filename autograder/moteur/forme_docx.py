"""The formatting a .docx shows its text with: font, size, line spacing and paragraph spacing,
resolved as a word processor does (the run, its character style, the paragraph, its style and the
styles it is based on, the document's defaults, the theme's fonts), and the page's text area.

What cannot be resolved is None, never guessed. Simplified on purpose: table styles, numbering
and East-Asian fonts are not read (a document's body text does not depend on them).
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.oxml.ns import qn
from lxml import etree

EMU_PAR_PT = 12700
A4 = (595.3, 841.9)  # pt
MARGE = 70.9  # pt (2.5 cm): a word processor's usual margin, when the file gives none


@dataclass(frozen=True)
class Interligne:
    """A paragraph's line spacing: « multiple » (1.15), « exact » or « minimum » (points)."""

    regle: str
    valeur: float

    def __str__(self) -> str:
        if self.regle == "multiple":
            return f"{self.valeur:.2f}".rstrip("0").rstrip(".").replace(".", ",")
        return f"{'exactement' if self.regle == 'exact' else 'au moins'} {self.valeur:g}\u00a0pt"


class MiseEnForme:
    """The formatting resolver of one opened python-docx Document."""

    def __init__(self, doc):
        racine = doc.styles.element
        self.styles = {s.get(qn("w:styleId")): s for s in racine.iter(qn("w:style"))}
        self.defaut_paragraphe = next(
            (
                s
                for s in racine.iter(qn("w:style"))
                if s.get(qn("w:type")) == "paragraph" and s.get(qn("w:default")) in ("1", "true")
            ),
            None,
        )
        defauts = racine.find(qn("w:docDefaults"))
        self.rpr_defaut = (
            defauts.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}") if defauts is not None else None
        )
        self.ppr_defaut = (
            defauts.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}") if defauts is not None else None
        )
        self.theme = _polices_du_theme(doc)
        section = doc.sections[0] if len(doc.sections) else None
        self.page = _zone_de_texte(section)

    # -- chains of properties ------------------------------------------------------------------
    def _chaine(self, style) -> list:
        """A style and the styles it is based on (no loop)."""
        vus, chaine = set(), []
        while style is not None and id(style) not in vus:
            vus.add(id(style))
            chaine.append(style)
            base = style.find(qn("w:basedOn"))
            style = self.styles.get(base.get(qn("w:val"))) if base is not None else None
        return chaine

    def _style_du_paragraphe(self, p):
        ppr = p.find(qn("w:pPr"))
        ps = ppr.find(qn("w:pStyle")) if ppr is not None else None
        if ps is not None and ps.get(qn("w:val")) in self.styles:
            return self.styles[ps.get(qn("w:val"))]
        return self.defaut_paragraphe

    def _rprs(self, r, p) -> list:
        """The run properties that apply to a run, nearest first."""
        rprs = []
        rpr = r.find(qn("w:rPr")) if r is not None else None
        if rpr is not None:
            rprs.append(rpr)
            rs = rpr.find(qn("w:rStyle"))
            if rs is not None:
                rprs += [
                    s.find(qn("w:rPr")) for s in self._chaine(self.styles.get(rs.get(qn("w:val"))))
                ]
        rprs += [s.find(qn("w:rPr")) for s in self._chaine(self._style_du_paragraphe(p))]
        rprs.append(self.rpr_defaut)
        return [x for x in rprs if x is not None]

    def _pprs(self, p) -> list:
        pprs = [p.find(qn("w:pPr"))]
        pprs += [s.find(qn("w:pPr")) for s in self._chaine(self._style_du_paragraphe(p))]
        pprs.append(self.ppr_defaut)
        return [x for x in pprs if x is not None]

    # -- what is shown -------------------------------------------------------------------------
    def police(self, r, p) -> str | None:
        """The font of a run (w:r) of a paragraph (w:p), or None if unresolved."""
        for rpr in self._rprs(r, p):
            polices = rpr.find(qn("w:rFonts"))
            if polices is None:
                continue
            if polices.get(qn("w:ascii")):
                return polices.get(qn("w:ascii"))
            theme = polices.get(qn("w:asciiTheme"))
            if theme:
                return self.theme.get("major" if theme.startswith("major") else "minor")
        return None

    def taille(self, r, p) -> float | None:
        """The size of a run, in points, or None if unresolved."""
        for rpr in self._rprs(r, p):
            sz = rpr.find(qn("w:sz"))
            if sz is not None and sz.get(qn("w:val")):
                return int(sz.get(qn("w:val"))) / 2
        return None

    def _espacement(self, p, attribut: str) -> str | None:
        for ppr in self._pprs(p):
            esp = ppr.find(qn("w:spacing"))
            if esp is not None and esp.get(qn(attribut)) is not None:
                return esp.get(qn(attribut))
        return None

    def interligne(self, p) -> Interligne:
        """A paragraph's line spacing (single when nothing says otherwise, as in Word)."""
        ligne = self._espacement(p, "w:line")
        if ligne is None:
            return Interligne("multiple", 1.0)
        regle = self._espacement(p, "w:lineRule") or "auto"
        if regle == "auto":
            return Interligne("multiple", round(int(ligne) / 240, 2))
        return Interligne("exact" if regle == "exact" else "minimum", int(ligne) / 20)

    def espace(self, p, avant: bool) -> float:
        """Space before (or after) a paragraph, in points."""
        valeur = self._espacement(p, "w:before" if avant else "w:after")
        return int(valeur) / 20 if valeur and valeur.lstrip("-").isdigit() else 0.0

    def hauteur_de_ligne(self, p, taille: float) -> float:
        """A line's height in points: the font's natural height (1.15 em, Arial's) times the
        spacing, or the exact height."""
        il = self.interligne(p)
        naturelle = 1.15 * taille
        if il.regle == "multiple":
            return naturelle * il.valeur
        return il.valeur if il.regle == "exact" else max(il.valeur, naturelle)


def _polices_du_theme(doc) -> dict:
    """{"major": font, "minor": font} of the document's theme (Word's Calibri, Calibri Light)."""
    for rel in doc.part.rels.values():
        if rel.reltype.endswith("/theme") and not rel.is_external:
            try:
                racine = etree.fromstring(rel.target_part.blob)
            except (etree.XMLSyntaxError, ValueError):
                return {}
            ns = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main"}
            sortie = {}
            for cle, chemin in (("major", "a:majorFont"), ("minor", "a:minorFont")):
                latin = racine.find(f".//{chemin}/a:latin", ns)
                if latin is not None and latin.get("typeface"):
                    sortie[cle] = latin.get("typeface")
            return sortie
    return {}


def _zone_de_texte(section) -> tuple[float, float]:
    """(width, height) of the text area of a section, in points (A4 with 2.5 cm margins when the
    file does not say)."""

    def pt(longueur, defaut):
        return longueur / EMU_PAR_PT if longueur else defaut

    if section is None:
        return A4[0] - 2 * MARGE, A4[1] - 2 * MARGE
    largeur = (
        pt(section.page_width, A4[0])
        - pt(section.left_margin, MARGE)
        - pt(section.right_margin, MARGE)
    )
    hauteur = (
        pt(section.page_height, A4[1])
        - pt(section.top_margin, MARGE)
        - pt(section.bottom_margin, MARGE)
    )
    return max(largeur, 100.0), max(hauteur, 100.0)
