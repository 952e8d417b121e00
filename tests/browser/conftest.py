"""Browser tests: JupyterLab and Voila driven by Playwright in Debian's Chromium (/usr/bin/chromium).

- Chromium missing → every browser test FAILS with how to install it (sh tests/browser/setup_chromium.sh),
  unless NTC_SANS_NAVIGATEUR=1 is set (a learner's quick local run): then they are skipped.
- The servers work on temporary copies of course/ and exercises/, with temporary Jupyter
  settings, workspaces and runtime folders: nothing is written in the repository.
- A failing test leaves a screenshot in tests/artifacts/<test>.png.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from .carnets import groupe_du_test

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent  # the venv running pytest (.venv/bin)
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "tests" / "artifacts"
IDENTIFIANT = "navigateur-test"  # fixed learner id: the same numbers at every run

# How Chromium must be started on these machines (headless, no network chatter, no GPU). Playwright
# itself gives each launch a fresh temporary profile (its own --user-data-dir).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# Pre-seeded JupyterLab user settings: no news / update pop-up, every cell rendered (no windowing,
# so that text in cells far down the page is in the DOM), no autosave racing the kernel.
REGLAGES_LAB = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false",
        "checkForUpdates": False,
    },
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
    # The tests click English menu labels: with the French language pack installed, a server whose
    # system locale is French would otherwise show French menus (`make lab`'s French: test_lab.py).
    "@jupyterlab/translation-extension/plugin.jupyterlab-settings": {"locale": "en"},
}


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "browser: tests in a real browser (Chromium + JupyterLab/Voila), tests/browser"
    )


@pytest.hookimpl(tryfirst=True)  # before xdist reads the groups, however pytest was started
def pytest_collection_modifyitems(items):
    # With `pytest -n 2`, each browser module's tests share a worker (its JupyterLab, Voila);
    # a test that names its own group keeps it (test_rendu spreads its notebooks over both
    # workers). The same groups as tests/conftest.py's scheduler (carnets.groupe_du_test).
    for item in items:
        if "browser" in item.nodeid.split("::")[0] and not item.get_closest_marker("xdist_group"):
            groupe = groupe_du_test(item.nodeid) or "navigateur"
            item.add_marker(pytest.mark.xdist_group(groupe))


# -- screenshot of every failing test ----------------------------------------------------------
@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    rapport = outcome.get_result()
    if rapport.when not in ("setup", "call") or not rapport.failed:
        return
    valeurs = getattr(item, "funcargs", {}).values()
    pages = list({id(v): v for v in valeurs if _est_une_page(v)}.values())
    for i, page in enumerate(pages):
        nom = re.sub(r"[^\w.-]+", "_", item.nodeid.split("::", 1)[-1]) + (f"-{i}" if i else "")
        chemin = ARTIFACTS / f"{nom}.png"
        try:
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(chemin), full_page=True, timeout=15_000)
            rapport.sections.append(("capture d'écran", str(chemin)))
        except Exception as exc:  # never hide the real failure behind a screenshot problem
            rapport.sections.append(("capture d'écran", f"impossible : {exc}"))
    for nom in ("lab", "voila"):
        serveur = getattr(item, "funcargs", {}).get(nom)
        if isinstance(serveur, Serveur):
            rapport.sections.append((f"journal {nom} (fin)", serveur.fin_du_journal()))


def _est_une_page(objet) -> bool:
    return type(objet).__name__ == "Page" and hasattr(objet, "screenshot")


# -- Chromium and Playwright -------------------------------------------------------------------
def _sans_navigateur(message: str):
    if os.environ.get("NTC_SANS_NAVIGATEUR") == "1":
        pytest.skip(f"{message} (NTC_SANS_NAVIGATEUR=1 : tests navigateur sautés)")
    pytest.fail(
        f"{message}\nInstallez Chromium avec : sh tests/browser/setup_chromium.sh "
        "(ou lancez avec NTC_SANS_NAVIGATEUR=1 pour sauter les tests navigateur).",
        pytrace=False,
    )


@pytest.fixture(scope="session")
def navigateur():
    if not (CHROMIUM.exists() and os.access(CHROMIUM, os.X_OK)):
        _sans_navigateur(f"Chromium introuvable : {CHROMIUM} n'existe pas.")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _sans_navigateur("Playwright pour Python n'est pas installé (pip install -e '.[test]').")
    with sync_playwright() as p:
        navigateur = p.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield navigateur
        navigateur.close()


@pytest.fixture
def page(navigateur):
    contexte = navigateur.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
    contexte.set_default_timeout(30_000)
    page = contexte.new_page()
    yield page
    contexte.close()


# -- servers -----------------------------------------------------------------------------------
def port_libre() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def environnement(base: Path) -> dict[str, str]:
    """Server environment: venv first on PATH, every Jupyter/IPython folder in `base`."""
    # Hermetic: no user-level Jupyter folder (a user kernelspec « python3 » could shadow the
    # venv's kernel); the venv's own share/jupyter (extensions, kernelspec) is always searched.
    env = {k: v for k, v in os.environ.items() if not k.startswith("JUPYTER")}
    for var in ("IPYTHONDIR", "NTC_MODE", "NTC_IDENTIFIANT"):
        env.pop(var, None)
    dossiers = {
        "JUPYTER_CONFIG_DIR": base / "config",
        "JUPYTER_DATA_DIR": base / "data",
        "JUPYTER_RUNTIME_DIR": base / "runtime",
        "JUPYTERLAB_SETTINGS_DIR": base / "settings",
        "JUPYTERLAB_WORKSPACES_DIR": base / "workspaces",
        "IPYTHONDIR": base / "ipython",
    }
    for d in dossiers.values():
        d.mkdir(parents=True, exist_ok=True)
    env.update({k: str(v) for k, v in dossiers.items()})
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    env["NTC_IDENTIFIANT"] = IDENTIFIANT  # NTC_MODE left out: training mode, feedback shown
    env["PYTHONUNBUFFERED"] = "1"
    return env


@dataclass
class Serveur:
    url: str
    token: str
    racine: Path  # the served folder (temporary)
    journal: Path
    processus: subprocess.Popen

    def api(self, methode: str, chemin: str):
        requete = urllib.request.Request(
            f"{self.url}{chemin}", method=methode, headers={"Authorization": f"token {self.token}"}
        )
        with urllib.request.urlopen(requete, timeout=10) as reponse:
            corps = reponse.read()
        return json.loads(corps) if corps else None

    def fin_du_journal(self, n: int = 40) -> str:
        try:
            return "\n".join(self.journal.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return "(pas de journal)"


def demarrer(commande: list[str], cwd: Path, env: dict, journal: Path, url_test: str,
             delai: float = 90, toute_reponse: bool = False) -> subprocess.Popen:  # fmt: skip
    """Start a server in its own process group, wait until `url_test` answers 200 (or answers
    at all, a 404 say, with `toute_reponse`)."""
    sortie = journal.open("wb")
    proc = subprocess.Popen(
        commande, cwd=cwd, env=env, stdout=sortie, stderr=subprocess.STDOUT, start_new_session=True
    )
    fin = time.monotonic() + delai
    while time.monotonic() < fin:
        if proc.poll() is not None:
            break
        try:
            with urllib.request.urlopen(url_test, timeout=5) as r:
                if r.status == 200:
                    return proc
        except urllib.error.HTTPError:
            if toute_reponse:
                return proc
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.3)
    arreter(proc)
    texte = journal.read_text(errors="replace")[-4000:]
    raise RuntimeError(f"Le serveur n'a pas répondu ({' '.join(commande[:3])}…) :\n{texte}")


def arreter(proc: subprocess.Popen) -> None:
    """Stop a server started by `demarrer`, then anything left in its process group (kernels)."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # our own group only (start_new_session=True)
    except (ProcessLookupError, PermissionError):
        pass


def copier_cours(destination: Path) -> None:
    """course/ and exercises/ as a learner gets them: no answers, no checkpoints."""
    ignorer = shutil.ignore_patterns(".reponses", ".ipynb_checkpoints", "__pycache__")
    for dossier in ("course", "exercises"):
        shutil.copytree(ROOT / dossier, destination / dossier, ignore=ignorer)


@pytest.fixture(scope="session")
def lab(tmp_path_factory, navigateur):
    """JupyterLab on loopback, serving a temporary copy of course/ and exercises/."""
    base = tmp_path_factory.mktemp("jupyterlab")
    racine = base / "cours"
    copier_cours(racine)
    env = environnement(base)
    for nom, valeurs in REGLAGES_LAB.items():
        fichier = Path(env["JUPYTERLAB_SETTINGS_DIR"]) / nom
        fichier.parent.mkdir(parents=True, exist_ok=True)
        fichier.write_text(json.dumps(valeurs), encoding="utf-8")
    port, token = port_libre(), secrets.token_hex(16)
    commande = [
        str(BIN / "jupyter"), "lab", "--no-browser", f"--port={port}", "--ServerApp.port_retries=0",
        "--ServerApp.ip=127.0.0.1", f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={racine}", "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--LabApp.extension_manager=readonly",  # no PyPI look-up from the extension manager
        "--LabApp.expose_app_in_browser=True",  # window.jupyterapp: cell states for the waits
    ]  # fmt: skip
    if os.geteuid() == 0:  # CI containers run as root
        commande.append("--allow-root")
    url = f"http://127.0.0.1:{port}"
    journal = base / "jupyterlab.log"
    proc = demarrer(commande, racine, env, journal, f"{url}/api/status?token={token}")
    serveur = Serveur(url, token, racine, journal, proc)
    yield serveur
    arreter(proc)


@pytest.fixture
def lab_page(page, lab):
    """A page for JupyterLab; the kernels it started are shut down afterwards (CPU for the next)."""
    yield page
    try:
        for session in lab.api("GET", "/api/sessions"):
            lab.api("DELETE", f"/api/sessions/{session['id']}")
    except Exception:
        pass


@pytest.fixture(scope="session")
def voila(tmp_path_factory, navigateur):
    """Voila on loopback serving the dashboard app (course/apps/tableau_de_bord.ipynb), from a
    temporary copy of the course."""
    base = tmp_path_factory.mktemp("voila")
    racine = base / "cours"
    copier_cours(racine)
    env = environnement(base)
    port, token = port_libre(), secrets.token_hex(16)
    commande = [
        str(BIN / "voila"), "course/apps/tableau_de_bord.ipynb", "--no-browser", f"--port={port}",
        "--Voila.ip=127.0.0.1", f"--token={token}", "--VoilaConfiguration.show_tracebacks=True",
    ]  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    journal = base / "voila.log"
    # Any answer will do (404): GET / would execute the notebook just to say « ready ».
    proc = demarrer(commande, racine, env, journal, f"{url}/voila/static/pret", toute_reponse=True)
    yield Serveur(url, token, racine, journal, proc)
    arreter(proc)
