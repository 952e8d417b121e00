"""One nbgrader command over several assignments in ONE process (nbgrader's own Python API, the
one formgrader uses): the suite generates or gives feedback on every assignment without paying
nbgrader's start-up (1-2 s of imports) once per assignment. Run in the course directory:

    python -m tests.nbgrader_lot generate|feedback DEVOIR [DEVOIR ...]

Each assignment's log is printed; the exit code is 1 if any of them failed.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str]) -> int:
    from autograder.formateur.cours import alleger_imports

    alleger_imports()
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory
    from traitlets.config.loader import PyFileConfigLoader

    action, devoirs = argv[0], argv[1:]
    config = PyFileConfigLoader("nbgrader_config.py", path=os.getcwd()).load_config()
    config.CourseDirectory.root = os.getcwd()
    api = NbGraderAPI(CourseDirectory(config=config), config=config)
    commande = {"generate": api.generate_assignment, "feedback": api.generate_feedback}[action]
    echecs = 0
    for devoir in devoirs:
        resultat = commande(devoir, force=True)
        print(f"== {action} {devoir}\n{resultat.get('log', '')}{resultat.get('error', '')}")
        echecs += not resultat["success"]
    return 1 if echecs else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
