"""Checking the learner's production files by path (the code route beside the deposit widget).

    verifier_production("ma_production.docx", "mon_diaporama.pptx")

shows the findings on each file; a missing or unreadable file gets a French message naming it,
and the other files are still checked.
"""

from __future__ import annotations

from pathlib import Path

from autograder.metier.production.constats import Rapport
from autograder.metier.production.diaporama import verifier_diaporama
from autograder.metier.production.document import verifier_document
from autograder.moteur.affichage import md

DIAPORAMAS = (".pptx", ".ppt", ".odp", ".key")


def verifier(contenu: bytes, nom: str, sorte: str | None = None) -> Rapport:
    """The findings on one file; `sorte` (« document » or « diaporama ») says which checker,
    else the extension does (a deck's formats go to the deck's checker)."""
    if sorte is None:
        sorte = "diaporama" if Path(nom).suffix.lower() in DIAPORAMAS else "document"
    if sorte == "diaporama":
        return verifier_diaporama(contenu, nom)
    return verifier_document(contenu, nom)


def verifier_fichier(chemin) -> Rapport:
    """The findings on the file at `chemin` (a French refusal if it cannot be opened)."""
    chemin = Path(chemin)
    try:
        contenu = chemin.read_bytes()
    except FileNotFoundError:
        rapport = Rapport(chemin.name, "document")
        rapport.refus = (
            f"Fichier « {chemin} » introuvable : vérifiez son nom et placez-le dans le dossier "
            "de ce carnet (ou donnez son chemin complet)."
        )
        return rapport
    except OSError as exc:
        rapport = Rapport(chemin.name, "document")
        rapport.refus = (
            f"Fichier « {chemin} » illisible ({exc.strerror or exc}) : copiez-le de nouveau."
        )
        return rapport
    return verifier(contenu, chemin.name)


def verifier_production(*chemins) -> list[Rapport]:
    """Vérifie les fichiers de votre production (document .docx, diaporama .pptx) et affiche
    les constats de chacun."""
    if not chemins:
        md(
            "Donnez le chemin de vos fichiers, par exemple "
            '`verifier_production("ma_production.docx", "mon_diaporama.pptx")`.'
        )
        return []
    rapports = [verifier_fichier(c) for c in chemins]
    for r in rapports:
        md(r.markdown())
    return rapports
