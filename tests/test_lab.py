"""`make lab`, the README's first command, as a learner runs it: the server starts (as root too),
serves the whole repository, opens the home page, hides nbgrader's trainer tools and speaks French.

The server runs on the repository itself (nothing is written there: no kernel is started through it)
with every Jupyter folder of the user replaced by a temporary one, a free port, a known token and a
recording « browser ». The home page is executed with nbclient to get the links a learner sees.
"""

from __future__ import annotations

import html.parser
import json
import os
import posixpath
import re
import secrets
import shutil
import signal
import socket
import stat
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import mistune
import nbformat
import pytest
from nbclient import NotebookClient

from .conftest import ROOT

ACCUEIL = "course/00_accueil.ipynb"
DEVOIR = "exercises/cp4_performances/cp4_performances.ipynb"
VENV = Path(sys.prefix)  # the venv running the tests: `make lab` must use the same one
DELAI = 60  # seconds: a polling limit, never a fixed wait
# Everything nbgrader adds to JupyterLab; in learner mode none of it may load.
PLUGINS_NBGRADER = [
    "@jupyter/nbgrader:create-assignment",
    "@jupyter/nbgrader:formgrader",
    "@jupyter/nbgrader:course-list",
    "@jupyter/nbgrader:assignment-list",
    "@jupyter/nbgrader:validate-assignment",
    "@jupyter/nbgrader:menu",
]

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


# -- links of a notebook -----------------------------------------------------------------------
class _Cibles(html.parser.HTMLParser):
    """href of <a> and src of <img>, in document order."""

    def __init__(self):
        super().__init__()
        self.cibles: list[str] = []

    def handle_starttag(self, tag, attrs):
        nom = {"a": "href", "img": "src"}.get(tag)
        for cle, valeur in attrs:
            if cle == nom and valeur:
                self.cibles.append(valeur)


def liens_html(texte: str) -> list[str]:
    analyseur = _Cibles()
    analyseur.feed(texte)
    return analyseur.cibles


def liens_du_carnet(nb: dict) -> list[str]:
    """Every link a learner can click: markdown cells, and markdown / HTML displayed by code cells.
    Markdown goes through a real renderer (mistune), so titles, <…> and raw HTML count as JupyterLab
    counts them."""
    liens: list[str] = []
    for cellule in nb["cells"]:
        if cellule["cell_type"] == "markdown":
            liens += liens_html(mistune.html(_texte(cellule["source"])))
        for sortie in cellule.get("outputs", []):
            donnees = sortie.get("data", {})
            if "text/markdown" in donnees:
                liens += liens_html(mistune.html(_texte(donnees["text/markdown"])))
            elif "text/html" in donnees:
                liens += liens_html(_texte(donnees["text/html"]))
    return liens


def _texte(source) -> str:
    return source if isinstance(source, str) else "".join(source)


def chemin_servi(lien: str, dossier: str) -> str | None:
    """Server path a relative link points to from a notebook in `dossier` (None: not a file link —
    web address, e-mail, anchor in the page). Raises ValueError for a link leaving the server root."""
    adresse = urllib.parse.urlsplit(lien)
    if adresse.scheme or adresse.netloc or not adresse.path:
        return None
    chemin = urllib.parse.unquote(adresse.path)
    if chemin.startswith("/"):
        raise ValueError("chemin absolu")
    resolu = posixpath.normpath(posixpath.join(dossier, chemin))
    if resolu == ".." or resolu.startswith("../"):
        raise ValueError("hors de la racine du serveur")
    return "" if resolu == "." else resolu


def liens_casses(liens: list[str], dossier: str, existe: Callable[[str], bool]) -> list[str]:
    """The links of a notebook in `dossier` that lead nowhere, each with the reason."""
    casses = []
    for lien in liens:
        try:
            chemin = chemin_servi(lien, dossier)
        except ValueError as raison:
            casses.append(f"{lien} ({raison})")
            continue
        if chemin is not None and not existe(chemin):
            casses.append(f"{lien} (introuvable : {chemin})")
    return casses


def test_le_verificateur_trouve_les_liens_casses():
    """The checker is able to fail: a missing notebook, a link out of the served folder and an
    absolute path are caught; web links and anchors are left alone."""
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell(
            "[Leçon](cp4_performances/01_lecon.ipynb) [Devoir](../exercises/cp4/cp4.ipynb) "
            "[Fantôme](../exercises/nexiste_pas/devoir.ipynb) [Dehors](../../etc/passwd) "
            "[Absolu](/etc/passwd) [Site](https://www.francecompetences.fr) [Haut](#haut) "
            "[Dossier](examen/) ![Figure](<images/mon graphique.png>)"
        ),
        nbformat.v4.new_code_cell(
            outputs=[
                nbformat.v4.new_output(
                    "display_data", data={"text/html": '<a href="../exercises/perdu.ipynb">x</a>'}
                )
            ]
        ),
    ]
    existants = {
        "course/cp4_performances/01_lecon.ipynb",
        "exercises/cp4/cp4.ipynb",
        "course/examen",
        "course/images/mon graphique.png",
    }
    assert liens_casses(liens_du_carnet(nb), "course", existants.__contains__) == [
        "../exercises/nexiste_pas/devoir.ipynb (introuvable : exercises/nexiste_pas/devoir.ipynb)",
        "../../etc/passwd (hors de la racine du serveur)",
        "/etc/passwd (chemin absolu)",
        "../exercises/perdu.ipynb (introuvable : exercises/perdu.ipynb)",
    ]


# -- the server started by make ----------------------------------------------------------------
@dataclass
class Lab:
    url: str
    token: str
    journal: Path
    ouvert: Path  # where the recording browser writes the address it was given
    proc: subprocess.Popen  # make

    def get(self, chemin: str) -> tuple[int, bytes]:
        requete = urllib.request.Request(
            self.url.rstrip("/") + chemin, headers={"Authorization": f"token {self.token}"}
        )
        try:
            with urllib.request.urlopen(requete, timeout=10) as reponse:
                return reponse.status, reponse.read()
        except urllib.error.HTTPError as erreur:
            return erreur.code, erreur.read()

    def json(self, chemin: str):
        statut, corps = self.get(chemin)
        assert statut == 200, f"GET {chemin} → {statut}"
        return json.loads(corps)

    def contenu_existe(self, chemin: str) -> bool:
        quoted = urllib.parse.quote(chemin)
        return self.get(f"/api/contents/{quoted}?content=0")[0] == 200

    def page_config(self, chemin: str) -> dict:
        """JupyterLab's page config, as the /lab/tree/… page gives it to the browser."""
        statut, corps = self.get(f"/lab/tree/{urllib.parse.quote(chemin)}")
        assert statut == 200, f"/lab/tree/{chemin} → {statut}"
        trouve = re.search(
            rb'<script id="jupyter-config-data" type="application/json">(.*?)</script>', corps, re.S
        )
        assert trouve, f"/lab/tree/{chemin}: no page config"
        return json.loads(trouve.group(1))


def _port_libre() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _attendre(condition: Callable[[], object], quoi: str, proc: subprocess.Popen, journal: Path):
    """Poll `condition` until it returns something true; fail at once if make has exited."""
    fin = time.monotonic() + DELAI
    while time.monotonic() < fin:
        resultat = condition()
        if resultat:
            return resultat
        if proc.poll() is not None:
            break
        time.sleep(0.1)
    texte = journal.read_text(errors="replace")[-4000:]
    pytest.fail(f"{quoi} : rien après {DELAI} s (make a rendu {proc.poll()}).\n{texte}")


def _serveur_pret(runtime: Path):
    """The server's own info file (jpserver-<pid>.json) once its API answers: the real URL."""
    for fichier in runtime.glob("jpserver-*.json"):
        try:
            info = json.loads(fichier.read_text())
            requete = urllib.request.Request(
                f"{info['url']}api/status", headers={"Authorization": f"token {info['token']}"}
            )
            with urllib.request.urlopen(requete, timeout=2) as reponse:
                if reponse.status == 200:
                    return info
        except (OSError, ValueError, KeyError):
            pass
    return None


@contextmanager
def make_lab(tmp_path: Path, cible: str = "lab") -> Iterator[Lab]:
    """`make lab` (or `make formateur`) with this run's venv, stopped through Jupyter's API."""
    dossiers = {
        "JUPYTER_CONFIG_DIR": tmp_path / "config",  # the user's ~/.jupyter: empty here
        "JUPYTER_DATA_DIR": tmp_path / "data",
        "JUPYTER_RUNTIME_DIR": tmp_path / "runtime",
        "JUPYTERLAB_SETTINGS_DIR": tmp_path / "settings",
        "JUPYTERLAB_WORKSPACES_DIR": tmp_path / "workspaces",
        "IPYTHONDIR": tmp_path / "ipython",
    }
    for d in dossiers.values():
        d.mkdir(parents=True, exist_ok=True)
    # A browser that records the address it is given instead of opening it.
    ouvert = tmp_path / "navigateur-ouvert.txt"
    navigateur = tmp_path / "navigateur.sh"
    navigateur.write_text(f'#!/bin/sh\nprintf "%s" "$1" > "{ouvert}"\n')
    navigateur.chmod(navigateur.stat().st_mode | stat.S_IXUSR)
    token = secrets.token_hex(16)
    # As from a learner's shell: no Jupyter or course setting of ours, no parent make (`make test`).
    inutiles = ("JUPYTER", "NTC_", "MAKEFLAGS", "MFLAGS", "MAKELEVEL")
    env = {k: v for k, v in os.environ.items() if not k.startswith(inutiles)}
    env.update({k: str(v) for k, v in dossiers.items()})
    env.update(JUPYTER_PORT=str(_port_libre()), JUPYTER_TOKEN=token, BROWSER=str(navigateur))
    # The README's command with this run's venv; -o: the install stamp counts as up to date (the
    # install is `make`'s business, not what is tested, and must not run inside a test).
    commande = ["make", "--no-print-directory", "-o", f"{VENV}/.installed", cible, f"VENV={VENV}"]
    journal = tmp_path / "make-lab.log"
    with journal.open("wb") as sortie:
        proc = subprocess.Popen(
            commande, cwd=ROOT, env=env, stdout=sortie, stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: nothing survives the test
        )  # fmt: skip
    try:
        info = _attendre(
            lambda: _serveur_pret(dossiers["JUPYTER_RUNTIME_DIR"]), "serveur", proc, journal
        )
        yield Lab(info["url"], token, journal, ouvert, proc)
        # Clean stop, as File › Shut Down does; make then exits with Jupyter's status.
        requete = urllib.request.Request(
            f"{info['url']}api/shutdown", method="POST", headers={"Authorization": f"token {token}"}
        )
        urllib.request.urlopen(requete, timeout=10).close()
        assert proc.wait(timeout=DELAI) == 0, journal.read_text(errors="replace")[-4000:]
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


def _liens_affiches_par_l_accueil(env_ipython: Path) -> list[str]:
    """Run the home page as the learner does (its link table is computed) and list its links."""
    nb = nbformat.read(ROOT / ACCUEIL, as_version=4)
    client = NotebookClient(
        nb, timeout=60, kernel_name="python3",
        resources={"metadata": {"path": str((ROOT / ACCUEIL).parent)}},
    )  # fmt: skip
    env = {**os.environ, "IPYTHONDIR": str(env_ipython), "PATH": f"{VENV}/bin:{os.environ['PATH']}"}
    client.execute(env=env)
    return liens_du_carnet(nb)


def _desactive(plugin: str, desactives: list[str]) -> bool:
    # A plugin is off when its own id or its whole package is listed.
    return plugin in desactives or plugin.split(":")[0] in desactives


def test_make_lab_sert_tout_le_cours_en_mode_apprenant(tmp_path):
    # The home page's links, computed while nothing else runs (the server starts afterwards).
    liens = _liens_affiches_par_l_accueil(tmp_path / "ipython-accueil")
    assert len(liens) >= 10, liens  # one lesson and one assignment per competence at least
    with make_lab(tmp_path) as lab:
        # Served from the repository root: lessons, assignments and exam all reachable.
        racine = {e["name"] for e in lab.json("/api/contents/?content=1")["content"]}
        assert {"course", "exercises"} <= racine, racine
        assert lab.contenu_existe("course/examen")

        # The home page and a graded assignment, through the contents API and the /lab/tree page.
        for chemin in (ACCUEIL, DEVOIR):
            modele = lab.json(f"/api/contents/{chemin}")
            assert modele["type"] == "notebook" and modele["content"]["cells"], chemin
            assert lab.page_config(chemin)["treePath"] == chemin

        # What the browser was asked to open: the home page (through Jupyter's redirect file).
        lu = lambda: lab.ouvert.exists() and lab.ouvert.read_text()  # noqa: E731
        adresse = _attendre(lu, "ouverture du navigateur", lab.proc, lab.journal)
        if adresse.startswith("file:"):
            redirection = Path(urllib.request.url2pathname(urllib.parse.urlsplit(adresse).path))
            adresse = re.search(r'url=([^"]+)"', redirection.read_text()).group(1)
        assert urllib.parse.urlsplit(adresse).path == f"/lab/tree/{ACCUEIL}", adresse

        # Every link of the home page leads to a file or folder the server has.
        casses = liens_casses(liens, posixpath.dirname(ACCUEIL), lab.contenu_existe)
        assert not casses, "liens cassés de la page d'accueil :\n" + "\n".join(casses)
        assert any(lien.startswith("../exercises/") for lien in liens), liens
        assert any(lien.startswith("examen/") for lien in liens), liens

        # Learner mode: nbgrader's JupyterLab plugins are off, its server endpoints absent.
        desactives = lab.page_config(ACCUEIL)["disabledExtensions"]
        allumes = [p for p in PLUGINS_NBGRADER if not _desactive(p, desactives)]
        assert not allumes, f"extensions nbgrader visibles par l'apprenant : {allumes}"
        for point in ("/formgrader", "/formgraders", "/assignments", "/nbgrader_version?version=0"):
            assert lab.get(point)[0] == 404, point

        # French by default (a default only: the learner's own choice of language would win).
        reglage = lab.json("/lab/api/settings/@jupyterlab/translation-extension:plugin")
        assert reglage["schema"]["properties"]["locale"]["default"] == "fr_FR"
        assert "locale" not in reglage["settings"]  # no user choice written for them
        # No « Jupyter news? » pop-up over the home page at first launch.
        annonces = lab.json("/lab/api/settings/@jupyterlab/apputils-extension:notification")
        assert annonces["schema"]["properties"]["fetchNews"]["default"] == "false"
        traduction = lab.json("/lab/api/translations/fr_FR")
        assert traduction["data"] and not traduction["message"], traduction["message"]
        assert traduction["data"]["jupyterlab"]["Run All Cells"] == ["Exécuter toutes les cellules"]


def test_make_formateur_garde_les_outils_nbgrader(tmp_path):
    """The trainer's command: the same course, with nbgrader's extensions."""
    with make_lab(tmp_path, "formateur") as lab:
        desactives = lab.page_config(ACCUEIL)["disabledExtensions"]
        assert not [p for p in PLUGINS_NBGRADER if _desactive(p, desactives)], desactives
        assert lab.contenu_existe(DEVOIR)
        # nbgrader's server side answers (this endpoint writes nothing, unlike formgrader's pages).
        assert lab.get("/nbgrader_version?version=0")[0] != 404
        reglage = lab.json("/lab/api/settings/@jupyterlab/translation-extension:plugin")
        assert reglage["schema"]["properties"]["locale"]["default"] == "fr_FR"
