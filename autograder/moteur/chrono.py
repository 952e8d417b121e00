"""A timed part of an exam (the 4-hour written case study, a 15-minute phone call…).

Its start is saved in the notebook's answer store the moment the learner starts it, so the time
keeps running, as at the exam, when the notebook is closed or the kernel restarts; what is left is
always computed from the clock, never counted by ticks. A deposit is dated by the store, so a file
handed in after the end can be named as late. Starting again (a self-learner sitting a new
subject) is explicit and keeps the previous start in the record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from autograder.moteur.reponses import Reponses

ALERTES = (30 * 60, 10 * 60, 5 * 60)  # seconds left at which the learner is warned


def maintenant() -> datetime:
    return datetime.now().astimezone()


def duree_en_clair(secondes: float) -> str:
    """« 4 h », « 1 h 30 », « 15 min », « 40 s » (French usage; seconds only under a minute)."""
    s = max(0, int(secondes))
    h, m = s // 3600, s % 3600 // 60
    if h:
        return f"{h}\u00a0h" + (f"\u00a0{m:02d}" if m else "")
    return f"{m}\u00a0min" if m else f"{s}\u00a0s"


def horloge(secondes: float) -> str:
    """h:mm:ss, the countdown's display."""
    s = max(0, round(secondes))
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


@dataclass
class Chrono:
    reponses: Reponses
    nom: str  # what is timed, e.g. « ecrit » (key `chrono_<nom>` in the answer store)
    secondes: int
    titre: str
    apres_la_fin: str = ""  # what to do once the time is up (default: hand in the files)

    def __post_init__(self):
        if self.secondes <= 0:
            raise ValueError(f"durée invalide pour « {self.titre} » : {self.secondes} s")

    @property
    def cle(self) -> str:
        return f"chrono_{self.nom}"

    def _enregistre(self) -> dict:
        v = self.reponses.valeur(self.cle)
        return v if isinstance(v, dict) else {}

    @property
    def debut(self) -> datetime | None:
        try:
            return datetime.fromisoformat(self._enregistre()["debut"])
        except (KeyError, TypeError, ValueError):  # not started, or a hand-edited record
            return None

    @property
    def fin(self) -> datetime | None:
        return None if self.debut is None else self.debut + timedelta(seconds=self.secondes)

    def demarrer(self, quand: datetime | None = None) -> datetime:
        """Start the clock once: starting a running or finished part changes nothing."""
        if self.debut is not None:
            return self.debut
        debut = (quand or maintenant()).isoformat(timespec="seconds")
        self.reponses.enregistrer(self.cle, {"debut": debut, "secondes": self.secondes})
        return self.debut

    def recommencer(self, quand: datetime | None = None) -> datetime:
        """A new sitting: a new start; the earlier starts stay in the record."""
        ancien = self._enregistre()
        precedents = [
            *ancien.get("precedents", []),
            *([ancien["debut"]] if "debut" in ancien else []),
        ]
        debut = (quand or maintenant()).isoformat(timespec="seconds")
        self.reponses.enregistrer(
            self.cle, {"debut": debut, "secondes": self.secondes, "precedents": precedents}
        )
        return self.debut

    def ecoule(self, quand: datetime | None = None) -> float:
        if self.debut is None:
            return 0.0
        return max(0.0, ((quand or maintenant()) - self.debut).total_seconds())

    def restant(self, quand: datetime | None = None) -> float:
        return max(0.0, self.secondes - self.ecoule(quand)) if self.debut else float(self.secondes)

    def fini(self, quand: datetime | None = None) -> bool:
        return self.debut is not None and self.restant(quand) <= 0

    def retard(self, horodatage: str | datetime) -> float:
        """Seconds after the end at which something dated `horodatage` was handed in (0: in time,
        or the part never started)."""
        if self.fin is None:
            return 0.0
        quand = datetime.fromisoformat(horodatage) if isinstance(horodatage, str) else horodatage
        if quand.tzinfo is None:  # the answer store dates in local time, without offset
            quand = quand.astimezone()
        return max(0.0, (quand - self.fin).total_seconds())

    def etat(self, quand: datetime | None = None) -> str:
        """One French line saying where the learner stands."""
        if self.debut is None:
            return f"{self.titre}\u00a0: {duree_en_clair(self.secondes)}, pas encore commencée."
        if self.fini(quand):
            consigne = self.apres_la_fin or (
                "Rendez vos fichiers ; un fichier déposé après la fin est signalé comme rendu en "
                "retard."
            )
            return f"{self.titre}\u00a0: temps écoulé (fin à {self.fin:%H:%M}). {consigne}"
        return (
            f"{self.titre}\u00a0: {duree_en_clair(self.restant(quand))} restantes "
            f"(fin à {self.fin:%H:%M})."
        )
