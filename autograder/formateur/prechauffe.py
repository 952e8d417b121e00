"""Pre-warmed kernels for the grading workers: a fork server and its jupyter_client provisioner.

Why: much of a notebook's autograding cost is a new Python process importing ipykernel, IPython,
NumPy, pandas and Matplotlib for every submission (about 0.8 s of CPU saved per notebook, measured).
A worker starts this server once; it imports those modules, then forks one child per notebook
that becomes the kernel as `python -m ipykernel_launcher -f …` would (same argv, environment,
folder, `sys.path`, own session and process group). No learner reaches another: each kernel forks
a server that never ran learner code. Modules are as right after import; what a fresh interpreter
draws at random (NumPy's global generator; `random` reseeds at fork) is drawn again in the child.

It is an ordinary kernel provisioner (`jupyter_client.provisioning`): nbclient, nbgrader's
`Execute`, timeouts, interrupts, kills and dead-kernel detection are unchanged. A kernel is started
the usual way instead when the server is not running (`ntc grade --noyaux-neufs`, not Linux, server
dead), when the command is not the stock ipykernel one, or when the submission's folder holds a
module named like a pre-imported one or a `matplotlibrc` (a fresh kernel would import the
learner's file, or read it, instead).
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from jupyter_client.provisioning import LocalProvisioner

NOM = "ntc-noyau-prechauffe"
# What every graded notebook's kernel imports: ipykernel's own start, then the course's libraries.
# Imported as they would be inside a kernel: Matplotlib with the backend IPKernelApp selects
# (MPLBACKEND), pandas while `get_ipython()` answers a kernel (it sizes its tables on that at
# import: 20 columns in a kernel, the terminal's width elsewhere). The test that autograded
# notebooks are identical, outputs included, with and without this server keeps the list honest.
# Then what IPKernelApp.initialize imports (debugger: debugpy; history: sqlite3), the widgets and
# openpyxl; ipywidgets' comm targets are registered again in the child (`_apres_initialisation`).
PRECHARGES = (
    "ipykernel.kernelapp",
    "ipykernel.ipkernel",
    "ipykernel.zmqshell",
    "ipykernel.debugger",
    "psutil",
    "sqlite3",
    "numpy",
    "matplotlib",
    "matplotlib.pyplot",
    "openpyxl",
    "ipywidgets",
)
PRECHARGES_DANS_UN_NOYAU = ("pandas",)
BACKEND_IPYKERNEL = "module://matplotlib_inline.backend_inline"

_serveur: Serveur | None = None
# Confinement rules of the submission being graded (`confinement`), None when kernels are not
# confined; the kernel's own connection file and ports are added at each launch.
_regles: dict | None = None


def confiner(regles: dict | None) -> None:
    global _regles
    _regles = regles


class Serveur:
    """The worker's handle on its fork server (a child process, same limits as the worker)."""

    def __init__(self):
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "autograder.formateur.prechauffe"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=os.getcwd(),
        )
        self.modules: set[str] | None = None  # known once the server said it is ready

    def attendre(self) -> Serveur:
        """Wait for the server's imports to finish (it was started without waiting)."""
        if self.modules is None:
            pret = json.loads(self.proc.stdout.readline() or "{}")
            if not pret.get("pret"):
                self.arreter()
                raise RuntimeError("le serveur de noyaux préchauffés n'a pas démarré")
            self.modules = set(pret["modules"])
        return self

    def vivant(self) -> bool:
        return self.proc.poll() is None

    def lancer(self, argv: list[str], env: dict, cwd: str, regles: dict | None = None) -> int:
        requete = {"argv": argv, "env": env, "cwd": cwd, "confinement": regles}
        self.proc.stdin.write((json.dumps(requete) + "\n").encode())
        self.proc.stdin.flush()
        reponse = json.loads(self.proc.stdout.readline() or "{}")
        if "pid" not in reponse:
            raise RuntimeError(reponse.get("erreur", "serveur de noyaux arrêté"))
        return reponse["pid"]

    def arreter(self) -> None:
        if self.proc.poll() is None:
            self.proc.stdin.close()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def lancer_sans_attendre() -> None:
    """Start this process's fork server and return at once: its imports run while the caller
    does other work; `demarrer` then waits for it (Linux only, see `demarrer`)."""
    global _serveur
    if sys.platform.startswith("linux") and _serveur is None:
        try:
            _serveur = Serveur()
        except OSError as exc:
            print(f"noyaux préchauffés indisponibles : {exc}", file=sys.stderr)


def demarrer() -> Serveur | None:
    """This process's fork server, ready (Linux only: fork after importing these libraries is
    not safe on macOS); None if it cannot start, kernels are then started the usual way."""
    global _serveur
    if not sys.platform.startswith("linux"):
        return None
    try:
        _serveur = (_serveur or Serveur()).attendre()
    except (OSError, ValueError, RuntimeError) as exc:
        print(f"noyaux préchauffés indisponibles : {exc}", file=sys.stderr)
        _serveur = None
    return _serveur


def arreter() -> None:
    global _serveur
    if _serveur is not None:
        _serveur.arreter()
        _serveur = None


def commande_standard(argv: list[str]) -> bool:
    """`<this python> -m ipykernel_launcher …`: the only command the server knows how to become."""
    return (
        len(argv) >= 3
        and os.path.realpath(argv[0]) == os.path.realpath(sys.executable)
        and argv[1:3] == ["-m", "ipykernel_launcher"]
    )


# Read from the working folder when Matplotlib is imported: the server imported it elsewhere.
LUS_A_L_IMPORT = {"matplotlibrc"}


def masque_un_module(dossier: str, modules: set[str]) -> bool:
    """Does the folder hold a module (file or package) named like one already imported, or a file
    those modules read from the working folder at import?"""
    try:
        noms = os.listdir(dossier)
    except OSError:
        return True
    return any(nom.split(".")[0] in modules or nom in LUS_A_L_IMPORT for nom in noms)


def _vivant(pid: int) -> bool:
    """Running, not a zombie: if the server died, its orphans may wait a while to be reaped."""
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, PermissionError):  # gone, or the pid now belongs to someone else
        return False
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True


class ProcessusForke:
    """The Popen-like object LocalProvisioner drives, for a kernel forked by the server (which
    reaps it at once: a pid that no longer exists is a kernel that ended)."""

    stdin = stdout = stderr = None

    def __init__(self, pid: int):
        self.pid = pid
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None and not _vivant(self.pid):
            self.returncode = -signal.SIGKILL  # the exit status went to the server, not to us
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        fin = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if fin is not None and time.monotonic() > fin:
                raise subprocess.TimeoutExpired("noyau", timeout)
            time.sleep(0.02)
        return self.returncode

    def send_signal(self, signum: int) -> None:
        if self.poll() is None:
            os.kill(self.pid, signum)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)


class NoyauPrechauffe(LocalProvisioner):
    """LocalProvisioner whose kernels come from the worker's fork server when possible."""

    async def launch_kernel(self, cmd: list[str], **kwargs):
        cwd = str(kwargs.get("cwd") or os.getcwd())
        serveur = _serveur
        regles = None
        if _regles is not None:
            from autograder.formateur import confinement

            fichier, ports = confinement.ports_du_noyau(cmd)
            regles = {**_regles, "fichiers": [fichier] if fichier else [], "ports": ports}
            kwargs["env"] = {**(kwargs.get("env") or os.environ), **_regles.get("env", {})}
        if (
            serveur is None
            or not serveur.vivant()
            or not commande_standard(cmd)
            or masque_un_module(cwd, serveur.modules)
        ):
            return await self._usuel(cmd, regles, **kwargs)
        env = dict(kwargs.get("env") or os.environ)
        # As jupyter_client's launcher does, naming the real parent: the kernel exits with it.
        env["JPY_PARENT_PID"] = str(serveur.proc.pid)
        try:
            pid = serveur.lancer(cmd[3:], env, cwd, regles)
        except (OSError, ValueError, RuntimeError):
            return await self._usuel(cmd, regles, **kwargs)
        self.process = ProcessusForke(pid)
        self.pid = self.pgid = pid  # the child called setsid(): its own process group
        self.cwd = cwd
        return self.connection_info

    async def kill(self, restart: bool = False) -> None:
        """SIGKILL, then watch the kernel go (jupyter_client would sleep 0.1 s per notebook)."""
        await super().kill(restart=restart)
        for _ in range(40):
            if self.process is None or self.process.poll() is not None:
                return
            await asyncio.sleep(0.005)

    async def _usuel(self, cmd: list[str], regles: dict | None, **kwargs):
        """The usual launch; confined, it goes through the confinement module, which execs cmd."""
        if regles is not None:
            module = "autograder.formateur.confinement"
            cmd = [sys.executable, "-m", module, json.dumps(regles), "--", *cmd]
        return await super().launch_kernel(cmd, **kwargs)


def installer(config) -> None:
    """Make every kernel of this process go through NoyauPrechauffe (the provisioner registry is
    jupyter_client's own; the entry point is declared here rather than installed)."""
    from importlib.metadata import EntryPoint

    from jupyter_client.provisioning.factory import KernelProvisionerFactory

    fabrique = KernelProvisionerFactory.instance(config=config)
    fabrique.provisioners[NOM] = EntryPoint(
        name=NOM, value=f"{__name__}:NoyauPrechauffe", group=KernelProvisionerFactory.GROUP_NAME
    )
    fabrique.default_provisioner_name = NOM


# ---- the server side (`python -m autograder.formateur.prechauffe`) --------------------------------


def _reaper(_signum, _frame) -> None:
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def _enfant(requete: dict, a_fermer: list[int], ajoutes: dict[str, str]) -> None:
    """In the forked child: become `python -m ipykernel_launcher ARGV` and never return."""
    code = 1
    try:
        os.setsid()
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        for fd in a_fermer:
            os.close(fd)
        nul = os.open(os.devnull, os.O_RDONLY)
        if nul != 0:  # the request pipe was stdin: /dev/null instead, as jupyter_client does
            os.dup2(nul, 0)
            os.close(nul)
        os.chdir(requete["cwd"])
        os.environ.clear()
        os.environ.update(requete["env"])
        for cle, valeur in ajoutes.items():  # set at import by a pre-imported module, if absent
            os.environ.setdefault(cle, valeur)
        if requete.get("confinement"):  # before any learner code, while single-threaded
            from autograder.formateur import confinement

            confinement.limiter_processus(requete["confinement"])
            confinement.appliquer(requete["confinement"])
        import numpy

        numpy.random.seed()  # a fresh interpreter seeds NumPy's global generator at import
        import ipykernel_launcher
        from ipykernel import kernelapp

        sys.argv = [ipykernel_launcher.__file__, *requete["argv"]]
        initialiser = kernelapp.IPKernelApp.initialize

        def initialize(app, argv=None):
            initialiser(app, argv)
            _apres_initialisation()

        kernelapp.IPKernelApp.initialize = initialize
        # IPKernelApp reads JPY_PARENT_PID into a trait default when the module is imported, that
        # is in the server: give it the kernel's own, or the kernel would outlive its parent.
        parent = int(os.environ.get("JPY_PARENT_PID") or 0)
        try:
            kernelapp.launch_new_instance(parent_handle=parent)
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BaseException:  # noqa: BLE001 — report and leave: never go back to the server loop
        import traceback

        traceback.print_exc()
    finally:
        try:
            import atexit

            atexit._run_exitfuncs()
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


def _apres_initialisation() -> None:
    """What the pre-imported modules do at import when a kernel is running, done in the child
    once its kernel exists, as a fresh kernel importing them would."""
    widgets = sys.modules.get("ipywidgets")
    if widgets is not None:
        widgets._handle_ipython()  # the comm targets of the kernel's comm manager


def _servir() -> int:
    import importlib

    # `python -m` put our folder first on sys.path; ipykernel_launcher removes it the same way.
    if sys.path and (sys.path[0] == "" or Path(sys.path[0]) == Path.cwd()):
        del sys.path[0]
    os.environ.setdefault("MPLBACKEND", BACKEND_IPYKERNEL)  # what IPKernelApp.init_gui_pylab sets
    avant = dict(os.environ)
    for module in PRECHARGES:
        importlib.import_module(module)
    import builtins

    import autograder.formateur.confinement  # noqa: F401 — ready before a child restricts itself

    class _Noyau:  # what pandas looks at: get_ipython() has a `kernel`
        kernel = None

    builtins.get_ipython = _Noyau
    try:
        for module in PRECHARGES_DANS_UN_NOYAU:
            importlib.import_module(module)
    finally:
        del builtins.get_ipython
    ajoutes = {k: v for k, v in os.environ.items() if k not in avant}  # debugpy sets one
    entree = sys.stdin.buffer
    sortie = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    os.dup2(2, 1)  # the kernels' stdout goes where a launched kernel's goes: the worker's log
    signal.signal(signal.SIGCHLD, _reaper)
    modules = sorted({nom.split(".")[0] for nom in sys.modules})
    sortie.write(json.dumps({"pret": True, "modules": modules}) + "\n")
    for ligne in entree:
        if not ligne.strip():
            continue
        try:
            requete = json.loads(ligne)
            pid = os.fork()
        except (OSError, ValueError) as exc:
            sortie.write(json.dumps({"erreur": str(exc)}) + "\n")
            continue
        if pid == 0:
            _enfant(requete, [sortie.fileno()], ajoutes)
        sortie.write(json.dumps({"pid": pid}) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(_servir())
