"""What `ntc grade` does to go faster must not change what it produces: the kernels forked with more
modules pre-imported behave like fresh ones, nbgrader imported without its server extensions still
grades, and only the workers' throwaway gradebooks skip SQLite's disk syncs."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT
from tests.test_prechauffe import executer, serveur  # noqa: F401 — the module's fork server

SONDE_NOYAU = (
    "import os, ipywidgets\n"
    "print(sorted(get_ipython().kernel.comm_manager.targets),\n"
    "      os.environ.get('PYDEVD_USE_FRAME_EVAL'), ipywidgets.IntSlider(3).value)"
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork server: Linux")
def test_preimported_widgets_and_debugger_as_in_a_fresh_kernel(serveur, tmp_path, monkeypatch):  # noqa: F811
    from autograder.formateur import prechauffe

    assert {"ipywidgets", "openpyxl", "debugpy"} <= serveur.modules
    force = executer(tmp_path, [SONDE_NOYAU])
    monkeypatch.setattr(prechauffe, "_serveur", None)  # the usual launch, as nbgrader does
    neuf = executer(tmp_path, [SONDE_NOYAU])
    assert force.cells[0].outputs == neuf.cells[0].outputs
    assert "jupyter.widget" in force.cells[0].outputs[0]["text"]


def _python(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_nbgrader_without_server_extensions_still_grades():
    code = (
        "import sys\n"
        "from autograder.formateur.cours import sans_extensions_serveur\n"
        "sans_extensions_serveur()\n"
        "from nbgrader.apps import NbGraderAPI\n"
        "from nbgrader.converters import Autograde\n"
        "print('jupyter_server' in sys.modules, Autograde.__name__)"
    )
    assert _python(code) == "False Autograde"


def test_only_the_workers_gradebooks_skip_disk_syncs(tmp_path):
    lire = (
        "from sqlalchemy import create_engine, text\n"
        f"moteur = create_engine('sqlite:///{tmp_path}/{{}}.db')\n"
        "with moteur.connect() as c:\n"
        "    print(c.execute(text('PRAGMA synchronous')).scalar())\n"
    )
    assert _python(lire.format("reel")) == "2"  # SQLite's default (FULL) in ntc's parent
    travailleur = (
        "from autograder.formateur.travailleur import _carnets_de_travail_sans_fsync\n"
        "_carnets_de_travail_sans_fsync()\n"
    )
    assert _python(travailleur + lire.format("copie")) == "0"
