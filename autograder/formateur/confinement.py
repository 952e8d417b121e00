"""Confine a learner's kernel with Linux Landlock, before any of the learner's code runs.

Why Landlock (called here through ctypes, three syscalls, no dependency): an unprivileged process
restricts itself and everything it starts, root included, with no container runtime and no setuid
helper; it is applied in the forked kernel (`prechauffe`), so the pre-warmed kernels stay. A kernel
started the usual way goes through `python -m autograder.formateur.confinement RULES -- CMD…`, which
restricts itself then execs CMD (a Landlock domain survives exec).

What a confined kernel may do (everything else is refused with EACCES/EPERM):
- files: read the Python installation, the course engine (`autograder/`, `data/`) and a few system
  folders; read and write its own working copy and private temporary folder, nothing else: not the
  real course, other submissions, `solutions/`, the gradebook, the trainer's home or /tmp;
- network (Landlock ABI ≥ 4): bind its own five kernel ports, connect to no TCP port at all;
- signals and abstract Unix sockets (ABI ≥ 6): only towards processes of its own domain (itself
  and its children), never the worker, the fork server or any other process.
Not covered: UDP and raw sockets (Landlock filters TCP only), Unix sockets with a path (ABI < 9),
disk space, CPU time beyond the timeouts; `limites` keeps the memory, file size and time caps.
"""

from __future__ import annotations

import ctypes
import json
import os
import site
import sys
from pathlib import Path

# Syscall numbers are the same on every Linux architecture (added after the tables were unified).
_CREER, _AJOUTER, _RESTREINDRE = 444, 445, 446
_VERSION = 1  # LANDLOCK_CREATE_RULESET_VERSION
_REGLE_CHEMIN, _REGLE_PORT = 1, 2
_PR_SET_NO_NEW_PRIVS = 38

EXEC, ECRIRE, LIRE, LIRE_DOSSIER = 1 << 0, 1 << 1, 1 << 2, 1 << 3
REFER, TRUNCATE, IOCTL_DEV = 1 << 13, 1 << 14, 1 << 15
LECTURE = EXEC | LIRE | LIRE_DOSSIER
FICHIER = EXEC | ECRIRE | LIRE | TRUNCATE | IOCTL_DEV  # the rights a rule on a file may carry
NET_BIND, NET_CONNECT = 1 << 0, 1 << 1
SCOPE_UNIX_ABSTRAIT, SCOPE_SIGNAL = 1 << 0, 1 << 1

# Simulates a machine without Landlock (tests, and a trainer who wants to see the fallback).
INDISPONIBLE = "NTC_CONFINEMENT_INDISPONIBLE"
SYSTEME_LECTURE = ("/usr", "/lib", "/lib64", "/bin", "/sbin", "/proc", "/sys", "/etc/alternatives")
ETC = ("ld.so.cache", "localtime", "passwd", "group", "nsswitch.conf", "mime.types", "fonts")
APPAREILS = ("/dev/null", "/dev/zero", "/dev/urandom", "/dev/random", "/dev/full")


class _Ensemble(ctypes.Structure):
    _fields_ = [("fs", ctypes.c_uint64), ("net", ctypes.c_uint64), ("scoped", ctypes.c_uint64)]


class _Chemin(ctypes.Structure):
    _pack_ = 1  # the kernel's struct is packed
    _fields_ = [("acces", ctypes.c_uint64), ("fd", ctypes.c_int32)]


class _Port(ctypes.Structure):
    _fields_ = [("acces", ctypes.c_uint64), ("port", ctypes.c_uint64)]


def _libc():
    libc = ctypes.CDLL(None, use_errno=True)
    libc.syscall.restype = ctypes.c_long
    return libc


def abi() -> int:
    """Landlock ABI of this kernel, 0 when absent, disabled or simulated absent."""
    if os.environ.get(INDISPONIBLE) or not sys.platform.startswith("linux"):
        return 0
    try:
        v = _libc().syscall(
            ctypes.c_long(_CREER), None, ctypes.c_size_t(0), ctypes.c_uint32(_VERSION)
        )
    except (OSError, AttributeError):
        return 0
    return max(int(v), 0)


def etat(version: int) -> str:
    """The summary line's words for what confinement this kernel offers."""
    if version >= 6:
        return f"actif (Landlock ABI {version} : fichiers, réseau TCP, signaux)"
    if version >= 4:
        return f"partiel (Landlock ABI {version} : fichiers et réseau TCP ; signaux non confinés)"
    if version >= 1:
        return f"partiel (Landlock ABI {version} : fichiers seulement ; réseau et signaux non confinés)"
    return "indisponible (noyau sans Landlock) : isolation par copie de travail seulement"


def _droits_fs(version: int) -> int:
    droits = (1 << 13) - 1
    if version >= 2:
        droits |= REFER
    if version >= 3:
        droits |= TRUNCATE
    if version >= 5:
        droits |= IOCTL_DEV
    return droits


def lectures_de_base(interdits: list[Path]) -> list[str]:
    """Folders every kernel reads, computed once in the worker; none may hold a forbidden path."""
    from autograder.moteur import paths

    chemins = [*SYSTEME_LECTURE, *(f"/etc/{n}" for n in ETC)]
    chemins += [sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix]
    chemins += site.getsitepackages()  # elsewhere when a symlink (the hub's users' Python)
    chemins += [str(Path(paths.__file__).parents[1]), str(paths.DATA_DIR)]
    try:
        import matplotlib  # its font cache: a fresh kernel would rebuild it otherwise

        chemins += [matplotlib.get_cachedir(), matplotlib.get_configdir()]
    except Exception:  # noqa: BLE001 — no cache is not an error
        pass
    garde = [Path(os.path.realpath(i)) for i in interdits]
    sortie = []
    for c in dict.fromkeys(os.path.realpath(c) for c in chemins):
        p = Path(c)
        if p.exists() and not any(p == i or p in i.parents for i in garde):
            sortie.append(c)
    return sortie


def regles(lecture: list[str], ecriture: list[str], fichiers: list[str], ports: list[int]) -> dict:
    return {"lecture": lecture, "ecriture": ecriture, "fichiers": fichiers, "ports": ports}


def _ajouter(libc, fd_ens: int, chemin: str, acces: int) -> None:
    try:
        fd = os.open(chemin, os.O_PATH | os.O_CLOEXEC)
    except OSError:
        return  # a folder that does not exist grants nothing
    try:
        if not os.path.isdir(chemin):
            acces &= FICHIER
        attr = _Chemin(acces, fd)
        if libc.syscall(ctypes.c_long(_AJOUTER), fd_ens, _REGLE_CHEMIN, ctypes.byref(attr), 0):
            raise OSError(ctypes.get_errno(), f"landlock_add_rule({chemin})")
    finally:
        os.close(fd)


def appliquer(r: dict) -> int:
    """Restrict THIS process (single-threaded: call it right after fork) and its future children.
    Returns the ABI used; raises OSError when Landlock refuses (the kernel must then not run)."""
    version = abi()
    if version < 1:
        raise OSError("Landlock indisponible")
    libc = _libc()
    droits = _droits_fs(version)
    ens = _Ensemble(
        droits,
        NET_BIND | NET_CONNECT if version >= 4 else 0,
        SCOPE_UNIX_ABSTRAIT | SCOPE_SIGNAL if version >= 6 else 0,
    )
    fd_ens = libc.syscall(ctypes.c_long(_CREER), ctypes.byref(ens), ctypes.sizeof(ens), 0)
    if fd_ens < 0:
        raise OSError(ctypes.get_errno(), "landlock_create_ruleset")
    try:
        for c in r["lecture"]:
            _ajouter(libc, fd_ens, c, LECTURE & droits)
        for c in r["fichiers"]:
            _ajouter(libc, fd_ens, c, LIRE)
        for c in APPAREILS:
            _ajouter(libc, fd_ens, c, FICHIER & droits)
        for c in r["ecriture"]:
            _ajouter(libc, fd_ens, c, droits)
        if version >= 4:
            for port in r["ports"]:  # the kernel's own channels: bind only, never connect
                attr = _Port(NET_BIND, int(port))
                if libc.syscall(
                    ctypes.c_long(_AJOUTER), fd_ens, _REGLE_PORT, ctypes.byref(attr), 0
                ):
                    raise OSError(ctypes.get_errno(), f"landlock_add_rule(port {port})")
        if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0):
            raise OSError(ctypes.get_errno(), "prctl(NO_NEW_PRIVS)")
        if libc.syscall(ctypes.c_long(_RESTREINDRE), fd_ens, 0):
            raise OSError(ctypes.get_errno(), "landlock_restrict_self")
    finally:
        os.close(fd_ens)
    return version


def limiter_processus(r: dict) -> None:
    """Fork bomb: cap this kernel's tasks with a pids cgroup where one is writable (root: Linux
    ignores RLIMIT_NPROC for root), else the processes of its user with RLIMIT_NPROC."""
    import resource

    from autograder.formateur import groupe_pids

    if groupe_pids.plafonner():
        return
    n = r.get("processus")
    if n and os.geteuid() != 0:
        _, dur = resource.getrlimit(resource.RLIMIT_NPROC)
        if dur != resource.RLIM_INFINITY:
            n = min(n, dur)
        resource.setrlimit(resource.RLIMIT_NPROC, (n, dur))


def processus_de_l_utilisateur() -> int:
    uid, n = os.getuid(), 0
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                n += os.stat(f"/proc/{d}").st_uid == uid
            except OSError:
                pass
    return n


def ports_du_noyau(argv: list[str]) -> tuple[str | None, list[int]]:
    """(connection file, its five ports) from a kernel command line `… -f FILE`."""
    if "-f" not in argv:
        return None, []
    fichier = argv[argv.index("-f") + 1]
    try:
        info = json.loads(Path(fichier).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return fichier, []
    cles = ("shell_port", "iopub_port", "stdin_port", "control_port", "hb_port")
    return fichier, [int(info[k]) for k in cles if info.get(k)]


def main(argv: list[str]) -> int:
    """`python -m autograder.formateur.confinement RULES_JSON -- CMD…`: confine, then exec CMD."""
    if len(argv) < 3 or argv[1] != "--":
        print(
            "usage : python -m autograder.formateur.confinement REGLES -- COMMANDE…",
            file=sys.stderr,
        )
        return 2
    try:
        regles = json.loads(argv[0])
        limiter_processus(regles)
        appliquer(regles)
    except (OSError, ValueError) as exc:
        print(f"confinement impossible, noyau non lancé : {exc}", file=sys.stderr)
        return 3
    os.execv(argv[2], argv[2:])
    return 0  # not reached


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
