"""The learner's session in a notebook: the engine's `Seance` plus what the learner sees.

`seance = ouvrir_seance("cp4_performances")` in a graded notebook's first cell; then
`seance.afficher(nom)` shows a statement and its answer widget, `seance.verifier(nom)` gives
feedback on an answer computed by code, and the grade cells call `seance.noter(nom)`.
Importing this module loads neither ipywidgets nor pandas: the widgets come on first display.
"""

from __future__ import annotations

from typing import Any

from autograder.moteur.affichage import tableaux_defilants
from autograder.moteur.aide import aide_en_francais
from autograder.moteur.formats import ReponseInvalide
from autograder.moteur.seance import Seance, dans_la_correction, mode_correction


class SeanceNotebook(Seance):
    def __init__(self, devoir: str, dossier=None):
        super().__init__(devoir, dossier)
        self.widgets: dict[str, Any] = {}  # the last widget shown per exercise (tests, benchmark)
        self._cadres: dict[str, list] = {}  # display handles of the graded cells, per exercise
        self._apercus: dict[str, list] = {}  # display handles of the previews, per exercise
        self.apres_reponse.append(self._rafraichir)

    def _rafraichir(self, nom: str, verdict) -> None:
        """A graded cell under a widget shows the latest answer, never a stale « pas de réponse »."""
        from IPython.display import HTML

        for cadre in self._apercus.get(nom, []):
            cadre.update(HTML(self._apercu_html(nom)))
        if not self._cadres.get(nom):
            return

        from autograder.widgets.retour import retour_html

        contenu = HTML(
            retour_html(self.exercice(nom), verdict, montrer_correction=mode_correction())
        )
        for cadre in self._cadres[nom]:
            cadre.update(contenu)

    def afficher(self, nom: str) -> None:
        """Show the statement and its answer widget (an optional code route may follow)."""
        ex = self.exercice(nom)
        # Under nbgrader's autograde nobody answers: the graded copy and its feedback page show
        # the statement (a live widget would only cost time and print as text there).
        if not ex.widget or dans_la_correction():
            from IPython.display import Markdown, display

            display(Markdown(ex.enonce_markdown()))
            return
        from autograder.widgets.exercice import widget_exercice

        self.widgets[nom] = widget_exercice(self, ex)

    def _apercu_html(self, nom: str) -> str:
        ex = self.exercice(nom)
        valeur = self.reponses.valeur(nom)
        if valeur is None:
            return "<div role='status'>Pas encore de réponse : l'aperçu se remplit quand vous répondez.</div>"
        try:
            return ex.module.apercu(ex.params, valeur)
        except (TypeError, ValueError, AttributeError, KeyError):
            return "<div role='status'>Réponse enregistrée illisible : répondez de nouveau.</div>"

    def apercu(self, nom: str) -> None:
        """The learner's own answer as a reader will see it (and the trainer, who grades it from
        here); kept up to date after every answer."""
        from IPython.display import HTML, display

        if (cadre := display(HTML(self._apercu_html(nom)), display_id=True)) is not None:
            self._apercus.setdefault(nom, []).append(cadre)

    def montrer_donnees(self):
        """« Vos données » : the tables in the notebook and as a spreadsheet file to download."""
        from autograder.widgets.tableur import afficher_donnees

        return afficher_donnees(self)

    def verifier(self, nom: str, *valeur: Any) -> None:
        """Feedback on an answer: the exercise's VARIABLE (or the value given) when computed by
        code, else the answer saved by the widget, in a frame that follows the widget. A code
        answer is saved too, unless a better answer is already saved."""
        from IPython.display import HTML, display

        from autograder.widgets.retour import alerte, retour_html

        ex = self.exercice(nom)
        if not valeur and not self.calculee(ex):  # answered in the widget: this frame follows it
            enregistree = self.reponses.valeur(nom)
            contenu = (
                retour_html(ex, ex.evaluer(enregistree), montrer_correction=mode_correction())
                if enregistree is not None
                else "<div role='status'>Pas encore de réponse : répondez dans le widget "
                "ci-dessus ; ce cadre se met à jour à chaque réponse.</div>"
            )
            if (cadre := display(HTML(contenu), display_id=True)) is not None:  # None: no kernel
                self._cadres.setdefault(nom, []).append(cadre)
            return
        try:
            brute = valeur[0] if valeur else self.valeur_variable(ex)
            verdict = self.repondre(nom, brute, depuis_code=True)
            display(HTML(retour_html(ex, verdict, montrer_correction=mode_correction())))
        except ReponseInvalide as exc:
            display(HTML(alerte(exc)))


def ouvrir_seance(devoir: str, dossier=None) -> SeanceNotebook:
    """Open (or resume) your session on a graded notebook; shows who you are and where answers go."""
    seance = SeanceNotebook(devoir, dossier)
    aide_en_francais()  # a French hint under a SQL/pandas error in any cell of the notebook
    try:
        from IPython.display import HTML, display
    except ImportError:
        return seance
    tableaux_defilants()  # the learner's own DataFrames too: reachable by keyboard when wide
    for avertissement in seance.reponses.avertissements:
        display(HTML(f"<div role='alert'>⚠️ {avertissement}</div>"))
    n = len(seance.reponses.cles())
    display(
        HTML(
            f"<div role='status'>Identifiant : <b>{seance.identifiant}</b> · "
            f"{n} réponse{'s' if n > 1 else ''} déjà enregistrée{'s' if n > 1 else ''} dans "
            f"<code>.reponses/{devoir}.json</code>. Vos chiffres sont personnels : ils dépendent "
            "de cet identifiant. Pour en choisir un autre avant de répondre : "
            '<code>seance.changer_identifiant("prenom.nom")</code>.</div>'
        )
    )
    return seance
