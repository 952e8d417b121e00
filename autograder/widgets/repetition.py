"""Rehearsal of the « entretien technique » (RE §3.1): 20 min preparation on a SWOT matrix handed
by the jury, 15 min presentation, 15 min questions.

`rep = Repetition()` in course/examen/02_repetition.ipynb:
- draws a case of the SWOT bank the learner has not rehearsed yet (seeded per learner identifier;
  the cases done are kept in the answer store, so a restart never draws them again);
- `rep.compte_a_rebours(minutes)`: a visible mm:ss countdown (ipywidgets.Play: the browser ticks,
  so it keeps running while the learner works in other cells);
- `rep.plan()`: the 15-minute plan builder (constat, analyse, suggestions, chiffres clés), with
  the speaking time estimated at fiche.MOTS_PAR_MINUTE words a minute;
- `rep.fiche()`: the one-page handout, HTML and PDF (autograder.metier.swot.fiche);
- `rep.autoevaluation()`: the official criteria of the competences the entretien technique
  evaluates (CP3 to CP8, read from the referentiel), each scored acquis / en cours / non acquis;
- `rep.questions_jury()`: the jury's follow-up questions, notes, then what a good answer contains.
Everything is saved at once through the answer store (`.reponses/repetition_entretien.json`
beside the notebook): nothing is lost on a kernel restart.
"""

from __future__ import annotations

import html
import random

import ipywidgets as w

from autograder.metier.swot import cas as swot
from autograder.metier.swot.fiche import PARTIES, mm_ss, plan_de_demonstration
from autograder.metier.swot.matrice import texte_tows
from autograder.metier.swot.repetition import NIVEAUX, CarnetRepetition, criteres_evalues, durees
from autograder.moteur import referentiel
from autograder.moteur.seance import graine
from autograder.widgets.chronometre import commandes
from autograder.widgets.swot import ConstructeurTOWS, ExerciceJury, MatriceSWOT


class CompteARebours(w.VBox):
    """A visible mm:ss countdown. The Play widget ticks in the browser once a second; `avancer`
    steps it from code (tests, demonstration) so that nobody waits 20 minutes."""

    def __init__(self, secondes: int, titre: str):
        self.secondes = int(secondes)
        self.titre = titre
        self.play = w.Play(
            value=0,
            min=0,
            max=self.secondes,
            step=1,
            interval=1000,
            show_repeat=False,
            description=f"Démarrer : {titre}",
        )
        self.barre = w.IntProgress(
            value=0,
            min=0,
            max=self.secondes,
            description="Écoulé",
            layout=w.Layout(width="min(100%, 30em)"),
        )
        w.jslink((self.play, "value"), (self.barre, "value"))
        self.affichage = w.HTML()
        self.play.observe(lambda _c: self._montrer(), names="value")
        aide = w.HTML("<small>Au clavier : Tab jusqu'au bouton, puis Entrée.</small>")
        lecture = commandes(self.play, titre)
        super().__init__([self.affichage, w.HBox([lecture, self.barre]), aide])
        self._montrer()

    @property
    def restant(self) -> int:
        return self.secondes - self.play.value

    def avancer(self, secondes: int) -> None:
        self.play.value = min(self.secondes, self.play.value + int(secondes))

    def _montrer(self) -> None:
        fini = self.restant <= 0
        texte = "⏰ Temps écoulé !" if fini else f"{mm_ss(self.restant)} restantes"
        self.affichage.value = (
            f"<div role='timer' aria-label='{html.escape(self.titre)}' style='font-size:1.6em'>"
            f"<b>{html.escape(self.titre)}</b> · <span style='font-family:monospace'>{texte}"
            "</span></div>"
        )


class Repetition(CarnetRepetition):
    """The rehearsal notebook's widgets, on top of the learner's saved rehearsal."""

    def bouton_terminer(self) -> w.Widget:
        """« J'ai terminé ce cas » : marks it done; the next run of the notebook draws another."""
        bouton = w.Button(
            description="J'ai terminé ce cas", icon="flag-checkered", layout=w.Layout(width="auto")
        )
        message = w.HTML()

        def terminer(_b):
            titre = self.cas["titre"]
            self.terminer()
            message.value = (
                f"<div role='status'>✅ « {html.escape(titre)} » est noté comme fait "
                f"({len(self.cas_faits())} cas sur {len(swot.lister_cas())}). "
                "Réexécutez le carnet pour tirer le cas suivant.</div>"
            )

        bouton.on_click(terminer)
        return w.VBox([bouton, message])

    # -- countdown and matrix ------------------------------------------------------------------

    def compte_a_rebours(self, minutes: float | None = None, titre: str = "Préparation"):
        """Countdown widget; `minutes` defaults to the RE's 20 minutes of preparation."""
        minutes = durees()[0] if minutes is None else minutes
        return CompteARebours(round(minutes * 60), titre)

    def lecture(self) -> w.Widget:
        """Re-sort the statements yourself (no correction until you ask for it)."""
        enonces = list(self.cas["enonces"])
        random.Random(graine(self.identifiant, self.cas["id"])).shuffle(enonces)
        cle = self.cle("classement")
        matrice = MatriceSWOT(
            enonces,
            self.reponses.valeur(cle),
            lambda r: self.reponses.enregistrer(cle, {k: v for k, v in r.items() if v}),
            correction=False,
        )
        bouton = w.ToggleButton(
            description="Afficher la correction", icon="check", layout=w.Layout(width="auto")
        )
        bouton.observe(lambda c: matrice.montrer_correction(c["new"]), names="value")
        return w.VBox([bouton, matrice])

    def tows(self) -> w.Widget:
        """TOWS builder: one suggestion per pair, resting on two statements of the matrix."""
        cle = self.cle("tows")
        return ConstructeurTOWS(
            self.cas, self.reponses.valeur(cle), lambda v: self.reponses.enregistrer(cle, v)
        )

    def plan(self) -> w.Widget:
        """Plan builder: one text box per part, saved on leaving the box, speaking time shown."""
        deja = self.plan_enregistre()
        zones = {}
        temps = w.HTML()

        def sauver(_c=None):
            plan = {cle: z.value for cle, z in zones.items()}
            self.enregistrer_plan(plan)
            temps.value = f"<div role='status'>{html.escape(self.bilan_temps(plan))}</div>"

        lignes = []
        for cle, titre, aide in PARTIES:
            zones[cle] = w.Textarea(
                value=deja.get(cle, ""),
                description=titre,
                placeholder=aide,
                continuous_update=False,
                layout=w.Layout(width="min(100%, 48em)", height="7em"),
                style={"description_width": "7em"},
            )
            zones[cle].observe(sauver, names="value")
            lignes.append(zones[cle])
        exemple = w.Button(
            description="Remplir avec l'exemple",
            icon="magic",
            tooltip="Remplace votre plan par un plan de démonstration tiré du cas",
            layout=w.Layout(width="auto"),
        )

        def remplir(_b):
            for cle, texte in plan_de_demonstration(self.cas).items():
                zones[cle].value = texte

        exemple.on_click(remplir)
        reprendre = w.Button(
            description="Reprendre mes suggestions TOWS",
            icon="arrow-down",
            tooltip="Copie dans « Suggestions » ce que vous avez écrit dans la TOWS",
            layout=w.Layout(width="auto"),
        )

        def copier(_b):
            texte = texte_tows(self.cas, self.reponses.valeur(self.cle("tows")))
            if texte:
                zones["suggestions"].value = texte

        reprendre.on_click(copier)
        temps.value = f"<div role='status'>{html.escape(self.bilan_temps(deja))}</div>"
        boite = w.VBox([*lignes, temps, w.HBox([reprendre, exemple])])
        boite.zones = zones
        return boite

    def autoevaluation(self) -> w.Widget:
        grille = self.autoevaluation_enregistree()
        resume = w.HTML()
        listes = {}

        def montrer():
            lignes = "".join(
                f"<tr><td>{cp}</td><td>{a}</td><td>{e}</td><td>{v}</td></tr>"
                for cp, a, e, v in self.synthese_autoevaluation()
            )
            resume.value = (
                "<table role='status'><tr><th>Compétence</th><th>Acquis</th>"
                f"<th>À travailler</th><th>Non évalués</th></tr>{lignes}</table>"
            )

        def sauver(_c):
            valeurs = {i: liste.value for i, liste in listes.items() if liste.value}
            self.reponses.enregistrer(self.cle("autoevaluation"), valeurs)
            montrer()

        lignes, courante = [], None
        for c in criteres_evalues():
            if c.competence != courante:
                courante = c.competence
                titre = next(cp.titre for cp in referentiel.competences() if cp.id == courante)
                lignes.append(
                    w.HTML(
                        f"<h4 style='margin:0.8em 0 0.2em'>{courante} — {html.escape(titre)}</h4>"
                    )
                )
            listes[c.id] = w.Dropdown(
                options=[(lib, v) for v, lib in NIVEAUX],
                value=grille.get(c.id, ""),
                description=c.id,
                layout=w.Layout(width="18em"),
            )
            listes[c.id].observe(sauver, names="value")
            lignes += [
                w.HTML(f"<p style='margin:0.4em 0 0'>{html.escape(c.libelle)}</p>"),
                listes[c.id],
            ]
        montrer()
        boite = w.VBox([*lignes, resume])
        boite.listes = listes
        return boite

    # -- jury questions ------------------------------------------------------------------------

    def questions_jury(self) -> w.Widget:
        """Each question: your notes, then reveal what a good answer contains and tick what you
        did say. Notes and ticks are saved."""
        cle = self.cle("jury")
        return ExerciceJury(
            self.cas["questions_jury"],
            self.reponses.valeur(cle),
            lambda etat: self.reponses.enregistrer(cle, etat),
        )
