"""The blank exam proposal handed to the candidate (.docx): the seller's header, the five expected
sections in « Titre 1 » (Heading 1, which Word and Writer show as « Titre 1 » in French), a
one-line hint under each, an empty price table. Nothing of the answer: no prospect, no figure, no
solution.

``SECTIONS`` also tells the checker how to recognise each section: words of its title, accents
and case ignored (a candidate may write « Votre besoin » or « Offre tarifaire »).
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

# key → (title, words one of which names the section, hint written under it)
SECTIONS = {
    "contexte": (
        "Contexte et besoins",
        ("contexte", "besoin", "situation", "analyse", "enjeu"),
        "Consigne : présentez le prospect et sa situation, les besoins qu'il a exprimés et ceux "
        "que vous avez décelés sans qu'il les formule.",
    ),
    "solution": (
        "Solution proposée",
        ("solution", "proposition technique", "preconis", "reponse", "notre offre"),
        "Consigne : décrivez les produits ou services de l'offre que vous retenez, en face de "
        "chaque besoin auquel ils répondent.",
    ),
    "financier": (
        "Proposition financière",
        ("financi", "prix", "tarif", "devis", "chiffrage", "budget", "investissement", "cout"),
        "Consigne : complétez le tableau de prix (désignation, quantité, prix unitaire HT, "
        "montant HT), le total HT, la TVA et le total TTC ; indiquez les remises éventuelles.",
    ),
    "conditions": (
        "Conditions",
        ("condition", "modalite", "delai"),
        "Consigne : précisez la livraison ou le démarrage, les conditions de paiement (avec les "
        "mentions obligatoires), la garantie et la durée de validité de l'offre.",
    ),
    "accord": (
        "Bon pour accord",
        ("accord", "signature", "acceptation", "engagement"),
        "Consigne : prévoyez le bloc de signature du client (date, nom, fonction, signature, "
        "mention « Bon pour accord »).",
    ),
}
COLONNES = ("Désignation", "Quantité", "Prix unitaire HT", "Montant HT")
TOTAUX = ("Total HT", "TVA", "Total TTC")
LIGNES_VIDES = 4
TITRE = "Proposition technique et commerciale"


def consignes() -> set[str]:
    """The hints of the template, to be told apart from what the candidate wrote."""
    return {consigne for _, _, consigne in SECTIONS.values()}


def entete(contexte: dict) -> str:
    """The seller's header line: name, legal form, town."""
    e = contexte["entreprise"]
    return f"{e['nom']} · {e['forme_juridique']} · {e['ville']}"


def document_vierge(contexte: dict):
    doc = docx.Document()
    proprietes = doc.core_properties
    proprietes.title, proprietes.subject = TITRE, "Épreuve écrite : proposition"
    proprietes.author = proprietes.last_modified_by = proprietes.comments = ""
    proprietes.language = "fr-FR"
    doc.styles["Normal"].font.size = Pt(11)
    en_tete = doc.add_paragraph()
    en_tete.add_run(entete(contexte)).bold = True
    doc.add_heading(TITRE, level=0)
    return doc


def tableau_de_prix(doc, lignes, totaux):
    """A price table: the header, the lines (4 texts each), then the totals (label, amount)."""
    tableau = doc.add_table(rows=1, cols=len(COLONNES))
    tableau.style = "Table Grid"
    for cellule, texte in zip(tableau.rows[0].cells, COLONNES, strict=True):
        cellule.text = texte
        cellule.paragraphs[0].runs[0].bold = True
    for textes in lignes:
        for cellule, texte in zip(tableau.add_row().cells, textes, strict=True):
            cellule.text = texte
    for libelle, montant in totaux:
        cellules = tableau.add_row().cells
        fusion = cellules[0].merge(cellules[2])
        fusion.text = libelle
        cellules[3].text = montant
        cellules[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return tableau


def modele_proposition(chemin, contexte: dict) -> Path:
    """Write the blank proposal for ``contexte`` (a context of the subject bank) at ``chemin``."""
    doc = document_vierge(contexte)
    for cle, (titre, _, consigne) in SECTIONS.items():
        doc.add_heading(titre, level=1)
        doc.add_paragraph(consigne).runs[0].italic = True
        if cle == "financier":
            tableau_de_prix(doc, [("",) * 4] * LIGNES_VIDES, [(t, "") for t in TOTAUX])
    chemin = Path(chemin)
    chemin.parent.mkdir(parents=True, exist_ok=True)
    doc.save(chemin)
    return chemin


def octets(doc) -> bytes:
    sortie = io.BytesIO()
    doc.save(sortie)
    return sortie.getvalue()
