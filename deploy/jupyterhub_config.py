"""JupyterHub of a training centre on one machine: `make hub` (`ntc hub`), see the README.

Users, roles and courses come from the centre's folder (NTC_CENTRE, /srv/ntc): each
`cours/<dossier>/` is an `ntc init` course, its learners are its apprenants.csv (the CSV given to
`ntc init`), its trainers its formateurs.csv (same columns). autograder/formateur/hub.py prepares
the Unix side (accounts, private homes, a group per course, the exchange) before the hub starts.

Environment: NTC_CENTRE, NTC_HUB_IP / NTC_HUB_PORT (public address), NTC_HUB_PORT_API /
NTC_HUB_PORT_PROXY (internal ports, 8081 / 8001 by default), NTC_HUB_PYTHON (the interpreter
users' servers run), NTC_HUB_MOT_DE_PASSE (a shared password instead of PAM: tests and demos).
"""

import os
import shutil
import sys
from pathlib import Path

from autograder.formateur.hub import lire_centre

c = get_config()  # noqa: F821 (injected by JupyterHub)

DEPLOY = Path(__file__).resolve().parent
DEPOT = DEPLOY.parent
CENTRE = Path(os.environ.get("NTC_CENTRE", "/srv/ntc"))
ETAT = CENTRE / "hub"  # 0700, root only
COURS = lire_centre(CENTRE)
APPRENANTS = {n for cours in COURS for n in cours.apprenants}
FORMATEURS = {n for cours in COURS for n in cours.formateurs}

# -- addresses -----------------------------------------------------------------------------------
IP = os.environ.get("NTC_HUB_IP", "")
c.JupyterHub.bind_url = f"http://{IP}:{os.environ.get('NTC_HUB_PORT', '8000')}"
c.JupyterHub.hub_bind_url = f"http://127.0.0.1:{os.environ.get('NTC_HUB_PORT_API', '8081')}"
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{os.environ.get('NTC_HUB_PORT_PROXY', '8001')}"
c.ConfigurableHTTPProxy.command = [
    str(DEPLOY / "node_modules" / ".bin" / "configurable-http-proxy")
]
c.ConfigurableHTTPProxy.pid_file = str(ETAT / "proxy.pid")
c.JupyterHub.db_url = f"sqlite:///{ETAT / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(ETAT / "jupyterhub_cookie_secret")
c.JupyterHub.pid_file = str(ETAT / "jupyterhub.pid")

# -- who logs in ---------------------------------------------------------------------------------
# A centre: PAM (the default), the Unix accounts' passwords, set by the administrator (chpasswd).
# Alternatives, each a pip package: NativeAuthenticator (sign-up approved by an admin) or
# OAuthenticator (the centre's Google Workspace / Microsoft Entra accounts); keep allowed_users.
if os.environ.get("NTC_HUB_MOT_DE_PASSE"):  # tests and demos only: one password for everyone
    c.JupyterHub.authenticator_class = "shared-password"
    c.SharedPasswordAuthenticator.user_password = os.environ["NTC_HUB_MOT_DE_PASSE"]
else:
    c.JupyterHub.authenticator_class = "pam"
    c.PAMAuthenticator.open_sessions = False
c.Authenticator.allowed_users = APPRENANTS | FORMATEURS
c.Authenticator.admin_users = set()  # trainers grade; nobody administers the hub from the web

# -- groups and rights (nbgrader's « multiple classes » naming: nbgrader-<course>, formgrade-…) --
c.JupyterHub.load_groups = {}
for cours in COURS:
    c.JupyterHub.load_groups[f"nbgrader-{cours.course_id}"] = {
        "users": sorted(cours.apprenants + cours.formateurs)
    }
    c.JupyterHub.load_groups[f"formgrade-{cours.course_id}"] = {"users": sorted(cours.formateurs)}
c.JupyterHub.load_roles = [
    # A user's server asks the hub which groups (courses) its owner is in: nbgrader's
    # JupyterHubAuthPlugin lists and fetches only the assignments of those courses.
    {
        "name": "server",
        "scopes": ["users:activity!user", "access:servers!server", "read:users:groups!user"],
    },
    {
        "name": "idle-culler",
        "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
        "services": ["idle-culler"],
    },
]

# -- each user's server: their own Unix account, the course, their tools -------------------------
c.JupyterHub.spawner_class = "localprocess"  # runs as the user (setuid): their files stay theirs
PYTHON = os.environ.get("NTC_HUB_PYTHON", sys.executable)
c.Spawner.cmd = [PYTHON, "-m", "jupyterhub.singleuser"]
c.Spawner.notebook_dir = "~"
c.Spawner.default_url = "/lab/tree/course/00_accueil.ipynb"  # the course's home page
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 120
c.Spawner.mem_limit = "2G"  # informative for LocalProcessSpawner; enforced on Kubernetes


def _a_lui(chemin: Path, compte) -> None:
    for racine, dirs, fichiers in os.walk(chemin):
        for f in [racine, *(os.path.join(racine, x) for x in dirs + fichiers)]:
            os.lchown(f, compte.pw_uid, compte.pw_gid)


def preparer_maison(spawner):
    """Before each start: the lessons in the user's home (copied once), a trainer's courses
    linked in ~/cours/<course_id>, the Jupyter settings of their role."""
    import pwd

    nom = spawner.user.name
    compte = pwd.getpwnam(nom)
    maison = Path(compte.pw_dir)
    if not (maison / "course").exists():
        ignorer = shutil.ignore_patterns("rapports", ".ipynb_checkpoints", "__pycache__")
        shutil.copytree(DEPOT / "course", maison / "course", ignore=ignorer)
        _a_lui(maison / "course", compte)
    if not (maison / "exercises").exists():  # fetched assignments: where the home page links
        (maison / "exercises").mkdir()
        _a_lui(maison / "exercises", compte)
    siens = [cours for cours in COURS if nom in cours.formateurs]
    if siens:
        (maison / "cours").mkdir(exist_ok=True)
        for cours in siens:
            lien = maison / "cours" / cours.course_id
            if not lien.is_symlink():
                lien.symlink_to(cours.dossier)
        _a_lui(maison / "cours", compte)
    role = "formateur" if siens else "apprenant"
    spawner.environment.update(
        {
            "JUPYTER_CONFIG_PATH": os.pathsep.join(
                [str(DEPLOY / "jupyter" / role), str(DEPLOY / "jupyter" / "commun")]
            ),
            "NTC_EXCHANGE": str(CENTRE / "echange"),
            "PATH": os.pathsep.join([str(Path(PYTHON).parent), "/usr/local/bin:/usr/bin:/bin"]),
            # formgrader shows one course, the trainer's first; ntc and nbgrader work in any
            **({"NTC_COURS": str(maison / "cours" / siens[0].course_id)} if siens else {}),
        }
    )


c.Spawner.pre_spawn_hook = preparer_maison

# -- services ------------------------------------------------------------------------------------
# Stops a server idle for an hour (kernels, terminals and browser tabs all count as activity).
c.JupyterHub.services = [
    {
        "name": "idle-culler",
        "command": [sys.executable, "-m", "jupyterhub_idle_culler", "--timeout=3600"],
    }
]
