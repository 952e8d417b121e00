"""A check a machine makes on a learner's work (a form, a text, an office file): its label,
whether it passed, and French advice saying what to fix. Shared by the domain models."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Controle:
    libelle: str
    ok: bool
    conseil: str
