"""The learner's data as a spreadsheet, so that every graded item can be answered without code.

An assignment's `_contexte.py` may define `classeur(donnees) -> list[Feuille]`: the tables its
exercises compute from, each with French headers and a format per column. This module writes them
as one .xlsx workbook (openpyxl: one sheet per table, frozen header row, autofilter, column widths,
French number formats once opened in a French spreadsheet) and as HTML tables with French numbers
for the notebook. pandas and openpyxl are imported only when a workbook is written or read.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import zipfile
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from autograder.moteur.nombres import euros, nombre, pourcent

__all__ = [
    "Colonne",
    "Feuille",
    "ClasseurIllisible",
    "ecrire_classeur",
    "ajouter_feuille",
    "enregistrer_classeur",
    "classeur_lisible",
    "lire_feuille",
    "tableau_html",
    "valeur_affichee",
]

# kind -> (openpyxl number_format, display in the notebook). Excel's codes are locale-free: a
# French spreadsheet shows '#,##0.00 "€"' as « 1 234,56 € ».
FORMATS = {
    "texte": ("@", None),
    "entier": ("#,##0", lambda v: nombre(v)),
    "decimal1": ("#,##0.0", lambda v: nombre(v, 1)),
    "decimal2": ("#,##0.00", lambda v: nombre(v, 2)),
    "decimal4": ("0.0000", lambda v: nombre(v, 4)),
    "euros": ('#,##0.00 "€"', lambda v: euros(v)),
    "euros0": ('#,##0 "€"', lambda v: euros(v, 0)),
    "pourcent": ("0.0%", lambda v: pourcent(v)),
    "date": ("DD/MM/YYYY", lambda v: v.strftime("%d/%m/%Y")),
    "mois": ("MM/YYYY", lambda v: v.strftime("%m/%Y")),
    "identifiant": ("0", lambda v: str(int(v))),
}
DOSSIER = "donnees"  # beside the notebook
NUMERIQUES = set(FORMATS) - {"texte", "date", "mois"}
INTERDITS_NOM = set("[]:*?/\\")


class ClasseurIllisible(Exception):
    """A workbook or the data behind it that cannot be used (French message)."""


@dataclass(frozen=True)
class Colonne:
    """One column: the DataFrame's column `cle`, its French header `titre`, its kind of format."""

    cle: str
    titre: str
    format: str = "texte"

    def __post_init__(self):
        if self.format not in FORMATS:
            raise ValueError(
                f"Colonne « {self.cle} » : format inconnu « {self.format} » "
                f"(formats possibles : {', '.join(FORMATS)})."
            )


@dataclass(frozen=True)
class Feuille:
    """One table of the learner's data: `cle` names it for the exercises (DONNEES = ("ventes",)),
    `nom` is the sheet's French title (31 characters at most, as spreadsheets require)."""

    cle: str
    nom: str
    table: Any  # a pandas DataFrame
    colonnes: tuple[Colonne, ...]
    description: str = ""

    def __post_init__(self):
        if not 0 < len(self.nom) <= 31 or INTERDITS_NOM & set(self.nom):
            raise ValueError(f"Nom de feuille invalide : « {self.nom} » (31 caractères au plus).")
        manquantes = [c.cle for c in self.colonnes if c.cle not in self.table.columns]
        if manquantes:
            raise ValueError(f"Feuille « {self.nom} » : colonnes absentes : {manquantes}.")

    @property
    def lignes(self) -> int:
        return len(self.table)

    def valeurs(self) -> list[list[Any]]:
        """The cells, row by row, in spreadsheet types (date, int, float, str; None when empty)."""
        colonnes = [[cellule(v, c.format) for v in self.table[c.cle]] for c in self.colonnes]
        return [list(ligne) for ligne in zip(*colonnes, strict=True)] if colonnes else []


def _vide(v) -> bool:
    if v is None:
        return True
    try:
        return bool(v != v)  # NaN, NaT
    except (TypeError, ValueError):
        return False


def cellule(v, format: str):
    """A DataFrame value as a spreadsheet cell of the column's kind."""
    if _vide(v) or (isinstance(v, str) and not v and format != "texte"):
        return None
    if format in ("date", "mois"):
        if isinstance(v, str):
            v = dt.date.fromisoformat(v[:10])
        elif hasattr(v, "to_pydatetime"):
            v = v.to_pydatetime().date()
        elif isinstance(v, dt.datetime):
            v = v.date()
        return v
    if format in ("entier", "identifiant"):
        return int(v)
    if format in NUMERIQUES:
        return float(v)
    return str(v)


def valeur_affichee(v, format: str) -> str:
    """A cell written the French way for the notebook (« 1 234,56 € », « 84,2 % », « 31/12/2025 »)."""
    v = cellule(v, format)
    if v is None:
        return ""
    afficher = FORMATS[format][1]
    return str(v) if afficher is None else afficher(v)


def _largeur(feuille: Feuille, colonne: Colonne) -> float:
    exemples = [valeur_affichee(v, colonne.format) for v in feuille.table[colonne.cle].iloc[:200]]
    plus_long = max([len(colonne.titre), *map(len, exemples)], default=8)
    return float(min(max(plus_long + 2, 8), 60))


def ajouter_feuille(classeur, f: Feuille):
    """Append one table as a sheet of an openpyxl workbook: bold header on a blue background,
    French number formats, column widths, frozen header row, autofilter. Returns the sheet."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    gras, fond = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    ws = classeur.create_sheet(f.nom)
    ws.append([c.titre for c in f.colonnes])
    for cell in ws[1]:
        cell.font, cell.fill = gras, fond
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for ligne in f.valeurs():
        ws.append(ligne)
    for i, c in enumerate(f.colonnes, start=1):
        lettre = get_column_letter(i)
        ws.column_dimensions[lettre].width = _largeur(f, c)
        code = FORMATS[c.format][0]
        for (cell,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
            cell.number_format = code
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(f.colonnes))}{max(f.lignes + 1, 2)}"
    return ws


def enregistrer_classeur(classeur, chemin: str | os.PathLike) -> Path:
    """Save an openpyxl workbook atomically (a temporary file renamed): a half-written file never
    stays."""
    chemin = Path(chemin)
    chemin.parent.mkdir(parents=True, exist_ok=True)
    fd, provisoire = tempfile.mkstemp(dir=chemin.parent, prefix=".", suffix=".xlsx")
    os.close(fd)
    try:
        classeur.save(provisoire)
        os.replace(provisoire, chemin)
    except BaseException:
        Path(provisoire).unlink(missing_ok=True)
        raise
    return chemin


def ecrire_classeur(chemin: str | os.PathLike, feuilles: list[Feuille]) -> Path:
    """Write the tables as one workbook, one sheet each, atomically."""
    from openpyxl import Workbook

    if not feuilles:
        raise ValueError("ecrire_classeur() : aucune feuille à écrire.")
    classeur = Workbook()
    classeur.remove(classeur.active)
    for f in feuilles:
        ajouter_feuille(classeur, f)
    return enregistrer_classeur(classeur, chemin)


def classeur_lisible(chemin: str | os.PathLike) -> bool:
    """Cheap check before reusing a workbook already written (a spreadsheet file is a zip)."""
    chemin = Path(chemin)
    return chemin.is_file() and chemin.stat().st_size > 0 and zipfile.is_zipfile(chemin)


def lire_feuille(chemin: str | os.PathLike, nom: str) -> tuple[list[str], list[list[Any]]]:
    """(headers, rows) of one sheet, as the spreadsheet stores them; French error if unreadable."""
    from openpyxl import load_workbook

    try:
        classeur = load_workbook(chemin, read_only=True)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ClasseurIllisible(
            f"Le classeur « {Path(chemin).name} » est illisible ({exc}) : supprimez-le, il sera "
            "réécrit en exécutant de nouveau la cellule qui affiche vos données."
        ) from exc
    if nom not in classeur.sheetnames:
        raise ClasseurIllisible(
            f"Le classeur « {Path(chemin).name} » n'a pas de feuille « {nom} »."
        )
    lignes = [list(r) for r in classeur[nom].iter_rows(values_only=True)]
    classeur.close()
    return [str(t) for t in lignes[0]], [
        [v.date() if isinstance(v, dt.datetime) else v for v in r] for r in lignes[1:]
    ]


def tableau_html(feuille: Feuille, lignes_max: int | None = None) -> str:
    """The table in HTML, French numbers right-aligned; the first `lignes_max` rows only if given."""
    droite = [c.format in NUMERIQUES for c in feuille.colonnes]
    entete = "".join(
        f"<th scope='col' style='text-align:{'right' if d else 'left'}'>{escape(c.titre)}</th>"
        for c, d in zip(feuille.colonnes, droite, strict=True)
    )
    corps = []
    table = feuille.table if lignes_max is None else feuille.table.iloc[:lignes_max]
    for _, ligne in table.iterrows():
        cellules = "".join(
            f"<td style='text-align:{'right' if d else 'left'}'>"
            f"{escape(valeur_affichee(ligne[c.cle], c.format))}</td>"
            for c, d in zip(feuille.colonnes, droite, strict=True)
        )
        corps.append(f"<tr>{cellules}</tr>")
    return (
        f"<table class='ntc-donnees'><thead><tr>{entete}</tr></thead>"
        f"<tbody>{''.join(corps)}</tbody></table>"
    )
