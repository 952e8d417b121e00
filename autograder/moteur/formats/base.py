"""What every answer format shares: the refusal of an answer, options and elements of a
declaration, the `Format` protocol an exercise delegates to, and the words of a score."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from autograder.moteur.exercice import Verdict


class ReponseInvalide(ValueError):
    """An answer that cannot be taken as it is (its message is shown to the learner, in French)."""


@dataclass(frozen=True)
class AvecFichier:
    """A read answer that brings a file (a recording): the session writes `contenu` at `fichier`
    (relative to the assignment folder) in one piece, then saves `valeur`, which names it."""

    valeur: Any
    fichier: str
    contenu: bytes


def lire_fichier_rendu(ex, relatif: str, dossier: str, refaire: str) -> bytes:
    """The file a stored answer names, read from `dossier/` of the assignment folder only;
    `refaire` ends the French message (« enregistrez-vous de nouveau »)."""
    chemin = PurePosixPath(relatif)
    if chemin.is_absolute() or ".." in chemin.parts or chemin.parts[:1] != (dossier,):
        raise ReponseInvalide(
            f"Réponse enregistrée invalide (fichier « {relatif} » hors du dossier "
            f"« {dossier}/ ») : {refaire}."
        )
    fichier = ex.dossier / chemin if ex.dossier is not None else None
    if fichier is None or not fichier.is_file():
        raise ReponseInvalide(
            f"Fichier « {relatif} » introuvable à côté du carnet : il a été déplacé ou "
            f"supprimé. {refaire[:1].upper()}{refaire[1:]}."
        )
    return fichier.read_bytes()


def taille_acceptable(contenu: bytes, taille_max: int, *, vide: str, conseil: str) -> None:
    """Refuse an empty file (message `vide`) or one over `taille_max` bytes (`conseil` says what
    to do and what is kept)."""
    if not contenu:
        raise ReponseInvalide(vide)
    if len(contenu) > taille_max:
        raise ReponseInvalide(
            f"Fichier trop lourd ({len(contenu) // 1_000_000} Mo, au plus "
            f"{taille_max // 1_000_000} Mo) : {conseil}"
        )


@dataclass(frozen=True)
class Option:
    """One choice of a question; `retour` is the feedback shown when it is picked."""

    cle: str
    libelle: str
    correct: bool = False
    retour: str = ""


@dataclass(frozen=True)
class Element:
    """One statement to classify into a category, with why it belongs there."""

    cle: str
    libelle: str
    categorie: str
    justification: str = ""


class Format:
    """An answer format. `Exercice` calls these four methods and nothing else; `nature` names the
    format for the widgets (one input per nature) and the tests."""

    nature = ""

    def preparer(self, ex, ctx) -> None:
        """Per-learner state beyond the declaration's data (a quiz draws its questions)."""

    def solution(self, ex) -> Any:
        """The expected answer of `ex`, in the form the answer store keeps."""
        raise NotImplementedError

    def lire_reponse(self, ex, brute: Any, *, depuis_code: bool = False) -> Any:
        """Raw answer -> stored form; raises ReponseInvalide with a French message."""
        raise NotImplementedError

    def evaluer(self, ex, reponse: Any) -> Verdict:
        """Score a stored-form answer (0..1) with French feedback."""
        raise NotImplementedError


def phrase(score: float) -> str:
    """The sentence that goes with a score."""
    if score >= 1 - 1e-9:
        return "Tout est juste."
    if score <= 0:
        return "Ce n'est pas la bonne réponse."
    return f"Réponse en partie juste : {round(score * 100)} % des points."


def icone(verdict: Verdict) -> str:
    return "✅" if verdict.juste else ("🟡" if verdict.score > 0 else "❌")
