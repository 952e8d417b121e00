"""Regenerate exercises/ (nbgrader's release) from solutions/ (nbgrader's source).

`make release` or `python -m autograder.moteur.release [ASSIGNMENT ...]`. exercises/ is never edited by
hand: a test regenerates it in a temporary copy and fails if the committed one differs.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from autograder.moteur.paths import ROOT


def assignments(root: Path = ROOT) -> list[str]:
    return sorted(
        p.name for p in (root / "solutions").iterdir() if p.is_dir() and not p.name.startswith(".")
    )


def generate(assignment: str, root: Path = ROOT, *, db: bool = True) -> None:
    """Run nbgrader generate_assignment in `root` (which holds nbgrader_config.py)."""
    cmd = [sys.executable, "-m", "nbgrader", "generate_assignment", assignment, "--force"]
    if not db:
        cmd.append("--no-db")
    # nbgrader calls `alembic` by name: put this interpreter's bin/ first on PATH.
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    result = subprocess.run(
        cmd, cwd=root, capture_output=True, text=True, env={**os.environ, "PATH": path}
    )
    if result.returncode != 0:
        raise RuntimeError(
            f"nbgrader generate_assignment {assignment} a échoué :\n{result.stdout}{result.stderr}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Régénère exercises/ depuis solutions/ (nbgrader)."
    )
    parser.add_argument("assignments", nargs="*", help="devoirs (par défaut : tous)")
    parser.add_argument("--no-db", action="store_true", help="ne pas mettre à jour gradebook.db")
    args = parser.parse_args(argv)
    for name in args.assignments or assignments():
        generate(name, db=not args.no_db)
        print(f"exercises/{name} régénéré")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
