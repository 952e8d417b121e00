"""The lesson notebooks of course/, seen from outside: their titles, and the section of a lesson
that teaches a criterion, so that a learner told « non acquis » knows what to reread.

A section is found when a lesson heading names the criterion id (« … (CP1.2) »). Its link targets
the heading's cell, `#cell-id=<id>`, which JupyterLab 4 scrolls to: a heading anchor (its text
with « - » for spaces) fails there as soon as the text has an accent, because JupyterLab compares
it still percent-encoded. Otherwise the lesson notebooks themselves are given.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from autograder.moteur.paths import ROOT

DOSSIER_COURS = ROOT / "course"
_TITRE = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_ID_CELLULE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


@dataclass(frozen=True)
class Lien:
    titre: str
    chemin: Path
    ancre: str = ""


def lecons(cours: Path = DOSSIER_COURS) -> list[Path]:
    """Every lesson notebook, one folder per competence (examen/ included), in course order."""
    return [p for p in sorted(cours.glob("*/*.ipynb")) if ".ipynb_checkpoints" not in p.parts]


@cache
def _lire(chemin: Path) -> tuple[str, tuple[tuple[str, str], ...], str]:
    """(title, (heading, its cell's id) pairs, Markdown text) of a notebook; an unreadable one
    has none."""
    try:
        cellules = json.loads(chemin.read_text(encoding="utf-8")).get("cells", [])
        markdown = [c for c in cellules if c.get("cell_type") == "markdown"]
        textes = [("".join(c.get("source", "")), str(c.get("id", ""))) for c in markdown]
    except (OSError, ValueError, AttributeError, TypeError):
        return chemin.stem, (), ""
    titres = tuple(
        (m.group(2), ident)
        for texte, ident in textes
        for ligne in texte.splitlines()
        if (m := _TITRE.match(ligne))
    )
    titre = titres[0][0] if titres else chemin.stem
    return titre, titres, "\n".join(texte for texte, _ in textes)


def titre(chemin: Path) -> str:
    """The notebook's first heading (its title)."""
    return _lire(Path(chemin))[0]


def section(critere: str, cours: Path = DOSSIER_COURS) -> Lien | None:
    """The first lesson heading that names this criterion, with its cell's anchor (None if no
    heading names it)."""
    motif = re.compile(rf"(?<![\w.]){re.escape(critere)}(?![\d])")
    for chemin in lecons(cours):
        titre_lecon, titres, _ = _lire(chemin)
        for t, ident in titres:
            if motif.search(t):
                ancre = f"cell-id={ident}" if _ID_CELLULE.match(ident) else ""
                return Lien(f"{titre_lecon} — {t}", chemin, ancre)
    return None


def lecons_de_competence(competence: str, cours: Path = DOSSIER_COURS) -> list[Lien]:
    """The lessons of a professional competence (CP4 -> course/cp4_*/…)."""
    if not competence.startswith("CP"):
        return []
    dossiers = sorted(cours.glob(f"cp{competence[2:]}_*/"))
    return [Lien(titre(p), p) for d in dossiers for p in sorted(d.glob("*.ipynb"))]


def lecons_du_devoir(devoir: str, cours: Path = DOSSIER_COURS) -> list[Lien]:
    """The lessons of an assignment: course/<devoir>/, else the lessons that link to it."""
    if (cours / devoir).is_dir():
        return [Lien(titre(p), p) for p in sorted((cours / devoir).glob("*.ipynb"))]
    return [Lien(titre(p), p) for p in lecons(cours) if f"exercises/{devoir}/" in _lire(p)[2]]


def a_relire(critere: str, devoirs: list[str], cours: Path = DOSSIER_COURS) -> list[Lien]:
    """What to reread for a criterion: its lesson section, else its competence's lessons, else
    the lessons of the assignments whose questions evaluate it."""
    if trouvee := section(critere, cours):
        return [trouvee]
    if liens := lecons_de_competence(critere.split(".")[0], cours):
        return liens
    vus, sortie = set(), []
    for d in devoirs:
        for lien in lecons_du_devoir(d, cours):
            if lien.chemin not in vus:
                vus.add(lien.chemin)
                sortie.append(lien)
    return sortie
