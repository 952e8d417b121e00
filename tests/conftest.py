"""Shared fixtures: a throw-away nbgrader course built from the repository's files."""

from __future__ import annotations

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
}


def groupe_xdist(nodeid: str) -> str | None:
    if nodeid.rfind("@") > nodeid.rfind("]"):  # xdist's own suffix, should it work again
        return nodeid.rpartition("@")[2]
    for prefixe, groupe in GROUPES_PAR_FICHIER.items():
        if nodeid.startswith(prefixe):
            return groupe
    return groupe_du_test(nodeid)


def pytest_xdist_make_scheduler(config, log):
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class ParGroupe(LoadScopeScheduling):
        """xdist's loadgroup: a group's tests on one worker, the other tests spread one by one."""

        def _split_scope(self, nodeid: str) -> str:
            return groupe_xdist(nodeid) or nodeid

    return ParGroupe(config, log)
