"""The answer widget of one exercise (ipywidgets 8), keyboard-usable and labelled.

Every change is saved at once through the session; « Vérifier » shows the feedback. A refused answer
(text in a number field, absurd value) shows why, and the saved answer stays as it was.
"""

from __future__ import annotations

import ipywidgets as w
from IPython.display import Markdown, display

from autograder.moteur import variantes
from autograder.moteur.affichage import tables_defilantes
from autograder.moteur.formats import ReponseInvalide
from autograder.moteur.seance import mode_correction
from autograder.widgets.quiz import QuizWidget
from autograder.widgets.retour import alerte, retour_html
from autograder.widgets.saisies import saisie
from autograder.widgets.socle import socle


class ExerciceWidget(w.VBox):
    """Statement + input + « Vérifier » + feedback area, bound to one exercise of a session."""

    def __init__(self, seance, ex):
        self.seance, self.ex = seance, ex
        self.saisie = self._construire_saisie()
        self.bouton = w.Button(
            description="Vérifier", button_style="primary", tooltip=f"Vérifier : {ex.titre}"
        )
        self.retour = w.HTML()
        self.bouton.on_click(lambda _b: self.verifier())
        lignes = [self.saisie, self.bouton, self.retour]
        if ex.variable and not seance.entrainement:  # the code route: offered, never required
            lignes.insert(0, w.HTML(f"<small>{_voie_code(ex)}</small>"))
        super().__init__(lignes)
        self.add_class("ntc-exercice")
        if self.seance.reponses.valeur(ex.nom) is not None:
            self.retour.value = (
                "<div role='status'>📝 Réponse enregistrée : reprise là où vous en étiez.</div>"
            )

    def _construire_saisie(self) -> w.Widget:
        ex, nature = self.ex, self.ex.format.nature
        deja = self.seance.reponses.get(ex.nom) or {}
        if nature == "personnalise":  # the declaration builds its own widget
            self._derniere = None

            def enregistrer(brute):
                self._derniere = brute
                self.enregistrer()

            return ex.module.saisie(ex.params, deja.get("valeur"), enregistrer)
        # A typed number is checked when the field is left (Enter, Tab), a finished recording at
        # once (its duration is the feedback), a deposited document at once (what was found); a
        # click saves at once.
        immediat = nature in ("nombre", "enregistrement", "document")
        self.controles = saisie(ex, deja, self.verifier if immediat else self.enregistrer)
        for attribut in ("champ", "cases", "listes"):
            if hasattr(self.controles, attribut):
                setattr(self, attribut, getattr(self.controles, attribut))
        return self.controles.widget

    def _brute(self):
        if self.ex.format.nature == "personnalise":
            return (
                self._derniere
                if self._derniere is not None
                else self.seance.reponses.valeur(self.ex.nom)
            )
        return self.controles.brute()

    # -- actions -------------------------------------------------------------------------------
    def enregistrer(self) -> None:
        try:
            self.seance.repondre(self.ex.nom, self._brute())
            self.retour.value = (
                "<div role='status'>📝 Réponse enregistrée. Cliquez sur « Vérifier ».</div>"
            )
        except ReponseInvalide as exc:
            self.retour.value = alerte(exc)

    def verifier(self) -> None:
        try:
            verdict = self.seance.repondre(self.ex.nom, self._brute())
        except ReponseInvalide as exc:
            self.retour.value = alerte(exc)
            return
        self.retour.value = retour_html(self.ex, verdict, montrer_correction=mode_correction())


def _voie_code(ex) -> str:
    if ex.format.nature == "document":
        return (
            "Déposez ci-dessous le fichier écrit dans votre traitement de texte. Pour aller plus "
            "loin (facultatif) : écrivez le même document en Python, cellule suivante, dans la "
            f"variable <code>{ex.variable}</code> ; la meilleure des deux réponses compte."
        )
    return (
        "Tapez votre résultat ci-dessous. Pour aller plus loin (facultatif) : calculez-le en "
        f"Python dans la variable <code>{ex.variable}</code>, cellule suivante ; la meilleure "
        "des deux réponses compte."
    )


def creer_widget(seance, ex) -> w.Widget:
    """The answer widget of an exercise: a quiz gets one block per question."""
    if ex.format.nature == "quiz":
        return QuizWidget(seance, ex)
    return ExerciceWidget(seance, ex)


def widget_exercice(seance, ex) -> w.Widget:
    display(Markdown(tables_defilantes(ex.enonce_markdown())))  # wide tables: by keyboard too
    widget = creer_widget(seance, ex)
    if variantes.offerte(ex):  # practice with fresh numbers; never in evaluation mode
        from autograder.widgets.variantes import PanneauVariantes

        widget.variantes = PanneauVariantes(seance, ex, creer_widget)
        display(w.VBox([widget, widget.variantes, socle()]))
    else:
        display(w.VBox([widget, socle()]))  # keys in the widget are not notebook shortcuts
    return widget
