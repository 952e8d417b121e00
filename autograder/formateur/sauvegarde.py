"""The gradebook cannot be lost: a dated copy before every `ntc grade`, a check after, a restore.

Why the SQLite backup API and not a file copy: it gives a consistent copy even while another
process (formgrader) has the database open. Copies go to `.ntc-sauvegardes/` beside
`gradebook.db` (the learners' kernels cannot reach it when confined); the last GARDER are kept.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

DOSSIER = ".ntc-sauvegardes"
GARDER = 5


class CarnetAbime(Exception):
    """The gradebook fails SQLite's integrity check (message in French)."""


def verifier(db: Path) -> str | None:
    """None when `PRAGMA integrity_check` says ok, else the reason (French)."""
    if not db.exists():
        return "fichier absent"
    try:
        # Read-only URI: checking must never create or modify the file.
        with sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True) as con:
            lignes = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
        con.close()
    except sqlite3.DatabaseError as exc:
        return f"base SQLite illisible ({exc})"
    if lignes == ["ok"]:
        return None
    return "contrôle d'intégrité en échec (" + "; ".join(lignes[:3]) + ")"


def _copier(src: Path, dst: Path) -> None:
    tmp = dst.with_name(dst.name + ".tmp")
    tmp.unlink(missing_ok=True)
    with sqlite3.connect(f"{src.resolve().as_uri()}?mode=ro", uri=True) as s:
        with sqlite3.connect(tmp) as d:
            s.backup(d)
        d.close()
    s.close()
    os.replace(tmp, dst)  # atomic: a reader never sees a half-written database


def sauvegarder(db: Path, garder: int = GARDER) -> Path:
    """Dated consistent copy of `db`; refuses (CarnetAbime) to grade on a damaged gradebook."""
    raison = verifier(db)
    if raison:
        raise CarnetAbime(
            f"Le carnet de notes « {db} » est abîmé avant la correction : {raison}. Restaurez "
            f"la dernière sauvegarde de « {db.parent / DOSSIER} » (copiez-la sur gradebook.db)."
        )
    dossier = db.parent / DOSSIER
    dossier.mkdir(exist_ok=True)
    horodatage = time.strftime("%Y%m%d-%H%M%S") + f"-{time.time_ns() % 1_000_000_000:09d}"
    copie = dossier / f"gradebook-{horodatage}.db"
    _copier(db, copie)
    for ancienne in sorted(dossier.glob("gradebook-*.db"))[:-garder]:
        ancienne.unlink(missing_ok=True)
    return copie


def restaurer(copie: Path, db: Path) -> None:
    """Put the copy back in place of the damaged gradebook (its journals go too: they belong to
    the damaged file and SQLite would replay them onto the restored one)."""
    for suffixe in ("-journal", "-wal", "-shm"):
        Path(str(db) + suffixe).unlink(missing_ok=True)
    abime = db.with_name(db.name + f".abime-{time.strftime('%Y%m%d-%H%M%S')}")
    try:
        os.replace(db, abime)  # kept for the trainer to look at, never read again
    except OSError:
        pass
    _copier(copie, db)
