"""A course directory as nbgrader sees it: its `nbgrader_config.py`, folders and gradebook.

The config is loaded exactly as nbgrader's own commands load it (traitlets `PyFileConfigLoader`, which
injects `get_config`), so `ntc` and `nbgrader` always agree on folders, timeouts and the database.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def alleger_imports() -> None:
    """Skip a 1-2 s import nothing here uses: nbformat pulls jsonschema, whose optional IRI format
    checker builds a grammar at import (rfc3987_syntax). nbformat, nbgrader and nbclient never
    validate with a format checker, so validation results are unchanged. Call before importing
    nbgrader; it only affects this process (a worker or `ntc`), never a kernel."""
    sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]


def sans_extensions_serveur() -> None:
    """Import nbgrader without its Jupyter server extensions: its package imports them (Tornado
    handlers, jupyter_server: a sixth of its import time) and grading never uses them. For the
    processes of `ntc grade` only; the real modules are imported if this nbgrader needs more."""
    import types

    if "nbgrader" in sys.modules:
        return
    noms = [
        f"nbgrader.server_extensions.{n}"
        for n in ("assignment_list", "course_list", "validate_assignment", "formgrader")
    ]
    for nom in noms:
        module = types.ModuleType(nom)
        module.load_jupyter_server_extension = lambda app: None
        sys.modules[nom] = module
    try:
        import nbgrader  # noqa: F401
    except ImportError:
        for nom in [n for n in sys.modules if n == "nbgrader" or n.startswith("nbgrader.")]:
            del sys.modules[nom]


class ErreurCours(Exception):
    """A French message for the trainer (no traceback)."""


def env_nbgrader() -> dict[str, str]:
    """Environment for nbgrader subprocesses: this interpreter's bin/ first (alembic, kernels)."""
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    return {**os.environ, "PATH": path}


def fichier_config(cours: Path) -> Path:
    config = Path(cours) / "nbgrader_config.py"
    if not config.is_file():
        raise ErreurCours(
            f"Pas de nbgrader_config.py dans « {cours} » : lancez la commande depuis le dossier du "
            "cours, indiquez-le avec --cours, ou créez-le avec « ntc init »."
        )
    return config


def charger_config(cours: Path, **surcharges):
    """traitlets Config of the course; `surcharges` like CourseDirectory={"root": ...} win."""
    from traitlets.config import Config
    from traitlets.config.loader import PyFileConfigLoader

    config = fichier_config(Path(cours).resolve())
    loader = PyFileConfigLoader(config.name, path=str(config.parent))
    cfg = loader.load_config()
    cfg.CourseDirectory.setdefault("root", str(config.parent))
    for section, valeurs in surcharges.items():
        cfg.merge(Config({section: valeurs}))
    return cfg


def dossier_cours(cours: Path, **surcharges):
    """nbgrader's CourseDirectory for this course (folders, db_url, course_id)."""
    from nbgrader.coursedir import CourseDirectory

    return CourseDirectory(config=charger_config(cours, **surcharges))


def url_carnet(coursedir) -> str:
    return coursedir.db_url


def carnet(coursedir):
    """nbgrader Gradebook of the course (use as a context manager)."""
    from nbgrader.api import Gradebook

    return Gradebook(coursedir.db_url, coursedir.course_id)


def verifier_devoir(coursedir, devoir: str) -> list[str]:
    """Names of the assignment's notebooks in the gradebook; French error if it is unknown."""
    from nbgrader.api import MissingEntry

    with carnet(coursedir) as gb:
        try:
            assignment = gb.find_assignment(devoir)
        except MissingEntry:
            raise ErreurCours(
                f"Le devoir « {devoir} » n'est pas dans le carnet de notes : lancez d'abord "
                f"« nbgrader generate_assignment {devoir} » (ou « ntc init »)."
            ) from None
        return sorted(nb.name for nb in assignment.notebooks)


def devoirs_du_carnet(coursedir) -> list[str]:
    with carnet(coursedir) as gb:
        return sorted(a.name for a in gb.assignments)
