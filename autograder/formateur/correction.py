"""`ntc grade DEVOIR --jobs N`: autograde a whole cohort with N workers, a progress line, a summary.

Design (issue #8): serial `nbgrader autograde` runs one notebook after another; the cost is the
kernel start and imports of each notebook, so the way to go faster is to run N at once. Running N
`nbgrader autograde --student X` against the same SQLite gradebook risks "database is locked" and lost
writes, so instead:
1. the parent takes a consistent snapshot of the gradebook (SQLite backup API);
2. N long-lived workers (`travailleur`) grade one submission at a time, each in a fresh working
   course with a copy of the snapshot, through nbgrader's own Autograde converter: same
   preprocessors, same config, hence the same grades as the serial command;
3. the parent, the only writer, merges each learner's rows into the real gradebook as results come
   (`fusion`) and copies the autograded folder into the course's `autograded/`.
Submissions are handed out one by one (a slow copy does not hold a whole batch back); a worker that
dies or exceeds its wall-clock limit is killed with its process group and replaced, the learner it
was grading is reported as failed, and the others go on.
"""

from __future__ import annotations

import json
import os
import queue
import re
import select
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from autograder.formateur import limites
from autograder.formateur.cours import ErreurCours, carnet, dossier_cours, verifier_devoir

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


def lister_depots(coursedir, devoir: str) -> list[str]:
    depots = Path(coursedir.root) / coursedir.submitted_directory
    if not depots.is_dir():
        return []
    return sorted(p.name for p in depots.iterdir() if (p / devoir).is_dir())


def _chemin_sqlite(url: str) -> Path:
    if not url.startswith("sqlite:///"):
        raise ErreurCours(f"Carnet de notes non SQLite ({url}) : non pris en charge par ntc grade.")
    return Path(url[len("sqlite:///") :])


def _supprimer(chemin: Path) -> None:
    """rmtree that also removes read-only files (nbgrader writes autograded files 444)."""

    def forcer(func, p, _exc):
        os.chmod(p, stat.S_IRWXU)
        func(p)

    if chemin.is_symlink() or chemin.is_file():
        chemin.unlink()
    elif chemin.exists():
        for racine, dossiers, _ in os.walk(chemin):
            for d in dossiers:
                if not os.path.islink(os.path.join(racine, d)):  # never chmod a link's target
                    os.chmod(os.path.join(racine, d), stat.S_IRWXU)
        cle = "onexc" if sys.version_info >= (3, 12) else "onerror"
        shutil.rmtree(chemin, **{cle: forcer})


def _liens(dossier: str, noms: list[str]) -> list[str]:
    """copytree filter: a link left by the learner's code is not brought into the course."""
    return [n for n in noms if os.path.islink(os.path.join(dossier, n))]


class _Pool:
    """N worker subprocesses fed one (devoir, learner) at a time; results go to `self.sortie`."""

    def __init__(self, reglages: dict, jobs: int, delais: dict[str, float], run: Path):
        self.reglages, self.jobs, self.delais, self.run = reglages, jobs, delais, run
        self.file: queue.Queue[tuple[str, str]] = queue.Queue()
        self.sortie: queue.Queue[dict] = queue.Queue()

    def _lancer(self, i: int) -> subprocess.Popen:
        log = open(self.run / f"travailleur-{i}.log", "ab")  # noqa: SIM115
        proc = subprocess.Popen(
            [sys.executable, "-m", "autograder.formateur.travailleur"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log,
            cwd=self.run,
            env=limites.environnement(self.run),
            start_new_session=True,  # one process group: killed together with its kernel
        )
        log.close()
        proc.stdin.write((json.dumps(self.reglages) + "\n").encode())
        proc.stdin.flush()
        return proc

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
                proc = self._lancer(i)
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
        for i in range(min(self.jobs, len(taches))):
            threading.Thread(target=self._slot, args=(i,), daemon=True).start()


def _taches(coursedir, devoirs: list[str], etudiants: list[str] | None) -> list[tuple[str, str]]:
    taches = []
    for devoir in devoirs:
        presents = lister_depots(coursedir, devoir)
        if etudiants:
            presents = [e for e in presents if e in etudiants]
        taches += [(devoir, e) for e in presents]
    if etudiants:
        vus = {e for _, e in taches}
        inconnus = sorted(set(etudiants) - vus)
        if inconnus:
            raise ErreurCours(
                f"Pas de copie ramassée pour {', '.join(inconnus)} dans "
                f"{coursedir.submitted_directory}/<apprenant>/<devoir>/."
            )
    if not taches:
        raise ErreurCours(
            f"Aucune copie de {', '.join(devoirs)} dans {coursedir.submitted_directory}/ : "
            f"ramassez-les avec « nbgrader collect {devoirs[0]} »."
        )
    return taches


def corriger(
    cours: Path,
    devoirs: list[str] | str,
    *,
    jobs: int = 2,
    etudiants: list[str] | None = None,
    delai: float | None = None,
    memoire_mo: int | None = limites.MEMOIRE_MO,
    fichier_mo: int | None = limites.TAILLE_FICHIER_MO,
    progression: bool = True,
    prechauffe: bool = True,
) -> Bilan:
    """Autograde every collected submission of `devoirs` (or of `etudiants`) with `jobs` workers."""
    from nbgrader.api import Gradebook

    from autograder.formateur.fusion import REGISTRE, ErreurFusion, fusionner, marquer

    t0 = time.perf_counter()
    devoirs = [devoirs] if isinstance(devoirs, str) else list(devoirs)
    cours = Path(cours).resolve()
    coursedir = dossier_cours(cours)
    notebooks = {d: verifier_devoir(coursedir, d) for d in devoirs}
    taches = _taches(coursedir, devoirs, etudiants)
    delai_cellule = delai or coursedir.config.Execute.get("timeout", 30) or 30
    with carnet(coursedir) as gb:
        delais = {
            d: limites.delai_copie(
                delai_cellule, sum(len(gb.find_notebook(n, d).source_cells) for n in notebooks[d])
            )
            for d in devoirs
        }
    jobs = max(1, min(jobs, len(taches)))
    bilan = Bilan(devoirs, notebooks, jobs)
    run = Path(tempfile.mkdtemp(prefix="ntc-correction-"))
    try:
        instantane = run / "instantane.db"
        with sqlite3.connect(_chemin_sqlite(coursedir.db_url)) as src:
            with sqlite3.connect(instantane) as dst:
                src.backup(dst)
        reglages = {
            "cours": str(cours),
            "devoirs": {
                d: {
                    "notebooks": notebooks[d],
                    "source": coursedir.format_path(coursedir.source_directory, ".", d),
                }
                for d in devoirs
            },
            "dossier_run": str(run),
            "carnet_instantane": str(instantane),
            "depots": str(Path(coursedir.root) / coursedir.submitted_directory),
            "delai": delai,
            "memoire_mo": memoire_mo,
            "fichier_mo": fichier_mo,
            "prechauffe": prechauffe,
        }
        pool = _Pool(reglages, jobs, delais, run)
        barre = Progression(len(taches), "Correction", progression)
        pool.lancer(taches)
        corriges = Path(coursedir.root) / coursedir.autograded_directory
        registre = Path(coursedir.root) / REGISTRE
        with Gradebook(coursedir.db_url, coursedir.course_id) as reel:
            for _ in taches:
                res = pool.sortie.get()
                r = Resultat(
                    res["etudiant"],
                    res["devoir"],
                    bool(res.get("ok")),
                    res.get("erreur"),
                    list(res.get("signalements", [])),
                    res.get("duree", 0.0),
                )
                if res.get("carnet"):
                    try:
                        with Gradebook(f"sqlite:///{res['carnet']}") as copie:
                            r.signalements += fusionner(reel, copie, r.devoir, r.etudiant)
                    except ErreurFusion as exc:
                        r.ok, r.erreur = False, r.erreur or str(exc)
                    except Exception as exc:  # a working gradebook the learner's code broke
                        reel.db.rollback()
                        r.ok, r.erreur = False, f"carnet de travail inutilisable ({exc})"
                dest = corriges / r.etudiant / r.devoir
                _supprimer(dest)
                if r.ok and res.get("corrige"):
                    shutil.copytree(res["corrige"], dest, ignore=_liens)
                if r.ok or r.signalements:  # a failed run leaves the copy's flag as it was
                    marquer(reel, r.devoir, r.etudiant, bool(r.signalements), registre)
                if res.get("travail"):
                    _supprimer(Path(res["travail"]))
                if res.get("carnet"):
                    _supprimer(Path(res["carnet"]).parent)
                bilan.resultats.append(r)
                barre.avancer(r)
    finally:
        _supprimer(run)
    bilan.resultats.sort(key=lambda r: (r.devoir, r.etudiant))
    bilan.duree = time.perf_counter() - t0
    return bilan
