"""nbval runs every notebook of course/ and solutions/ top to bottom (on temporary copies, so that
no answer file ever lands in the repository; solutions get a learner's right answers first).

Each notebook gets its own copy and its own kernel, as before; the notebooks of course/ (and those
of solutions/) run in ONE nbval process, whose start-up (pytest + nbval + jupyter_client, 2-3 s)
would otherwise be paid once per notebook. Each notebook's test reads its own cells' outcomes."""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from autograder.moteur.corrige import repondre_tout

from .conftest import ENV, ROOT, notebooks

COURS, SOLUTIONS = notebooks("course"), notebooks("solutions")
# Per cell: « dossier/carnet::ipynb::Cell <n> PASSED » (pytest -v; nbval's item names).
ISSUE = re.compile(r"^(?P<nb>\S+?)(?:\.|::)ipynb::Cell \d+ (?P<issue>[A-Z]+)", re.MULTILINE)


def strict(nb_path) -> None:
    """Learner code cells carry `raises-exception` so that « Run All » goes on past a learner's
    error; nbval reads that tag as « errors allowed », so the copies drop it: solutions must run."""
    nb = json.loads(nb_path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        tags = cell.get("metadata", {}).get("tags", [])
        if "raises-exception" in tags:
            tags.remove("raises-exception")
    nb_path.write_text(json.dumps(nb), encoding="utf-8")


def nbval(paths: list[Path], cwd: Path) -> dict:
    """Run nbval once on `paths` (relative to `cwd`): per notebook, its cells' outcomes."""
    for path in paths:
        strict(cwd / path)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "--nbval-lax",
            "--nbval-cell-timeout=120",
            "-v",
            f"--rootdir={cwd}",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:xdist",
            *map(str, paths),
        ],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=ENV,
    )
    issues = {str(p.with_suffix("")): [] for p in paths}
    for m in ISSUE.finditer(result.stdout):
        issues.setdefault(m["nb"], []).append(m["issue"])
    return {"issues": issues, "sortie": result.stdout[-6000:] + result.stderr[-3000:]}


_FAITS: dict[str, dict] = {}  # one nbval run per kind and per process (xdist: one group each)


def lancer(sorte: str, base: Path) -> dict:
    if sorte not in _FAITS:
        dossier = base / f"nbval-{sorte}"
        paths = []
        if sorte == "course":
            for nb in COURS:  # each lesson in its own copy of course/, as a learner opens it
                copie = dossier / str(len(paths)) / "course"
                shutil.copytree(ROOT / "course", copie)
                paths.append(copie.relative_to(dossier) / nb.relative_to(ROOT / "course"))
        else:
            for nb in SOLUTIONS:
                devoir = nb.parent.name
                copie = dossier / devoir
                shutil.copytree(nb.parent, copie)
                repondre_tout(devoir, copie, "nbval")
                paths.append(copie.relative_to(dossier) / nb.name)
        _FAITS[sorte] = {"dossier": dossier, "paths": paths, **nbval(paths, dossier)}
    return _FAITS[sorte]


def verifier(sorte: str, rang: int, base: Path) -> None:
    fait = lancer(sorte, base)
    issues = fait["issues"][str(fait["paths"][rang].with_suffix(""))]
    assert "PASSED" in issues and set(issues) <= {"PASSED", "SKIPPED"}, (
        f"{issues}\n{fait['sortie']}"
    )


@pytest.mark.parametrize("nb", COURS, ids=lambda p: str(p.relative_to(ROOT)))
def test_course_notebook(nb, tmp_path_factory):
    verifier("course", COURS.index(nb), tmp_path_factory.getbasetemp())


@pytest.mark.parametrize("nb", SOLUTIONS, ids=lambda p: str(p.relative_to(ROOT)))
def test_solution_notebook(nb, tmp_path_factory):
    verifier("solutions", SOLUTIONS.index(nb), tmp_path_factory.getbasetemp())
