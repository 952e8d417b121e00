"""One grading worker: `python -m autograder.formateur.travailleur`, started by `ntc grade`.

Why a long-lived process per worker grading one submission after another: what a notebook costs
in serial `nbgrader autograde` is the kernel start, the imports and the cells, not nbgrader's
start; a worker imports nbgrader once and then runs nbgrader's own `Autograde` converter in process
(`NbGraderAPI.autograde`, the code path of the command line), and N workers divide the wall time
by about N. Kernels come from a fork server started once per worker (`prechauffe`): the imports
every notebook's kernel makes are paid once per worker, not once per submission.

Why a fresh working course per submission: the learner's code (in the kernel) then only sees its
own folder; see `limites` for what is and is not isolated. The working gradebook is a copy of a
snapshot the parent took; the parent merges the learner's rows back (`fusion`).

Protocol: the first stdin line is the run's settings (JSON), then one learner id per line; one JSON
result per line goes back on the ORIGINAL stdout, which is then pointed at stderr so that nothing a
kernel prints can corrupt the protocol. stdin never carries the real course path to the kernels:
they do not inherit the pipes (jupyter_client closes other fds) and argv holds nothing.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import sys
import time
import traceback
from pathlib import Path

from autograder.formateur import controles, groupe_pids, limites, prechauffe


def _masquer_corrige():
    """A preprocessor run first in nbgrader's autograde pass: the sanitized notebook nbgrader just
    wrote beside the learner's files holds the hidden tests (restored from the gradebook); it is
    already read into memory, so it is removed from disk while the learner's code runs (the
    writer puts the graded notebook back afterwards)."""
    from nbgrader.preprocessors import NbGraderPreprocessor

    class MasquerCorrige(NbGraderPreprocessor):
        def preprocess(self, nb, resources):
            dossier = resources.get("metadata", {}).get("path", "")
            if dossier and resources.get("unique_key"):
                (Path(dossier) / f"{resources['unique_key']}.ipynb").unlink(missing_ok=True)
            return nb, resources

    return MasquerCorrige


def _copier_sans_liens(src: Path, dst: Path) -> list[str]:
    """Copy a submitted folder, dropping symbolic links (they could point at anything)."""
    ignores: list[str] = []

    def ignorer(dossier, noms):
        out = [n for n in noms if os.path.islink(os.path.join(dossier, n))]
        ignores.extend(out)
        return out

    shutil.copytree(src, dst, ignore=ignorer)
    return [f"lien symbolique ignoré : {n}" for n in ignores]


class Travailleur:
    def __init__(self, reglages: dict):
        self.r = reglages
        self.base = Path(reglages["dossier_run"])
        from autograder.formateur.cours import charger_config

        # The outputs are collected when the kernel is stopped: killing it at once spares its
        # shutdown (IPython's exit hooks) and the wait for it; the notebook is the same.
        surcharge = {
            "Execute": {"shutdown_kernel": "immediate"},
            # nbconvert validates the notebook after each of autograde's dozen preprocessors;
            # once, at the end, checks the same output (its own setting).
            "Exporter": {"optimistic_validation": True},
        }
        if reglages.get("delai"):
            surcharge["Execute"]["timeout"] = int(reglages["delai"])
        self.config = charger_config(Path(reglages["cours"]), **surcharge)
        from nbgrader.converters import Autograde

        # Same pipeline as the command line, with the hidden tests taken off the disk first.
        defaut = Autograde.class_traits()["autograde_preprocessors"].default()
        pipeline = self.config.Autograde.get("autograde_preprocessors", defaut)
        self.config.Autograde.autograde_preprocessors = [_masquer_corrige(), *pipeline]
        serveur = reglages.get("prechauffe", True) and prechauffe.demarrer() is not None
        self.lecture = None
        if reglages.get("confinement"):
            from autograder.formateur import confinement

            interdits = [Path(p) for p in reglages.get("interdits", [])]
            interdits += [Path(reglages["depots"]), self.base]
            self.lecture = confinement.lectures_de_base(interdits)
            # Room for the worker's own processes; a bomb stops a few hundred further on.
            self.processus = confinement.processus_de_l_utilisateur() + 256
        if serveur or self.lecture is not None:  # confined kernels go through the provisioner
            prechauffe.installer(self.config)

    def regles(self, travail: Path) -> dict | None:
        """What this submission's kernels may touch: its working copy and private temp folder."""
        if self.lecture is None:
            return None
        tmp = travail / "tmp"
        (tmp / "ipython").mkdir(parents=True, exist_ok=True)
        return {
            "lecture": self.lecture,
            "ecriture": [str(travail)],
            "processus": self.processus,
            "env": {"TMPDIR": str(tmp), "IPYTHONDIR": str(tmp / "ipython")},
        }

    def preparer(self, devoir: str, etudiant: str) -> tuple[Path, Path, list[str]]:
        """Working course for one learner: (root, gradebook path, flags from the copy)."""
        jeton = secrets.token_hex(8)
        racine = self.base / jeton / "cours"
        gb_dir = self.base / f"carnet-{secrets.token_hex(8)}"
        gb_dir.mkdir(parents=True)
        shutil.copy(self.r["carnet_instantane"], gb_dir / "gradebook.db")
        flags = _copier_sans_liens(
            Path(self.r["depots"]) / etudiant / devoir,
            racine / "submitted" / etudiant / devoir,
        )
        # The source's supplementary files (nbgrader copies them over the submission), never its
        # notebooks: they hold the hidden tests.
        source = Path(self.r["devoirs"][devoir]["source"])
        dest = racine / "solutions" / devoir
        dest.mkdir(parents=True)
        if source.is_dir():
            shutil.copytree(
                source, dest, dirs_exist_ok=True, ignore=shutil.ignore_patterns("*.ipynb")
            )
        return racine, gb_dir / "gradebook.db", flags

    def corriger(self, devoir: str, etudiant: str) -> dict:
        from nbgrader.api import Gradebook
        from nbgrader.apps import NbGraderAPI
        from nbgrader.coursedir import CourseDirectory
        from traitlets.config import Config

        t0 = time.perf_counter()
        notebooks = self.r["devoirs"][devoir]["notebooks"]
        racine, carnet, flags = self.preparer(devoir, etudiant)
        url = f"sqlite:///{carnet}"
        with Gradebook(url) as gb:
            flags += controles.avant(
                racine / "submitted" / etudiant / devoir,
                devoir,
                etudiant,
                notebooks,
                gb,
            )
        propre = racine / "autograded" / etudiant / devoir
        empreinte = controles.empreinte(racine, exclure=propre)
        cfg = Config(self.config)
        cfg.merge(Config({"CourseDirectory": {"root": str(racine), "db_url": url}}))
        coursedir = CourseDirectory(config=cfg)
        api = NbGraderAPI(coursedir=coursedir, config=cfg)
        os.chdir(racine)
        prechauffe.confiner(self.regles(racine.parent))
        try:
            resultat = api.autograde(devoir, etudiant, force=True, create=True)
        finally:
            prechauffe.confiner(None)
            os.chdir(self.base)
            groupe_pids.nettoyer()  # the kernels of the copies before this one
        flags += controles.fichiers_modifies(empreinte, controles.empreinte(racine, exclure=propre))
        flags += controles.apres(propre, notebooks)
        erreur = None
        if not resultat.get("success"):
            erreur = _expliquer(resultat.get("error", "") + resultat.get("log", ""))
        return {
            "etudiant": etudiant,
            "devoir": devoir,
            "ok": erreur is None,
            "erreur": erreur,
            "signalements": flags,
            "carnet": str(carnet),
            "corrige": str(propre) if propre.is_dir() else None,
            "travail": str(racine.parent),
            "duree": time.perf_counter() - t0,
        }


def _expliquer(texte: str) -> str:
    """French reason of a failed autograde, from nbgrader's traceback/log."""
    if "DeadKernelError" in texte or "Kernel died" in texte:
        return "le noyau Python s'est arrêté pendant l'exécution (plantage, arrêt volontaire ou mémoire)"
    if "NotJSONError" in texte or "JSONDecodeError" in texte or "Notebook does not appear" in texte:
        return "notebook illisible (fichier JSON invalide ou tronqué)"
    if "No notebooks found" in texte or "Did you mean" in texte:
        return "aucun notebook du devoir dans la copie"
    if "TimeoutError" in texte or "UnresponsiveKernelError" in texte:
        return "le noyau ne répond plus (délai dépassé)"
    derniere = [ligne for ligne in texte.strip().splitlines() if ligne.strip()]
    return "échec de nbgrader : " + (derniere[-1][:300] if derniere else "raison inconnue")


def _valider_sans_recontroler_le_schema() -> None:
    """nbgrader validates each cell's metadata with `jsonschema.validate`, which re-checks the
    schema itself at every call (a quarter of a second per notebook). Same validation, the
    schema checked once: a worker grades many notebooks, the serial command pays it each time."""
    import jsonschema
    from nbgrader.nbgraderformat import common

    caches: dict[int, tuple] = {}

    def validate(instance, schema, *args, **kwargs):
        sch, validateur = caches.get(id(schema), (None, None))
        if sch is not schema:
            cls = jsonschema.validators.validator_for(schema)
            cls.check_schema(schema)
            validateur = cls(schema)
            caches[id(schema)] = (schema, validateur)
        erreur = jsonschema.exceptions.best_match(validateur.iter_errors(instance))
        if erreur is not None:
            raise erreur

    class _Jsonschema:
        def __getattr__(self, nom):
            return validate if nom == "validate" else getattr(jsonschema, nom)

    common.jsonschema = _Jsonschema()


def _carnets_de_travail_sans_fsync() -> None:
    """nbgrader commits once per graded cell, and SQLite syncs the disk at each commit. The
    worker's gradebooks are throwaway copies (the parent merges their rows into the real one,
    which keeps SQLite's defaults): no sync, rollback journal in memory."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    def pragmas(connexion, _enregistrement):
        if type(connexion).__module__.startswith("sqlite3"):
            curseur = connexion.cursor()
            curseur.execute("PRAGMA synchronous=OFF")
            curseur.execute("PRAGMA journal_mode=MEMORY")
            curseur.close()

    event.listen(Engine, "connect", pragmas)


def main() -> int:
    from autograder.formateur.cours import alleger_imports, sans_extensions_serveur

    alleger_imports()
    protocole = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    os.dup2(2, 1)  # anything printed from now on (nbgrader, kernels) goes to the log
    # The slow start-up (the fork server's imports, nbgrader's) runs before the run's settings
    # arrive, while `ntc grade` still prepares the run: the limits come with the process (its
    # kernels inherit them from the fork server, so they are set before it starts).
    depart = json.loads(os.environ.pop(limites.VARIABLE_DEPART, "") or "{}")
    if depart:
        limites.appliquer(depart.get("memoire_mo"), depart.get("fichier_mo"))
        if depart.get("prechauffe", True):
            prechauffe.lancer_sans_attendre()
    sans_extensions_serveur()
    import nbgrader.converters  # noqa: F401 — the heaviest import, done while waiting

    _valider_sans_recontroler_le_schema()
    _carnets_de_travail_sans_fsync()
    ligne = sys.stdin.readline()
    if not ligne.strip():  # no submission for this worker after all
        prechauffe.arreter()
        return 0
    reglages = json.loads(ligne)
    if not depart:
        limites.appliquer(reglages.get("memoire_mo"), reglages.get("fichier_mo"))
    os.chdir(reglages["dossier_run"])
    travailleur = Travailleur(reglages)
    protocole.write(json.dumps({"pret": True}) + "\n")  # start-up done: copies may be timed
    for ligne in sys.stdin:
        if not ligne.strip():
            continue
        tache = json.loads(ligne)
        devoir, etudiant = tache["devoir"], tache["etudiant"]
        try:
            res = travailleur.corriger(devoir, etudiant)
        except Exception as exc:  # report, never die silently: the parent names the learner
            os.chdir(reglages["dossier_run"])
            res = {
                "etudiant": etudiant,
                "devoir": devoir,
                "ok": False,
                "erreur": f"erreur interne de correction : {exc!r}",
                "signalements": [],
                "trace": traceback.format_exc(),
            }
        protocole.write(json.dumps(res, ensure_ascii=False) + "\n")
    prechauffe.arreter()
    groupe_pids.nettoyer()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
