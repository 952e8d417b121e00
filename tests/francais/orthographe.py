"""Spelling with hunspell and Debian's French dictionary, plus the project word list `mots.txt`.

Words are cut out in Python (so that code-like tokens, numbers and units are left out the same way
everywhere) and hunspell runs once over the distinct words, one per line (`-l`), not once per word.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

# Debian's hunspell-fr installs one of three variants under the same names (fr_FR → fr.aff):
# hunspell-fr-classical (what `hunspell-fr` pulls in), -revised (1990 spellings only) or
# -comprehensive. The « moderne » variant was dropped upstream in 7.0 (Debian changelog).
DICTIONNAIRE = "fr_FR"
DICTIONNAIRE_ANGLAIS = "en_US"  # for French feedback that quotes English (anglais_b2b)
MOTS = Path(__file__).with_name("mots.txt")

_LETTRE = r"[^\W\d_]"
# A run of word characters with inner apostrophes, hyphens, dots, slashes, @ or underscores: what
# is not plain letters (a file name, an identifier, 316L, kg/h) is left out whole.
_MORCEAU = re.compile(r"[\w’'.@/-]*\w|\w")
_MOT = re.compile(rf"{_LETTRE}+(?:['’-]{_LETTRE}+)*")
# Elided articles and pronouns: « l'Hydralis » is checked as « Hydralis », so that a proper noun of
# the word list needs no affix rules.
_ELISION = re.compile(r"^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]", re.I)


@dataclass(frozen=True)
class Occurrence:
    mot: str
    debut: int  # offset in the prose


def mots(prose: str) -> list[Occurrence]:
    """The words to check in a text, with where they start."""
    trouves = []
    for m in _MORCEAU.finditer(prose):
        morceau = m.group().strip(".-’'")
        if morceau and _MOT.fullmatch(morceau):
            trouves.append(Occurrence(morceau.replace("’", "'"), m.start()))
    return trouves


@cache
def a_verifier(mot: str) -> str:
    """The form sent to hunspell: elision taken off (« d'Hydralis » → « Hydralis »)."""
    return _ELISION.sub("", mot)


def liste_du_projet(chemin: Path = MOTS) -> list[str]:
    """The project word list: one word a line, « # » starts a comment (why the word is there)."""
    mots = (
        ligne.split("#", 1)[0].strip() for ligne in chemin.read_text(encoding="utf-8").splitlines()
    )
    return [mot for mot in mots if mot]


def ordre_alphabetique(mot: str) -> tuple[str, str]:
    """Dictionary order: accents and case matter last (« Mécanova » before « multiservices »)."""
    sans_accents = unicodedata.normalize("NFD", mot.casefold())
    return "".join(c for c in sans_accents if not unicodedata.combining(c)), mot


def hunspell_disponible() -> str | None:
    """Why the check cannot run here (French message), or None when it can."""
    if shutil.which("hunspell") is None:
        return "hunspell est absent : lancez « sh tests/setup_debian.sh » (ou make test)."
    sortie = subprocess.run(["hunspell", "-D"], input="", capture_output=True, text=True)
    dictionnaires = sortie.stdout + sortie.stderr
    for nom, paquet in ((DICTIONNAIRE, "hunspell-fr"), (DICTIONNAIRE_ANGLAIS, "hunspell-en-us")):
        if not re.search(rf"/{nom}$", dictionnaires, re.M):
            return f"Le dictionnaire {nom} est absent : installez le paquet Debian {paquet}."
    return None


def inconnus(
    formes: set[str], *, dictionnaires: str = DICTIONNAIRE, liste: list[str] | None = None
) -> set[str]:
    """The words hunspell does not know, with the project list as personal dictionary."""
    if not formes:
        return set()
    with tempfile.NamedTemporaryFile("w", suffix=".dic", encoding="utf-8") as personnel:
        personnel.write("\n".join(liste_du_projet() if liste is None else liste) + "\n")
        personnel.flush()
        sortie = subprocess.run(
            ["hunspell", "-d", dictionnaires, "-p", personnel.name, "-l"],
            input="\n".join(sorted(formes)) + "\n",
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=True,
            env={**os.environ, "LC_ALL": "C.UTF-8"},  # UTF-8 words whatever the locale
        )
    # hunspell may cut a line further (« e-mailing » → « e », « mailing »): map pieces back.
    rapportes = set(sortie.stdout.split())
    return {f for f in formes if f in rapportes or any(p in rapportes for p in re.split(r"-", f))}
