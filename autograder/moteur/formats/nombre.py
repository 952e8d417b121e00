"""A number typed by the learner (or computed by code), compared to the key with a tolerance."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from autograder.moteur.exercice import Verdict
from autograder.moteur.formats.base import Format, ReponseInvalide
from autograder.moteur.nombres import euros, lire_nombre, nombre, pourcent

INVARIABLES = {"mois", "rendez-vous"}  # units ending in « s » in the singular too


@dataclass(frozen=True)
class Nombre(Format):
    """A number typed by the learner, in the unit shown (a rate is typed in %, stored as fraction).

    `tolerance` is absolute, in the unit shown (0.1 with "%" accepts 92.4 for 92.43 %).
    `bornes` is the plausible range, in the unit shown: outside it the answer is refused with a
    message, and the learner's previous answer is kept.
    """

    unite: str = ""
    tolerance: float = 0.01
    bornes: tuple[float, float] | None = None
    decimales: int = 2
    nature = "nombre"

    # -- the Format protocol -------------------------------------------------------------------
    def solution(self, ex) -> float:
        return ex.module.solution(ex.params)

    def lire_reponse(self, ex, brute: Any, *, depuis_code: bool = False) -> float:
        if depuis_code:
            return self.lire_interne(brute)
        return self.interne(self.lire(brute))

    def evaluer(self, ex, reponse: Any) -> Verdict:
        attendu = ex.solution()
        try:
            valeur = float(reponse)
        except (TypeError, ValueError):
            return Verdict(0.0, "La réponse enregistrée n'est pas un nombre.")
        if self.proche(valeur, attendu):
            return Verdict(1.0, f"Exact : {self.montrer(attendu)}.")
        details = []
        diagnostics = getattr(ex.module, "diagnostics", None)
        for valeur_piege, message in diagnostics(ex.params) if diagnostics else []:
            if self.proche(valeur, valeur_piege):
                details.append(message)
        if self.unite == "%" and self.proche(valeur * 100, attendu):
            details.append(
                "Attention à l'échelle : dans le champ, un taux se tape en pourcentage (92 pour 92 %)."
            )
        if self.unite == "%" and self.proche(valeur / 100, attendu):
            details.append(
                "Attention à l'échelle : en Python, un taux s'écrit en décimal (0.92 pour 92 %)."
            )
        return Verdict(0.0, f"Pas tout à fait : vous avez répondu {self.montrer(valeur)}.", details)

    # -- reading -------------------------------------------------------------------------------
    def lire(self, brute: Any) -> float:
        """Typed text or number -> value in the unit shown; raises ReponseInvalide."""
        if brute is None or (isinstance(brute, str) and not brute.strip()):
            raise ReponseInvalide("Réponse vide : tapez un nombre.")
        if isinstance(brute, bool):
            raise ReponseInvalide("Un nombre est attendu, pas Vrai/Faux.")
        if (
            isinstance(brute, int | float)
            or hasattr(brute, "__float__")
            and not isinstance(brute, str)
        ):
            try:
                valeur = float(brute)
            except (TypeError, ValueError) as exc:
                raise ReponseInvalide(f"« {brute} » n'est pas un nombre.") from exc
        else:
            try:
                valeur = lire_nombre(str(brute))
            except ValueError as exc:
                raise ReponseInvalide(str(exc)) from exc
        return self._plausible(valeur)

    def lire_interne(self, brute: Any) -> float:
        """A value computed by code: already in internal units (a rate as a fraction)."""
        if isinstance(brute, str | bool) or brute is None:
            raise ReponseInvalide(f"Un nombre est attendu, pas « {brute!r} ».")
        try:
            valeur = float(brute)
        except (TypeError, ValueError) as exc:
            raise ReponseInvalide(_pas_un_nombre(brute)) from exc
        return self.interne(self._plausible(self.saisie(valeur)))

    def _plausible(self, valeur: float) -> float:
        if not math.isfinite(valeur):
            raise ReponseInvalide("Ce nombre n'est pas fini : donnez une valeur chiffrée.")
        if self.bornes is not None:
            bas, haut = self.bornes
            if not bas <= valeur <= haut:
                raise ReponseInvalide(
                    f"{self.montrer_saisie(valeur)} est invraisemblable ici : la réponse se situe "
                    f"entre {self.montrer_saisie(bas)} et {self.montrer_saisie(haut)}. "
                    "Vérifiez votre calcul (votre réponse précédente est conservée)."
                )
        return valeur

    # -- units and display ---------------------------------------------------------------------
    def interne(self, valeur_saisie: float) -> float:
        return valeur_saisie / 100 if self.unite == "%" else valeur_saisie

    def saisie(self, valeur_interne: float) -> float:
        return valeur_interne * 100 if self.unite == "%" else valeur_interne

    def montrer_saisie(self, valeur_saisie: float) -> str:
        return self.montrer(self.interne(valeur_saisie))

    def montrer(self, valeur_interne: float) -> str:
        if self.unite == "%":
            return pourcent(valeur_interne, self.decimales)
        if self.unite == "€":
            return euros(valeur_interne, self.decimales)
        texte = nombre(valeur_interne, self.decimales)
        return f"{texte}\u00a0{self.unite_pour(valeur_interne)}" if self.unite else texte

    def unite_pour(self, valeur: float) -> str:
        """The unit in the singular under 2 (« 0 client », « 1 jour ») unless invariable."""
        if abs(valeur) >= 2 or not self.unite.endswith("s") or self.unite in INVARIABLES:
            return self.unite
        return self.unite[:-1]

    def proche(self, valeur_interne: float, attendu: float) -> bool:
        return abs(self.saisie(valeur_interne) - self.saisie(attendu)) <= self.tolerance + 1e-9

    def score(self, valeur_interne: Any, attendu: float) -> float:
        try:
            return 1.0 if self.proche(float(valeur_interne), attendu) else 0.0
        except (TypeError, ValueError):
            return 0.0


def _pas_un_nombre(brute: Any) -> str:
    """Why a value computed by code is not a number, in the words of someone who does not code."""
    if isinstance(brute, tuple) and len(brute) == 2 and all(isinstance(x, int) for x in brute):
        a, b = brute
        return (
            f"Vous avez écrit {a},{b} : en Python, la virgule sépare deux valeurs. Écrivez le "
            f"nombre avec un point décimal : {a}.{b}."
        )
    if callable(brute):
        return (
            "C'est une méthode, pas son résultat : il manque les parenthèses (écrivez .sum() "
            "et non .sum)."
        )
    nom = type(brute).__name__
    if nom in ("DataFrame", "Series"):
        return (
            f"C'est un tableau pandas ({nom}), pas un nombre : réduisez-le à une valeur, par "
            "exemple avec .sum(), .mean() ou .iloc[0]."
        )
    return f"Un nombre est attendu ; votre variable contient un objet de type {nom}."
