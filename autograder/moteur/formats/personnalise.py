"""An answer the declaration reads and scores itself (simulator, builder, checklist…)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from autograder.moteur.exercice import Verdict
from autograder.moteur.formats.base import Format


@dataclass(frozen=True)
class Personnalise(Format):
    """The declaration provides `lire(p, brute)` (raises ReponseInvalide; must accept its own stored
    form again), `noter(p, reponse)` -> (score 0..1, message, details), `solution(p)` (a stored
    answer worth full marks), `reponse_fausse(p)` (a stored answer short of full marks, for the
    generic tests) and, when answered by widget, `saisie(p, valeur, enregistrer)`: an ipywidgets
    widget restored from `valeur` that calls `enregistrer(brute)` on every change.
    """

    nature = "personnalise"

    def solution(self, ex) -> Any:
        return ex.module.solution(ex.params)

    def lire_reponse(self, ex, brute: Any, *, depuis_code: bool = False) -> Any:
        return ex.module.lire(ex.params, brute)

    def evaluer(self, ex, reponse: Any) -> Verdict:
        score, message, details = ex.module.noter(ex.params, reponse)
        return Verdict(min(1.0, max(0.0, float(score))), message, list(details))
