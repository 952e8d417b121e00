"""Real nbgrader, on a temporary copy of the course: release up to date, and the round trip
generate -> submit -> autograde -> feedback -> export gives the right grades."""

import json
import shutil

import pytest
from nbgrader.api import Gradebook

from autograder.moteur import banque
from autograder.moteur.corrige import repondre_tout
from autograder.moteur.seance import Seance

from .conftest import ASSIGNMENTS, ROOT, nbgrader


def tree(path):
    return {p.relative_to(path): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}


def test_exercises_are_regenerated_from_solutions(course):
    """exercises/ is nbgrader's output, never edited by hand: regenerate and compare."""
    for devoir in ASSIGNMENTS:
        nbgrader(course, "generate_assignment", devoir, "--force", "--no-db")
    fresh, committed = tree(course / "exercises"), tree(ROOT / "exercises")
    assert fresh.keys() == committed.keys(), "run `make release` and commit exercises/"
    stale = [str(k) for k in fresh if fresh[k] != committed[k]]
    assert not stale, f"exercises/ out of date ({stale}): run `make release` and commit it"


def submit(course, devoir, student, source_dir, answers=None):
    dest = course / "submitted" / student / devoir
    shutil.copytree(source_dir, dest)
    if answers is not None:
        answers(dest)
    return dest


def auto_scores(course, devoir):
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        out = {}
        for sub in gb.assignment_submissions(devoir):
            cells = {}
            for nb in sub.notebooks:
                for grade in nb.grades:
                    if grade.cell.cell_type == "code":
                        cells[grade.name] = grade.score
            out[sub.student_id] = cells
        return out


@pytest.mark.parametrize("devoir", ASSIGNMENTS)
def test_round_trip(course, devoir):
    nbgrader(course, "generate_assignment", devoir, "--force")
    release = course / "exercises" / devoir
    source = course / "solutions" / devoir

    # alice submits the solution notebook, her widget answers all right (for HER numbers).
    submit(course, devoir, "alice", source, lambda d: repondre_tout(devoir, d, "alice"))
    # bob submits the untouched release.
    submit(course, devoir, "bob", release)

    # carla: mostly right, but one choice wrong and one classification half right (an exam of
    # deposited files: one flawed file, worth part of its points).
    def carla_answers(d):
        s = repondre_tout(devoir, d, "carla")
        carla_answers.wrong_choice = None
        for nom in banque.lister(devoir):
            ex = s.exercice(nom)
            if ex.format.nature == "document" and not hasattr(carla_answers, "partial"):
                verdict = s.repondre(nom, ex.format.reponse_fausse(ex))
                carla_answers.partial = (nom, round(verdict.score * ex.points, 2))
            if ex.format.nature == "choix":
                faux = next(o.cle for o in ex.options() if not o.correct)
                s.reponses.enregistrer(nom, faux)
                carla_answers.wrong_choice = nom
            if ex.format.nature == "classement":
                sol = ex.solution()
                cle = sorted(sol)[0]
                autre = next(c for c, _ in ex.format.categories if c != sol[cle])
                s.reponses.enregistrer(nom, {**sol, cle: autre})
                carla_answers.partial = (nom, ex.evaluer({**sol, cle: autre}).score * ex.points)
        return s

    submit(course, devoir, "carla", source, carla_answers)
    result = nbgrader(course, "autograde", devoir, "--force")
    assert "ERROR" not in result.stderr.replace("[ERROR] No such", ""), result.stderr

    scores = auto_scores(course, devoir)
    seance = Seance(devoir, course / "submitted" / "alice" / devoir)
    points = {f"note-{n}": seance.exercice(n).points for n in banque.lister(devoir)}
    assert scores["alice"] == points, "the solution must get full automatic marks"
    assert all(v == 0 for v in scores["bob"].values()), scores["bob"]
    assert sum(scores["bob"].values()) == 0

    carla = scores["carla"]
    if carla_answers.wrong_choice is not None:
        assert carla[f"note-{carla_answers.wrong_choice}"] == 0
    nom, partial = carla_answers.partial
    assert carla[f"note-{nom}"] == pytest.approx(partial, abs=0.01)
    assert 0 < partial < points[f"note-{nom}"]

    # The answers in .reponses/ survived autograde (nbgrader copies source files over submissions).
    assert (course / "autograded" / "alice" / devoir / ".reponses" / f"{devoir}.json").exists()

    # Feedback and export work on the graded cohort.
    nbgrader(course, "generate_feedback", devoir, "--force")
    html = next((course / "feedback" / "alice" / devoir).glob("*.html")).read_text()
    assert "Exact" in html or "Tout est juste" in html
    nbgrader(course, "export", "--to", str(course / "notes.csv"))
    csv = (course / "notes.csv").read_text()
    assert "alice" in csv and "bob" in csv


def test_answers_survive_submission_through_the_exchange(course, tmp_path):
    """nbgrader submit must carry the hidden answers folder (CourseDirectory.ignore must not drop it)."""
    devoir = ASSIGNMENTS[0]
    exchange = tmp_path / "exchange"
    exchange.mkdir()
    ex = [f"--Exchange.root={exchange}"]
    nbgrader(course, "generate_assignment", devoir, "--force")
    nbgrader(course, "release_assignment", devoir, *ex)
    home = tmp_path / "apprenant"
    home.mkdir()
    nbgrader(home, "fetch_assignment", devoir, "--course=ntc", *ex)
    repondre_tout(devoir, home / devoir, "alice")
    nbgrader(home, "submit", devoir, "--course=ntc", *ex)
    nbgrader(course, "collect", devoir, *ex)
    collected = list((course / "submitted").glob(f"*/{devoir}/.reponses/{devoir}.json"))
    assert len(collected) == 1
    assert json.loads(collected[0].read_text())["identifiant"] == "alice"
