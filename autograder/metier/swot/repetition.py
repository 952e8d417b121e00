"""Rehearsal of the « entretien technique » (RE §3.1) as data: the case a learner rehearses, the
cases done, the 15-minute plan, the handout and the self-evaluation, all kept in the answer store
(`.reponses/repetition_entretien.json` beside the notebook), so a restart loses nothing.
The widgets of the rehearsal notebook are in autograder.widgets.repetition.
"""

from __future__ import annotations

import html
import random
from datetime import date
from pathlib import Path

from autograder.metier.swot import cas as swot
from autograder.metier.swot.fiche import (
    MOTS_PAR_MINUTE,
    PARTIES,
    fiche_html,
    fiche_pdf,
    min_s,
    mots,
    plan_de_demonstration,
    temps_de_parole,
)
from autograder.metier.swot.matrice import LIBELLES
from autograder.moteur import referentiel
from autograder.moteur.reponses import Reponses
from autograder.moteur.seance import graine, identifiant_par_defaut

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


class CarnetRepetition:
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

    def cle(self, quoi: str) -> str:
        """The key of one part of the case in progress in the answer store."""
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

    # -- plan ----------------------------------------------------------------------------------

    def plan_enregistre(self) -> dict:
        plan = self.reponses.valeur(self.cle("plan"))
        return dict(plan) if isinstance(plan, dict) else {}

    def enregistrer_plan(self, plan: dict) -> None:
        propre = {cle: str(plan.get(cle) or "") for cle, *_ in PARTIES}
        self.reponses.enregistrer(self.cle("plan"), propre)

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
        grille = self.reponses.valeur(self.cle("autoevaluation"))
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
