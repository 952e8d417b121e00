"""The blank exam deck handed to the candidate: a title slide and French layouts, nothing of the
answer (no figure, no action); the instructions in the title slide's notes."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml.ns import qn

from autograder.metier.examen.diaporama_lecture import (
    CORPS,
    LIGNES_MAX,
    MOTS_MAX,
    TAILLE_MIN,
    TITRES,
    bornes,
)

DISPOSITIONS = {  # python-pptx's default layouts kept, under PowerPoint's French names
    "Title Slide": "Diapositive de titre",
    "Title and Content": "Titre et contenu",
    "Section Header": "Titre de section",
    "Two Content": "Deux contenus",
    "Comparison": "Comparaison",
    "Title Only": "Titre seul",
}


def consigne() -> str:
    """The instructions, written in the title slide's notes."""
    bas, haut = bornes()
    return (
        f"Consigne : {bas} à {haut} diapositives, un titre sur chacune. Vos chiffres clés en "
        "graphique ou en vrai tableau (pas en image). Une diapositive d'actions : pour chaque "
        "action, l'objectif, les moyens, le délai, le coût et l'indicateur de suivi. Texte en "
        f"{TAILLE_MIN} pt au moins, {MOTS_MAX} mots et {LIGNES_MAX} lignes au plus par "
        "diapositive. Enregistrez au format .pptx."
    )


INVITES = {
    "titre": "Cliquez pour ajouter un titre",
    "sous-titre": "Votre nom, la date",
    "texte": "Cliquez pour ajouter du texte",
}


def modele_diaporama(chemin, titre_cas: str) -> Path:
    """Write the blank deck: a title slide (the case's title) and the layouts to use, in French,
    none under 18 pt; the instructions in the title slide's notes. No figure, no action."""
    prs = Presentation()
    for disposition in list(prs.slide_layouts):
        if disposition.name not in DISPOSITIONS:
            prs.slide_layouts.remove(disposition)
            continue
        disposition._element.cSld.set("name", DISPOSITIONS[disposition.name])
        for repere in disposition.placeholders:
            type_ = repere.placeholder_format.type
            invite = (
                INVITES["titre"] if type_ in TITRES
                else INVITES["sous-titre"] if type_ == PP_PLACEHOLDER.SUBTITLE
                else INVITES["texte"] if type_ in CORPS
                else None
            )  # fmt: skip
            if invite:  # shown in the empty placeholder, whatever the software's language
                repere.text_frame.text = invite
                repere._element.ph.set("hasCustomPrompt", "1")
        for rpr in disposition._element.iter(qn("a:defRPr")):
            if rpr.get("sz") and int(rpr.get("sz")) < TAILLE_MIN * 100:
                rpr.set("sz", str(TAILLE_MIN * 100))
    diapo = prs.slides.add_slide(prs.slide_layouts[0])
    diapo.shapes.title.text = titre_cas
    diapo.notes_slide.notes_text_frame.text = consigne()
    proprietes = prs.core_properties
    proprietes.title, proprietes.subject = titre_cas, "Épreuve écrite : diaporama"
    proprietes.author = proprietes.last_modified_by = ""
    proprietes.language = "fr-FR"
    chemin = Path(chemin)
    chemin.parent.mkdir(parents=True, exist_ok=True)
    prs.save(chemin)
    return chemin
