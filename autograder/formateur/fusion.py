"""Bring one learner's autograde results from a working gradebook into the real one.

Only the parent process writes the real gradebook (no SQLite lock contention, no lost write), in one
transaction per learner. It takes exactly what nbgrader's autograde writes for a submission
(`Autograde.init_assignment`, `SaveAutoGrades`, `AssignLatePenalties`): the submission timestamp,
each grade's `auto_score` and `needs_manual_grade`, each comment's `auto_comment`, each notebook's
late penalty. Never `manual_score`, `extra_credit` or `flagged`'s reset: the trainer's work stays.
The working gradebook was reachable by the learner's code, so every score is checked against the
cell's maximum in the REAL gradebook before it is written.
"""

from __future__ import annotations

import json
from pathlib import Path


class ErreurFusion(Exception):
    pass


def fusionner(reel, copie, devoir: str, etudiant: str) -> list[str]:
    """Copy `etudiant`'s results for `devoir` from Gradebook `copie` into Gradebook `reel`.

    Returns flags (French) for values that were refused. Raises ErreurFusion if the working
    gradebook has no submission for this learner.
    """
    from nbgrader.api import MissingEntry

    try:
        sub = copie.find_submission(devoir, etudiant)
    except MissingEntry:
        raise ErreurFusion("aucune note produite par nbgrader pour cette copie") from None
    flags = []
    try:
        reel.find_student(etudiant)
    except MissingEntry:
        reel.add_student(etudiant)
    reel.update_or_create_submission(devoir, etudiant, timestamp=sub.timestamp)
    for nb in sub.notebooks:
        nb_reel = reel.find_submission_notebook(nb.name, devoir, etudiant)
        nb_reel.late_submission_penalty = nb.late_submission_penalty
        cellules = {g.name: g for g in nb_reel.grades}
        for g in nb.grades:
            cible = cellules.get(g.name)
            if cible is None:
                flags.append(
                    f"notebook « {nb.name}.ipynb » : cellule « {g.name} » inconnue, ignorée"
                )
                continue
            score = g.auto_score
            maxi = cible.max_score
            if score is not None and not (0 <= score <= maxi):
                flags.append(
                    f"notebook « {nb.name}.ipynb » : note automatique {score} hors barème "
                    f"(0 à {maxi}) pour « {g.name} », refusée"
                )
                score = None
            cible.auto_score = score
            cible.needs_manual_grade = g.needs_manual_grade if score == g.auto_score else True
        commentaires = {c.name: c for c in nb_reel.comments}
        for c in nb.comments:
            if c.name in commentaires:
                commentaires[c.name].auto_comment = c.auto_comment
    reel.db.commit()
    return flags


REGISTRE = ".ntc-signalements.json"


def marquer(reel, devoir: str, etudiant: str, signale: bool, registre: Path | None = None) -> None:
    """Formgrader's flag follows the run: set when the run raised a flag; cleared when a later run
    of the same copy is clean, but only if `ntc` set it (`registre` keeps which ones): a flag the
    trainer set by hand in formgrader stays."""
    from nbgrader.api import MissingEntry

    try:
        sub = reel.find_submission(devoir, etudiant)
    except MissingEntry:
        return
    poses = _lire(registre)
    cle = f"{devoir}/{etudiant}"
    if signale:
        for nb in sub.notebooks:
            nb.flagged = True
        poses.add(cle)
    elif cle in poses:
        for nb in sub.notebooks:
            nb.flagged = False
        poses.discard(cle)
    else:
        return
    reel.db.commit()
    if registre is not None:
        try:
            tmp = registre.with_suffix(".tmp")
            tmp.write_text(json.dumps(sorted(poses), ensure_ascii=False), encoding="utf-8")
            tmp.replace(registre)
        except OSError:  # read-only course: the flag is set, it will just not be cleared later
            pass


def _lire(registre: Path | None) -> set[str]:
    """Flags set by ntc; an unreadable record counts as empty (flags are then only ever added)."""
    if registre is None or not registre.exists():
        return set()
    try:
        return set(json.loads(registre.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return set()
