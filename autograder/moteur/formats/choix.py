"""Choosing among the options of a declaration: one (radio buttons) or several (check boxes).
Each picked option's own feedback (`Option.retour`) is part of the verdict."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from autograder.moteur.exercice import Verdict
from autograder.moteur.formats.base import Format, Option, ReponseInvalide, phrase


class _ParOptions(Format):
    """What both choice formats share: the key comes from the options marked correct."""

    def _verdict(self, ex, reponse: Any, choisies: set) -> Verdict:
        options = ex.options()
        score = self.score(reponse, options)
        details = [
            f"« {o.libelle} » : {o.retour}" for o in options if o.cle in choisies and o.retour
        ]
        return Verdict(score, phrase(score), details)


@dataclass(frozen=True)
class Choix(_ParOptions):
    """One option among several (radio buttons)."""

    nature = "choix"

    def solution(self, ex) -> str:
        return next(o.cle for o in ex.options() if o.correct)

    def lire_reponse(self, ex, brute: Any, *, depuis_code: bool = False) -> str:
        if brute not in {o.cle for o in ex.options()}:
            raise ReponseInvalide("Choisissez une des options proposées.")
        return brute

    def evaluer(self, ex, reponse: Any) -> Verdict:
        return self._verdict(ex, reponse, {reponse})

    def score(self, reponse: Any, options: list[Option]) -> float:
        bonnes = {o.cle for o in options if o.correct}
        return 1.0 if reponse in bonnes else 0.0


@dataclass(frozen=True)
class ChoixMultiple(_ParOptions):
    """Several options may be right: score = (right ticks − wrong ticks) / right options, ≥ 0."""

    nature = "choix_multiple"

    def solution(self, ex) -> list[str]:
        return sorted(o.cle for o in ex.options() if o.correct)

    def lire_reponse(self, ex, brute: Any, *, depuis_code: bool = False) -> list[str]:
        cles = {o.cle for o in ex.options()}
        if not isinstance(brute, list | tuple | set) or not set(brute) <= cles:
            raise ReponseInvalide("Cochez une ou plusieurs des options proposées.")
        return sorted(brute)

    def evaluer(self, ex, reponse: Any) -> Verdict:
        return self._verdict(ex, reponse, set(reponse or ()))

    def score(self, reponse: Any, options: list[Option]) -> float:
        if not isinstance(reponse, list | tuple | set):
            return 0.0
        cochees = set(reponse)
        bonnes = {o.cle for o in options if o.correct}
        if not bonnes:
            return 1.0 if not cochees else 0.0
        return max(0.0, (len(cochees & bonnes) - len(cochees - bonnes)) / len(bonnes))
