"""nbval runs every notebook of solutions/ top to bottom, with a learner's right answers, on
temporary copies (no answer file ever lands in the repository).

Each notebook gets its own copy and its own kernel; they run in ONE nbval process, whose start-up
(pytest + nbval + jupyter_client, 2-3 s) would otherwise be paid once per notebook. Each
notebook's test reads its own cells' outcomes.

The lessons of course/ run once, in JupyterLab: tests/browser/test_rendu.py::test_execution fails
on any cell that raises (nbval's check), on the same run that checks what the learner sees."""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from autograder.moteur.corrige import repondre_tout

from .conftest import ENV, ROOT, notebooks

SOLUTIONS = notebooks("solutions")
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


_FAIT: dict = {}  # one nbval run per process (xdist: one group)


def lancer(base: Path) -> dict:
    if not _FAIT:
        dossier = base / "nbval-solutions"
        paths = []
        for nb in SOLUTIONS:
            devoir = nb.parent.name
            copie = dossier / devoir
            shutil.copytree(nb.parent, copie)
            repondre_tout(devoir, copie, "nbval")
            paths.append(copie.relative_to(dossier) / nb.name)
        _FAIT.update({"dossier": dossier, "paths": paths, **nbval(paths, dossier)})
    return _FAIT


@pytest.mark.parametrize("nb", SOLUTIONS, ids=lambda p: str(p.relative_to(ROOT)))
def test_solution_notebook(nb, tmp_path_factory):
    fait = lancer(tmp_path_factory.getbasetemp())
    issues = fait["issues"][str(fait["paths"][SOLUTIONS.index(nb)].with_suffix(""))]
    assert "PASSED" in issues and set(issues) <= {"PASSED", "SKIPPED"}, (
        f"{issues}\n{fait['sortie']}"
    )
