"""One exercise instantiated for one learner: its numbers, expected answer, scoring and feedback.

An exercise is a declaration (data/exercices/<devoir>/<nom>.py) plus the learner's seeded data.
Everything that depends on the kind of answer — preparing, reading, scoring, explaining — is the
job of the declaration's FORMAT (autograder.moteur.formats): this class has no per-format branch.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any


@dataclass
class Contexte:
    """What an exercise generator receives: the notebook's shared data and its own seeded rng."""

    graine: int
    donnees: dict[str, Any]
    rng: random.Random
    dossier: Path | None = None  # the learner's assignment folder (where a recording is kept)


@dataclass(frozen=True)
class Verdict:
    score: float  # 0..1
    message: str  # French, plain text or light HTML
    details: list[str] = field(default_factory=list)

    @property
    def juste(self) -> bool:
        return self.score >= 1.0 - 1e-9


class Exercice:
    def __init__(self, devoir: str, nom: str, module: ModuleType, ctx: Contexte):
        self.devoir, self.nom, self.module = devoir, nom, module
        self.format = module.FORMAT
        self.titre: str = module.TITRE
        self.criteres: tuple[str, ...] = tuple(module.CRITERES)
        self.points: float = float(module.POINTS)
        self.variable: str | None = getattr(module, "VARIABLE", None)  # optional code route
        # False when the answer is something the learner produces (a report), not typed in a field
        self.widget: bool = getattr(module, "WIDGET", True)
        self.dossier: Path | None = ctx.dossier
        self.params: dict[str, Any] = module.generer(ctx)
        self.questions: list[Exercice] = []  # a quiz's drawn questions (filled by its format)
        self.lectures: dict = {}  # a format's readings of a deposited file, by its hash (Document)
        self.format.preparer(self, ctx)

    # -- content -------------------------------------------------------------------------------
    def enonce(self) -> str:
        return self.module.enonce(self.params)

    def enonce_markdown(self) -> str:
        if self.criteres:
            quoi = f"critères évalués\u00a0: {', '.join(self.criteres)}"
        else:  # graded practice: evidences no criterion of the title (data/exercices/README.md)
            quoi = "entraînement noté, sans critère officiel"
        return f"**{self.titre}** — {quoi}\n\n{self.enonce()}"

    def options(self) -> list:
        return list(self.module.options(self.params))

    def elements(self) -> list:
        return list(self.module.elements(self.params))

    def solution(self) -> Any:
        """The expected answer, in the form the store keeps (internal units)."""
        return self.format.solution(self)

    def explication(self) -> str:
        f = getattr(self.module, "explication", None)
        return f(self.params) if f else ""

    # -- reading and scoring an answer ---------------------------------------------------------
    def lire(self, brute: Any, *, depuis_code: bool = False) -> Any:
        """Raw answer (typed text, number, key…) -> stored form; raises ReponseInvalide.

        A number computed by code is taken in internal units (a rate as a fraction: 0.92)."""
        return self.format.lire_reponse(self, brute, depuis_code=depuis_code)

    def evaluer(self, reponse: Any) -> Verdict:
        """Score a stored-form answer and explain it in French (0, never a crash, if unreadable)."""
        if reponse is None:
            return Verdict(0.0, "Pas encore de réponse.")
        try:
            return self.format.evaluer(self, reponse)
        except (TypeError, ValueError, AttributeError, KeyError, IndexError):
            return Verdict(
                0.0,
                "La réponse enregistrée est illisible (fichier de réponses modifié à la main ?) : "
                "répondez de nouveau dans le widget.",
            )
