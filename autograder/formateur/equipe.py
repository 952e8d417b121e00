"""The workers of `ntc grade` (`correction`): N `travailleur` processes, started before the run is
prepared so that their start-up (nbgrader's imports, the fork server's) overlaps the parent's,
then fed one (assignment, learner) at a time. A worker that dies or hangs is killed with its
process group and replaced; its copy is reported as failed.
"""

from __future__ import annotations

import json
import os
import queue
import select
import signal
import subprocess
import sys
import threading
from pathlib import Path

from autograder.formateur import limites


class _PasDemarre(Exception):
    """A worker died or hung before it was ready to grade."""


class Equipe:
    """N worker subprocesses fed one (devoir, learner) at a time; results go to `self.sortie`.

    Workers are started (`prelancer`) before the run is prepared: their start-up overlaps the
    parent's; the run's settings (`reglages`) are sent to each when its first copy comes."""

    def __init__(self, run: Path, depart: dict):
        self.run, self.depart = run, depart
        self.reglages: dict = {}
        self.delais: dict[str, float] = {}
        self.jobs = 1
        self.prets: dict[int, subprocess.Popen] = {}  # started, settings not sent yet
        self.file: queue.Queue[tuple[str, str]] = queue.Queue()
        self.sortie: queue.Queue[dict] = queue.Queue()

    def _demarrer(self, i: int) -> subprocess.Popen:
        log = open(self.run / f"travailleur-{i}.log", "ab")  # noqa: SIM115
        env = limites.environnement(self.run)
        env[limites.VARIABLE_DEPART] = json.dumps(self.depart)
        try:
            return subprocess.Popen(
                [sys.executable, "-m", "autograder.formateur.travailleur"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log,
                cwd=self.run,
                env=env,
                start_new_session=True,  # one process group: killed together with its kernel
            )
        finally:
            log.close()

    def prelancer(self, n: int) -> None:
        for i in range(n):
            try:
                self.prets[i] = self._demarrer(i)
            except OSError:
                break  # started again, with its French error, when its first copy comes

    def arreter_prelances(self) -> None:
        """Workers started for nothing (fewer copies than workers, or a run that stopped)."""
        for proc in self.prets.values():
            self._tuer(proc)
        self.prets.clear()

    def _lancer(self, i: int) -> subprocess.Popen:
        """Worker i ready for copies: the one started in advance, or a new one."""
        proc = self.prets.pop(i, None)
        try:
            proc = proc or self._demarrer(i)
            proc.stdin.write((json.dumps(self.reglages) + "\n").encode())
            proc.stdin.flush()
            prets, _, _ = select.select([proc.stdout], [], [], limites.DEMARRAGE_TRAVAILLEUR_S)
            ligne = proc.stdout.readline() if prets else b""
            if json.loads(ligne or b"{}").get("pret"):
                return proc
        except (OSError, ValueError):
            pass
        if proc is not None:
            self._tuer(proc)
        raise _PasDemarre(
            "le processus de correction n'a pas démarré"
            + (self._fin_du_journal(i) or f" en {limites.DEMARRAGE_TRAVAILLEUR_S} s")
        )

    @staticmethod
    def _tuer(proc: subprocess.Popen) -> None:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        proc.wait()

    def _fin_du_journal(self, i: int) -> str:
        try:
            texte = (
                (self.run / f"travailleur-{i}.log").read_bytes()[-4000:].decode(errors="replace")
            )
        except OSError:
            return ""
        lignes = [ligne for ligne in texte.splitlines() if ligne.strip()]
        return f" ; dernier message : {lignes[-1][:200]}" if lignes else ""

    def _une(self, i: int, proc: subprocess.Popen, devoir: str, etudiant: str) -> dict:
        delai = self.delais[devoir]
        try:
            proc.stdin.write((json.dumps({"devoir": devoir, "etudiant": etudiant}) + "\n").encode())
            proc.stdin.flush()
            prets, _, _ = select.select([proc.stdout], [], [], delai)
            if not prets:
                return {
                    "erreur": f"délai total dépassé ({delai:.0f} s) : correction abandonnée "
                    "(noyau bloqué ?)"
                }
            ligne = proc.stdout.readline()
            if ligne:
                return json.loads(ligne)
            return {
                "erreur": "le processus de correction s'est arrêté (mémoire épuisée ou arrêt "
                "forcé par le code de la copie)" + self._fin_du_journal(i)
            }
        except (OSError, ValueError) as exc:
            return {"erreur": f"le processus de correction a échoué ({exc})"}

    def _slot(self, i: int) -> None:
        proc = None
        while True:
            try:
                devoir, etudiant = self.file.get_nowait()
            except queue.Empty:
                break
            if proc is None or proc.poll() is not None:
                try:
                    proc = self._lancer(i)
                except _PasDemarre as exc:
                    proc = None
                    self.sortie.put(
                        {"etudiant": etudiant, "devoir": devoir, "ok": False,
                         "erreur": str(exc), "signalements": []}
                    )  # fmt: skip
                    continue
            res = self._une(i, proc, devoir, etudiant)
            if "etudiant" not in res:  # the worker is dead or stuck: replace it
                res.update(etudiant=etudiant, devoir=devoir, ok=False, signalements=[])
                self._tuer(proc)
                proc = None
            self.sortie.put(res)
        if proc is not None:
            proc.stdin.close()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self._tuer(proc)

    def lancer(self, taches: list[tuple[str, str]]) -> None:
        for t in taches:
            self.file.put(t)
        n = min(self.jobs, len(taches))
        for i in [i for i in self.prets if i >= n]:
            self._tuer(self.prets.pop(i))
        for i in range(n):
            threading.Thread(target=self._slot, args=(i,), daemon=True).start()


def copies_probables(cours: Path, devoirs: list[str], etudiants, jobs: int) -> int:
    """How many workers to start before the course is read: the copies in the default
    `submitted/<learner>/<assignment>/` layout, at most `jobs` (all `jobs` if that layout is
    not there: the real list comes later and surplus workers are stopped)."""
    depots = cours / "submitted"
    if not depots.is_dir():
        return max(1, jobs)
    n = sum(1 for d in devoirs for _ in depots.glob(f"*/{d}"))
    if etudiants:
        n = min(n, len(etudiants))
    return max(1, min(jobs, n))
