"""The written exam's opening panel: the official instructions, the choice of context, the clock,
then the links to the dossier and the blank files (autograder.metier.examen.passation)."""

from __future__ import annotations

import html

import ipywidgets as w

from autograder.metier.examen.livrables import FICHIERS_MODELES
from autograder.metier.examen.passation import CLE_TAILLE, DOSSIER, Passation, taille_choisie
from autograder.metier.examen.tailles import LIVRABLES, TAILLES, epreuve
from autograder.moteur.chrono import duree_en_clair
from autograder.moteur.formats import ReponseInvalide
from autograder.widgets.chrono import ChronoEpreuve
from autograder.widgets.saisies import LARGE, STYLE_RADIO
from autograder.widgets.socle import socle


class PanneauEpreuve(w.VBox):
    """The panel of one sitting. By default the assignment's size (TAILLE of its _contexte.py).
    In a self-learner's lesson, never a graded assignment: `choix_taille=True` lets the learner
    choose the size (title or one of the two CCP, fixed once the clock runs; `travaux` then shows
    that size's deliverables), `nouveau_sujet=True` adds « Nouveau sujet »: the exam again, on
    another subject."""

    def __init__(
        self,
        seance,
        taille: str | None = None,
        nouveau_sujet: bool = False,
        choix_taille: bool = False,
    ):
        socle()  # its keys go to the widget, not to JupyterLab (widgets.socle)
        self.seance = seance
        if choix_taille and taille is None:
            taille = taille_choisie(seance)
        self.passation = p = Passation(seance, taille)
        self.consigne = w.HTML(self._consigne())
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
        self.chrono = self._chrono()
        self.bouton_depots = w.Button(
            description="Où en sont mes dépôts\u00a0?",
            tooltip="Afficher l'état de chaque fichier à rendre",
            layout=w.Layout(width="auto"),
        )
        self.etat_depots = w.HTML()
        self.bouton_depots.on_click(lambda _b: self.montrer_depots())
        aide = w.HTML(f"{STYLE_RADIO}")
        lignes = [self.consigne, aide, self.choix, self.alerte, self.chrono, self.liens,
                  self.bouton_depots, self.etat_depots]  # fmt: skip
        self.travaux = w.Output()  # the size's deliverables (a lesson with choix_taille)
        if choix_taille:
            self.taille = w.RadioButtons(
                options=[(_libelle_taille(t), t) for t in TAILLES],
                value=p.epreuve.taille,
                description="Votre épreuve",
                layout=LARGE,
                style={"description_width": "initial"},
            )
            self.taille.add_class("ntc-radio")
            self.taille.observe(self._changer_taille, names="value")
            lignes.insert(1, self.taille)
            self._montrer_travaux()
        if nouveau_sujet:
            self.bouton_sujet = w.Button(
                description="Nouveau sujet",
                icon="random",
                tooltip="Repasser l'épreuve sur un autre sujet (vos travaux sont conservés)",
                layout=w.Layout(width="auto"),
            )
            self.etat_sujet = w.HTML()
            self._confirmer = False
            self.bouton_sujet.on_click(lambda _b: self.changer_de_sujet())
            lignes += [w.HBox([self.bouton_sujet, self.etat_sujet])]
        super().__init__(lignes)
        self.add_class("ntc-epreuve")
        if p.chrono.debut is not None:
            self.choix.disabled = True
            self._preparer()

    def _consigne(self) -> str:
        p = self.passation
        e = p.epreuve
        return (
            f"<p><b>{html.escape(e.intitule)}</b> · {html.escape(e.partie)}, "
            f"{duree_en_clair(p.chrono.secondes)}.</p><blockquote>{html.escape(e.consigne)}"
            f"</blockquote><p><small>Source\u00a0: {html.escape(e.source)}.</small></p>"
            "<p>À rendre\u00a0: "
            + " ; ".join(html.escape(LIVRABLES[x]) for x in p.livrables)
            + ". Les outils d'intelligence artificielle sont interdits pendant l'épreuve.</p>"
        )

    def _chrono(self) -> ChronoEpreuve:
        return ChronoEpreuve(
            self.passation.chrono,
            "Avant de commencer, choisissez votre contexte ci-dessus.",
            avant=lambda: self.passation.raison_de_ne_pas_commencer(),
            apres=self._preparer,
        )

    # -- the size (a self-learner's lesson) ---------------------------------------------------
    def _changer_taille(self, changement) -> None:
        taille = changement["new"]
        if self.passation.chrono.debut is not None:  # fixed once started
            self.taille.value = self.passation.epreuve.taille
            return
        if taille == self.passation.epreuve.taille:
            return
        try:
            self.seance.reponses.enregistrer(CLE_TAILLE, taille)
        except OSError as exc:
            self.alerte.value = (
                f"<div role='alert'>⚠️ Choix non enregistré ({html.escape(str(exc))}).</div>"
            )
            self.taille.value = self.passation.epreuve.taille
            return
        self.passation = Passation(self.seance, taille)
        self.consigne.value = self._consigne()
        self.chrono = self._chrono()
        self.children = tuple(
            self.chrono if isinstance(c, ChronoEpreuve) else c for c in self.children
        )
        self._montrer_travaux()

    def _montrer_travaux(self) -> None:
        self.travaux.clear_output()
        with self.travaux:
            for livrable in self.passation.livrables:
                self.seance.afficher(livrable)

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
        if hasattr(self, "taille"):
            self.taille.disabled = True
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

    def changer_de_sujet(self) -> None:
        """A first click asks to confirm; the second moves this sitting aside."""
        if not self._confirmer:
            self._confirmer = True
            self.etat_sujet.value = (
                "<div role='alert'>Cliquez de nouveau pour confirmer\u00a0: vos réponses, vos "
                "fichiers vierges et vos dépôts de ce sujet seront rangés dans le dossier "
                "<code>sessions</code>, puis un nouveau sujet sera tiré.</div>"
            )
            return
        self._confirmer = False
        try:
            archive = self.passation.nouveau_sujet()
        except OSError as exc:
            self.etat_sujet.value = (
                f"<div role='alert'>⚠️ Le nouveau sujet n'a pas pu être tiré "
                f"({html.escape(exc.strerror or str(exc))}) : rien n'a été perdu.</div>"
            )
            return
        self.etat_sujet.value = (
            f"<div role='status'>✅ Travaux rangés dans <code>{html.escape(archive.name)}</code> "
            "(dossier <code>sessions</code>). Réexécutez le carnet (menu Exécution › Exécuter "
            "toutes les cellules) pour découvrir votre nouveau sujet.</div>"
        )
        self.bouton_sujet.disabled = True

    def montrer_depots(self) -> None:
        lignes = "".join(
            f"<li>{html.escape(LIVRABLES[x])}\u00a0: {html.escape(etat)}</li>"
            for x, etat in self.passation.depots()
        )
        self.etat_depots.value = f"<div role='status'><ul>{lignes}</ul></div>"


def _libelle_taille(taille: str) -> str:
    e = epreuve(taille)
    return f"{e.intitule} ({duree_en_clair(e.duree_minutes * 60)})"
