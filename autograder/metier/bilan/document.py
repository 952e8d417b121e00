"""Le compte rendu du bilan en fichier Word (.docx) : l'écrire depuis un ``Rapport`` (voie
Python) et relire celui qu'un apprenant a écrit dans LibreOffice Writer ou Word.

* ``ecrire_docx(rapport, chemin)`` : titre, en-tête (de, à, période, source), une section par
  rubrique (titre de niveau 1, paragraphes, tableau, graphique avec son texte alternatif) ;
* ``lire_docx(contenu)`` : l'en-tête (texte avant le premier titre) et les ``Section`` du
  document. Un titre est un paragraphe de style « Titre 1 », « Titre 2 »… (« Heading » en
  anglais) ; sans aucun style de titre, un paragraphe court tout en gras en tient lieu. Un titre
  suivi aussitôt d'un autre titre regroupe des sections (titre du document en « Titre 1 ») ;
* ``controler_docx(contenu)`` : rubriques commentées, qualités et défauts, comme
  ``controler_rapport`` pour le HTML (mêmes règles : ``autograder.metier.bilan.controle``).

Le PDF de la voie Python est remplacé, pour un fichier déposé, par l'en-tête : ce qui rend le
document exploitable par un tiers, c'est qu'il dise qui écrit, à qui, sur quelle période et
d'après quelle source ; l'export PDF, au moment de l'envoi, est un clic (Fichier › Exporter au
format PDF) qui ne prouve rien de plus.
"""

from __future__ import annotations

import io
import re

import docx
import pandas as pd
from docx.shared import Cm

from autograder.metier.bilan.activite import ErreurBilan
from autograder.metier.bilan.controle import (
    DEFAUTS,
    RUBRIQUES,
    Section,
    controler_sections,
    sans_accents,
)
from autograder.moteur import lecture_docx
from autograder.moteur.graphiques import figure_en_png
from autograder.moteur.nombres import nombre

QUALITES_DOCUMENT = {
    "alternatives": "Chaque graphique a un texte alternatif",
    "entete": "L'en-tête dit à qui le compte rendu s'adresse, sur quelle période et d'après "
    "quelle source",
}
SOURCE = "Source : base CRM, objectifs 2025."


def entete(rapport) -> str:
    p = rapport.periode
    return (
        f"De : {rapport.auteur} · À : {rapport.destinataire} · Période : {p.libelle} "
        f"({p.dates}) · {SOURCE}"
    )


# -- écrire ------------------------------------------------------------------------------------


def ecrire_docx(rapport, chemin) -> None:
    """Le rapport en document Word, au chemin donné (voir ``Rapport.ecrire``)."""
    doc = docx.Document()
    doc.core_properties.title = rapport.titre
    doc.core_properties.author = rapport.auteur
    doc.core_properties.language = "fr-FR"
    doc.add_heading(rapport.titre, level=0)
    doc.add_paragraph(entete(rapport))
    for s in rapport.sections:
        doc.add_heading(s["titre"], level=1)
        for texte in s["texte"].split("\n"):
            if texte.strip():
                doc.add_paragraph(texte.strip())
        if (t := s["tableau"]) is not None:
            _tableau(doc, t)
        if s["figure"] is not None:
            doc.add_picture(io.BytesIO(figure_en_png(s["figure"], dpi=110)), width=Cm(16))
            inline = doc.inline_shapes[-1]._inline
            inline.docPr.set("descr", s["alternative"])
            inline.docPr.set("title", s["titre"])
    doc.save(chemin)


def index_utile(t: pd.DataFrame) -> bool:
    """A default 0, 1, 2… index says nothing to a reader: it is left out."""
    return not isinstance(t.index, pd.RangeIndex)


def _cellule(v) -> str:
    if isinstance(v, float):
        return nombre(v, 2)
    return str(v)


def textes_tableau(t: pd.DataFrame) -> tuple[list[str], list[list[str]]]:
    """The headers and rows of a table as a reader sees them (the index only when it says
    something, decimals in French)."""
    avec_index = index_utile(t)
    entetes = ([""] if avec_index else []) + [str(c) for c in t.columns]
    lignes = [
        [*([str(i)] if avec_index else []), *(_cellule(v) for v in ligne)]
        for i, ligne in zip(t.index, t.itertuples(index=False), strict=True)
    ]
    return entetes, lignes


def _tableau(doc, t) -> None:
    entetes, lignes = textes_tableau(t)
    tableau = doc.add_table(rows=1, cols=len(entetes))
    tableau.style = "Table Grid"
    for ligne, textes in ((tableau.rows[0], entetes), *((tableau.add_row(), v) for v in lignes)):
        for cellule, texte in zip(ligne.cells, textes, strict=True):
            cellule.text = texte


# -- relire ------------------------------------------------------------------------------------


def lire_docx(contenu: bytes) -> tuple[str, list[Section]]:
    """The header and the sections of a report (autograder.moteur.lecture_docx reads them)."""
    try:
        return lecture_docx.lire_docx(contenu, Section)
    except lecture_docx.DocxIllisible as exc:
        raise ErreurBilan(str(exc)) from None


def entete_complete(texte: str) -> bool:
    """Destinataire, période et source écrits en tête du document."""
    t = sans_accents(texte)
    destinataire = re.search(r"\ba ?:|destinataire|direction|responsable|\bpour\b", t)
    periode = re.search(r"\bt[1-4]\b|trimestre|periode|\d{1,2}/\d{1,2}/\d{4}", t)
    return bool(destinataire and periode and "source" in t)


def controler_docx(contenu: bytes) -> list[str]:
    """Clés des rubriques commentées (``RUBRIQUES``), des qualités (``QUALITES_DOCUMENT``) et
    des défauts (``DEFAUTS``) du document ; ``ErreurBilan`` s'il ne se relit pas."""
    avant, sections = lire_docx(contenu)
    trouve = controler_sections(sections)
    if entete_complete(avant):
        trouve.add("entete")
    ordre = [*RUBRIQUES, *QUALITES_DOCUMENT, *DEFAUTS]
    return [c for c in ordre if c in trouve]


def reperes_docx(contenu: bytes) -> str:
    """Ce que la relecture a trouvé, pour que l'apprenant s'y retrouve."""
    _, sections = lire_docx(contenu)
    if not sections:
        return (
            "Aucun titre de section repéré : mettez chaque titre de rubrique au style "
            "« Titre 1 » (menu des styles de Writer ou de Word)."
        )
    images = sum(len(s.alternatives) for s in sections)
    tableaux = sum(len(s.tableaux) for s in sections)
    titres = ", ".join(f"« {s.titre} »" for s in sections)
    return f"Titres repérés : {titres} ; {images} image(s) ou graphique(s), {tableaux} tableau(x)."
