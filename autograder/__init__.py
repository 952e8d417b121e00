"""Moteur du cours NTC. The sub-packages say their role (README, « Organisation du code »):

- ``moteur/``     the engine every exercise uses: session, answer store, exercise bank, exercise,
                  ``formats/`` (one module per answer format), referentiel, question bank, paths,
                  French numbers and text, charts, release;
- ``widgets/``    what the learner sees in a notebook: ``ouvrir_seance`` and every ipywidgets front end;
- ``calculs/``    commercial formulas (conventions named); ``crm/`` the learner's seeded CRM;
- ``metier/``     the domain models, one folder or module per subject (negotiation, proposal, review,
                  SWOT and rehearsal, KPI, pitch, action plan, e-reputation);
- ``formateur/``  the trainer's ``ntc`` command.
Dependencies go one way: moteur ← calculs, crm ← metier ← widgets; formateur uses moteur only.

Importing this package must stay cheap (it runs in every autograde kernel): submodules that pull pandas,
matplotlib or ipywidgets are loaded on first use only.
"""

import importlib

__version__ = "0.1.0"

_LAZY = {
    "ouvrir_seance": "autograder.widgets.seance",
}


def __getattr__(name):
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'autograder' has no attribute {name!r}")
