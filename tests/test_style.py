"""ruff (lint and format) over the engine, the tests and the exercise declarations."""

import subprocess
import sys

import pytest

from .conftest import ROOT

CIBLES = ["autograder", "tests", "data/exercices"]


@pytest.mark.parametrize("args", [["check"], ["format", "--check"]], ids=["lint", "format"])
def test_ruff(args):
    result = subprocess.run(
        [sys.executable, "-m", "ruff", *args, *CIBLES], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_autograder_stays_light():
    """`import autograder` runs in every autograde kernel: no pandas, matplotlib or ipywidgets."""
    code = "import sys, autograder; print(sorted({'pandas','matplotlib','ipywidgets'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr
