"""`ntc init DOSSIER --apprenants apprenants.csv`: a course directory for one cohort.

The directory is a plain nbgrader course (so `nbgrader …` and formgrader work in it unchanged):
`nbgrader_config.py` and `solutions/` copied from this repository when absent, the learners imported
into `gradebook.db` (nbgrader's Gradebook API, like `nbgrader db student import`), and every
assignment generated (`nbgrader generate_assignment`: gradebook + `exercises/`). Running it again
updates the learners and regenerates the assignments; learners' work is never touched.

CSV: a header line, columns `id,first_name,last_name,email` (nbgrader's names) or their French
equivalents `identifiant,prenom,nom,courriel`; `;` or `,` separated; only the id is required.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from pathlib import Path

from autograder.formateur.cours import ErreurCours, env_nbgrader
from autograder.moteur.paths import ROOT

COLONNES = {
    "id": "id",
    "identifiant": "id",
    "first_name": "first_name",
    "prenom": "first_name",
    "prénom": "first_name",
    "last_name": "last_name",
    "nom": "last_name",
    "email": "email",
    "courriel": "email",
    "mail": "email",
}


def lire_apprenants(chemin: Path) -> list[dict[str, str]]:
    """Rows of the CSV as nbgrader student fields; French error naming the line on bad input."""
    from autograder.moteur.seance import IDENTIFIANT_VALIDE

    try:
        texte = Path(chemin).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ErreurCours(f"Fichier d'apprenants illisible : {chemin} ({exc.strerror}).") from None
    except UnicodeDecodeError:
        raise ErreurCours(f"{chemin} n'est pas en UTF-8 : enregistrez-le en CSV UTF-8.") from None
    premiere = texte.splitlines()[0] if texte.strip() else ""
    lecteur = csv.DictReader(texte.splitlines(), delimiter=";" if ";" in premiere else ",")
    entetes = {h: COLONNES.get((h or "").strip().lower()) for h in lecteur.fieldnames or []}
    if "id" not in entetes.values():
        raise ErreurCours(
            f"{chemin} : colonne « id » (ou « identifiant ») introuvable dans l'en-tête "
            f"({', '.join(h for h in entetes if h) or 'vide'})."
        )
    apprenants, vus = [], set()
    for n, ligne in enumerate(lecteur, start=2):
        champs = {entetes[k]: (v or "").strip() for k, v in ligne.items() if entetes.get(k)}
        ident = champs.get("id", "")
        if not ident:
            raise ErreurCours(f"{chemin}, ligne {n} : identifiant vide.")
        if not IDENTIFIANT_VALIDE.match(ident):
            raise ErreurCours(
                f"{chemin}, ligne {n} : identifiant « {ident} » invalide (lettres, chiffres, point, "
                "tiret, @ ; pas d'espace)."
            )
        if ident in vus:
            raise ErreurCours(f"{chemin}, ligne {n} : identifiant « {ident} » en double.")
        vus.add(ident)
        apprenants.append({k: v for k, v in champs.items() if v})
    if not apprenants:
        raise ErreurCours(f"{chemin} : aucun apprenant.")
    return apprenants


def initialiser(dossier: Path, csv_apprenants: Path, devoirs: list[str] | None = None) -> str:
    from nbgrader.api import Gradebook

    from autograder.formateur.cours import dossier_cours
    from autograder.moteur.release import assignments

    apprenants = lire_apprenants(csv_apprenants)
    dossier = Path(dossier).resolve()
    dossier.mkdir(parents=True, exist_ok=True)
    if not (dossier / "nbgrader_config.py").exists():
        shutil.copy(ROOT / "nbgrader_config.py", dossier / "nbgrader_config.py")
    coursedir = dossier_cours(dossier)
    source = Path(coursedir.root) / coursedir.source_directory
    if not source.exists():
        shutil.copytree(ROOT / "solutions", source)
    disponibles = (
        assignments(Path(coursedir.root))
        if source.name == "solutions"
        else sorted(p.name for p in source.iterdir() if p.is_dir())
    )
    devoirs = devoirs or disponibles
    inconnus = sorted(set(devoirs) - set(disponibles))
    if inconnus:
        raise ErreurCours(
            f"Devoir(s) inconnu(s) : {', '.join(inconnus)}. Disponibles : {', '.join(disponibles)}."
        )
    with Gradebook(coursedir.db_url, coursedir.course_id) as gb:
        for a in apprenants:
            gb.update_or_create_student(a["id"], **{k: v for k, v in a.items() if k != "id"})
    for devoir in devoirs:
        res = subprocess.run(
            [sys.executable, "-m", "nbgrader", "generate_assignment", devoir, "--force"],
            cwd=coursedir.root,
            capture_output=True,
            text=True,
            env=env_nbgrader(),
        )
        if res.returncode != 0:
            raise ErreurCours(
                f"nbgrader generate_assignment {devoir} a échoué :\n{res.stdout}{res.stderr}"
            )
    return (
        f"Cours prêt dans {dossier} : {len(apprenants)} apprenants inscrits, devoirs générés : "
        f"{', '.join(devoirs)}.\nSuite : nbgrader release_assignment DEVOIR, puis "
        "nbgrader collect DEVOIR et ntc grade DEVOIR --jobs 2."
    )
