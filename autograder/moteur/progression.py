"""« Ma progression »: a self-learner's official-criteria grid, from their own answer files.

For each assignment folder (`exercises/<devoir>/` by default, `NTC_EXERCICES` to change it) it reads
the graded cells of the learner's notebook (points and criteria, `metadata.ntc`, as `ntc report`
does) and the answers saved in `.reponses/<devoir>.json`, read-only: nothing is written, a bad file
is reported, never moved. Each saved answer is scored by the engine's `Seance.points_enregistres`,
the points the grade cell would record at autograde; criteria levels come from
`autograder.moteur.criteres`, the trainer's rule. Differences with the trainer's report, on purpose:
a question without a saved answer is no evidence, not a zero (it is « à faire »); an answer given
only by code is not seen (run the assignment to save it); written answers wait for the trainer.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from autograder.moteur import banque, referentiel
from autograder.moteur.criteres import LigneCritere, cle, ligne_vide
from autograder.moteur.lecons import titre
from autograder.moteur.paths import ROOT
from autograder.moteur.reponses import DOSSIER
from autograder.moteur.seance import Seance

# state -> French wording shown to the learner
ETATS = {
    "juste": "réussie",
    "partiel": "en partie réussie",
    "faux": "à refaire",
    "sans_reponse": "pas encore de réponse",
    "code": "non évalué ici (réponse par code : exécutez le devoir)",
    "formateur": "évalué par le formateur",
}


def dossier_exercices() -> Path:
    """Where the learner's assignment folders are: NTC_EXERCICES, else `../exercises` beside the
    page (course/ and exercises/ side by side, as the home page's links expect), else the
    installed course's exercises/."""
    if os.environ.get("NTC_EXERCICES"):
        return Path(os.environ["NTC_EXERCICES"])
    voisin = Path.cwd().parent / "exercises"
    return voisin if voisin.is_dir() else ROOT / "exercises"


@dataclass
class Question:
    """One graded cell of an assignment, and what the learner's saved answer earns."""

    devoir: str
    nom: str
    titre: str
    criteres: tuple[str, ...]
    points: float
    etat: str
    obtenus: float | None = None  # None: not scored here
    message: str = ""

    @property
    def a_refaire(self) -> bool:
        return self.etat in ("faux", "partiel")


@dataclass
class Devoir:
    nom: str
    dossier: Path
    carnet: Path | None = None
    titre: str = ""
    questions: list[Question] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)  # French, for this assignment only

    @property
    def repondues(self) -> list[Question]:
        return [q for q in self.questions if q.obtenus is not None]


@dataclass
class Progression:
    devoirs: list[Devoir]
    lignes: list[LigneCritere]

    def questions(self, critere: str) -> list[Question]:
        return [q for d in self.devoirs for q in d.questions if critere in q.criteres]

    def devoir(self, nom: str) -> Devoir:
        return next(d for d in self.devoirs if d.nom == nom)


def cellules_notees(carnet: Path) -> list[dict]:
    """The graded cells of a notebook: grade_id, points, criteria, exercise, manual or not, and
    the heading above it (a written answer's title). Raises ValueError in French if unreadable."""
    try:
        cellules = json.loads(carnet.read_text(encoding="utf-8"))["cells"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"le carnet « {carnet.name} » est illisible ({exc})") from None
    sortie, titre = [], ""
    for cellule in cellules:
        meta = cellule.get("metadata", {})
        note = meta.get("nbgrader", {})
        if cellule.get("cell_type") == "markdown" and not note.get("grade"):
            titres = [
                ligne for ligne in "".join(cellule["source"]).splitlines() if ligne[:1] == "#"
            ]
            titre = titres[-1].lstrip("#").strip() if titres else titre
        if note.get("grade") and note.get("grade_id"):
            ntc = meta.get("ntc", {})
            sortie.append(
                {
                    "grade_id": note["grade_id"],
                    "points": float(note.get("points", 0)),
                    "criteres": tuple(ntc.get("criteres", ())),
                    "exercice": ntc.get("exercice") or note["grade_id"].removeprefix("note-"),
                    "manuelle": bool(note.get("solution")),  # a written answer the trainer grades
                    "titre": titre,
                }
            )
    return sortie


def lire_devoir(nom: str, dossier: Path) -> Devoir:
    """One assignment folder, scored from its saved answers; a problem becomes a French message
    for this assignment (its questions then count as unanswered)."""
    devoir = Devoir(nom, dossier)
    carnets = sorted(p for p in dossier.glob("*.ipynb") if not p.name.startswith("."))
    if not carnets:
        devoir.messages.append(f"Aucun carnet dans le dossier {dossier}.")
        return devoir
    devoir.carnet = carnets[0]
    try:
        cellules = cellules_notees(devoir.carnet)
    except ValueError as exc:
        devoir.messages.append(f"Ce devoir ne peut pas être lu : {exc}.")
        return devoir
    devoir.titre = titre(devoir.carnet)
    try:
        seance = None
        if (dossier / DOSSIER / f"{nom}.json").exists():
            seance = Seance(nom, dossier, lecture_seule=True)
            devoir.messages += seance.reponses.avertissements
        devoir.questions = [_question(nom, c, seance) for c in cellules]
    except Exception as exc:  # any problem stays in this assignment's message, never a traceback
        devoir.messages.append(
            f"Ce devoir n'a pas pu être évalué ici ({type(exc).__name__} : {exc}). "
            "Ouvrez-le et exécutez-le pour vérifier vos réponses, ou prévenez votre formateur."
        )
        devoir.questions = [
            Question(nom, c["exercice"], c["titre"], c["criteres"], c["points"],
                     "formateur" if c["manuelle"] else "sans_reponse")
            for c in cellules
        ]  # fmt: skip
    return devoir


def _question(devoir: str, c: dict, seance: Seance | None) -> Question:
    q = Question(devoir, c["exercice"], c["titre"], c["criteres"], c["points"], "sans_reponse")
    if c["manuelle"]:
        q.nom, q.etat = c["grade_id"], "formateur"
        q.titre = f"Réponse rédigée : {c['titre']}" if c["titre"] else "Réponse rédigée"
        return q
    if c["exercice"] not in banque.lister(devoir):
        q.etat = "code"
        return q
    module = banque.charger_exercice(devoir, c["exercice"])
    q.titre = module.TITRE
    enregistre = seance.points_enregistres(c["exercice"]) if seance else None
    if enregistre is None:
        if not getattr(module, "WIDGET", True):  # only a code route: the kernel must run it
            q.etat = "code"
        return q
    q.obtenus, verdict = enregistre
    q.message = verdict.message
    q.etat = "juste" if verdict.juste else ("faux" if q.obtenus <= 0 else "partiel")
    return q


def progression(dossier: str | os.PathLike | None = None) -> Progression:
    """Every assignment of the bank found in `dossier` (one sub-folder each), and the grid of all
    official criteria: rate and level over the questions answered so far."""
    base = Path(dossier) if dossier is not None else dossier_exercices()
    devoirs = [
        lire_devoir(d.name, d)
        for d in sorted(base.iterdir() if base.is_dir() else [])
        if d.is_dir() and banque.dossier_devoir(d.name).is_dir()
    ]
    lignes = {cid: ligne_vide(cid) for cid in referentiel.tous_les_criteres()}
    for d in devoirs:
        for q in d.questions:
            for cid in q.criteres:
                ligne = lignes.setdefault(cid, ligne_vide(cid))
                if q.etat == "formateur":
                    ligne.en_attente += bool(d.repondues)  # as a submitted assignment's
                elif q.obtenus is not None:
                    ligne.points += q.obtenus
                    ligne.maximum += q.points
                    ligne.cellules.append(f"{d.nom}/{q.nom}")
    return Progression(devoirs, [lignes[c] for c in sorted(lignes, key=cle)])
