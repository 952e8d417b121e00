"""Classifying the elements of a declaration into categories, with partial credit per element
and, for each misplaced one, where it belongs and why."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from autograder.moteur.exercice import Verdict
from autograder.moteur.formats.base import Element, Format, ReponseInvalide, phrase


@dataclass(frozen=True)
class Classement(Format):
    """Each element goes into one category: partial credit per element."""

    categories: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (clé, libellé)
    nature = "classement"

    def solution(self, ex) -> dict[str, str]:
        return {e.cle: e.categorie for e in ex.elements()}

    def lire_reponse(self, ex, brute: Any, *, depuis_code: bool = False) -> dict[str, str]:
        cats = {c for c, _ in self.categories}
        if not isinstance(brute, dict) or not set(brute.values()) <= cats | {None}:
            raise ReponseInvalide("Classez chaque élément dans une des catégories proposées.")
        return {k: v for k, v in brute.items() if v is not None}

    def evaluer(self, ex, reponse: Any) -> Verdict:
        elements = ex.elements()
        score = self.score(reponse, elements)
        libelles = dict(self.categories)
        details = []
        for e in elements:
            donne = reponse.get(e.cle) if isinstance(reponse, dict) else None
            if donne != e.categorie:
                pourquoi = f" {e.justification}" if e.justification else ""
                details.append(
                    f"« {e.libelle} » : {libelles.get(donne, 'non classé')} → "
                    f"{libelles[e.categorie]}.{pourquoi}"
                )
        return Verdict(score, phrase(score), details)

    def score(self, reponse: Any, elements: list[Element]) -> float:
        if not isinstance(reponse, dict) or not elements:
            return 0.0
        justes = sum(1 for e in elements if reponse.get(e.cle) == e.categorie)
        return justes / len(elements)
