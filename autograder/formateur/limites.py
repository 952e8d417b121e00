"""What `ntc grade` isolates and limits when it runs learners' code (read this before a real cohort).

Provided, for every submission:
- a private working copy: the worker copies ONE learner's submitted folder into a fresh temporary
  course (`/tmp/ntc-correction-*/<jeton>/cours/`), beside no other learner's folder, with the
  source's non-notebook files only (no notebook with hidden tests) and no gradebook: the working
  gradebook sits in another randomly named folder. Whatever the learner's code writes with paths
  relative to its notebook (`../../bob/…`, `../../../gradebook.db`, `../../../nbgrader_config.py`,
  `solutions/…`) lands in that copy, is reported (`controles.fichiers_modifies`) and is thrown away;
- a memory cap (RLIMIT_AS, `--memoire`, 2 Go by default) and a file-size cap (RLIMIT_FSIZE,
  `--taille-fichier`, 64 Mo; SIGXFSZ ignored so an oversized write fails with an error instead of
  killing the grader), set in the worker process before any kernel starts: kernels inherit them;
- nbgrader's per-cell timeout (`c.Execute.timeout`, 60 s in nbgrader_config.py; `--delai` for a
  run), plus a wall-clock limit per submission after which the worker and its kernel (one process
  group) are killed and the submission reported as failed, the others going on in a new worker;
- one process per notebook: each kernel is a new process (forked from the worker's server of
  pre-warmed kernels, `prechauffe`, which never runs a learner's code, or launched as nbgrader
  does with `--noyaux-neufs`); a kernel that kills or stops that server only costs its own
  submission (it dies with it, or the wall-clock limit replaces the worker);
- a single writer: only the parent process writes the real gradebook, and it takes from a working
  gradebook nothing but that learner's automatic scores (checked against the cell's maximum),
  automatic comments, late penalty and timestamp: manual grades are never overwritten.

On Linux with Landlock, `confinement` also restricts each kernel (files, TCP, signals: see there);
without it, what follows holds. NOT provided by the working copy alone (the trainer's Unix user): a learner's code can still read or write
any file that user can reach through an absolute path (the real course, `solutions/` of the
installed package, the trainer's home), see other processes (`/proc`), use the network, or start
many processes (RLIMIT_NPROC is per user and ignored for root, so it is not set). Hidden tests
necessarily reach the process that runs the learner's notebook (nbgrader puts them back in the
cells); only another Unix user or a container keeps them out of reach of a determined learner.
The README's trainer section gives the container recipe: `ntc grade` inside a rootless
podman/docker container, course mounted read-write but nothing else of the host, no network,
`--pids-limit` and `--memory`.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

MEMOIRE_MO = 2048
TAILLE_FICHIER_MO = 64
# Per submission, on top of the per-cell timeout × number of cells: kernel start, imports, I/O.
MARGE_COPIE_S = 120
# A worker's start-up (imports, gradebook snapshot, prewarmed kernel) is not a copy's time.
DEMARRAGE_TRAVAILLEUR_S = 180


def appliquer(memoire_mo: int | None = MEMOIRE_MO, fichier_mo: int | None = TAILLE_FICHIER_MO):
    """Set the caps in THIS process (a grading worker): its kernels inherit them."""
    import resource

    def plafonner(ressource, valeur):
        _, dur = resource.getrlimit(ressource)
        if dur != resource.RLIM_INFINITY:
            valeur = min(valeur, dur)
        resource.setrlimit(ressource, (valeur, dur))

    if memoire_mo:
        plafonner(resource.RLIMIT_AS, memoire_mo * 1024 * 1024)
    if fichier_mo:
        plafonner(resource.RLIMIT_FSIZE, fichier_mo * 1024 * 1024)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # inherited: EFBIG instead of a kill


# Environment variable carrying a worker's start-up settings (limits, pre-warmed kernels), so
# that it starts before the run's settings are known; removed from the worker's environment.
VARIABLE_DEPART = "NTC_TRAVAILLEUR_DEPART"


def environnement(dossier_travail: Path) -> dict[str, str]:
    """Environment of a worker (and so of its kernels): nothing that points at the real course."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("JUPYTERHUB_", "NBGRADER_", "JPY_", "OLDPWD", "PWD"))
    }
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["PWD"] = str(dossier_travail)
    env.pop("NTC_IDENTIFIANT", None)  # the learner's identifier comes from their answer file
    return env


def delai_copie(delai_cellule: float, nb_cellules: int) -> float:
    """Wall-clock limit of one submission (every cell may hit the per-cell timeout)."""
    return MARGE_COPIE_S + delai_cellule * max(nb_cellules, 1)
