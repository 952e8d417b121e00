"""`ntc hub` (`make hub`): a training centre's JupyterHub on one machine (deploy/jupyterhub_config.py).

The centre is one folder (`NTC_CENTRE`, /srv/ntc by default):

    cours/<dossier>/   one `ntc init` course per cohort: nbgrader_config.py (its course_id),
                       apprenants.csv (the CSV given to `ntc init`), formateurs.csv (same columns)
    echange/           nbgrader's exchange (NTC_EXCHANGE): 1777, like /tmp
    hub/               JupyterHub's database, cookie secret and logs (0700: root only)
    python/            the users' Python when the venv's is not runnable by them (see below)

`preparer` makes the Unix side true, as root, and can be run again: one account per learner and
trainer (home 0700: nobody else reads it), one group `formateurs-<course_id>` per course owning
its folder (2770: its trainers only), the exchange. The hub then starts each user's server under
their own account (LocalProcessSpawner): privacy is Unix's, not JupyterHub's.

Every account runs the project's Python. When the venv's interpreter is not runnable by them (a
pyenv Python under /root), `python_utilisateurs` copies it into python/ (the interpreter and its
standard library: the same version, not the system's, whose 3.11.2 breaks soupsieve) with the
project venv's site-packages, share/ and etc/ linked: the same packages, nothing installed twice.
"""

from __future__ import annotations

import grp
import os
import pwd
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from autograder.formateur.cours import ErreurCours

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
CENTRE = Path(os.environ.get("NTC_CENTRE", "/srv/ntc"))
NOM_UNIX = re.compile(r"^[a-z_][a-z0-9_-]{0,31}$")  # Debian's useradd/groupadd default rule


@dataclass
class Cours:
    course_id: str
    dossier: Path
    apprenants: list[str]
    formateurs: list[str]

    @property
    def groupe(self) -> str:
        """The Unix group of the course's trainers (owns its folder)."""
        return f"formateurs-{self.course_id}".lower()


def _ids(chemin: Path) -> list[str]:
    from autograder.formateur.cohorte import lire_apprenants

    return [a["id"] for a in lire_apprenants(chemin)] if chemin.exists() else []


def lire_centre(racine: Path = CENTRE) -> list[Cours]:
    """The courses of the centre, their learners and trainers; French error on any conflict."""
    from autograder.formateur.cours import dossier_cours

    dossiers = sorted(p.parent for p in (Path(racine) / "cours").glob("*/nbgrader_config.py"))
    if not dossiers:
        raise ErreurCours(
            f"Aucun cours dans {racine}/cours/ : créez-en un avec « ntc init "
            f"{racine}/cours/NOM --apprenants {racine}/cours/NOM/apprenants.csv »."
        )
    cours, roles = [], {}
    for d in dossiers:
        if not (d / "apprenants.csv").exists():
            raise ErreurCours(f"{d}/apprenants.csv manquant (le CSV donné à « ntc init »).")
        c = Cours(
            dossier_cours(d).course_id, d, _ids(d / "apprenants.csv"), _ids(d / "formateurs.csv")
        )
        if not NOM_UNIX.match(c.groupe):
            raise ErreurCours(
                f"{d} : course_id « {c.course_id} » inutilisable pour un groupe Unix (minuscules, "
                "chiffres, tiret ; 21 caractères au plus)."
            )
        if c.course_id in {x.course_id for x in cours}:
            raise ErreurCours(f"course_id « {c.course_id} » en double : {d} (un par cohorte).")
        for role, noms in (("apprenant", c.apprenants), ("formateur", c.formateurs)):
            for nom in noms:
                if roles.setdefault(nom, role) != role:
                    raise ErreurCours(f"« {nom} » est à la fois apprenant et formateur.")
        cours.append(c)
    return cours


def _lancer(*cmd: str) -> None:
    res = subprocess.run(cmd, capture_output=True, text=True)
    if res.returncode != 0:
        raise ErreurCours(f"{' '.join(cmd)} a échoué : {res.stderr.strip() or res.stdout.strip()}")


def _existe(nom: str, base) -> bool:
    try:
        base(nom)
        return True
    except KeyError:
        return False


def creer_compte(nom: str, maisons: Path | None = None) -> Path:
    """The Unix account `nom` (created if missing) and its private home (0700)."""
    if not NOM_UNIX.match(nom):
        raise ErreurCours(
            f"Identifiant « {nom} » impossible comme compte Unix : minuscules, chiffres, tiret ou _, "
            "32 caractères au plus."
        )
    if not _existe(nom, pwd.getpwnam):
        options = ["--home-dir", str(Path(maisons) / nom)] if maisons else []
        _lancer("useradd", "--create-home", "--shell", "/bin/bash", "--user-group", *options, nom)
    maison = Path(pwd.getpwnam(nom).pw_dir)
    maison.chmod(0o700)
    return maison


def preparer(racine: Path = CENTRE, maisons: Path | None = None) -> list[Cours]:
    """Accounts, groups, permissions and exchange of the centre (as root; idempotent)."""
    if os.geteuid() != 0:
        raise ErreurCours("La préparation du centre crée des comptes Unix : lancez-la en root.")
    cours = lire_centre(racine)
    echange = Path(racine) / "echange"
    echange.mkdir(parents=True, exist_ok=True)
    echange.chmod(0o1777)  # everyone writes, nobody removes another's files (nbgrader's advice)
    (Path(racine) / "hub").mkdir(exist_ok=True)
    (Path(racine) / "hub").chmod(0o700)  # the hub's database and cookie secret: root only
    Path(racine).chmod(0o755)
    for c in cours:
        for nom in c.apprenants + c.formateurs:
            creer_compte(nom, maisons)
        if not _existe(c.groupe, grp.getgrnam):
            _lancer("groupadd", c.groupe)
        for nom in c.formateurs:
            _lancer("usermod", "--append", "--groups", c.groupe, nom)
        gid = grp.getgrnam(c.groupe).gr_gid
        for chemin in [c.dossier, *c.dossier.rglob("*")]:
            if chemin.is_symlink():
                continue
            os.chown(chemin, -1, gid)
            mode = chemin.stat().st_mode & 0o777
            if chemin.is_dir():
                chemin.chmod((mode | 0o2770) & 0o2770)  # setgid: new files keep the group
            else:
                chemin.chmod((mode | 0o660) & 0o770)
    return cours


def _utilisable(python: str) -> bool:
    """Can an unprivileged account run `python` and import the hub's packages?"""
    if os.geteuid() != 0 or not shutil.which("runuser"):
        return True
    res = subprocess.run(
        ["runuser", "-u", "nobody", "--", python, "-c", "import autograder, jupyterhub, nbgrader"],
        capture_output=True,
        cwd="/",
    )
    return res.returncode == 0


def _scripts(pont: Path) -> None:
    """The venv's commands (ntc, nbgrader, alembic, jupyter…) again, run by the users' Python."""
    entete = re.compile(rb"^#!\S*/python[0-9.]*$")
    for script in sorted((Path(sys.prefix) / "bin").iterdir()):
        cible = pont / "bin" / script.name
        if cible.exists() or script.is_dir() or script.name.startswith(("python", "activate")):
            continue
        try:
            texte = script.read_bytes()
        except OSError:
            continue
        premiere, _, reste = texte.partition(b"\n")
        if entete.match(premiere):  # a console script of a Python package
            cible.write_bytes(f"#!{pont / 'bin' / 'python'}".encode() + b"\n" + reste)
            cible.chmod(0o755)


def python_utilisateurs(racine: Path = CENTRE) -> str:
    """The interpreter every user's server runs (see the module's docstring)."""
    if _utilisable(sys.executable):
        return sys.executable
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    copie, base = Path(racine) / "python", Path(sys.base_prefix)
    python, marque = copie / "bin" / "python", copie / "version"
    if not marque.exists() or marque.read_text() != sys.version:  # missing, or another Python
        shutil.rmtree(copie, ignore_errors=True)
        inutiles = ("site-packages", "test", "config-*", "idlelib", "tkinter", "turtledemo")
        shutil.copytree(
            base / "lib" / version,
            copie / "lib" / version,
            ignore=shutil.ignore_patterns(*inutiles),
            symlinks=True,
        )
        for lib in (base / "lib").glob("libpython*.so*"):
            shutil.copy2(lib, copie / "lib", follow_symlinks=False)
        (copie / "bin").mkdir()
        shutil.copy2(Path(sys.executable).resolve(), copie / "bin" / version)
        (copie / "lib" / version / "site-packages").symlink_to(
            Path(sys.prefix) / "lib" / version / "site-packages"
        )
        for nom in ("share", "etc"):  # Jupyter's data and config of the venv (labextensions…)
            if (Path(sys.prefix) / nom).exists():
                (copie / nom).symlink_to(Path(sys.prefix) / nom)
        # The interpreter's RUNPATH names /root/…: its own libpython comes first here.
        python.write_text(
            f"#!/bin/sh\nexport LD_LIBRARY_PATH={copie / 'lib'}${{LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}}"
            f'\nexec {copie / "bin" / version} "$@"\n'
        )
        python.chmod(0o755)
        _scripts(copie)
        marque.write_text(sys.version)
    for chemin in (copie, *copie.parents):
        if chemin == Path(racine).parent:
            break
        chemin.chmod(chemin.stat().st_mode | 0o755)
    if not _utilisable(str(python)):
        raise ErreurCours(
            f"Les comptes des apprenants ne peuvent pas lancer {python} : le dépôt et son .venv "
            f"({sys.prefix}) doivent être lisibles par tous (installez-le dans /opt/ntc)."
        )
    return str(python)


def commande_hub(racine: Path = CENTRE) -> list[str]:
    return [sys.executable, "-m", "jupyterhub", "-f", str(DEPLOY / "jupyterhub_config.py")]


def lancer_hub(racine: Path = CENTRE, ip: str = "", port: int = 8000) -> int:
    """`ntc hub`: prepare the centre, then replace this process by JupyterHub."""
    cours = preparer(racine)
    proxy = DEPLOY / "node_modules" / ".bin" / "configurable-http-proxy"
    if not proxy.exists():
        raise ErreurCours(f"{proxy} manquant : lancez « make hub » (npm ci --prefix deploy).")
    env = {
        **os.environ,
        "NTC_CENTRE": str(racine),
        "NTC_HUB_PYTHON": python_utilisateurs(racine),
        "NTC_HUB_IP": ip,
        "NTC_HUB_PORT": str(port),
    }
    print(
        f"Hub du centre : {len(cours)} cours ({', '.join(c.course_id for c in cours)}), "
        f"http://{ip or 'ADRESSE'}:{port}/",
        flush=True,
    )
    os.execvpe(sys.executable, commande_hub(racine), env)
    return 0  # not reached
