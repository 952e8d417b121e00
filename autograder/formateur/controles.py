"""Flags raised on a submission (« signalements »): they never change a grade, they ask the trainer
to look. Grades stay exactly those of `nbgrader autograde`; these checks only read.

Before grading (the submitted copy): missing or unreadable notebook, deleted or edited grade cells
(nbgrader restores edited locked cells from the source; a deleted one scores nothing), answer file
missing, unreadable or bearing another identifier, suspicious code in answer cells. After grading
(the autograded notebook): cell timeout, memory exhausted, output truncated. Around grading: files
of the working copy written outside the learner's own folder (course files, other folders).
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

CACHES = re.compile(r"### BEGIN HIDDEN TESTS.*?### END HIDDEN TESTS\n?", re.S)
SUSPECT = re.compile(
    r"\bnoter\s*=|\bReponses\b|\.reponses\b|gradebook|\bsolutions\b|__builtins__|"
    r"os\.kill|subprocess|sys\.modules|setrlimit"
)


def _norme(source: str) -> str:
    return "\n".join(line.rstrip() for line in CACHES.sub("", source).strip().splitlines())


def _cellules_source(gb, devoir: str, nom_nb: str) -> tuple[dict, set, set]:
    """(locked source cells by name, grade cell names, solution cell names) from the gradebook."""
    nb = gb.find_notebook(nom_nb, devoir)
    verrouillees = {c.name: c.source for c in nb.source_cells if c.locked}
    return verrouillees, {c.name for c in nb.grade_cells}, {c.name for c in nb.solution_cells}


def avant(copie: Path, devoir: str, etudiant: str, notebooks: list[str], gb) -> list[str]:
    """Flags on the submitted folder `copie` (the working copy), in French."""
    import nbformat

    flags = []
    for nom_nb in notebooks:
        chemin = copie / f"{nom_nb}.ipynb"
        if not chemin.exists():
            flags.append(f"notebook « {nom_nb}.ipynb » absent : ses cellules notées valent 0")
            continue
        try:
            nb = nbformat.read(chemin, as_version=4)
        except Exception as exc:  # nbformat raises several kinds
            flags.append(f"notebook « {nom_nb}.ipynb » illisible ({type(exc).__name__})")
            continue
        verrouillees, notees, solutions = _cellules_source(gb, devoir, nom_nb)
        vues = {}
        for cell in nb.cells:
            meta = cell.get("metadata", {}).get("nbgrader", {})
            if meta.get("grade_id"):
                vues[meta["grade_id"]] = cell
        for nom in sorted(notees - set(vues)):
            flags.append(f"notebook « {nom_nb}.ipynb » : cellule notée « {nom} » supprimée")
        for nom, source in sorted(verrouillees.items()):
            cell = vues.get(nom)
            if nom in notees and nom not in solutions and cell is not None:
                if _norme(cell.source) != _norme(source):
                    flags.append(
                        f"notebook « {nom_nb}.ipynb » : cellule notée « {nom} » modifiée "
                        "(nbgrader l'a rétablie depuis la source)"
                    )
        for nom in sorted(solutions - notees):
            cell = vues.get(nom)
            if cell is not None and cell.cell_type == "code" and SUSPECT.search(cell.source):
                flags.append(
                    f"notebook « {nom_nb}.ipynb » : code suspect dans la cellule « {nom} » "
                    "(à relire)"
                )
    flags += reponses(copie, devoir, etudiant)
    return flags


def reponses(copie: Path, devoir: str, etudiant: str) -> list[str]:
    """The answer file `.reponses/<devoir>.json`: present, readable, and this learner's."""
    chemin = copie / ".reponses" / f"{devoir}.json"
    if not chemin.exists():
        return [f"aucun fichier de réponses (.reponses/{devoir}.json)"]
    try:
        data = json.loads(chemin.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("reponses", {}), dict):
            raise ValueError
    except (ValueError, UnicodeDecodeError):
        return [f"fichier de réponses .reponses/{devoir}.json illisible ou altéré"]
    flags = []
    ident = data.get("identifiant")
    if ident != etudiant:
        flags.append(
            f"fichier de réponses au nom de « {ident} », pas de « {etudiant} » "
            "(copie échangée ou fichier modifié ?)"
        )
    if data.get("devoir", devoir) != devoir:
        flags.append(f"fichier de réponses d'un autre devoir (« {data.get('devoir')} »)")
    return flags


def apres(dossier_corrige: Path, notebooks: list[str]) -> list[str]:
    """Flags read in the autograded notebooks' outputs."""
    flags = []
    for nom_nb in notebooks:
        chemin = dossier_corrige / f"{nom_nb}.ipynb"
        try:
            nb = json.loads(chemin.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        vus = set()
        for i, cell in enumerate(nb.get("cells", [])):
            nom = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id") or f"n° {i + 1}"
            for out in cell.get("outputs", []):
                ename = out.get("ename", "")
                texte = out.get("text", "")
                texte = "".join(texte) if isinstance(texte, list) else str(texte)
                if ename == "CellTimeoutError":
                    vus.add(f"délai dépassé dans la cellule « {nom} » (boucle infinie ?)")
                elif ename == "MemoryError":
                    vus.add(f"mémoire épuisée dans la cellule « {nom} »")
                elif "... Output truncated ..." in texte:
                    vus.add(f"sortie trop longue tronquée dans la cellule « {nom} »")
        flags += [f"notebook « {nom_nb}.ipynb » : {v}" for v in sorted(vus)]
    return flags


def empreinte(racine: Path, exclure: Path | None = None) -> dict[str, str]:
    """relative path -> sha256 of every file under `racine`, except under `exclure`."""
    out = {}
    for p in sorted(racine.rglob("*")):
        if exclure is not None and (p == exclure or exclure in p.parents):
            continue
        if p.is_file() and not p.is_symlink():
            try:
                out[str(p.relative_to(racine))] = hashlib.sha256(p.read_bytes()).hexdigest()
            except OSError:
                out[str(p.relative_to(racine))] = "illisible"
    return out


def fichiers_modifies(avant_: dict[str, str], apres_: dict[str, str]) -> list[str]:
    changes = sorted(k for k in avant_.keys() | apres_.keys() if avant_.get(k) != apres_.get(k))
    if not changes:
        return []
    liste = ", ".join(changes[:5]) + (" …" if len(changes) > 5 else "")
    return [
        "le code de la copie a écrit hors de son dossier (fichiers du cours, autre apprenant ou "
        f"carnet de notes de la copie de travail, sans effet sur le vrai cours) : {liste}"
    ]
