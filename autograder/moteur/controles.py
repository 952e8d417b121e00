"""A check a machine makes on a learner's work (a form, a text, an office file): its label,
whether it passed, and French advice saying what to fix. Shared by the domain models."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Controle:
    libelle: str
    ok: bool
    conseil: str
    compte: bool = True  # False: information only, not in the score


def part_reussie(controles) -> float:
    """Share of the graded checks passed (0 when nothing could be checked)."""
    notes = [c.ok for c in controles if c.compte]
    return sum(notes) / len(notes) if notes else 0.0
