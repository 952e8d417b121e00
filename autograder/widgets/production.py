"""Depositing the production's document and deck, and reading the checker's findings.

Two deposit buttons (widgets.televersement, real buttons: Tab, then Entrée opens the file
chooser), one for the .docx, one for the .pptx. Each file is checked at once (autograder.metier.production); the
findings show under its button. A file that cannot be read gets a French message (role=alert)
naming it and saying what to do; the findings of the previous file, and of the other one, stay.
Nothing is graded: the checker advises.
"""

from __future__ import annotations

import html

import ipywidgets as w

from autograder.metier.production.questions import (
    entretien_final,
    intitule_theme,
    questionnement,
)
from autograder.metier.production.regles import duree_entretien_final, regles
from autograder.metier.production.verification import verifier
from autograder.moteur.reponses import Reponses
from autograder.widgets.depot import ALLEGER
from autograder.widgets.repetition import CompteARebours
from autograder.widgets.socle import socle
from autograder.widgets.swot import ExerciceJury
from autograder.widgets.televersement import Televersement

STORE = "production"

ACCEPTE = {  # the right format, plus those that get a message saying how to convert
    "document": ".docx,.odt,.doc,.pdf",
    "diaporama": ".pptx,.odp,.ppt,.pdf",
}
LIBELLES = {
    "document": ("Déposer le document (.docx)", "le document de votre production"),
    "diaporama": ("Déposer le diaporama (.pptx)", "le diaporama de votre production"),
}


class Depot(w.VBox):
    """One deposit: a button, a status line, the findings."""

    def __init__(self, sorte: str):
        self.sorte = sorte
        self.rapport = None  # the findings of the last readable file
        description, quoi = LIBELLES[sorte]
        self.bouton = Televersement(
            accept=ACCEPTE[sorte],
            description=description,
            tooltip=f"Choisir le fichier : {quoi}",
            conseil=ALLEGER,
        )
        self.bouton.observe(self._depose, names="value")
        self.statut = w.HTML()
        self.constats = w.HTML()
        super().__init__([self.bouton, self.statut, self.constats])

    def _depose(self, changement) -> None:
        fichiers = changement["new"]
        if not fichiers:
            return
        fichier = fichiers[0]
        self.recevoir(bytes(fichier["content"]), str(fichier["name"]))
        self.bouton.value = ()  # the same file, corrected, can be deposited again

    def recevoir(self, contenu: bytes, nom: str) -> None:
        rapport = verifier(contenu, nom, self.sorte)
        if rapport.refus:
            garde = (
                f" Les constats sur « {html.escape(self.rapport.nom)} » restent affichés."
                if self.rapport
                else ""
            )
            self.statut.value = f"<div role='alert'>❌ {html.escape(rapport.refus)}{garde}</div>"
            return
        self.rapport = rapport
        self.statut.value = (
            f"<div role='status' aria-live='polite'>Fichier « {html.escape(nom)} » vérifié. "
            f"{html.escape(rapport.bilan())}</div>"
        )
        self.constats.value = rapport.html()


class VerificateurProduction(w.VBox):
    """The two deposits of the production, side by side in reading order."""

    def __init__(self):
        socle()  # its keys go to the widget, not to JupyterLab (widgets.socle)
        aide = w.HTML(
            "<small>Enregistrez votre document au format Word (.docx) et votre diaporama au "
            "format PowerPoint (.pptx), puis cliquez sur le bouton (au clavier : Tab jusqu'au "
            "bouton, puis Entrée). Déposez de nouveau après chaque correction, autant de fois "
            "que nécessaire. Rien n'est noté ni envoyé : le vérificateur vous conseille.</small>"
        )
        self.document = Depot("document")
        self.diaporama = Depot("diaporama")
        super().__init__([aide, self.document, self.diaporama])


class RepetitionProduction:
    """The 30 + 30 rehearsal (RE §3.1: 30 minutes presenting the deck, 30 minutes of questions)
    and the final interview's questions; notes and ticks saved in `.reponses/production.json`
    beside the notebook."""

    def __init__(self, dossier=None):
        socle()  # its keys go to the widget, not to JupyterLab (widgets.socle)
        self.reponses = Reponses(STORE, dossier)

    def chrono(self, partie: str = "presentation") -> CompteARebours:
        """The countdown of the presentation (« presentation ») or of the questions
        (« questions »), its length read from the RE; « entretien_final » for the final
        interview."""
        g = regles()
        minutes, titre = {
            "presentation": (g.presentation_minutes, "Présentation du diaporama"),
            "questions": (g.questions_minutes, "Questions du jury"),
            "entretien_final": (duree_entretien_final(), "Entretien final"),
        }[partie]
        return CompteARebours(minutes * 60, titre)

    def _exercice(self, cle: str, liste: list[dict]) -> ExerciceJury:
        return ExerciceJury(
            liste, self.reponses.valeur(cle), lambda etat: self.reponses.enregistrer(cle, etat)
        )

    def questions_jury(self, competence: str) -> w.Widget:
        """The bank's questions on one competence (CP1, CP2 or CP9), each with its RE theme."""
        liste = [
            dict(q, question=f"{q['question']} ({intitule_theme(q)})")
            for q in questionnement(competence)
        ]
        if not liste:
            return w.HTML(f"<p>Aucune question pour « {html.escape(competence)} ».</p>")
        return self._exercice(f"jury_{competence}", liste)

    def questions_entretien_final(self) -> w.Widget:
        return self._exercice("entretien_final", entretien_final())
