"""`make bench`: the speed figures the issues ask for, measured, never asserted.

Prints: each notebook's execution time (kernel start apart from cells), autograde seconds per
submission, widget feedback time, and `import autograder` time.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from tests.conftest import ASSIGNMENTS, ENV, ROOT, nbgrader, notebooks, remplir

os.environ["PATH"] = ENV["PATH"]


def run_notebook(path: Path) -> tuple[float, float]:
    """(kernel start + imports of nothing, cells) in seconds, executed in a temp copy."""
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    )
    t0 = time.perf_counter()
    with client.setup_kernel():
        t1 = time.perf_counter()
        for index, cell in enumerate(nb.cells):
            client.execute_cell(cell, index)
        t2 = time.perf_counter()
    return t1 - t0, t2 - t1


def bench_notebooks() -> None:
    print("\n## Exécution des notebooks (démarrage du noyau | cellules | total)")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        shutil.copytree(ROOT / "course", tmp / "course")
        for nb in notebooks("course"):
            k, c = run_notebook(tmp / "course" / nb.relative_to(ROOT / "course"))
            print(f"{str(nb.relative_to(ROOT)):70s} {k:5.2f} s | {c:5.2f} s | {k + c:5.2f} s")
        from autograder.moteur.corrige import repondre_tout

        for nb in notebooks("solutions"):
            copy = tmp / "sol" / nb.parent.name
            shutil.copytree(nb.parent, copy)
            repondre_tout(nb.parent.name, copy, "bench")
            k, c = run_notebook(copy / nb.name)
            print(f"{str(nb.relative_to(ROOT)):70s} {k:5.2f} s | {c:5.2f} s | {k + c:5.2f} s")


def bench_autograde(learners: int = 4) -> None:
    print(f"\n## Autograde nbgrader ({learners} copies par devoir, séquentiel)")
    from autograder.moteur.corrige import repondre_tout

    for devoir in ASSIGNMENTS:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            shutil.copy(ROOT / "nbgrader_config.py", root)
            shutil.copytree(ROOT / "solutions", root / "solutions")
            nbgrader(root, "generate_assignment", devoir, "--force")
            for i in range(learners):
                dest = root / "submitted" / f"apprenant{i}" / devoir
                shutil.copytree(root / "solutions" / devoir, dest)
                repondre_tout(devoir, dest, f"apprenant{i}")
            t0 = time.perf_counter()
            result = nbgrader(root, "autograde", devoir, "--force", check=False, leger=False)
            dt = time.perf_counter() - t0
            ok = "ok" if result.returncode == 0 else f"ÉCHEC ({result.returncode})"
            print(
                f"{devoir:30s} {dt / learners:5.2f} s par copie ({dt:.1f} s pour {learners}) {ok}"
            )


def bench_widgets() -> None:
    print("\n## Retour des widgets (clic sur « Vérifier » → message affiché)")
    from autograder.moteur import banque
    from autograder.moteur.seance import Seance
    from autograder.widgets.exercice import creer_widget

    with tempfile.TemporaryDirectory() as tmp:
        for devoir in ASSIGNMENTS:
            s = Seance(devoir, tmp)
            durees, quiz = [], []
            for nom in banque.lister(devoir):
                ex = s.exercice(nom)
                if ex.variable:
                    continue
                w = creer_widget(s, ex)
                remplir(w, ex.solution())
                for _ in range(5):
                    t0 = time.perf_counter()
                    w.verifier()
                    (quiz if ex.format.nature == "quiz" else durees).append(
                        time.perf_counter() - t0
                    )
                assert "✅" in w.retour.value, (nom, w.retour.value)  # we timed a real « Exact »
            for quoi, mesures in (("« Exact »", durees), ("quiz corrigé", quiz)):
                if mesures:
                    print(
                        f"{devoir:30s} {quoi} en médiane {statistics.median(mesures) * 1000:6.1f} "
                        f"ms, max {max(mesures) * 1000:6.1f} ms ({len(mesures)} clics)"
                    )


def bench_crm() -> None:
    print("\n## Génération de la base GRC (SQLite, graine 2025)")
    from autograder.crm import generer_crm

    with tempfile.TemporaryDirectory() as tmp:
        durees = []
        for i in range(3):
            t0 = time.perf_counter()
            generer_crm(Path(tmp) / f"crm{i}.sqlite", graine=2025)
            durees.append(time.perf_counter() - t0)
    print(f"generer_crm : médiane {statistics.median(durees):.2f} s sur 3 (cible ≤ 5 s)")


def bench_import() -> None:
    print("\n## import autograder (processus neuf, moyenne de 5)")

    def secs(code: str) -> float:
        out = []
        for _ in range(5):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            out.append(time.perf_counter() - t0)
        return statistics.mean(out)

    base, full = secs("pass"), secs("import autograder, autograder.widgets.seance")
    print(
        f"import autograder, autograder.widgets.seance : {full - base:.3f} s (au-delà du démarrage de Python)"
    )


def bench_cohorte() -> None:
    """Serial `nbgrader autograde` against `ntc grade --jobs 2`: a group of 12 learners on one
    assignment with the fixed start-up of both (issue 16), then a synthetic cohort (issue 8):
    30 learners × every assignment by default (about 30 min here); NTC_BENCH_APPRENANTS=N for
    a quicker look."""
    from tests import bench_cohorte as cohorte

    # A centre's group on one assignment (what a trainer grades at a time), then the cohort.
    cohorte.main(["--apprenants", "12", "--devoirs", "cp4_performances", "--demarrage"])
    cohorte.main(["--apprenants", os.environ.get("NTC_BENCH_APPRENANTS", "30")])


if __name__ == "__main__":
    print(f"Machine : {os.cpu_count()} cœurs ; Python {sys.version.split()[0]}")
    bench_import()
    bench_widgets()
    bench_crm()
    bench_notebooks()
    bench_autograde()
    bench_cohorte()
