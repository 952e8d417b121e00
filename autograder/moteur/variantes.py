"""Practice variants: an exercise drawn again from its declaration with fresh numbers.

Outside evaluation mode a learner can ask for « Nouvelle variante »: the same declaration with a
new seed for the notebook's data and for the exercise's own draws. Answers to a variant are kept in
memory only: the answer file of the graded notebook, hence the graded answer, is never touched, and
the optional code route does not count (it computes the graded numbers, not the variant's).
"""

from __future__ import annotations

import secrets

from autograder.moteur import tableur
from autograder.moteur.exercice import Exercice
from autograder.moteur.formats import ReponseInvalide
from autograder.moteur.reponses import Reponses
from autograder.moteur.seance import Seance, graine, mode_correction

# Answers that bring a file (a recording, a document written in office software) have no numbers
# to change, and a variant never writes a file.
SANS_VARIANTE = frozenset({"enregistrement", "document"})


def proposee(ex: Exercice) -> bool:
    """Does this exercise offer practice variants? (Its declaration can say no: VARIANTES = False.)"""
    return (
        ex.widget
        and ex.format.nature not in SANS_VARIANTE
        and bool(getattr(ex.module, "VARIANTES", True))
    )


def offerte(ex: Exercice) -> bool:
    """Is « Nouvelle variante » shown now? Never in evaluation mode."""
    return mode_correction() and proposee(ex)


def numero_au_hasard() -> int:
    return secrets.randbelow(10**9) + 1


class ReponsesEntrainement(Reponses):
    """A variant's answers: start empty, live in memory, never written to disk."""

    def __init__(self, devoir: str, dossier, identifiant: str):
        super().__init__(devoir, dossier, lecture_seule=True)
        self._data["identifiant"] = identifiant

    def _lire(self) -> dict:
        return self._vide()

    def ecrire_fichier(self, relatif: str, contenu: bytes):
        raise OSError("une variante d'entraînement n'enregistre aucun fichier")


class Variante(Seance):
    """A practice copy of a session: same learner and notebook, numbers from `numero`."""

    entrainement = True

    def __init__(self, seance: Seance, numero: int):
        # Not Seance.__init__: that opens (and may create) the graded answer file.
        self.devoir = seance.devoir
        self.numero = int(numero)
        self.reponses = ReponsesEntrainement(
            seance.devoir, seance.reponses.dossier, seance.identifiant
        )
        self._donnees = None
        self._exercices: dict[str, Exercice] = {}
        self.apres_reponse = []

    @property
    def graine(self) -> int:
        return graine(self.identifiant, self.devoir, "variante", str(self.numero))

    def graine_exercice(self, nom: str) -> int:
        return graine(self.identifiant, self.devoir, nom, "variante", str(self.numero))

    def changer_identifiant(self, nouveau: str) -> None:
        raise ReponseInvalide("Une variante d'entraînement garde votre identifiant.")

    def calculee(self, ex: Exercice) -> bool:
        return False  # the notebook's VARIABLE answers the graded exercise, not this variant

    def noter(self, nom: str):
        raise AssertionError("Une variante d'entraînement n'est jamais notée.")

    def feuilles_de(self, ex: Exercice) -> list:
        """The tables this exercise computes from (its DONNEES), drawn for this variant."""
        cles = tuple(getattr(ex.module, "DONNEES", ()) or ())
        return [f for f in self.feuilles() if f.cle in cles] if cles else []

    def chemin_classeur_de(self, ex: Exercice):
        """donnees/entrainement/<devoir>_<exercice>.xlsx: one practice workbook per exercise,
        replaced by the next variant (the graded workbook beside it is never touched)."""
        dossier = self.reponses.chemin.parent.parent / tableur.DOSSIER / "entrainement"
        return dossier / f"{self.devoir}_{ex.nom}.xlsx"

    def ecrire_classeur_de(self, ex: Exercice):
        """Write this variant's tables for the exercise; returns (path, sheets) or (None, [])."""
        feuilles = self.feuilles_de(ex)
        if not feuilles:
            return None, []
        chemin = self.chemin_classeur_de(ex)
        try:
            tableur.ecrire_classeur(chemin, feuilles)
        except OSError as exc:
            raise tableur.ClasseurIllisible(
                f"Le classeur de la variante ({chemin.name}) n'a pas pu être écrit "
                f"({exc.strerror or exc}) : les tableaux restent affichés ci-dessous."
            ) from exc
        return chemin, feuilles
