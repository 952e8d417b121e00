"""What `ntc grade` prints: one result per submission, the run's summary, a progress line."""

from __future__ import annotations

import re
import sys
import time
from dataclasses import dataclass, field

NOTEBOOK = re.compile(r"^notebook « (.+?) » : (.*)$", re.S)


@dataclass
class Resultat:
    etudiant: str
    devoir: str
    ok: bool
    erreur: str | None = None
    signalements: list[str] = field(default_factory=list)
    duree: float = 0.0


@dataclass
class Bilan:
    devoirs: list[str]
    notebooks: dict[str, list[str]]
    jobs: int
    resultats: list[Resultat] = field(default_factory=list)
    duree: float = 0.0
    confinement: str = ""  # one line: what confines the learners' kernels in this run
    alertes: list[str] = field(default_factory=list)  # gradebook restored, and why

    @property
    def corriges(self) -> list[Resultat]:
        return [r for r in self.resultats if r.ok]

    @property
    def echecs(self) -> list[Resultat]:
        return [r for r in self.resultats if not r.ok]

    @property
    def signales(self) -> list[Resultat]:
        return [r for r in self.resultats if r.signalements]

    def _ligne(self, r: Resultat, message: str) -> str:
        m = NOTEBOOK.match(message)
        if m:
            nb, message = m.group(1), m.group(2)
        else:
            nb = ", ".join(f"{n}.ipynb" for n in self.notebooks[r.devoir])
        return f"  - apprenant « {r.etudiant} », notebook « {r.devoir}/{nb} » : {message}"

    def texte(self) -> str:
        n = len(self.resultats)
        lignes = [
            f"Correction de {', '.join(self.devoirs)} : {n} copie{'s' if n > 1 else ''} en "
            f"{self.duree:.1f} s avec {self.jobs} travailleur{'s' if self.jobs > 1 else ''}.",
            f"  corrigées : {len(self.corriges)} · échecs : {len(self.echecs)} · "
            f"signalées : {len(self.signales)}",
        ]
        if self.confinement:
            lignes.append(f"  confinement : {self.confinement}")
        lignes += self.alertes
        if self.echecs:
            lignes.append("Échecs (copie non notée, à regarder) :")
            lignes += [self._ligne(r, r.erreur or "?") for r in self.echecs]
        if self.signales:
            lignes.append("Signalements (note conservée, copie marquée dans formgrader) :")
            lignes += [self._ligne(r, s) for r in self.signales for s in r.signalements]
        return "\n".join(lignes)


class Progression:
    """A one-line progress bar on stderr (a line per learner when stderr is not a terminal)."""

    def __init__(self, total: int, titre: str, actif: bool = True):
        self.total, self.titre, self.actif = total, titre, actif
        self.fait = self.echecs = self.signales = 0
        self.t0 = time.perf_counter()
        self.tty = sys.stderr.isatty()

    def avancer(self, r: Resultat) -> None:
        self.fait += 1
        self.echecs += not r.ok
        self.signales += bool(r.signalements)
        if not self.actif:
            return
        dt = time.perf_counter() - self.t0
        plein = int(30 * self.fait / max(self.total, 1))
        etat = "corrigée" if r.ok else "ÉCHEC"
        if self.tty:
            barre = "█" * plein + "·" * (30 - plein)
            sys.stderr.write(
                f"\r{self.titre} [{barre}] {self.fait}/{self.total} · {self.echecs} échec(s) · "
                f"{self.signales} signalée(s) · {dt:4.0f} s"
            )
            if self.fait == self.total:
                sys.stderr.write("\n")
        else:
            sys.stderr.write(
                f"[{self.fait}/{self.total}] {r.devoir} · {r.etudiant} : {etat} ({dt:.0f} s)\n"
            )
        sys.stderr.flush()
