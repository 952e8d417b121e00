"""Cap the processes of one learner's kernel with a `pids` cgroup, where RLIMIT_NPROC cannot.

Linux ignores RLIMIT_NPROC for root, and CI, containers and many training servers grade as root:
there a fork bomb would only be stopped by the time limits, after it has frozen the machine. The
kernel's `pids` controller counts every task (process or thread) of a group, root's too. The forked
kernel moves itself into a group of its own, `ntc-noyau-<pid>`, under the worker's group, before
any learner code runs; Landlock, applied just after, then forbids it to leave it (no write under
/sys). The worker removes the empty groups after each copy (`nettoyer`).

cgroup v1 (a `pids` hierarchy) and v2 (a delegated subtree with `pids` enabled) are both tried;
where neither is writable (an ordinary user without delegation), nothing happens and the per-user
RLIMIT_NPROC applies instead (see `confinement.limiter_processus`).
"""

from __future__ import annotations

import os
from pathlib import Path

RACINE = Path("/sys/fs/cgroup")
PREFIXE = "ntc-noyau-"
# Tasks, threads included: an ipykernel with NumPy runs a few dozen; a bomb stops here.
TACHES_MAX = 256


def _dossier_courant() -> Path | None:
    """This process's group in the hierarchy that has the pids controller, if one is mounted."""
    try:
        lignes = Path("/proc/self/cgroup").read_text().splitlines()
    except OSError:
        return None
    for ligne in lignes:
        _, controleurs, chemin = ligne.split(":", 2)
        if "pids" in controleurs.split(","):  # v1: its own hierarchy
            return RACINE / "pids" / chemin.lstrip("/")
    for ligne in lignes:
        if ligne.startswith("0::"):  # v2: one hierarchy, pids enabled for the children?
            dossier = RACINE / ligne[3:].lstrip("/")
            try:
                actifs = (dossier / "cgroup.subtree_control").read_text().split()
            except OSError:
                return None
            return dossier if "pids" in actifs else None
    return None


def plafonner(taches: int = TACHES_MAX) -> bool:
    """Move this process into a new group of at most `taches` tasks; False when not possible."""
    base = _dossier_courant()
    if base is None:
        return False
    groupe = base / f"{PREFIXE}{os.getpid()}"
    try:
        groupe.mkdir(exist_ok=True)
        (groupe / "pids.max").write_text(str(taches))
        (groupe / "cgroup.procs").write_text(str(os.getpid()))
    except OSError:
        try:
            groupe.rmdir()
        except OSError:
            pass
        return False
    return True


def nettoyer() -> None:
    """Remove the kernels' groups that no process uses any more (rmdir refuses a busy one)."""
    base = _dossier_courant()
    if base is None:
        return
    try:
        groupes = list(base.glob(f"{PREFIXE}*"))
    except OSError:
        return
    for groupe in groupes:
        try:
            groupe.rmdir()
        except OSError:
            pass
