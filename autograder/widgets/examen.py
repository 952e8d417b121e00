"""The written exam's opening panel: the official instructions, the choice of context, the clock,
then the links to the dossier and the blank files (autograder.metier.examen.passation)."""

from __future__ import annotations

import html

import ipywidgets as w

from autograder.metier.examen.livrables import FICHIERS_MODELES
from autograder.metier.examen.passation import DOSSIER, Passation
from autograder.metier.examen.tailles import LIVRABLES
from autograder.moteur.chrono import duree_en_clair
from autograder.moteur.formats import ReponseInvalide
from autograder.widgets.chrono import ChronoEpreuve
from autograder.widgets.saisies import LARGE, STYLE_RADIO


class PanneauEpreuve(w.VBox):
    def __init__(self, seance, taille: str = "titre"):
        self.passation = p = Passation(seance, taille)
        e = p.epreuve
        consigne = w.HTML(
            f"<p><b>{html.escape(e.intitule)}</b> · {html.escape(e.partie)}, "
            f"{duree_en_clair(p.chrono.secondes)}.</p><blockquote>{html.escape(e.consigne)}"
            f"</blockquote><p><small>Source\u00a0: {html.escape(e.source)}.</small></p>"
            "<p>À rendre\u00a0: "
            + " ; ".join(html.escape(LIVRABLES[x]) for x in p.livrables)
            + ". Les outils d'intelligence artificielle sont interdits pendant l'épreuve.</p>"
        )
        idents = [c["id"] for c in p.sujet.contextes]
        self.choix = w.RadioButtons(
            options=[(p.presentation(i), i) for i in idents],
            value=p.choix,
            description="Votre contexte",
            layout=LARGE,
            style={"description_width": "initial"},
        )
        self.choix.add_class("ntc-radio")
        self.alerte = w.HTML()
        self.choix.observe(self._choisir, names="value")
        self.liens = w.HTML()
        self.chrono = ChronoEpreuve(
            p.chrono,
            "Avant de commencer, choisissez votre contexte ci-dessus.",
            avant=p.raison_de_ne_pas_commencer,
            apres=self._preparer,
        )
        self.bouton_depots = w.Button(
            description="Où en sont mes dépôts\u00a0?",
            tooltip="Afficher l'état de chaque fichier à rendre",
            layout=w.Layout(width="auto"),
        )
        self.etat_depots = w.HTML()
        self.bouton_depots.on_click(lambda _b: self.montrer_depots())
        aide = w.HTML(f"{STYLE_RADIO}")
        super().__init__(
            [consigne, aide, self.choix, self.alerte, self.chrono, self.liens,
             self.bouton_depots, self.etat_depots]
        )  # fmt: skip
        self.add_class("ntc-epreuve")
        if p.chrono.debut is not None:
            self.choix.disabled = True
            self._preparer()

    def _choisir(self, changement) -> None:
        if changement["new"] is None:
            return
        try:
            self.passation.choisir(changement["new"])
            self.alerte.value = ""
        except (ReponseInvalide, OSError) as exc:
            self.alerte.value = f"<div role='alert'>⚠️ {html.escape(str(exc))}</div>"
            self.choix.value = self.passation.choix

    def _preparer(self) -> None:
        self.choix.disabled = True
        try:
            self.passation.preparer()
        except (ReponseInvalide, OSError, ValueError) as exc:
            self.liens.value = (
                f"<div role='alert'>⚠️ Les fichiers de l'épreuve n'ont pas pu être écrits "
                f"({html.escape(str(exc))}). Prévenez votre formateur.</div>"
            )
            return
        fichiers = [("dossier.html", "Le dossier du cas (à lire à l'écran)"),
                    ("dossier.pdf", "Le dossier du cas (à imprimer)")]  # fmt: skip
        fichiers += [(FICHIERS_MODELES[x], f"Modèle vierge\u00a0: {LIVRABLES[x]}")
                     for x in self.passation.livrables]  # fmt: skip
        items = "".join(
            f"<li><a href='{DOSSIER}/{n}' download>{html.escape(t)}</a> "
            f"(<code>{DOSSIER}/{n}</code>)</li>"
            for n, t in fichiers
        )
        self.liens.value = (
            f"<p><b>Vos fichiers</b>, dans le dossier <code>{DOSSIER}</code> à côté de ce "
            f"carnet\u00a0:</p><ul>{items}</ul><p><small>Travaillez dans votre tableur, votre "
            "logiciel de présentation et votre traitement de texte, enregistrez, puis déposez "
            "chaque fichier plus bas.</small></p>"
        )

    def montrer_depots(self) -> None:
        lignes = "".join(
            f"<li>{html.escape(LIVRABLES[x])}\u00a0: {html.escape(etat)}</li>"
            for x, etat in self.passation.depots()
        )
        self.etat_depots.value = f"<div role='status'><ul>{lignes}</ul></div>"
