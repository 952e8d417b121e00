"""Real nbgrader, on a temporary copy of the course: release up to date, and the round trip
generate -> submit -> autograde -> feedback -> export gives the right grades.

One course is generated (every assignment, one process) and graded once for the whole module:
one assignment through plain `nbgrader autograde` (nbgrader's own command stays proven), the
others in one `ntc grade` run (the trainer's tool, equal to nbgrader's: tests/test_formateur.py);
each assignment's test then checks its grades."""

import csv
import json
import shutil
from pathlib import Path

import pytest
from nbgrader.api import Gradebook

from autograder.moteur import banque
from autograder.moteur.corrige import repondre_tout
from autograder.moteur.seance import Seance
from tests.bench_cohorte import ntc

from .conftest import ASSIGNMENTS, ROOT, nbgrader, nbgrader_lot, une_fois

pytestmark = pytest.mark.xdist_group("nbgrader")

PAR_NBGRADER = "cp6_proposition"  # graded by plain `nbgrader autograde` (the lightest, bench.py)
PAR_NTC = [d for d in ASSIGNMENTS if d != PAR_NBGRADER]


def tree(path):
    return {p.relative_to(path): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}


def _generer(dossier: Path) -> dict:
    root = dossier / "cours"
    root.mkdir()
    shutil.copy(ROOT / "nbgrader_config.py", root)
    shutil.copytree(ROOT / "solutions", root / "solutions")
    nbgrader_lot(root, "generate", ASSIGNMENTS)
    return {"root": str(root)}


@pytest.fixture(scope="session")
def cours_genere(tmp_path_factory) -> Path:
    """A course with every assignment generated (gradebook + exercises/); copy it to change it."""
    return Path(une_fois(tmp_path_factory, "nbgrader-genere", _generer)["root"])


def test_exercises_are_regenerated_from_solutions(cours_genere):
    """exercises/ is nbgrader's output, never edited by hand: regenerate and compare."""
    fresh, committed = tree(cours_genere / "exercises"), tree(ROOT / "exercises")
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


def carla_answers(devoir, d) -> dict:
    """carla: mostly right, but one choice wrong and one classification half right (an exam of
    deposited files: one flawed file, worth part of its points)."""
    s = repondre_tout(devoir, d, "carla")
    erreurs = {"wrong_choice": None}
    for nom in banque.lister(devoir):
        ex = s.exercice(nom)
        if ex.format.nature == "document" and "partial" not in erreurs:
            verdict = s.repondre(nom, ex.format.reponse_fausse(ex))
            erreurs["partial"] = (nom, round(verdict.score * ex.points, 2))
        if ex.format.nature == "choix":
            faux = next(o.cle for o in ex.options() if not o.correct)
            s.reponses.enregistrer(nom, faux)
            erreurs["wrong_choice"] = nom
        if ex.format.nature == "classement":
            sol = ex.solution()
            cle = sorted(sol)[0]
            autre = next(c for c, _ in ex.format.categories if c != sol[cle])
            s.reponses.enregistrer(nom, {**sol, cle: autre})
            erreurs["partial"] = (nom, ex.evaluer({**sol, cle: autre}).score * ex.points)
    return erreurs


def _aller_retour(dossier: Path, genere: Path) -> dict:
    course = dossier / "cours"
    shutil.copytree(genere, course)
    carla = {}
    for devoir in ASSIGNMENTS:
        release = course / "exercises" / devoir
        source = course / "solutions" / devoir
        # alice submits the solution notebook, her widget answers all right (for HER numbers).
        submit(course, devoir, "alice", source, lambda d, v=devoir: repondre_tout(v, d, "alice"))
        # bob submits the untouched release.
        submit(course, devoir, "bob", release)
        dest = submit(course, devoir, "carla", source)
        carla[devoir] = carla_answers(devoir, dest)
    plain = nbgrader(course, "autograde", PAR_NBGRADER, "--force")
    grade = ntc(course, "grade", *PAR_NTC, "--jobs", "2", "--sans-progression", check=False)
    # Feedback and export on the graded cohort: nbgrader's commands, one process for the others.
    nbgrader(course, "generate_feedback", PAR_NBGRADER, "--force")
    nbgrader_lot(course, "feedback", PAR_NTC)
    nbgrader(course, "export", "--to", str(course / "notes.csv"))
    return {
        "root": str(course),
        "carla": carla,
        "nbgrader": {"stderr": plain.stderr},
        "ntc": {"stdout": grade.stdout, "stderr": grade.stderr, "returncode": grade.returncode},
    }


@pytest.fixture(scope="session")
def aller_retour(tmp_path_factory, cours_genere) -> dict:
    data = une_fois(
        tmp_path_factory, "nbgrader-aller-retour", lambda d: _aller_retour(d, cours_genere)
    )
    data["root"] = Path(data["root"])
    return data


@pytest.mark.parametrize("devoir", ASSIGNMENTS)
def test_round_trip(aller_retour, devoir):
    course = aller_retour["root"]
    if devoir == PAR_NBGRADER:
        stderr = aller_retour["nbgrader"]["stderr"]
        assert "ERROR" not in stderr.replace("[ERROR] No such", ""), stderr
    else:
        grade = aller_retour["ntc"]
        assert grade["returncode"] == 0, grade["stdout"] + grade["stderr"]
        assert "ERROR" not in grade["stderr"] and "Traceback" not in grade["stderr"], grade[
            "stderr"
        ]

    scores = auto_scores(course, devoir)
    seance = Seance(devoir, course / "submitted" / "alice" / devoir)
    points = {f"note-{n}": seance.exercice(n).points for n in banque.lister(devoir)}
    assert scores["alice"] == points, "the solution must get full automatic marks"
    assert scores["bob"] and all(v == 0 for v in scores["bob"].values()), scores["bob"]
    assert sum(scores["bob"].values()) == 0

    carla, erreurs = scores["carla"], aller_retour["carla"][devoir]
    if erreurs["wrong_choice"] is not None:
        assert carla[f"note-{erreurs['wrong_choice']}"] == 0
    nom, partial = erreurs["partial"]
    assert carla[f"note-{nom}"] == pytest.approx(partial, abs=0.01)
    assert 0 < partial < points[f"note-{nom}"]

    # The answers in .reponses/ survived autograde (nbgrader copies source files over submissions).
    assert (course / "autograded" / "alice" / devoir / ".reponses" / f"{devoir}.json").exists()

    # Feedback and export work on the graded cohort.
    html = next((course / "feedback" / "alice" / devoir).glob("*.html")).read_text()
    assert "Exact" in html or "Tout est juste" in html
    with open(course / "notes.csv", encoding="utf-8") as f:
        lignes = [r for r in csv.DictReader(f) if r["assignment"] == devoir]
    assert {"alice", "bob"} <= {r["student_id"] for r in lignes}


def test_answers_survive_submission_through_the_exchange(cours_genere, tmp_path):
    """nbgrader submit must carry the hidden answers folder (CourseDirectory.ignore must not drop it)."""
    devoir = ASSIGNMENTS[0]
    course = tmp_path / "cours"
    shutil.copytree(cours_genere, course)  # generate_assignment done there
    exchange = tmp_path / "exchange"
    exchange.mkdir()
    ex = [f"--Exchange.root={exchange}"]
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


def test_oral_scores_given_by_hand_reach_the_criteria_report(aller_retour, tmp_path):
    """examen_oral: the trainer scores each oral part by hand (formgrader writes manual_score);
    those scores reach `ntc report`'s grid; an oral not scored yet is pending, not zero (a blank
    cell gets nbgrader's 0 until the trainer scores it)."""
    from autograder.formateur.rapport import rapporter
    from autograder.metier.examen.jury_donnees import grilles

    devoir, course = "examen_oral", tmp_path / "cours"
    course.mkdir()
    for nom in ("nbgrader_config.py", "gradebook.db"):
        shutil.copy(aller_retour["root"] / nom, course)
    shutil.copytree(aller_retour["root"] / "solutions" / devoir, course / "solutions" / devoir)
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        manuelles = {
            g.name: g
            for g in gb.find_submission(devoir, "alice").notebooks[0].grades
            if g.cell.cell_type == "markdown"
        }
        assert sorted(manuelles) == sorted(f"oral-{g.id}" for g in grilles())
        for g in grilles():
            assert manuelles[f"oral-{g.id}"].max_score == g.points
        manuelles["oral-negociation"].manual_score = 6  # of 8
        # bob left the cell blank: nbgrader scores an unchanged answer 0, the trainer's score wins
        gb.find_grade("oral-negociation", devoir, devoir, "bob").manual_score = 5
        gb.db.commit()
    rapporter(course, [devoir])
    with open(course / "rapports" / "cohorte.csv", encoding="utf-8") as f:
        par = {(r["apprenant"], r["critere"]): r for r in csv.DictReader(f, delimiter=";")}
    assert float(par[("alice", "CP7.7")]["points"]) == pytest.approx(6)
    assert float(par[("alice", "CP7.7")]["maximum"]) == 8
    assert par[("alice", "CT4.4")]["niveau"] == "non évalué"  # that oral is not scored yet
    assert float(par[("bob", "CP7.7")]["points"]) == pytest.approx(5)
    assert int(par[("carla", "CP7.7")]["en_attente"]) == 1  # written, not scored yet
