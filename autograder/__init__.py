"""Moteur du cours NTC : calculs commerciaux, exercices, réponses, corrections.

Importing this package must stay cheap (it runs in every autograde kernel): submodules that pull pandas,
matplotlib or ipywidgets are loaded on first use only.
"""

import importlib

__version__ = "0.1.0"

_LAZY = {
    "ouvrir_seance": "autograder.seance",
}


def __getattr__(name):
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'autograder' has no attribute {name!r}")
