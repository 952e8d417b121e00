"""Shared fixtures: a throw-away nbgrader course built from the repository's files."""

from __future__ import annotations

import copy
import fcntl
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .browser.carnets import groupe_du_test

ROOT = Path(__file__).resolve().parents[1]
# nbgrader runs `alembic` and kernels by name: the venv's bin/ must come first on PATH.
ENV = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
ASSIGNMENTS = sorted(p.name for p in (ROOT / "solutions").iterdir() if p.is_dir())


def notebooks(*dirs: str) -> list[Path]:
    found = []
    for d in dirs:
        found += [
            p for p in sorted((ROOT / d).rglob("*.ipynb")) if ".ipynb_checkpoints" not in p.parts
        ]
    return found


def load(nb: Path) -> dict:
    return json.loads(nb.read_text(encoding="utf-8"))


# nbgrader's own command line, minus a 2.5 s import it never uses (see formateur.cours).
NBGRADER_LEGER = (
    "from autograder.formateur.cours import alleger_imports; alleger_imports(); "
    "from nbgrader.apps.nbgraderapp import main; main()"
)


def nbgrader(
    root: Path, *args: str, check: bool = True, leger: bool = True
) -> subprocess.CompletedProcess:
    """Run `nbgrader ARGS` in `root`; `leger=False` for the plain command (benchmarks)."""
    lanceur = ["-c", NBGRADER_LEGER] if leger else ["-m", "nbgrader"]
    result = subprocess.run(
        [sys.executable, *lanceur, *args], cwd=root, capture_output=True, text=True, env=ENV
    )
    if check and result.returncode != 0:
        raise AssertionError(f"nbgrader {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result


def nbgrader_lot(root: Path, action: str, devoirs: list[str]) -> subprocess.CompletedProcess:
    """`nbgrader generate_assignment` or `generate_feedback` (`action`: generate|feedback) for every
    assignment of `devoirs`, in one process (tests/nbgrader_lot.py)."""
    result = subprocess.run(
        [sys.executable, "-m", "tests.nbgrader_lot", action, *devoirs],
        cwd=root,
        capture_output=True,
        text=True,
        env={
            **ENV,
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), ENV.get("PYTHONPATH")])),
        },
    )
    if result.returncode != 0:
        raise AssertionError(
            f"nbgrader {action} {devoirs} failed:\n{result.stdout}\n{result.stderr}"
        )
    return result


def une_fois(tmp_path_factory, nom: str, construire) -> dict:
    """`construire(dossier)` (returns JSON-able data) run once per test run, whatever xdist does:
    the workers share the run's temporary root and take turns with a file lock; the others read
    the data the first one saved."""
    base = tmp_path_factory.getbasetemp()
    partage = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    with open(partage / f"{nom}.lock", "w") as verrou:
        fcntl.flock(verrou, fcntl.LOCK_EX)
        fait = partage / f"{nom}.json"
        if not fait.exists():
            dossier = partage / nom
            dossier.mkdir(exist_ok=True)
            fait.write_text(json.dumps(construire(dossier)), encoding="utf-8")
        return json.loads(fait.read_text(encoding="utf-8"))


def remplir(w, solution) -> None:
    """Put the right answer in the widget's controls, as a learner's clicks would."""
    nature = w.ex.format.nature
    if nature == "quiz":
        for nom, saisie in w.saisies.items():
            remplir(saisie, solution[nom])
    elif nature == "personnalise":
        w._derniere = solution
        w.enregistrer()
    elif nature == "enregistrement":  # the file the recorder (or a dropped file) sends
        w.controles.recevoir((w.ex.dossier / solution["fichier"]).read_bytes())
    elif nature == "document":  # the file the learner deposits
        w.controles.recevoir((w.ex.dossier / solution["fichier"]).read_bytes(), solution["nom"])
    elif nature == "nombre":
        w.champ.value = f"{w.ex.format.saisie(solution):.4f}".replace(".", ",")
    elif nature == "choix":
        w.champ.value = solution
    elif nature == "choix_multiple":
        for cle, case in w.cases.items():
            case.value = cle in solution
    else:
        for cle, liste in w.listes.items():
            liste.value = solution[cle]


# -- a learner's data, built once per worker ---------------------------------------------------
# In-process tests open thousands of sessions (every exercise × several learners, a « new kernel »
# reopening each widget); building the notebook's data (`construire(graine)` of _contexte.py: a
# CRM, sales tables) was most of their time. The data of one (assignment, seed) is built once per
# worker and each session gets its own deep copy (a shared sqlite connection stays shared: read
# only); `@pytest.mark.donnees_fraiches` builds anew, for the tests of the building itself.
_DONNEES: dict[tuple[str, int], dict] = {}


def _copie(donnees: dict) -> dict:
    copie = {}
    for cle, valeur in donnees.items():
        try:
            copie[cle] = copy.deepcopy(valeur)
        except TypeError:  # sqlite3.Connection and the like
            copie[cle] = valeur
    return copie


@pytest.fixture(autouse=True)
def donnees_partagees(request, monkeypatch):
    if request.node.get_closest_marker("donnees_fraiches"):
        yield
        return
    from autograder.moteur.seance import Seance

    construire = Seance.donnees.fget

    def donnees(self):
        if self._donnees is None:
            cle = (self.devoir, self.graine)
            if cle not in _DONNEES:
                _DONNEES[cle] = construire(self)
            self._donnees = _copie(_DONNEES[cle])
        return self._donnees

    monkeypatch.setattr(Seance, "donnees", property(donnees))
    yield


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "donnees_fraiches: every session builds its data (no per-worker cache)"
    )


@pytest.fixture
def course(tmp_path: Path) -> Path:
    """A fresh course directory: nbgrader_config.py + solutions/ (never the repo's own tree)."""
    root = tmp_path / "cours"
    root.mkdir()
    shutil.copy(ROOT / "nbgrader_config.py", root)
    shutil.copytree(ROOT / "solutions", root / "solutions")
    return root


# -- xdist groups -----------------------------------------------------------------------------------
# `pytest -n 2 --dist loadgroup` (make test) keeps each xdist group on one worker. pytest-xdist
# 3.8 marks a test's group by rewriting `item._nodeid`, which pytest 9.2 no longer reads (the id is
# `item._id`): its groups are silently ignored (measured: every test of a group spread over both
# workers, each browser worker starting its own JupyterLab and opening every notebook). The groups
# are therefore told to the scheduler here, from the node id, the only thing it sees of a test.
GROUPES_PAR_FICHIER = {  # the same groups as these modules' own xdist_group marks
    "tests/test_francais.py::": "francais",
    "tests/test_formateur.py::": "formateur",
    "tests/test_nbgrader.py::": "nbgrader",
    "tests/test_nbval.py::test_solution_notebook[": "nbval-solutions",
}


def groupe_xdist(nodeid: str) -> str | None:
    if nodeid.rfind("@") > nodeid.rfind("]"):  # xdist's own suffix, should it work again
        return nodeid.rpartition("@")[2]
    for prefixe, groupe in GROUPES_PAR_FICHIER.items():
        if nodeid.startswith(prefixe):
            return groupe
    return groupe_du_test(nodeid)


# The slowest units first (longest processing time first): started last, one of them would leave
# the other worker idle at the end of the run. Measured with --durations, most costly first; every
# other test keeps its collection order, after these.
LOURDS = (
    "formateur",  # the graded cohort (test_formateur.py)
    "nbgrader",  # every assignment generated and graded (test_nbgrader.py)
    "tests/hub/test_hub.py::",  # the centre's real JupyterHub, three users (tests/hub)
    "rendu-0",  # each worker's JupyterLab page, half of the notebooks each (test_rendu.py)
    "rendu-1",
    "nbval-solutions",  # every solution notebook in one nbval run (test_nbval.py)
    "navigateur:test_jupyterlab.py",  # the other browser modules, on either worker
    "navigateur:test_voila.py",
    "navigateur:",
    "tests/test_formateur_unitaires.py::test_wall_clock_limit",
    "tests/test_formateur_unitaires.py::test_fork_bomb",
    "tests/test_formateur_unitaires.py::test_workers_started",
    "tests/test_formateur_unitaires.py::test_unknown_assignment",
    "tests/test_formateur_unitaires.py::test_flag_cleared",
    "tests/test_lab.py::",
    "tests/test_progression.py::test_same_levels",
    "francais",
)


def rang(scope: str) -> int:
    return next((i for i, p in enumerate(LOURDS) if scope.startswith(p)), len(LOURDS))


def pytest_xdist_make_scheduler(config, log):
    # `-n 2` alone means `--dist load`, which would split the groups: they are kept there too.
    if config.getvalue("dist") not in ("load", "loadgroup"):
        return None
    from xdist.scheduler import LoadScopeScheduling

    class ParGroupe(LoadScopeScheduling):
        """xdist's loadgroup: a group's tests on one worker, the other tests spread one by one,
        the slowest units handed out first."""

        def _split_scope(self, nodeid: str) -> str:
            return groupe_xdist(nodeid) or nodeid

        trie = False

        def _assign_work_unit(self, node) -> None:
            if not self.trie:  # the queue is whole at the first call; stable: collection order
                ordre = sorted(self.workqueue.items(), key=lambda unite: rang(unite[0]))
                self.workqueue.clear()
                self.workqueue.update(ordre)
                self.trie = True
            super()._assign_work_unit(node)

    return ParGroupe(config, log)
