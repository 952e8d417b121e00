"""Answer store: one small JSON file per notebook, in a hidden `.reponses/` folder next to it.

Why a hidden folder: nbgrader's autograde copies the source assignment's files over the learner's,
so answers must never live under a name that also exists in solutions/; `.reponses/` survives.

Writes are atomic (temporary file + fsync + os.replace) and merge with what is on disk, so an
interrupted write or a second kernel on the same notebook never loses an earlier answer. A file that
cannot be read is renamed aside (`*.corrompu-<date>.json`) and reported, never silently erased.
"""

from __future__ import annotations

import json
import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

FORMAT_VERSION = 1
DOSSIER = ".reponses"


class Reponses:
    """The answers of one learner for one notebook (devoir)."""

    def __init__(
        self, devoir: str, dossier: str | os.PathLike | None = None, *, lecture_seule: bool = False
    ):
        base = Path(dossier) if dossier is not None else Path.cwd()
        self.dossier = base  # the assignment folder, beside the notebook
        self.devoir = devoir
        # Read-only (a progress view): nothing is written, a bad file is reported, not moved aside.
        self.lecture_seule = lecture_seule
        self.illisible = False
        self.chemin = base / DOSSIER / f"{devoir}.json"
        self.avertissements: list[str] = []
        self._data = self._lire()

    # -- reading -------------------------------------------------------------------------------
    def _vide(self) -> dict[str, Any]:
        return {
            "format": FORMAT_VERSION,
            "devoir": self.devoir,
            "identifiant": None,
            "reponses": {},
        }

    def _lire(self) -> dict[str, Any]:
        if not self.chemin.exists():
            return self._vide()
        try:
            data = json.loads(self.chemin.read_text(encoding="utf-8"))
            if (
                not isinstance(data, dict)
                or not isinstance(data.get("reponses", {}), dict)
                or not isinstance(data.get("identifiant"), str | None)
            ):
                raise ValueError("structure inattendue")
        except (ValueError, UnicodeDecodeError) as exc:
            self.illisible = True
            if self.lecture_seule:
                self.avertissements.append(
                    f"Le fichier de réponses « {self.chemin.name} » est illisible ({exc}) : "
                    "ses réponses ne sont pas comptées. À la prochaine ouverture du devoir, il "
                    "sera mis de côté (rien n'est effacé) ; prévenez votre formateur si vous "
                    "aviez déjà répondu."
                )
                return self._vide()
            self._mettre_de_cote(exc)
            return self._vide()
        data.setdefault("reponses", {})
        data.setdefault("identifiant", None)
        return data

    def _mettre_de_cote(self, exc: Exception) -> None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        cote = self.chemin.with_name(f"{self.chemin.stem}.corrompu-{stamp}.json")
        self.chemin.replace(cote)
        self.avertissements.append(
            f"Le fichier de réponses « {self.chemin.name} » était illisible ({exc}). "
            f"Il a été mis de côté sous le nom « {cote.name} » (rien n'est effacé) "
            "et un nouveau fichier a été commencé. Prévenez votre formateur si vous aviez "
            "déjà répondu."
        )

    # -- public API ----------------------------------------------------------------------------
    @property
    def identifiant(self) -> str | None:
        return self._data.get("identifiant")

    def fixer_identifiant(self, identifiant: str) -> None:
        self._data["identifiant"] = identifiant
        self._ecrire(lambda d: d.__setitem__("identifiant", identifiant))

    def get(self, cle: str) -> dict[str, Any] | None:
        entree = self._data["reponses"].get(cle)
        return entree if isinstance(entree, dict) else None

    def valeur(self, cle: str, defaut: Any = None) -> Any:
        entree = self.get(cle)
        return entree.get("valeur", defaut) if entree else defaut

    def cles(self) -> list[str]:
        return sorted(self._data["reponses"])

    def enregistrer(self, cle: str, valeur: Any, **extra: Any) -> dict[str, Any]:
        """Save one answer at once (merged with the file on disk)."""
        entree = {"valeur": valeur, "horodatage": datetime.now().isoformat(timespec="seconds")}
        entree.update(extra)
        json.dumps(entree)  # fail before touching the file if a value cannot be stored
        self._data["reponses"][cle] = entree
        self._ecrire(lambda d: d["reponses"].__setitem__(cle, entree))
        return entree

    def ecrire_fichier(self, relatif: str, contenu: bytes) -> Path:
        """A file an answer brings (a recording), saved in the assignment folder so nbgrader
        collects it: written whole, then renamed over the previous one (kept until then)."""
        chemin = (self.dossier / relatif).resolve()
        if not chemin.is_relative_to(self.dossier.resolve()):
            raise ValueError(f"file outside the assignment folder: {relatif}")
        ecrire_atomique(chemin, contenu)
        return chemin

    # -- writing -------------------------------------------------------------------------------
    def _ecrire(self, changer) -> None:
        if self.lecture_seule:  # kept in memory only
            return
        self.chemin.parent.mkdir(parents=True, exist_ok=True)
        sur_disque = self._lire() if self.chemin.exists() else self._vide()
        changer(sur_disque)
        # What this kernel knows wins for its own keys; other keys written meanwhile are kept.
        self._data = {**sur_disque, "reponses": {**sur_disque["reponses"]}}
        texte = json.dumps(self._data, ensure_ascii=False, indent=1, sort_keys=True)
        fd, tmp = tempfile.mkstemp(
            dir=self.chemin.parent, prefix=f".{self.chemin.stem}.", suffix=".tmp"
        )
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(texte)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.chemin)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def ecrire_atomique(chemin: Path, contenu: bytes) -> None:
    """Write `contenu` to a temporary file beside `chemin`, then rename it: `chemin` is always
    either the old file or the whole new one."""
    chemin.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=chemin.parent, prefix=f".{chemin.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(contenu)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, chemin)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
