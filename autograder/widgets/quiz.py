"""The quiz widget: one block per drawn question (statement, input, its own feedback), one
« Vérifier » for the whole quiz. Every change saves the quiz at once through the session; a
refused answer (text in a number field) is shown under its question and the other answers stay.
"""

from __future__ import annotations

import html

import ipywidgets as w

from autograder.moteur.formats import ReponseInvalide
from autograder.moteur.formats.base import icone
from autograder.moteur.formats.quiz import verdict_question
from autograder.moteur.seance import mode_correction
from autograder.widgets.retour import alerte, retour_html
from autograder.widgets.saisies import saisie


class QuizWidget(w.VBox):
    def __init__(self, seance, ex):
        self.seance, self.ex = seance, ex
        stockees = seance.reponses.valeur(ex.nom)
        stockees = stockees if isinstance(stockees, dict) else {}
        self.saisies: dict = {}
        self.retours: dict[str, w.HTML] = {}
        blocs = []
        for i, q in enumerate(ex.questions, start=1):
            deja = {"valeur": stockees.get(q.nom)}
            self.saisies[q.nom] = saisie(q, deja, lambda q=q: self.enregistrer(q))
            self.retours[q.nom] = w.HTML()
            titre = w.HTML(
                f"<p style='margin:1em 0 0.2em'><b>Question {i}/{len(ex.questions)}</b> · "
                f"{html.escape(q.enonce())}</p>"
            )
            bloc = w.VBox([titre, self.saisies[q.nom].widget, self.retours[q.nom]])
            bloc.add_class("ntc-question")
            blocs.append(bloc)
        self.bouton = w.Button(
            description="Vérifier", button_style="primary", tooltip=f"Vérifier : {ex.titre}"
        )
        self.bouton.on_click(lambda _b: self.verifier())
        self.retour = w.HTML()
        super().__init__([*blocs, self.bouton, self.retour])
        self.add_class("ntc-exercice")
        self.add_class("ntc-quiz")
        if stockees:
            self.retour.value = (
                f"<div role='status'>📝 {len(stockees)} réponse(s) enregistrée(s) : "
                "reprise là où vous en étiez.</div>"
            )

    def _brute(self) -> dict:
        """Every question's current input; a refused one falls back to its saved answer."""
        stockees = self.seance.reponses.valeur(self.ex.nom)
        stockees = stockees if isinstance(stockees, dict) else {}
        brutes = {}
        for q in self.ex.questions:
            brute = self.saisies[q.nom].brute()
            try:
                q.lire(brute)
                brutes[q.nom] = brute
            except ReponseInvalide:
                brutes[q.nom] = stockees.get(q.nom)
        return brutes

    def enregistrer(self, question=None) -> bool:
        if question is not None:
            try:
                if (brute := self.saisies[question.nom].brute()) not in ("", None):
                    question.lire(brute)
                self.retours[question.nom].value = ""
            except ReponseInvalide as exc:
                self.retours[question.nom].value = alerte(exc)
        try:
            self.seance.repondre(self.ex.nom, self._brute())
        except ReponseInvalide as exc:
            self.retour.value = alerte(exc)
            return False
        quoi = "prises en compte" if self.seance.entrainement else "enregistrées"
        self.retour.value = f"<div role='status'>📝 Réponses {quoi}.</div>"
        return True

    def verifier(self) -> None:
        if not self.enregistrer():
            return
        reponse = self.seance.reponses.valeur(self.ex.nom) or {}
        montrer = mode_correction()
        for q in self.ex.questions:
            if q.nom not in reponse:
                self.retours[
                    q.nom
                ].value = "<div role='status'>Non répondu : choisissez ou tapez une réponse.</div>"
            elif montrer:
                v = verdict_question(q, reponse[q.nom])
                items = "".join(f"<li>{d}</li>" for d in v.details)
                self.retours[q.nom].value = (
                    f"<div role='status'><b>{icone(v)} {html.escape(v.message)}</b>"
                    f"<ul style='margin:0.3em 0'>{items}</ul></div>"
                )
        self.retour.value = retour_html(
            self.ex, self.ex.evaluer(reponse), montrer_correction=montrer
        )
