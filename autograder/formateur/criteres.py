"""Official criteria grid of a learner, from nbgrader's gradebook and the graded cells' metadata.

Each graded cell of a source notebook names the criteria it evaluates (`metadata.ntc.criteres`,
e.g. ["CP2.1", "CT2.1"]) and has nbgrader points. For one learner, a criterion's rate is

    taux = sum of the scores / sum of the maximum points, over every graded cell naming it,

counting only the cells that have a score: autograded cells, and written answers once the trainer
graded them in formgrader (a written answer not yet graded is « en attente », left out), and only
the assignments the learner submitted (no submission is no evidence, not a zero). nbgrader's score
is the manual score when a trainer set one, else the automatic one. Levels (thresholds chosen for
the course, stated in every report; defined in autograder.moteur.criteres, which the learner's
« Ma progression » page shares):

    acquis                     taux ≥ 75 %
    en cours de maîtrise       40 % ≤ taux < 75 %
    non acquis                 taux < 40 %
    non évalué                 no scored cell names the criterion
"""

from __future__ import annotations

import json
from pathlib import Path

from autograder.moteur.criteres import (  # noqa: F401  (re-exported for the reports)
    NIVEAUX,
    SEUIL_ACQUIS,
    SEUIL_EN_COURS,
    LigneCritere,
    cle,
    ligne_vide,
    niveau,
)


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
        tous = sorted({c for m in carte.values() for cs in m.values() for c in cs}, key=cle)
        resultat: dict[str, dict[str, LigneCritere]] = {
            s.id: {c: ligne_vide(c) for c in tous} for s in gb.students
        }
        for d in devoirs:
            for sub in gb.assignment_submissions(d):
                lignes = resultat.setdefault(sub.student_id, {c: ligne_vide(c) for c in tous})
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
