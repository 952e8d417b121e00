"""Answer widgets (ipywidgets 8): one per answer format, all keyboard-usable and labelled.

Every change is saved at once through the session; « Vérifier » shows the feedback. A refused answer
(text in a number field, absurd value) shows why, and the saved answer stays as it was.
"""

from __future__ import annotations

import html

import ipywidgets as w
from IPython.display import Markdown, display

from autograder.exercice import Exercice
from autograder.formats import ReponseInvalide

LARGE = w.Layout(width="auto")


class Saisie:
    """The input controls of one exercise (or one quiz question), restored from `deja` (the
    stored {"valeur", "brute"}); `quand_change()` runs on every learner change."""

    def __init__(self, ex: Exercice, deja: dict, quand_change):
        self.ex = ex
        nature = ex.format.nature
        valeur = deja.get("valeur")
        if nature == "nombre":
            unite = f" ({ex.format.unite})" if ex.format.unite else ""
            brute = deja.get("brute") or ("" if valeur is None else _texte_saisie(ex, valeur))
            self.champ = w.Text(
                value=brute,
                description=f"Votre réponse{unite}",
                placeholder="ex. 1 234,5",
                continuous_update=False,
                style={"description_width": "initial"},
            )
            self.champ.observe(lambda _c: quand_change(), names="value")
            self.widget = self.champ
        elif nature == "choix":
            opts = [(o.libelle, o.cle) for o in ex.options()]
            self.champ = w.RadioButtons(
                options=opts,
                value=valeur if valeur in {c for _, c in opts} else None,
                description="Votre choix",
                tooltip=ex.titre,  # without it ipywidgets shows the tooltip « null »
                layout=LARGE,
                style={"description_width": "initial"},
            )
            self.champ.observe(lambda _c: quand_change(), names="value")
            # Each radio is its own Tab stop in ipywidgets 8 (arrow keys do not move between them).
            aide = w.HTML(
                "<small>Au clavier : Tab d'une option à l'autre, Espace pour choisir.</small>"
            )
            self.widget = w.VBox([self.champ, aide])
        elif nature == "choix_multiple":
            cochees = set(valeur or ())
            self.cases = {
                o.cle: w.Checkbox(
                    value=o.cle in cochees, description=o.libelle, indent=False, layout=LARGE
                )
                for o in ex.options()
            }
            for case in self.cases.values():
                case.observe(lambda _c: quand_change(), names="value")
            titre = w.HTML("<b>Cochez toutes les bonnes réponses :</b>")
            self.widget = w.VBox([titre, *self.cases.values()])
        else:
            self.widget = self._classement(ex, valeur, quand_change)

    def _classement(self, ex: Exercice, valeur, quand_change) -> w.Widget:
        # "" (not None) for "not classified": ipywidgets shows value None as a blank.
        choix = [("— à classer —", ""), *[(lib, cle) for cle, lib in ex.format.categories]]
        rangees = valeur if isinstance(valeur, dict) else {}
        self.listes = {}
        lignes = []
        for i, e in enumerate(ex.elements(), start=1):
            self.listes[e.cle] = w.Dropdown(
                options=choix,
                value=rangees.get(e.cle) if rangees.get(e.cle) in dict(choix).values() else "",
                description=e.libelle,  # the accessible name; the text itself is shown above
                description_allow_html=False,
                layout=w.Layout(width="min(100%, 32em)"),
                style={"description_width": "0px"},
            )
            self.listes[e.cle].observe(lambda _c: quand_change(), names="value")
            enonce = w.HTML(f"<p style='margin:0.6em 0 0.1em'>{i}. {html.escape(e.libelle)}</p>")
            lignes += [enonce, self.listes[e.cle]]
        return w.VBox(lignes)

    def brute(self):
        nature = self.ex.format.nature
        if nature in ("nombre", "choix"):
            return self.champ.value
        if nature == "choix_multiple":
            return [cle for cle, case in self.cases.items() if case.value]
        return {cle: liste.value or None for cle, liste in self.listes.items()}


class ExerciceWidget(w.VBox):
    """Statement + input + « Vérifier » + feedback area, bound to one exercise of a session."""

    def __init__(self, seance, ex: Exercice):
        self.seance, self.ex = seance, ex
        self.saisie = self._construire_saisie()
        self.bouton = w.Button(
            description="Vérifier", button_style="primary", tooltip=f"Vérifier : {ex.titre}"
        )
        self.retour = w.HTML()
        self.bouton.on_click(lambda _b: self.verifier())
        super().__init__([self.saisie, self.bouton, self.retour])
        self.add_class("ntc-exercice")
        if self.seance.reponses.valeur(ex.nom) is not None:
            self.retour.value = (
                "<div role='status'>📝 Réponse enregistrée : reprise là où vous en étiez.</div>"
            )

    def _construire_saisie(self) -> w.Widget:
        ex, nature = self.ex, self.ex.format.nature
        deja = self.seance.reponses.get(ex.nom) or {}
        if nature == "personnalise":
            self._derniere = None

            def enregistrer(brute):
                self._derniere = brute
                self.enregistrer()

            return ex.module.saisie(ex.params, deja.get("valeur"), enregistrer)
        # A typed number is checked when the field is left (Enter, Tab); a click saves at once.
        self.controles = Saisie(ex, deja, self.verifier if nature == "nombre" else self.enregistrer)
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
            self.retour.value = f"<div role='alert'>⚠️ {exc}</div>"

    def verifier(self) -> None:
        from autograder.seance import mode_correction

        try:
            verdict = self.seance.repondre(self.ex.nom, self._brute())
        except ReponseInvalide as exc:
            self.retour.value = f"<div role='alert'>⚠️ {exc}</div>"
            return
        self.retour.value = self.ex.retour_html(verdict, montrer_correction=mode_correction())


def _texte_saisie(ex: Exercice, valeur) -> str:
    try:
        return f"{ex.format.saisie(float(valeur)):g}".replace(".", ",")
    except (TypeError, ValueError):
        return ""


def creer_widget(seance, ex: Exercice) -> w.Widget:
    """The answer widget of an exercise: a quiz gets one block per question."""
    if ex.format.nature == "quiz":
        from autograder.quiz_widget import QuizWidget

        return QuizWidget(seance, ex)
    return ExerciceWidget(seance, ex)


def widget_exercice(seance, ex: Exercice) -> w.Widget:
    display(Markdown(ex.enonce_markdown()))
    widget = creer_widget(seance, ex)
    display(widget)
    return widget
