"""Official criteria grid of a learner, from nbgrader's gradebook and the graded cells' metadata.

Each graded cell of a source notebook names the criteria it evaluates (`metadata.ntc.criteres`,
e.g. ["CP2.1", "CT2.1"]) and has nbgrader points. For one learner, a criterion's rate is

    taux = sum of the scores / sum of the maximum points, over every graded cell naming it,

counting only the cells that have a score: autograded cells, and written answers once the trainer
graded them in formgrader (a written answer not yet graded is « en attente », left out), and only
the assignments the learner submitted (no submission is no evidence, not a zero). nbgrader's score
is the manual score when a trainer set one, else the automatic one. Levels (thresholds chosen for
the course, stated in every report):

    acquis                     taux ≥ 75 %
    en cours de maîtrise       40 % ≤ taux < 75 %
    non acquis                 taux < 40 %
    non évalué                 no scored cell names the criterion
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

SEUIL_ACQUIS = 0.75
SEUIL_EN_COURS = 0.40
NIVEAUX = ("acquis", "en cours de maîtrise", "non acquis", "non évalué")


def niveau(taux: float | None) -> str:
    if taux is None:
        return "non évalué"
    if taux >= SEUIL_ACQUIS - 1e-9:
        return "acquis"
    if taux >= SEUIL_EN_COURS - 1e-9:
        return "en cours de maîtrise"
    return "non acquis"


@dataclass
class LigneCritere:
    critere: str
    libelle: str
    competence: str
    points: float = 0.0
    maximum: float = 0.0
    en_attente: int = 0
    cellules: list[str] = field(default_factory=list)

    @property
    def taux(self) -> float | None:
        return self.points / self.maximum if self.maximum > 0 else None

    @property
    def niveau(self) -> str:
        return niveau(self.taux)


def criteres_des_cellules(dossier_source: Path) -> dict[tuple[str, str], list[str]]:
    """(notebook, grade_id) -> criteria ids, read from the source notebooks of one assignment."""
    out = {}
    for chemin in sorted(Path(dossier_source).glob("*.ipynb")):
        nb = json.loads(chemin.read_text(encoding="utf-8"))
        for cell in nb.get("cells", []):
            meta = cell.get("metadata", {})
            grade = meta.get("nbgrader", {})
            if grade.get("grade") and grade.get("grade_id"):
                out[(chemin.stem, grade["grade_id"])] = list(
                    meta.get("ntc", {}).get("criteres", [])
                )
    return out


def _libelle(cid: str) -> tuple[str, str]:
    from autograder.moteur import referentiel

    try:
        c = referentiel.critere(cid)
        return c.libelle, c.competence
    except KeyError:
        return "(critère absent du référentiel)", cid.split(".")[0]


def grilles(coursedir, devoirs: list[str] | None = None) -> dict[str, list[LigneCritere]]:
    """learner id -> their criteria lines (every criterion any graded cell names, in id order)."""
    from autograder.formateur.cours import carnet

    with carnet(coursedir) as gb:
        devoirs = devoirs or sorted(a.name for a in gb.assignments)
        carte = {
            d: criteres_des_cellules(
                Path(coursedir.format_path(coursedir.source_directory, ".", d))
            )
            for d in devoirs
        }
        tous = sorted({c for m in carte.values() for cs in m.values() for c in cs}, key=_cle)
        resultat: dict[str, dict[str, LigneCritere]] = {
            s.id: {c: LigneCritere(c, *_libelle(c)) for c in tous} for s in gb.students
        }
        for d in devoirs:
            for sub in gb.assignment_submissions(d):
                lignes = resultat.setdefault(
                    sub.student_id, {c: LigneCritere(c, *_libelle(c)) for c in tous}
                )
                for nb in sub.notebooks:
                    for g in nb.grades:
                        for cid in carte[d].get((nb.name, g.name), []):
                            ligne = lignes[cid]
                            ligne.cellules.append(f"{d}/{nb.name}/{g.name}")
                            if g.score is None or (g.manual_score is None and g.auto_score is None):
                                ligne.en_attente += 1
                                continue
                            ligne.points += float(g.score)
                            ligne.maximum += float(g.max_score)
    return {e: list(v.values()) for e, v in sorted(resultat.items())}


def _cle(cid: str) -> tuple:
    prefixe, _, num = cid.partition(".")
    return (prefixe[:2] != "CP", int(prefixe[2:] or 0), int(num or 0))
