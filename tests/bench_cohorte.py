"""Cohort benchmark (issue #8): serial `nbgrader autograde` against `ntc grade --jobs 2`.

`make bench` calls `main()`; alone: `.venv/bin/python -m tests.bench_cohorte [--apprenants 30]
[--devoirs cp2_plan_actions ...] [--jobs 2]`. Builds a synthetic cohort (learners with varied
answers, every assignment present), copies the course so that both runs grade the same
submissions, times each run (one process each, as a trainer would type them), then compares every
grade (student × assignment × notebook × grade cell, auto_score). Measured, never asserted.
Kernels read the exercises' code from this repository (data/exercices/, autograder/): do not edit
them during a run, or the two runs grade with different code.
The helpers here also build the small cohorts of tests/test_formateur*.py.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.conftest import ASSIGNMENTS, ENV, ROOT, nbgrader

VARIANTES = ("juste", "partiel", "distribue", "sans_reponse")


def cours_vide(root: Path, devoirs: list[str]) -> Path:
    """A course like the `course` fixture, with `devoirs` generated into its gradebook."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "nbgrader_config.py", root)
    shutil.copytree(ROOT / "solutions", root / "solutions", dirs_exist_ok=True)
    for devoir in devoirs:
        nbgrader(root, "generate_assignment", devoir, "--force")
    return root


def repondre_faux(devoir: str, dossier: Path, identifiant: str, rang: int) -> None:
    """Right answers, except one exercise in three (shifted by `rang`) wrong or left blank."""
    from autograder.moteur import banque
    from autograder.moteur.corrige import repondre_tout

    seance = repondre_tout(devoir, dossier, identifiant)
    for i, nom in enumerate(banque.lister(devoir)):
        ex = seance.exercice(nom)
        if ex.variable or (i + rang) % 3:
            continue
        nature, sol = ex.format.nature, ex.solution()
        if nature == "choix":
            faux = next(o.cle for o in ex.options() if not o.correct)
        elif nature == "nombre":
            faux = sol * 1.37 + 1
        elif nature == "choix_multiple":
            faux = [o.cle for o in ex.options()][:1]
        elif nature == "classement":
            cle = sorted(sol)[0]
            faux = {**sol, cle: next(c for c, _ in ex.format.categories if c != sol[cle])}
        else:
            continue
        seance.reponses.enregistrer(nom, faux)


def deposer(root: Path, devoir: str, etudiant: str, variante: str, rang: int = 0) -> Path:
    """Put a learner's submission in submitted/<etudiant>/<devoir>/."""
    from autograder.moteur.corrige import repondre_tout

    dest = root / "submitted" / etudiant / devoir
    if variante == "distribue":  # the released notebook, code cells left empty
        if not (root / "exercises" / devoir).exists():
            nbgrader(root, "generate_assignment", devoir, "--force")
        shutil.copytree(root / "exercises" / devoir, dest)
        repondre_tout(devoir, dest, etudiant)
        return dest
    shutil.copytree(root / "solutions" / devoir, dest)
    if variante == "juste":
        repondre_tout(devoir, dest, etudiant)
    elif variante == "partiel":
        repondre_faux(devoir, dest, etudiant, rang)
    return dest


def cohorte(root: Path, devoirs: list[str], apprenants: int) -> list[str]:
    noms = [f"apprenant{i:02d}" for i in range(apprenants)]
    for devoir in devoirs:
        for i, nom in enumerate(noms):
            deposer(root, devoir, nom, VARIANTES[i % len(VARIANTES)], rang=i)
    return noms


def notes(root: Path) -> dict[tuple[str, str, str, str], float | None]:
    """(student, assignment, notebook, grade cell) -> auto_score, from the course's gradebook."""
    from nbgrader.api import Gradebook

    out = {}
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
        for a in gb.assignments:
            for sub in gb.assignment_submissions(a.name):
                for nb in sub.notebooks:
                    for g in nb.grades:
                        out[(sub.student_id, a.name, nb.name, g.name)] = g.auto_score
    return out


def ntc(
    root: Path, *args: str, check: bool = True, env: dict | None = None
) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [sys.executable, "-m", "autograder", *args],
        cwd=root,
        capture_output=True,
        text=True,
        env={**ENV, **(env or {})},
    )
    if check and result.returncode != 0:
        raise AssertionError(f"ntc {' '.join(args)} a échoué :\n{result.stdout}\n{result.stderr}")
    return result


def mesurer(apprenants: int = 30, devoirs: list[str] | None = None, jobs: int = 2) -> dict:
    devoirs = devoirs or ASSIGNMENTS
    with tempfile.TemporaryDirectory() as tmp:
        serie = cours_vide(Path(tmp) / "serie", devoirs)
        cohorte(serie, devoirs, apprenants)
        parallele = Path(tmp) / "parallele"
        shutil.copytree(serie, parallele)
        n = sum(1 for _ in (serie / "submitted").glob("*/*/*.ipynb"))

        t0 = time.perf_counter()
        for devoir in devoirs:  # what a trainer types today: one command per assignment
            nbgrader(serie, "autograde", devoir, "--force", check=False)
        t_serie = time.perf_counter() - t0

        t0 = time.perf_counter()
        res = ntc(parallele, "grade", *devoirs, "--jobs", str(jobs), check=False)
        t_par = time.perf_counter() - t0
        a, b = notes(serie), notes(parallele)
        differences = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
    return {
        "notebooks": n,
        "serie": t_serie,
        "parallele": t_par,
        "ratio": t_par / t_serie,
        "identiques": not differences and bool(a),
        "differences": [(k, a.get(k), b.get(k)) for k in differences[:6]],
        "cellules": len(a),
        "code_ntc": res.returncode,
        "sortie_ntc": res.stdout[-2000:],
    }


def mesurer_demarrage(devoir: str, jobs: int = 2) -> dict:
    """The fixed start-up of both commands: one learner's copy of `devoir`, graded by each."""
    with tempfile.TemporaryDirectory() as tmp:
        serie = cours_vide(Path(tmp) / "serie", [devoir])
        cohorte(serie, [devoir], 1)
        parallele = Path(tmp) / "parallele"
        shutil.copytree(serie, parallele)
        t0 = time.perf_counter()
        nbgrader(serie, "autograde", devoir, "--force", check=False)
        t_serie = time.perf_counter() - t0
        t0 = time.perf_counter()
        ntc(parallele, "grade", devoir, "--jobs", str(jobs), check=False)
        t_par = time.perf_counter() - t0
    return {"serie": t_serie, "parallele": t_par}


def import_autograder() -> float:
    """`import autograder` in a fresh process, timed inside it (mean of 5)."""
    code = "import time; t = time.perf_counter(); import autograder; print(time.perf_counter() - t)"
    out = [
        float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout)
        for _ in range(5)
    ]
    return sum(out) / len(out)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--apprenants", type=int, default=30)
    p.add_argument("--devoirs", nargs="*", default=None)
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--demarrage", action="store_true", help="mesurer aussi le démarrage fixe")
    args = p.parse_args(argv)
    os.environ["PATH"] = ENV["PATH"]
    devoirs = args.devoirs or ASSIGNMENTS
    if args.demarrage:
        d = mesurer_demarrage(devoirs[0], args.jobs)
        print(
            f"\n## Démarrage fixe : une seule copie de {devoirs[0]}\n"
            f"nbgrader autograde (série)  : {d['serie']:7.1f} s\n"
            f"ntc grade --jobs {args.jobs}           : {d['parallele']:7.1f} s"
        )
    print(
        f"\n## Correction d'une cohorte : {args.apprenants} apprenants × {len(devoirs)} devoirs "
        f"({os.cpu_count()} cœurs)"
    )
    r = mesurer(args.apprenants, devoirs, args.jobs)
    n = r["notebooks"]
    print(
        f"nbgrader autograde (série)  : {r['serie']:7.1f} s, {r['serie'] / n:5.2f} s par notebook"
    )
    print(
        f"ntc grade --jobs {args.jobs}           : {r['parallele']:7.1f} s, "
        f"{r['parallele'] / n:5.2f} s par notebook (code de sortie {r['code_ntc']})"
    )
    cible = "0,5" if len(devoirs) == 1 else "0,35"  # issue #16: one assignment, a whole cohort
    print(f"rapport parallèle / série   : {r['ratio']:.2f} (cible ≤ {cible} sur 2 cœurs)")
    etat = "oui" if r["identiques"] else f"NON {r['differences']}"
    print(f"notes identiques            : {etat} ({r['cellules']} cellules notées comparées)")
    print(f"import autograder           : {import_autograder():.3f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
