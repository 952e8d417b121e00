"""Opening the deck a candidate hands in: a French message naming the file and what to do for
every file that is not a readable .pptx (Impress's .odp, PowerPoint 97's .ppt, a PDF export, a
password, a broken zip)."""

from __future__ import annotations

import io
from pathlib import Path

from pptx import Presentation

# An OLE container (encrypted OOXML or PowerPoint 97), and the stream an encrypted file holds.
from autograder.moteur.formats.document import CHIFFRE, OLE, parties

PPTX_IMPRESS = "dans Impress, Fichier › Enregistrer sous…, type « PowerPoint 2007-365 (.pptx) »"
PPTX_POWERPOINT = "dans PowerPoint, Fichier › Enregistrer sous…, type « Présentation PowerPoint »"


class DiaporamaIllisible(ValueError):
    """A file that cannot be checked as the exam deck (French message saying what to do)."""


def lire_diaporama(contenu: bytes, nom: str):
    """The deck in a .pptx file's bytes, or DiaporamaIllisible naming the file and what to do."""
    extension = Path(nom).suffix.lower()
    comment = f"({PPTX_IMPRESS} ; {PPTX_POWERPOINT})"
    enregistrer = f"enregistrez-le au format .pptx {comment}"
    if extension == ".odp":
        raise DiaporamaIllisible(
            f"« {nom} » est au format Impress (.odp), que le correcteur ne relit pas : "
            f"{PPTX_IMPRESS}, gardez ce format quand Impress le demande, puis rendez le fichier "
            ".pptx."
        )
    if extension == ".ppt":
        raise DiaporamaIllisible(
            f"« {nom} » est à l'ancien format PowerPoint 97-2003 (.ppt) : ouvrez-le, "
            f"{enregistrer}, puis rendez le fichier .pptx."
        )
    if extension == ".pdf" or contenu.startswith(b"%PDF"):
        raise DiaporamaIllisible(
            f"« {nom} » est un export PDF : ses chiffres ne se relisent pas pour la correction. "
            "Rendez le diaporama lui-même, au format .pptx (le PDF sert à l'impression)."
        )
    if extension != ".pptx":
        raise DiaporamaIllisible(
            f"« {nom} » n'est pas un diaporama PowerPoint (.pptx) : rendez votre diaporama "
            f"enregistré au format .pptx {comment}."
        )
    if not contenu:
        raise DiaporamaIllisible(
            f"« {nom} » est vide (0 octet) : ouvrez votre diaporama et {enregistrer}."
        )
    if contenu.startswith(OLE):
        if CHIFFRE in contenu:
            raise DiaporamaIllisible(
                f"« {nom} » est protégé par un mot de passe : le correcteur ne peut pas l'ouvrir. "
                "Enregistrez-en une copie sans mot de passe (dans Impress, décochez « Enregistrer "
                "avec mot de passe » ; dans PowerPoint, Fichier › Informations › Protéger la "
                "présentation › Chiffrer avec mot de passe, effacez le mot de passe) et rendez-la."
            )
        raise DiaporamaIllisible(
            f"« {nom} » est à l'ancien format PowerPoint 97-2003 malgré son nom : ouvrez-le, "
            f"{enregistrer}, puis rendez le nouveau fichier.",
        )
    abime = (
        f"« {nom} » est abîmé : il ne s'ouvre pas comme un diaporama (copie interrompue ?). "
        "Ouvrez-le dans Impress ou PowerPoint, enregistrez-le de nouveau au format .pptx, puis "
        "rendez-le."
    )
    lu = parties(contenu)
    if lu is None:
        raise DiaporamaIllisible(abime)
    noms, type_ = lu
    if b"opendocument" in type_:
        raise DiaporamaIllisible(
            f"« {nom} » est au format OpenDocument malgré son nom (.pptx) : {PPTX_IMPRESS}, "
            "gardez ce format quand Impress le demande, puis rendez le nouveau fichier."
        )
    if "ppt/presentation.xml" not in noms:
        raise DiaporamaIllisible(
            f"« {nom} » n'est pas un diaporama (un document Word ou un classeur renommé ?) : "
            "rendez le fichier .pptx enregistré depuis Impress ou PowerPoint."
        )
    try:
        return Presentation(io.BytesIO(contenu))
    except Exception:  # python-pptx raises KeyError, ValueError, lxml errors… on a broken part
        raise DiaporamaIllisible(abime) from None
