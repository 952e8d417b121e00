"""Opening the CRM database: generated once per seed into a cache folder, then reused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ._outils import parametres
from .generation import generer_crm


def chemin_crm(graine: int = 2025, dossier=None) -> Path:
    """Chemin du fichier de la base pour cette graine (``.crm/`` du dossier courant par défaut)."""
    dossier = Path(dossier) if dossier is not None else Path.cwd() / ".crm"
    version = parametres()["version"]
    return dossier / f"hydralis_crm_v{version}_graine{int(graine)}.sqlite"


def ouvrir_crm(graine: int = 2025, dossier=None) -> sqlite3.Connection:
    """Ouvre la base CRM d'Hydralis ; la génère au premier appel, la réutilise ensuite.

    La base est rangée dans ``dossier`` (par défaut un dossier ``.crm/`` dans le dossier
    courant), un fichier par graine. Les clés étrangères sont activées sur la connexion.

    >>> con = ouvrir_crm()  # doctest: +SKIP
    >>> con.execute("SELECT COUNT(*) FROM entreprises").fetchone()  # doctest: +SKIP
    (546,)
    """
    chemin = chemin_crm(graine, dossier)
    if not chemin.exists():
        generer_crm(chemin, graine)
    connexion = sqlite3.connect(chemin)
    connexion.execute("PRAGMA foreign_keys = ON")
    return connexion
