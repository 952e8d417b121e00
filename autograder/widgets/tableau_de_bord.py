"""The KPI dashboard widget: four drop-down lists (period, sales rep, region, indicator) wired to
the charts, text alternative and table of autograder.metier.kpi.tableau_de_bord."""

from __future__ import annotations

import ipywidgets as widgets
import pandas as pd

from autograder.metier.kpi.donnees import filtrer
from autograder.metier.kpi.tableau_de_bord import (
    INDICATEURS,
    NBSP,
    TOUS,
    TOUTES,
    message_vide,
    rendre,
    texte_html,
)
from autograder.widgets.socle import socle


class TableauDeBord(widgets.VBox):
    """Tableau de bord KPI : quatre listes de choix, le graphique, sa description et le tableau.

    Attributs : periode, commercial, region, indicateur (les listes), graphique, texte, tableau
    (les zones HTML) et sortie (la zone qui les regroupe). Chaque changement de choix met à jour
    l'affichage.
    """

    def __init__(self, ventes: pd.DataFrame):
        self.ventes = ventes
        self._rendus: dict[tuple, tuple[str, str, str]] = {}  # choices → rendered HTML
        annee = int(ventes["mois"].dt.year.min())
        self.annee = f"Année {annee}"
        style, mise_en_page = {"description_width": "initial"}, widgets.Layout(width="auto")

        def liste(description: str, options: list[str]) -> widgets.Dropdown:
            return widgets.Dropdown(
                options=options,
                description=f"{description}{NBSP}:",
                style=style,
                layout=mise_en_page,
            )

        self.periode = liste("Période", [self.annee, "T1", "T2", "T3", "T4"])
        self.commercial = liste("Commercial", [TOUS, *ventes["commercial"].unique()])
        self.region = liste("Région", [TOUTES, *ventes["region"].unique()])
        self.indicateur = liste("Indicateur", list(INDICATEURS))
        self.graphique = widgets.HTML()
        self.texte = widgets.HTML()
        self.tableau = widgets.HTML()
        self.sortie = widgets.VBox([self.graphique, self.texte, self.tableau])
        controles = [self.periode, self.commercial, self.region, self.indicateur]
        super().__init__(
            [widgets.HBox(controles, layout=widgets.Layout(flex_flow="row wrap")), self.sortie]
        )
        for controle in controles:
            controle.observe(self._changement, names="value")
        self.mettre_a_jour()

    def _changement(self, _change) -> None:
        self.mettre_a_jour()

    def selection(self) -> pd.DataFrame:
        """Lignes retenues par les choix en cours."""
        p = self.periode.value
        return filtrer(
            self.ventes,
            trimestre=None if p == self.annee else int(p[1]),
            commercial=None if self.commercial.value == TOUS else self.commercial.value,
            region=None if self.region.value == TOUTES else self.region.value,
        )

    def mettre_a_jour(self) -> None:
        """Recalcule le graphique, sa description et le tableau pour les choix en cours."""
        try:
            lignes = self.selection()
            if lignes.empty:
                self.graphique.value, self.tableau.value = "", ""
                self.texte.value = message_vide(
                    self.periode.value, self.commercial.value, self.region.value, self.ventes
                )
                return
            cle = (self.periode.value, self.commercial.value, self.region.value,
                   self.indicateur.value)  # fmt: skip
            if cle not in self._rendus:
                if len(self._rendus) >= 64:
                    self._rendus.pop(next(iter(self._rendus)))
                self._rendus[cle] = rendre(lignes, self.indicateur.value)
            self.graphique.value, self.texte.value, self.tableau.value = self._rendus[cle]
        except Exception as exc:  # a learner must never see a traceback in the dashboard
            self.graphique.value, self.tableau.value = "", ""
            self.texte.value = (
                f'<p role="alert">Le tableau de bord n\'a pas pu être mis à jour{NBSP}: '
                f"{texte_html(str(exc))}</p>"
            )


def tableau_de_bord(ventes: pd.DataFrame) -> TableauDeBord:
    """Tableau de bord interactif (ipywidgets) sur un tableau de `generer_ventes`.

    Listes : période (année ou trimestre), commercial, région, indicateur (chiffre d'affaires,
    ventes, leads). Affiche le graphique « objectif vs réalisé » par mois, sa description en
    texte et le tableau par commercial ; les mois et les commerciaux sous 90 % de l'objectif
    sont signalés.
    """
    socle()  # its keys go to the widget, not to JupyterLab (widgets.socle)
    manquantes = {"mois", "commercial", "region", "ca", "objectif_ca"} - set(ventes.columns)
    if manquantes:
        raise ValueError(f"tableau_de_bord : colonnes manquantes {sorted(manquantes)}.")
    return TableauDeBord(ventes)
