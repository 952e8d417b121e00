"""Answer formats: how an answer is read, checked for plausibility, scored and shown.

A format knows nothing about widgets (widgets.py) nor about files (reponses.py); an exercise
declaration picks one and gives the expected answer.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from autograder.nombres import euros, lire_nombre, nombre, pourcent


class ReponseInvalide(ValueError):
    """An answer that cannot be taken as it is (its message is shown to the learner, in French)."""


@dataclass(frozen=True)
class Option:
    """One choice of a question; `retour` is the feedback shown when it is picked."""

    cle: str
    libelle: str
    correct: bool = False
    retour: str = ""


@dataclass(frozen=True)
class Element:
    """One statement to classify into a category, with why it belongs there."""

    cle: str
    libelle: str
    categorie: str
    justification: str = ""


@dataclass(frozen=True)
class Nombre:
    """A number typed by the learner, in the unit shown (a rate is typed in %, stored as fraction).

    `tolerance` is absolute, in the unit shown (0.1 with "%" accepts 92.4 for 92.43 %).
    `bornes` is the plausible range, in the unit shown: outside it the answer is refused with a
    message, and the learner's previous answer is kept.
    """

    unite: str = ""
    tolerance: float = 0.01
    bornes: tuple[float, float] | None = None
    decimales: int = 2
    nature = "nombre"

    def lire(self, brute: Any) -> float:
        """Typed text or number -> value in the unit shown; raises ReponseInvalide."""
        if brute is None or (isinstance(brute, str) and not brute.strip()):
            raise ReponseInvalide("Réponse vide : tapez un nombre.")
        if isinstance(brute, bool):
            raise ReponseInvalide("Un nombre est attendu, pas Vrai/Faux.")
        if (
            isinstance(brute, int | float)
            or hasattr(brute, "__float__")
            and not isinstance(brute, str)
        ):
            try:
                valeur = float(brute)
            except (TypeError, ValueError) as exc:
                raise ReponseInvalide(f"« {brute} » n'est pas un nombre.") from exc
        else:
            try:
                valeur = lire_nombre(str(brute))
            except ValueError as exc:
                raise ReponseInvalide(str(exc)) from exc
        return self._plausible(valeur)

    def lire_interne(self, brute: Any) -> float:
        """A value computed by code: already in internal units (a rate as a fraction)."""
        if isinstance(brute, str | bool) or brute is None:
            raise ReponseInvalide(f"Un nombre est attendu, pas « {brute!r} ».")
        try:
            valeur = float(brute)
        except (TypeError, ValueError) as exc:
            raise ReponseInvalide(
                f"Un nombre est attendu, pas un objet {type(brute).__name__}."
            ) from exc
        return self.interne(self._plausible(self.saisie(valeur)))

    def _plausible(self, valeur: float) -> float:
        if not math.isfinite(valeur):
            raise ReponseInvalide("Ce nombre n'est pas fini : donnez une valeur chiffrée.")
        if self.bornes is not None:
            bas, haut = self.bornes
            if not bas <= valeur <= haut:
                raise ReponseInvalide(
                    f"{self.montrer_saisie(valeur)} est invraisemblable ici : la réponse se situe "
                    f"entre {self.montrer_saisie(bas)} et {self.montrer_saisie(haut)}. "
                    "Vérifiez votre calcul (votre réponse précédente est conservée)."
                )
        return valeur

    def interne(self, valeur_saisie: float) -> float:
        return valeur_saisie / 100 if self.unite == "%" else valeur_saisie

    def saisie(self, valeur_interne: float) -> float:
        return valeur_interne * 100 if self.unite == "%" else valeur_interne

    def montrer_saisie(self, valeur_saisie: float) -> str:
        return self.montrer(self.interne(valeur_saisie))

    def montrer(self, valeur_interne: float) -> str:
        if self.unite == "%":
            return pourcent(valeur_interne, self.decimales)
        if self.unite == "€":
            return euros(valeur_interne, self.decimales)
        texte = nombre(valeur_interne, self.decimales)
        return f"{texte}\u00a0{self.unite}" if self.unite else texte

    def proche(self, valeur_interne: float, attendu: float) -> bool:
        return abs(self.saisie(valeur_interne) - self.saisie(attendu)) <= self.tolerance + 1e-9

    def score(self, valeur_interne: Any, attendu: float) -> float:
        try:
            return 1.0 if self.proche(float(valeur_interne), attendu) else 0.0
        except (TypeError, ValueError):
            return 0.0


@dataclass(frozen=True)
class Choix:
    """One option among several (radio buttons)."""

    nature = "choix"

    def score(self, reponse: Any, options: list[Option]) -> float:
        bonnes = {o.cle for o in options if o.correct}
        return 1.0 if reponse in bonnes else 0.0


@dataclass(frozen=True)
class ChoixMultiple:
    """Several options may be right: score = (right ticks − wrong ticks) / right options, ≥ 0."""

    nature = "choix_multiple"

    def score(self, reponse: Any, options: list[Option]) -> float:
        if not isinstance(reponse, list | tuple | set):
            return 0.0
        cochees = set(reponse)
        bonnes = {o.cle for o in options if o.correct}
        if not bonnes:
            return 1.0 if not cochees else 0.0
        return max(0.0, (len(cochees & bonnes) - len(cochees - bonnes)) / len(bonnes))


@dataclass(frozen=True)
class Classement:
    """Each element goes into one category: partial credit per element."""

    categories: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (clé, libellé)
    nature = "classement"

    def score(self, reponse: Any, elements: list[Element]) -> float:
        if not isinstance(reponse, dict) or not elements:
            return 0.0
        justes = sum(1 for e in elements if reponse.get(e.cle) == e.categorie)
        return justes / len(elements)


@dataclass(frozen=True)
class Personnalise:
    """An answer the declaration reads and scores itself (simulator, builder, checklist…).

    The declaration provides `lire(p, brute)` (raises ReponseInvalide; must accept its own stored
    form again), `noter(p, reponse)` -> (score 0..1, message, details), `solution(p)` (a stored
    answer worth full marks), `reponse_fausse(p)` (a stored answer short of full marks, for the
    generic tests) and, when answered by widget, `saisie(p, valeur, enregistrer)`: an ipywidgets
    widget restored from `valeur` that calls `enregistrer(brute)` on every change.
    """

    nature = "personnalise"


@dataclass(frozen=True)
class Quiz:
    """A per-learner draw of `nombre` questions of the bank (data/questions), among `themes`
    (all when empty) and naming at least one of the exercise's criteria; score = mean of the
    questions' scores, an unanswered question counting 0."""

    themes: tuple[str, ...] = ()
    nombre: int = 5
    nature = "quiz"


def tirer_par_categorie(banque, rng, par_categorie: int, en_plus: int = 1) -> list:
    """Draw a learner's items from a bank of (clé, libellé, catégorie, …) tuples: `par_categorie`
    from each category (so every category is present), `en_plus` more at random, shuffled."""
    categories: dict[str, list] = {}
    for item in banque:
        categories.setdefault(item[2], []).append(item)
    choisis = [i for items in categories.values() for i in rng.sample(items, par_categorie)]
    reste = [i for i in banque if i not in choisis]
    choisis += rng.sample(reste, en_plus)
    rng.shuffle(choisis)
    return [list(i) for i in choisis]


def pieges_distincts(fmt, attendu, pieges):
    """Keep only the (value, message) traps that the answer format can tell from the key
    (with some data a typical mistake gives the right number by chance)."""
    return [(v, m) for v, m in pieges if not fmt.proche(v, attendu)]


def tirer_options(banque, rng, justes: int, fausses: int) -> list:
    """Draw a learner's options from a bank of (clé, libellé, correct, retour) tuples: `justes`
    right ones and `fausses` wrong ones, shuffled (rebuild them with ``Option(*o)``)."""
    choisis = rng.sample([b for b in banque if b[2]], justes)
    choisis += rng.sample([b for b in banque if not b[2]], fausses)
    rng.shuffle(choisis)
    return [list(o) for o in choisis]
