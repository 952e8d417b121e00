"""Rehearsal of the « entretien technique » (RE §3.1): 20 min preparation on a SWOT matrix handed
by the jury, 15 min presentation, 15 min questions.

`rep = Repetition()` in course/examen/02_repetition.ipynb:
- draws a case of the SWOT bank the learner has not rehearsed yet (seeded per learner identifier;
  the cases done are kept in the answer store, so a restart never draws them again);
- `rep.compte_a_rebours(minutes)`: a visible mm:ss countdown (ipywidgets.Play: the browser ticks,
  so it keeps running while the learner works in other cells);
- `rep.plan()`: the 15-minute plan builder (constat, analyse, suggestions, chiffres clés), with
  the speaking time estimated at fiche.MOTS_PAR_MINUTE words a minute;
- `rep.fiche()`: the one-page handout, HTML and PDF (autograder.fiche);
- `rep.autoevaluation()`: the official criteria of the competences the entretien technique
  evaluates (CP3 to CP8, read from the referentiel), each scored acquis / en cours / non acquis;
- `rep.questions_jury()`: the jury's follow-up questions, notes, then what a good answer contains.
Everything is saved at once through autograder.reponses (`.reponses/repetition_entretien.json`
beside the notebook): nothing is lost on a kernel restart.
"""

from __future__ import annotations

import html
import random
from datetime import date
from pathlib import Path

import ipywidgets as w

from autograder import referentiel, swot
from autograder.fiche import (
    MOTS_PAR_MINUTE,
    PARTIES,
    fiche_html,
    fiche_pdf,
    min_s,
    mm_ss,
    mots,
    plan_de_demonstration,
    temps_de_parole,
)
from autograder.reponses import Reponses
from autograder.seance import graine, identifiant_par_defaut
from autograder.swot_widget import (
    LIBELLES,
    ConstructeurTOWS,
    ExerciceJury,
    MatriceSWOT,
    texte_tows,
)

STORE = "repetition_entretien"
MODALITE = "entretien_technique"

NIVEAUX = (
    ("", "— à évaluer —"),
    ("acquis", "Acquis"),
    ("en_cours", "En cours"),
    ("non_acquis", "Non acquis"),
)


def durees() -> tuple[int, int, int]:
    """(preparation, presentation, questions) in minutes, as the RE §3.1 sets them (20, 15, 15)."""
    m = next(m for m in referentiel.modalites() if m.id == MODALITE)
    return tuple(p.duree_minutes for p in m.parties)


def criteres_evalues() -> list[referentiel.Critere]:
    """The official criteria of the competences the entretien technique evaluates (CP3–CP8)."""
    m = next(m for m in referentiel.modalites() if m.id == MODALITE)
    return [c for cp in referentiel.competences() if cp.id in m.competences for c in cp.criteres]


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
            description=f"Démarrer : {titre}",
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
        aide = w.HTML(
            "<small>▶ démarre, ❚❚ met en pause, ■ remet à zéro "
            "(au clavier : Tab puis Entrée).</small>"
        )
        super().__init__([self.affichage, w.HBox([self.play, self.barre]), aide])
        self._montrer()

    @property
    def restant(self) -> int:
        return self.secondes - self.play.value

    def avancer(self, secondes: int) -> None:
        self.play.value = min(self.secondes, self.play.value + int(secondes))

    def _montrer(self) -> None:
        fini = self.restant <= 0
        texte = "⏰ Temps écoulé !" if fini else f"{mm_ss(self.restant)} restantes"
        self.affichage.value = (
            f"<div role='timer' aria-label='{html.escape(self.titre)}' style='font-size:1.6em'>"
            f"<b>{html.escape(self.titre)}</b> · <span style='font-family:monospace'>{texte}"
            "</span></div>"
        )


class Repetition:
    """One learner's rehearsals: the case in progress, the cases done, and every answer."""

    def __init__(self, dossier=None, identifiant: str | None = None):
        self.dossier = Path(dossier) if dossier is not None else Path.cwd()
        self.reponses = Reponses(STORE, self.dossier)
        if identifiant:
            self.reponses.fixer_identifiant(identifiant)
        elif not self.reponses.identifiant:
            self.reponses.fixer_identifiant(identifiant_par_defaut())
        self.derniere_fiche: tuple[Path, Path] | None = None

    # -- the case ------------------------------------------------------------------------------
    @property
    def identifiant(self) -> str:
        return self.reponses.identifiant

    def cas_faits(self) -> list[str]:
        return list(self.reponses.valeur("cas_faits", []))

    def tirer(self) -> dict:
        """Draw a case not rehearsed yet (a new round starts once all have been done)."""
        faits = self.cas_faits()
        restants = [c for c in swot.lister_cas() if c not in faits] or swot.lister_cas()
        rng = random.Random(graine(self.identifiant, STORE, str(len(faits))))
        choisi = rng.choice(restants)
        self.reponses.enregistrer("cas_en_cours", choisi)
        return swot.charger_cas(choisi)

    @property
    def cas(self) -> dict:
        en_cours = self.reponses.valeur("cas_en_cours")
        return swot.charger_cas(en_cours) if en_cours else self.tirer()

    def terminer(self) -> None:
        """Mark the case in progress as done: the next `cas` is a new one."""
        faits = self.cas_faits()
        if self.cas["id"] not in faits:
            self.reponses.enregistrer("cas_faits", [*faits, self.cas["id"]])
        self.reponses.enregistrer("cas_en_cours", None)

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
                f"<div role='status'>✅ « {html.escape(titre)} » est noté comme fait "
                f"({len(self.cas_faits())} cas sur {len(swot.lister_cas())}). "
                "Réexécutez le carnet pour tirer le cas suivant.</div>"
            )

        bouton.on_click(terminer)
        return w.VBox([bouton, message])

    def _cle(self, quoi: str) -> str:
        return f"{self.cas['id']}/{quoi}"

    def matrice_html(self) -> str:
        """The SWOT matrix as the jury hands it: a 2×2 table of the statements."""
        par_q = swot.enonces_par_quadrant(self.cas)

        def case(q):
            items = "".join(f"<li>{html.escape(e['texte'])}</li>" for e in par_q[q])
            return (
                "<td style='vertical-align:top;border:1px solid #888;padding:0.4em;"
                f"width:50%;text-align:left'><b>{LIBELLES[q]}s</b>"
                f"<ul style='margin:0.2em 0'>{items}</ul></td>"
            )

        return (
            f"<table aria-label='Matrice SWOT de {html.escape(self.cas['titre'])}' "
            "style='border-collapse:collapse;width:100%'>"
            f"<tr>{case('S')}{case('W')}</tr><tr>{case('O')}{case('T')}</tr></table>"
        )

    # -- countdown and matrix ------------------------------------------------------------------
    def compte_a_rebours(self, minutes: float | None = None, titre: str = "Préparation"):
        """Countdown widget; `minutes` defaults to the RE's 20 minutes of preparation."""
        minutes = durees()[0] if minutes is None else minutes
        return CompteARebours(round(minutes * 60), titre)

    def lecture(self) -> w.Widget:
        """Re-sort the statements yourself (no correction until you ask for it)."""
        enonces = list(self.cas["enonces"])
        random.Random(graine(self.identifiant, self.cas["id"])).shuffle(enonces)
        cle = self._cle("classement")
        matrice = MatriceSWOT(
            enonces,
            self.reponses.valeur(cle),
            lambda r: self.reponses.enregistrer(cle, {k: v for k, v in r.items() if v}),
            correction=False,
        )
        bouton = w.ToggleButton(description="Afficher la correction", icon="check")
        bouton.observe(lambda c: matrice.montrer_correction(c["new"]), names="value")
        return w.VBox([bouton, matrice])

    def tows(self) -> w.Widget:
        """TOWS builder: one suggestion per pair, resting on two statements of the matrix."""
        cle = self._cle("tows")
        return ConstructeurTOWS(
            self.cas, self.reponses.valeur(cle), lambda v: self.reponses.enregistrer(cle, v)
        )

    # -- plan ----------------------------------------------------------------------------------
    def plan_enregistre(self) -> dict:
        plan = self.reponses.valeur(self._cle("plan"))
        return dict(plan) if isinstance(plan, dict) else {}

    def enregistrer_plan(self, plan: dict) -> None:
        propre = {cle: str(plan.get(cle) or "") for cle, *_ in PARTIES}
        self.reponses.enregistrer(self._cle("plan"), propre)

    def bilan_temps(self, plan: dict) -> str:
        presentation = durees()[1]
        minutes = temps_de_parole(plan)
        total = sum(mots(plan.get(cle, "")) for cle, *_ in PARTIES)
        base = (
            f"{total} mots ≈ {min_s(minutes * 60)} de parole à {MOTS_PAR_MINUTE} mots par "
            f"minute, pour {presentation} minutes de présentation"
        )
        if not total:
            return "ℹ️ Plan encore vide : notez des mots-clés et des chiffres dans les quatre zones."
        if minutes > presentation:
            return f"⚠️ {base} : trop long, resserrez le constat et gardez les suggestions."
        if minutes < presentation / 2:
            return f"ℹ️ {base} : un plan écrit reste bref ; développez à l'oral, chiffres à l'appui."
        return f"✅ {base} : dans le temps."

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
            tooltip="Copie dans « Suggestions » ce que vous avez écrit dans la TOWS",
            layout=w.Layout(width="auto"),
        )

        def copier(_b):
            texte = texte_tows(self.cas, self.reponses.valeur(self._cle("tows")))
            if texte:
                zones["suggestions"].value = texte

        reprendre.on_click(copier)
        temps.value = f"<div role='status'>{html.escape(self.bilan_temps(deja))}</div>"
        boite = w.VBox([*lignes, temps, w.HBox([reprendre, exemple])])
        boite.zones = zones
        return boite

    # -- handout -------------------------------------------------------------------------------
    def fiche(self, dossier=None) -> tuple[Path, Path]:
        """Write the one-page handout (HTML and PDF) from the saved plan, or from the example plan
        when nothing is written yet; returns (html, pdf)."""
        plan = self.plan_enregistre()
        exemple = not any(v.strip() for v in plan.values())
        if exemple:
            plan = plan_de_demonstration(self.cas)
        donnees = {
            "titre": self.cas["titre"],
            "identifiant": self.identifiant,
            "date": date.today().strftime("%d/%m/%Y"),
            "plan": plan,
            "temps": f"≈ {min_s(temps_de_parole(plan) * 60)} de parole pour "
            f"{durees()[1]} min de présentation",
            "opinions": [
                e["texte"] for e in self.cas["enonces"] if e["fait_ou_opinion"] == "opinion"
            ],
            "exemple": exemple,
        }
        base = Path(dossier) if dossier is not None else self.dossier
        nom = f"fiche_entretien_{self.cas['id']}"
        page = base / f"{nom}.html"
        page.write_text(fiche_html(donnees), encoding="utf-8")
        self.derniere_fiche = (page, fiche_pdf(donnees, base / f"{nom}.pdf"))
        return self.derniere_fiche

    # -- self-evaluation -----------------------------------------------------------------------
    def autoevaluation_enregistree(self) -> dict:
        grille = self.reponses.valeur(self._cle("autoevaluation"))
        return dict(grille) if isinstance(grille, dict) else {}

    def synthese_autoevaluation(self) -> list[tuple[str, int, int, int]]:
        """(competence id, acquis, en cours + non acquis, not yet scored) per competence."""
        grille = self.autoevaluation_enregistree()
        out = []
        for cp in sorted({c.competence for c in criteres_evalues()}, key=lambda x: int(x[2:])):
            ids = [c.id for c in criteres_evalues() if c.competence == cp]
            acquis = sum(grille.get(i) == "acquis" for i in ids)
            vides = sum(not grille.get(i) for i in ids)
            out.append((cp, acquis, len(ids) - acquis - vides, vides))
        return out

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
            self.reponses.enregistrer(self._cle("autoevaluation"), valeurs)
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
        cle = self._cle("jury")
        return ExerciceJury(
            self.cas["questions_jury"],
            self.reponses.valeur(cle),
            lambda etat: self.reponses.enregistrer(cle, etat),
        )
