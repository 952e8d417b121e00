"""`ntc grade DEVOIR --jobs N`: autograde a whole cohort with N workers, a progress line, a summary.

Design (issue #8): serial `nbgrader autograde` runs one notebook after another; the cost is the
kernel start and imports of each notebook, so the way to go faster is to run N at once. Running N
`nbgrader autograde --student X` against the same SQLite gradebook risks "database is locked" and lost
writes, so instead:
1. the parent takes a consistent snapshot of the gradebook (SQLite backup API);
2. N long-lived workers (`travailleur`) grade one submission at a time, each in a fresh working
   course with a copy of the snapshot, through nbgrader's own Autograde converter: same
   preprocessors, same config, hence the same grades as the serial command;
3. the parent, the only writer, merges each learner's rows into the real gradebook as results come
   (`fusion`) and copies the autograded folder into the course's `autograded/`.
Submissions are handed out one by one (a slow copy does not hold a whole batch back); a worker that
dies or exceeds its wall-clock limit is killed with its process group and replaced, the learner it
was grading is reported as failed, and the others go on.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import sys
import tempfile
import time
from pathlib import Path

from autograder.formateur import limites, sauvegarde
from autograder.formateur.bilan import Bilan, Progression, Resultat
from autograder.formateur.cours import (
    ErreurCours,
    carnet,
    dossier_cours,
    sans_extensions_serveur,
    verifier_devoir,
)
from autograder.formateur.equipe import Equipe, copies_probables


def lister_depots(coursedir, devoir: str) -> list[str]:
    depots = Path(coursedir.root) / coursedir.submitted_directory
    if not depots.is_dir():
        return []
    return sorted(p.name for p in depots.iterdir() if (p / devoir).is_dir())


def _chemin_sqlite(url: str) -> Path:
    if not url.startswith("sqlite:///"):
        raise ErreurCours(f"Carnet de notes non SQLite ({url}) : non pris en charge par ntc grade.")
    return Path(url[len("sqlite:///") :])


def _supprimer(chemin: Path, tolerant: bool = False) -> None:
    """rmtree that also removes read-only files (nbgrader writes autograded files 444);
    `tolerant`: a temporary folder left behind is not worth a failed run."""
    if tolerant:
        try:
            _supprimer(chemin)
        except OSError:
            pass
        return

    def forcer(func, p, _exc):
        os.chmod(p, stat.S_IRWXU)
        func(p)

    if chemin.is_symlink() or chemin.is_file():
        chemin.unlink()
    elif chemin.exists():
        for racine, dossiers, _ in os.walk(chemin):
            for d in dossiers:
                if not os.path.islink(os.path.join(racine, d)):  # never chmod a link's target
                    os.chmod(os.path.join(racine, d), stat.S_IRWXU)
        cle = "onexc" if sys.version_info >= (3, 12) else "onerror"
        shutil.rmtree(chemin, **{cle: forcer})


def _liens(dossier: str, noms: list[str]) -> list[str]:
    """copytree filter: a link left by the learner's code is not brought into the course."""
    return [n for n in noms if os.path.islink(os.path.join(dossier, n))]


def _taches(coursedir, devoirs: list[str], etudiants: list[str] | None) -> list[tuple[str, str]]:
    taches = []
    for devoir in devoirs:
        presents = lister_depots(coursedir, devoir)
        if etudiants:
            presents = [e for e in presents if e in etudiants]
        taches += [(devoir, e) for e in presents]
    if etudiants:
        vus = {e for _, e in taches}
        inconnus = sorted(set(etudiants) - vus)
        if inconnus:
            raise ErreurCours(
                f"Pas de copie ramassée pour {', '.join(inconnus)} dans "
                f"{coursedir.submitted_directory}/<apprenant>/<devoir>/."
            )
    if not taches:
        raise ErreurCours(
            f"Aucune copie de {', '.join(devoirs)} dans {coursedir.submitted_directory}/ : "
            f"ramassez-les avec « nbgrader collect {devoirs[0]} »."
        )
    return taches


def corriger(
    cours: Path,
    devoirs: list[str] | str,
    *,
    jobs: int = 2,
    etudiants: list[str] | None = None,
    delai: float | None = None,
    memoire_mo: int | None = limites.MEMOIRE_MO,
    fichier_mo: int | None = limites.TAILLE_FICHIER_MO,
    progression: bool = True,
    prechauffe: bool = True,
    confinement: str = "auto",
) -> Bilan:
    """Autograde every collected submission of `devoirs` (or of `etudiants`) with `jobs` workers."""
    t0 = time.perf_counter()
    devoirs = [devoirs] if isinstance(devoirs, str) else list(devoirs)
    cours = Path(cours).resolve()
    run = Path(tempfile.mkdtemp(prefix="ntc-correction-"))
    depart = {"memoire_mo": memoire_mo, "fichier_mo": fichier_mo, "prechauffe": prechauffe}
    pool = Equipe(run, depart)
    pool.prelancer(copies_probables(cours, devoirs, etudiants, jobs))  # start-up overlaps below
    sans_extensions_serveur()
    try:
        coursedir = dossier_cours(cours)
        notebooks = {d: verifier_devoir(coursedir, d) for d in devoirs}
        taches = _taches(coursedir, devoirs, etudiants)
        delai_cellule = delai or coursedir.config.Execute.get("timeout", 30) or 30
        with carnet(coursedir) as gb:
            pool.delais = {
                d: limites.delai_copie(
                    delai_cellule,
                    sum(len(gb.find_notebook(n, d).source_cells) for n in notebooks[d]),
                )
                for d in devoirs
            }
        jobs = max(1, min(jobs, len(taches)))
        bilan = Bilan(devoirs, notebooks, jobs)
        bilan.confinement, actif = _confinement(confinement)
        db = _chemin_sqlite(coursedir.db_url)
        try:
            copie = sauvegarde.sauvegarder(db)
        except sauvegarde.CarnetAbime as exc:
            raise ErreurCours(str(exc)) from None
        except (OSError, sqlite3.Error) as exc:
            raise ErreurCours(
                f"Sauvegarde du carnet de notes « {db} » impossible ({exc}) : correction annulée."
            ) from None
        instantane = run / "instantane.db"
        shutil.copy(copie, instantane)  # the backup is already a consistent snapshot
        pool.jobs = jobs
        pool.reglages = {
            "cours": str(cours),
            "devoirs": {
                d: {
                    "notebooks": notebooks[d],
                    "source": coursedir.format_path(coursedir.source_directory, ".", d),
                }
                for d in devoirs
            },
            "dossier_run": str(run),
            "carnet_instantane": str(instantane),
            "depots": str(Path(coursedir.root) / coursedir.submitted_directory),
            "delai": delai,
            "memoire_mo": memoire_mo,
            "fichier_mo": fichier_mo,
            "prechauffe": prechauffe,
            "confinement": actif,
            "interdits": [str(cours), str(db.parent), str(Path.home())],
        }
        barre = Progression(len(taches), "Correction", progression)
        pool.lancer(taches)
        _recueillir(pool, taches, coursedir, bilan, barre)
    finally:
        pool.arreter_prelances()
        _supprimer(run, tolerant=True)
    _controler_carnet(db, copie, bilan)
    bilan.resultats.sort(key=lambda r: (r.devoir, r.etudiant))
    bilan.duree = time.perf_counter() - t0
    return bilan


def _confinement(mode: str) -> tuple[str, bool]:
    """(summary line, confine the kernels?) for `--confinement auto|strict|non`."""
    from autograder.formateur import confinement

    if mode == "non":
        return "désactivé (--confinement non) : isolation par copie de travail seulement", False
    version = confinement.abi()
    if version < 1 and mode == "strict":
        raise ErreurCours(
            "Confinement des noyaux impossible sur cette machine (noyau Linux sans Landlock) : "
            "correction refusée (--confinement strict). Corrigez dans un conteneur (README)."
        )
    return confinement.etat(version), version >= 1


def _recueillir(pool: Equipe, taches: list, coursedir, bilan: Bilan, barre: Progression) -> None:
    """Merge each result into the real gradebook as it comes; never raise: a failure is the
    learner's result, in French."""
    from nbgrader.api import Gradebook

    from autograder.formateur.fusion import REGISTRE, ErreurFusion, fusionner, marquer

    corriges = Path(coursedir.root) / coursedir.autograded_directory
    registre = Path(coursedir.root) / REGISTRE
    try:
        reel = Gradebook(coursedir.db_url, coursedir.course_id)
    except Exception as exc:  # noqa: BLE001 — the gradebook was damaged meanwhile
        reel, ouverture = None, f"carnet de notes inaccessible ({exc})"
    for _ in taches:
        res = pool.sortie.get()
        r = Resultat(
            res["etudiant"],
            res["devoir"],
            bool(res.get("ok")),
            res.get("erreur"),
            list(res.get("signalements", [])),
            res.get("duree", 0.0),
        )
        try:
            if reel is None:
                r.ok, r.erreur = False, r.erreur or ouverture
            elif res.get("carnet"):
                try:
                    with Gradebook(f"sqlite:///{res['carnet']}") as copie:
                        r.signalements += fusionner(reel, copie, r.devoir, r.etudiant)
                except ErreurFusion as exc:
                    r.ok, r.erreur = False, r.erreur or str(exc)
                except Exception as exc:  # noqa: BLE001 — a working or real gradebook broken
                    reel.db.rollback()
                    r.ok, r.erreur = False, f"notes non enregistrées ({exc})"
            dest = corriges / r.etudiant / r.devoir
            _supprimer(dest)
            if r.ok and res.get("corrige"):
                shutil.copytree(res["corrige"], dest, ignore=_liens)
            if reel is not None and (r.ok or r.signalements):  # a failed run keeps the old flag
                marquer(reel, r.devoir, r.etudiant, bool(r.signalements), registre)
        except Exception as exc:  # noqa: BLE001 — never a traceback: this learner fails
            r.ok, r.erreur = False, r.erreur or f"copie corrigée non enregistrée ({exc})"
        for cle in ("travail", "carnet"):
            if res.get(cle):
                chemin = Path(res[cle])
                _supprimer(chemin if cle == "travail" else chemin.parent, tolerant=True)
        bilan.resultats.append(r)
        barre.avancer(r)
    if reel is not None:
        try:
            reel.close()
        except Exception:  # noqa: BLE001 — checked and restored right after
            pass


def _controler_carnet(db: Path, copie: Path, bilan: Bilan) -> None:
    """After the run: a damaged gradebook is replaced by the backup taken before, and every
    submission graded meanwhile is named (its grades went with the damaged file)."""
    raison = sauvegarde.verifier(db)
    if raison is None:
        return
    sauvegarde.restaurer(copie, db)
    for r in bilan.resultats:
        if r.ok:
            r.ok, r.erreur = False, "notes perdues avec le carnet abîmé : copie à recorriger"
    noms = ", ".join(f"« {r.etudiant} » ({r.devoir})" for r in bilan.resultats) or "aucune"
    bilan.alertes.append(
        f"ATTENTION : le carnet de notes a été abîmé pendant la correction ({raison}). Il est "
        f"restauré depuis la sauvegarde « {copie} » prise avant la correction ; l'état abîmé "
        f"est gardé à côté (gradebook.db.abime-…). Copies corrigées entre-temps, à recorriger "
        f"(« ntc grade … --confinement strict » ou dans un conteneur) : {noms}."
    )
