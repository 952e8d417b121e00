"""Levels of the official criteria: one rule for the trainer's `ntc report` and the learner's
« Ma progression » page.

A criterion's rate is the sum of the points obtained over the sum of the maximum points of every
scored question naming it. Levels (thresholds chosen for the course, stated wherever shown):

    acquis                     taux ≥ 75 %
    en cours de maîtrise       40 % ≤ taux < 75 %
    non acquis                 taux < 40 %
    non évalué                 no scored question names the criterion
"""

from __future__ import annotations

from dataclasses import dataclass, field

SEUIL_ACQUIS = 0.75
SEUIL_EN_COURS = 0.40
NIVEAUX = ("acquis", "en cours de maîtrise", "non acquis", "non évalué")


def niveau(taux: float | None) -> str:
    if taux is None:
        return "non évalué"
    if taux >= SEUIL_ACQUIS - 1e-9:
        return "acquis"
    if taux >= SEUIL_EN_COURS - 1e-9:
        return "en cours de maîtrise"
    return "non acquis"


@dataclass
class LigneCritere:
    critere: str
    libelle: str
    competence: str
    points: float = 0.0
    maximum: float = 0.0
    en_attente: int = 0  # questions naming it with no score yet (a written answer to grade)
    cellules: list[str] = field(default_factory=list)

    @property
    def taux(self) -> float | None:
        return self.points / self.maximum if self.maximum > 0 else None

    @property
    def niveau(self) -> str:
        return niveau(self.taux)


def libelle(cid: str) -> tuple[str, str]:
    """(official wording, competence id) of a criterion; a placeholder for an unknown id."""
    from autograder.moteur import referentiel

    try:
        c = referentiel.critere(cid)
        return c.libelle, c.competence
    except KeyError:
        return "(critère absent du référentiel)", cid.split(".")[0]


def ligne_vide(cid: str) -> LigneCritere:
    return LigneCritere(cid, *libelle(cid))


def cle(cid: str) -> tuple:
    """Sort key: CP before CT, then by number (CP4.10 after CP4.9)."""
    prefixe, _, num = cid.partition(".")
    return (prefixe[:2] != "CP", int(prefixe[2:] or 0), int(num or 0))
