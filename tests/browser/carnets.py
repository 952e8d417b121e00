"""The notebooks the rendering checks open (every assignment and every lesson), and how they are
split between the two xdist workers: one JupyterLab page per worker, each running its half."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

DEVOIRS = sorted(f"exercises/{d.name}/{d.name}.ipynb" for d in (ROOT / "exercises").iterdir()
                 if (d / f"{d.name}.ipynb").exists())  # fmt: skip
LECONS = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "course").rglob("*.ipynb")
                if ".ipynb_checkpoints" not in p.parts)  # fmt: skip
CARNETS = DEVOIRS + LECONS

# Alternate in sorted order: lessons and assignments mixed, about as long on both sides.
GROUPES = {c: f"rendu-{k % 2}" for k, c in enumerate(CARNETS)}
TESTS_PAR_CARNET = (
    "tests/browser/test_rendu.py::test_rendu[",
    "tests/browser/test_rendu.py::test_axe[",
    "tests/browser/test_rendu.py::test_execution[",
)


# Outside the per-notebook checks, a browser module's tests stay together (its fixtures: a page
# with a fake microphone, Voila…) but modules spread over both workers, whose JupyterLab is
# started anyway for their half of the rendering checks. Voila's tests share one Voila.
VOILA = "tests/browser/test_rendu.py::test_voila_tableau_de_bord"


def groupe_du_test(nodeid: str) -> str | None:
    """The xdist group of a browser test, from its node id alone (the controller has no marks):
    a notebook's rendering tests go to that notebook's half, any other browser test to its
    module's « navigateur:<module> »; None outside tests/browser."""
    if not nodeid.startswith("tests/browser/"):
        return None
    if nodeid.startswith(TESTS_PAR_CARNET):
        carnet = nodeid.partition("[")[2].rpartition("-")[0]
        if carnet in GROUPES:
            return GROUPES[carnet]
    if nodeid.startswith(VOILA):
        return "navigateur:test_voila.py"
    return "navigateur:" + nodeid.partition("::")[0].rpartition("/")[2]
