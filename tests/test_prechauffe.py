"""Pre-warmed kernels (`autograder.formateur.prechauffe`): a forked kernel must behave like the
fresh `python -m ipykernel_launcher` nbgrader starts — same outputs, working folder, sys.path,
environment, backend, pandas options — and die, time out and be interrupted like one."""

from __future__ import annotations

import json
import sys

import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellTimeoutError, DeadKernelError

from autograder.formateur import prechauffe

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork server: Linux")

SONDE = [
    "import numpy as np, pandas as pd\npd.DataFrame(np.arange(90).reshape(3, 30))",
    "import matplotlib.pyplot as plt\nplt.plot([1, 3, 2]); plt.title('Évolution')",
    "import os, sys, matplotlib\n"
    "print(os.getcwd(), sys.path, sys.argv[0].rsplit('/', 1)[-1], matplotlib.get_backend(),\n"
    "      pd.get_option('display.max_columns'), __name__, sys.stdin.read(),\n"
    "      sorted(k for k in os.environ if k != 'JPY_PARENT_PID'))",
    "import json, os, numpy\nprint(json.dumps([os.getppid(), numpy.random.random()]))",
]


@pytest.fixture(scope="module")
def serveur():
    from traitlets.config import Config

    s = prechauffe.demarrer()
    assert s is not None and {"pandas", "matplotlib", "ipykernel"} <= s.modules
    prechauffe.installer(Config())
    yield s
    prechauffe.arreter()
    from jupyter_client.provisioning.factory import KernelProvisionerFactory

    KernelProvisionerFactory.instance().default_provisioner_name = "local-provisioner"


def executer(dossier, sources, timeout=30):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(s) for s in sources]
    client = NotebookClient(
        nb, timeout=timeout, kernel_name="python3", resources={"metadata": {"path": str(dossier)}}
    )
    client.execute()
    return nb


def sorties(nb):
    return [c.outputs for c in nb.cells]


def parent_et_hasard(nb):
    return json.loads(nb.cells[-1].outputs[0]["text"])


def test_forked_kernel_gives_the_outputs_of_a_fresh_one(serveur, tmp_path, monkeypatch):
    force = executer(tmp_path, SONDE)
    autre = executer(tmp_path, SONDE)
    monkeypatch.setattr(prechauffe, "_serveur", None)  # the usual launch, as nbgrader does
    neuf = executer(tmp_path, SONDE)
    assert parent_et_hasard(force)[0] == serveur.proc.pid  # it was forked...
    assert parent_et_hasard(neuf)[0] != serveur.proc.pid  # ...and this one was not
    assert sorties(force)[:3] == sorties(neuf)[:3]  # table width, figure, folder, path, env
    assert "image/png" in sorties(force)[1][-1]["data"]
    # NumPy's global generator is drawn again in each child, as at a fresh import.
    assert parent_et_hasard(force)[1] != parent_et_hasard(autre)[1]


def test_a_module_of_the_submission_gets_a_fresh_kernel(serveur, tmp_path):
    (tmp_path / "pandas.py").write_text("OMBRE = True\n", "utf-8")
    nb = executer(tmp_path, ["import pandas\nprint(pandas.OMBRE)", SONDE[-1]])
    assert nb.cells[0].outputs[0]["text"] == "True\n"
    assert parent_et_hasard(nb)[0] != serveur.proc.pid
    rc = tmp_path / "rc"
    rc.mkdir()
    (rc / "matplotlibrc").write_text("lines.linewidth: 7\n", "utf-8")
    nb = executer(rc, ["import matplotlib\nprint(matplotlib.rcParams['lines.linewidth'])"])
    assert nb.cells[0].outputs[0]["text"] == "7.0\n"


def test_timeout_interrupts_and_death_is_seen(serveur, tmp_path):
    with pytest.raises(CellTimeoutError):
        executer(tmp_path, ["while True:\n    pass"], timeout=2)
    with pytest.raises(DeadKernelError):
        executer(tmp_path, ["import os, signal\nos.kill(os.getpid(), signal.SIGKILL)"])
    assert serveur.vivant()
    assert parent_et_hasard(executer(tmp_path, SONDE[-1:]))[0] == serveur.proc.pid


def test_a_zombie_kernel_counts_as_ended(tmp_path):
    """A kernel orphaned by a dead server may stay a zombie until someone reaps it."""
    import subprocess
    import time

    proc = subprocess.Popen(["sleep", "30"])
    assert prechauffe.ProcessusForke(proc.pid).poll() is None
    proc.kill()
    time.sleep(0.3)  # dead, not reaped yet: a zombie
    assert prechauffe.ProcessusForke(proc.pid).poll() is not None
    proc.wait()
