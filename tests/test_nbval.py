"""nbval runs every notebook of course/ and solutions/ top to bottom (on temporary copies, so that
no answer file ever lands in the repository; solutions get a learner's right answers first)."""

import json
import shutil
import subprocess
import sys

import pytest

from autograder.moteur.corrige import repondre_tout

from .conftest import ENV, ROOT, notebooks


def strict(nb_path) -> None:
    """Learner code cells carry `raises-exception` so that « Run All » goes on past a learner's
    error; nbval reads that tag as « errors allowed », so the copies drop it: solutions must run."""
    nb = json.loads(nb_path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        tags = cell.get("metadata", {}).get("tags", [])
        if "raises-exception" in tags:
            tags.remove("raises-exception")
    nb_path.write_text(json.dumps(nb), encoding="utf-8")


def nbval(path, cwd):
    strict(path)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "--nbval-lax",
            "--nbval-cell-timeout=120",
            "-q",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:xdist",
            str(path),
        ],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=ENV,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
    assert " passed" in result.stdout and " failed" not in result.stdout


@pytest.mark.parametrize("nb", notebooks("course"), ids=lambda p: str(p.relative_to(ROOT)))
def test_course_notebook(nb, tmp_path):
    copy = tmp_path / "course"
    shutil.copytree(ROOT / "course", copy)
    nbval(copy / nb.relative_to(ROOT / "course"), copy)


@pytest.mark.parametrize("nb", notebooks("solutions"), ids=lambda p: str(p.relative_to(ROOT)))
def test_solution_notebook(nb, tmp_path):
    devoir = nb.parent.name
    copy = tmp_path / devoir
    shutil.copytree(nb.parent, copy)
    repondre_tout(devoir, copy, "nbval")
    nbval(copy / nb.name, copy)
