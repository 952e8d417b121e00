"""« Nouvelle variante » under an exercise: the same exercise with fresh numbers, to practise.

Each click draws a new variant (autograder.moteur.variantes): its statement, the tables it computes
from (shown here and as a practice workbook) and its own answer widget, with feedback as usual. The
graded answer above and its answer file are never touched.
"""

from __future__ import annotations

from html import escape

import ipywidgets as w
from IPython.display import HTML, Markdown, display

from autograder.moteur.affichage import tables_defilantes
from autograder.moteur.tableur import ClasseurIllisible
from autograder.moteur.variantes import Variante, numero_au_hasard
from autograder.widgets.retour import alerte
from autograder.widgets.tableur import html_feuilles


class PanneauVariantes(w.VBox):
    def __init__(self, seance, ex, creer_widget):
        # creer_widget(seance, ex): the answer widget maker of widgets.exercice (no import circle)
        self.seance, self.ex, self.creer_widget = seance, ex, creer_widget
        self.tirees = 0  # variants drawn in this panel (shown as « n° k »)
        self.variante: Variante | None = None
        self.widget = None  # the current variant's answer widget (tests)
        self.bouton = w.Button(
            description="Nouvelle variante",
            icon="refresh",
            tooltip=f"S'entraîner sur une nouvelle variante : {ex.titre}",
            layout=w.Layout(width="auto", flex="0 0 auto"),
        )
        self.bouton.on_click(lambda _b: self._au_clic())
        self.sortie = w.Output()
        aide = w.HTML(
            "<small>S'entraîner encore\u00a0: le même exercice avec d'autres chiffres, corrigé "
            "aussitôt. Non noté\u00a0: votre réponse ci-dessus reste celle qui compte.</small>"
        )
        super().__init__([w.HBox([self.bouton, aide]), self.sortie])
        self.add_class("ntc-variantes")

    def _au_clic(self) -> None:
        try:
            self.nouvelle()
        except Exception as exc:  # a button's error would only reach the log: say it here
            self.sortie.clear_output()
            with self.sortie:
                display(
                    HTML(
                        alerte(
                            f"La variante n'a pas pu être préparée ({type(exc).__name__}\u00a0: "
                            f"{escape(str(exc))}). Votre réponse notée est intacte\u00a0; "
                            "réessayez ou prévenez votre formateur."
                        )
                    )
                )

    def nouvelle(self, numero: int | None = None) -> None:
        """Draw a variant (a random one unless `numero` is given) and show it below the button."""
        self.tirees += 1
        self.variante = Variante(self.seance, numero or numero_au_hasard())
        vex = self.variante.exercice(self.ex.nom)
        self.sortie.clear_output(wait=True)
        with self.sortie:
            display(
                HTML(
                    f"<h4 style='margin:.8em 0 .2em'>🔁 Variante d'entraînement n°\u00a0"
                    f"{self.tirees} — {escape(self.ex.titre)}</h4><p><small>Tirage "
                    f"<span class='ntc-tirage'>{self.variante.numero}</span> (à citer pour en "
                    "parler avec votre formateur). Rien de ce que vous répondez ici n'est "
                    "enregistré ni noté.</small></p>"
                )
            )
            self._montrer_donnees(vex)
            display(Markdown(tables_defilantes(vex.enonce())))
            self.widget = self.creer_widget(self.variante, vex)
            display(self.widget)

    def _montrer_donnees(self, vex) -> None:
        try:
            chemin, feuilles = self.variante.ecrire_classeur_de(vex)
        except ClasseurIllisible as exc:
            feuilles = self.variante.feuilles_de(vex)
            if feuilles:
                display(HTML(alerte(exc)))
                display(HTML(html_feuilles(feuilles, "<p>📊 Les données de cette variante.</p>")))
            return
        if chemin is None:
            return
        relatif = chemin.relative_to(self.variante.reponses.dossier).as_posix()
        entete = (
            "<p>📊 <b>Les données de cette variante</b> (d'autres chiffres que les vôtres)\u00a0: "
            f"<a href='{escape(relatif)}' download>télécharger le classeur "
            f"<code>{escape(chemin.name)}</code></a>, dans le dossier "
            f"<code>{escape(chemin.parent.relative_to(self.variante.reponses.dossier).as_posix())}"
            "</code>. Il est remplacé à chaque nouvelle variante.</p>"
        )
        display(HTML(html_feuilles(feuilles, entete)))
