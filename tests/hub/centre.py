"""A throw-away training centre for tests/hub: Unix accounts under a unique prefix, one course, the
real JupyterHub of deploy/ on 127.0.0.1, and users who log in and act over HTTP (requests).

Everything made here is undone by `Centre.demonter`, even after a failure: the hub and its proxy
stopped, every process of the test's accounts ended (by uid, those accounts only), the accounts,
their group and the centre's folder removed.
"""

from __future__ import annotations

import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[2]
DELAI = 90  # seconds: polling limits, never fixed waits


def port_libre() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def attendre(condition, quoi: str, delai: float = DELAI, pas: float = 0.3):
    fin = time.monotonic() + delai
    while time.monotonic() < fin:
        resultat = condition()
        if resultat:
            return resultat
        time.sleep(pas)
    raise AssertionError(f"délai dépassé ({delai:g} s) : {quoi}")


@dataclass
class Utilisateur:
    """One person logged in to the hub: a requests session with the hub's and their server's cookies."""

    nom: str
    base: str
    session: requests.Session = field(default_factory=requests.Session)

    def connecter(self, mot_de_passe: str) -> None:
        self.session.get(f"{self.base}/hub/login", timeout=30)
        r = self.session.post(
            f"{self.base}/hub/login",
            data={
                "username": self.nom,
                "password": mot_de_passe,
                "_xsrf": self.session.cookies.get("_xsrf", path="/hub/"),
            },
            allow_redirects=False,
            timeout=30,
        )
        assert r.status_code == 302, f"connexion de {self.nom} refusée ({r.status_code})"
        # The hub's home then starts the server (as a browser arriving at /hub/spawn would).
        self.session.get(f"{self.base}/hub/spawn", allow_redirects=False, timeout=30)

    def serveur_pret(self) -> bool:
        """Ready and authenticated: follows the OAuth dance to the server once it answers."""
        r = self.session.get(f"{self.base}/user/{self.nom}/api/status", timeout=30)
        if r.status_code == 200 and r.headers.get("Content-Type", "").startswith(
            "application/json"
        ):
            return True
        if r.status_code in (401, 403):  # server up, no cookie of its own yet
            self.session.get(f"{self.base}/user/{self.nom}/lab", timeout=60)
        return False

    def url(self, chemin: str) -> str:
        return f"{self.base}/user/{self.nom}/{chemin.lstrip('/')}"

    def xsrf(self) -> dict:
        jeton = self.session.cookies.get("_xsrf", path=f"/user/{self.nom}/")
        return {"X-XSRFToken": jeton} if jeton else {}

    def post(self, chemin: str, **kwargs) -> requests.Response:
        return self.session.post(self.url(chemin), headers=self.xsrf(), timeout=120, **kwargs)

    def get(self, chemin: str, **kwargs) -> requests.Response:
        return self.session.get(self.url(chemin), timeout=60, **kwargs)


class Centre:
    """The centre folder, its accounts and its hub (see the module's docstring)."""

    def __init__(self, devoir: str, apprenants: list[str], formateur: str):
        self.debut = time.monotonic()
        self.prefixe = "t" + secrets.token_hex(4)  # unique: accounts, group, course id
        self.course_id = self.prefixe
        self.devoir = devoir
        self.apprenants = [f"{self.prefixe}-{n}" for n in apprenants]
        self.formateur = f"{self.prefixe}-{formateur}"
        self.mot_de_passe = secrets.token_urlsafe(12)
        self.racine = Path(tempfile.mkdtemp(prefix="ntc-hub-", dir="/tmp"))
        self.racine.chmod(0o755)
        self.maisons = self.racine / "maisons"
        self.cours = self.racine / "cours" / self.course_id
        self.port = port_libre()
        self.base = f"http://127.0.0.1:{self.port}"
        self.journal = self.racine / "hub.log"  # outside hub/ (0700): readable after the run
        self.hub: subprocess.Popen | None = None
        self.python = sys.executable

    # -- building ---------------------------------------------------------------------------------
    def construire(self) -> None:
        from autograder.formateur.hub import preparer, python_utilisateurs

        self.cours.mkdir(parents=True)
        config = (ROOT / "nbgrader_config.py").read_text(encoding="utf-8")
        config += f'\nc.CourseDirectory.course_id = "{self.course_id}"\n'
        (self.cours / "nbgrader_config.py").write_text(config, encoding="utf-8")
        ligne = "id,first_name,last_name,email\n"
        (self.cours / "apprenants.csv").write_text(
            ligne + "".join(f"{n},{n},Test,\n" for n in self.apprenants), encoding="utf-8"
        )
        (self.cours / "formateurs.csv").write_text(ligne + f"{self.formateur},F,T,\n")
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(1) as fond:  # the users' Python is copied meanwhile, if needed
            python = fond.submit(python_utilisateurs, self.racine)
            ntc = [sys.executable, "-m", "autograder", "init", str(self.cours)]
            csv = ["--apprenants", str(self.cours / "apprenants.csv")]
            res = subprocess.run(
                [*ntc, "--devoirs", self.devoir, *csv], capture_output=True, text=True
            )
            assert res.returncode == 0, f"ntc init a échoué :\n{res.stdout}{res.stderr}"
            self.maisons.mkdir(mode=0o755)
            preparer(self.racine, self.maisons)
            self.python = python.result()

    def demarrer(self) -> None:
        from autograder.formateur.hub import commande_hub

        env = {
            **os.environ,
            "NTC_CENTRE": str(self.racine),
            "NTC_HUB_IP": "127.0.0.1",
            "NTC_HUB_PORT": str(self.port),
            "NTC_HUB_PORT_API": str(port_libre()),
            "NTC_HUB_PORT_PROXY": str(port_libre()),
            "NTC_HUB_PYTHON": self.python,
            "NTC_HUB_MOT_DE_PASSE": self.mot_de_passe,
        }
        with open(self.journal, "wb") as sortie:
            self.hub = subprocess.Popen(
                commande_hub(self.racine),
                cwd=self.racine / "hub",
                env=env,
                stdout=sortie,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

        def repond():
            if self.hub.poll() is not None:
                raise AssertionError(f"le hub s'est arrêté :\n{self.fin_du_journal()}")
            try:
                return requests.get(f"{self.base}/hub/api/", timeout=5).ok
            except requests.ConnectionError:
                return False

        attendre(repond, "le hub ne répond pas")

    def fin_du_journal(self, n: int = 60) -> str:
        try:
            lignes = self.journal.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return ""
        return "\n".join(lignes[-n:])

    def utilisateur(self, nom: str) -> Utilisateur:
        u = Utilisateur(nom, self.base)
        u.connecter(self.mot_de_passe)
        return u

    def en_tant_que(
        self, nom: str, *cmd: str, cwd: Path | None = None
    ) -> subprocess.CompletedProcess:
        """`cmd` run under the account `nom` (runuser), as the user's terminal would run it."""
        compte = pwd.getpwnam(nom)
        env = {
            "HOME": compte.pw_dir,
            "USER": nom,
            "PATH": f"{Path(self.python).parent}:/usr/local/bin:/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "NTC_EXCHANGE": str(self.racine / "echange"),
            **({"PYTHONPATH": os.environ["PYTHONPATH"]} if os.environ.get("PYTHONPATH") else {}),
        }
        return subprocess.run(
            [shutil.which("runuser") or "/usr/sbin/runuser", "-u", nom, "--", *cmd],
            cwd=cwd or compte.pw_dir,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )

    # -- taking down --------------------------------------------------------------------------------
    def _comptes(self) -> list[str]:
        return [n for n in [*self.apprenants, self.formateur] if _existe(n)]

    def demonter(self) -> None:
        if self.hub and self.hub.poll() is None:
            os.killpg(self.hub.pid, signal.SIGTERM)  # the hub stops the servers and its proxy
            try:
                self.hub.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.hub.pid, signal.SIGKILL)
                self.hub.wait(10)
        if self.hub:
            try:
                os.killpg(self.hub.pid, signal.SIGKILL)  # the culler, a proxy left behind
            except ProcessLookupError:
                pass
        pid_proxy = self.racine / "hub" / "proxy.pid"  # a proxy left behind by a hub that died
        if pid_proxy.exists():
            try:
                pid = int(pid_proxy.read_text().strip())
                if b"configurable-http-proxy" in Path(f"/proc/{pid}/cmdline").read_bytes():
                    os.kill(pid, signal.SIGKILL)
            except (ValueError, OSError):
                pass
        for nom in self._comptes():
            uid = pwd.getpwnam(nom).pw_uid
            for pid in _processus_de(uid):
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
        for nom in self._comptes():
            subprocess.run(["userdel", "--remove", nom], capture_output=True)
        if self.journal.exists():  # kept for a failure's diagnosis (tests/artifacts is ignored)
            artefacts = ROOT / "tests" / "artifacts"
            artefacts.mkdir(parents=True, exist_ok=True)
            shutil.copy(self.journal, artefacts / "hub.log")
        groupe = f"formateurs-{self.course_id}"
        subprocess.run(["groupdel", groupe], capture_output=True)
        shutil.rmtree(self.racine, ignore_errors=True)


def _existe(nom: str) -> bool:
    try:
        pwd.getpwnam(nom)
        return True
    except KeyError:
        return False


def _processus_de(uid: int) -> list[int]:
    pids = []
    for entree in Path("/proc").iterdir():
        if entree.name.isdigit():
            try:
                if entree.stat().st_uid == uid:
                    pids.append(int(entree.name))
            except OSError:
                pass
    return pids
