"""Financement d'un achat : mensualité constante d'un emprunt ou d'un crédit-bail (leasing)."""

from ._commun import (
    UN,
    ZERO,
    Libelle,
    affiche,
    en_decimal,
    entier_positif,
    euros,
    exact,
    strictement_positif,
)
from .reglements import taux_en_fraction

_CAPITAL = Libelle("Le capital financé")
_TAUX = Libelle("Le taux annuel")
_DUREE = Libelle("La durée en mois", feminin=True)
_VR = Libelle("La valeur résiduelle", feminin=True)


@exact
def mensualite(capital, taux_annuel, duree_mois, valeur_residuelle=0.0, a_echoir=False) -> float:
    """Mensualité constante d'un emprunt ou d'un loyer de crédit-bail, arrondie au centime.

    Taux mensuel i = taux annuel / 12 (taux proportionnel, convention des offres de prêt et de
    location ; un taux actuariel mensuel donnerait une mensualité un peu plus faible).

    * Terme échu (``a_echoir=False``, emprunt) : chaque mensualité est payée en fin de mois.
      m = (C − VR × (1 + i)⁻ⁿ) × i / (1 − (1 + i)⁻ⁿ)
    * Terme à échoir (``a_echoir=True``, loyer de crédit-bail ou de location financière) :
      payé en début de mois, donc un mois plus tôt : m à échoir = m échu / (1 + i).
    * ``valeur_residuelle`` (VR) : le prix de l'option d'achat en fin de crédit-bail, qui n'est
      pas financée par les loyers. À taux nul : m = (C − VR) / n.

    Le taux s'écrit en fraction décimale : 6 % → 0.06. Exemple : 10 000 € à 6 % sur 12 mois →
    860,66 € par mois (terme échu), 856,38 € à échoir.

    >>> mensualite(10_000, 0.06, 12)
    860.66
    >>> mensualite(10_000, 0.06, 12, a_echoir=True)
    856.38
    """
    c = strictement_positif(capital, _CAPITAL, "il n'y a rien à financer")
    i = taux_en_fraction(taux_annuel, _TAUX) / 12
    n = entier_positif(duree_mois, _DUREE, "mois")
    if n == 0:
        raise ValueError(f"{_DUREE} doit être d'au moins 1 mois (reçu : {affiche(duree_mois)}).")
    vr = en_decimal(valeur_residuelle, _VR)
    if vr < ZERO or vr > c:
        raise ValueError(
            f"{_VR} doit être comprise entre 0 et le capital financé ({affiche(capital)}) "
            f"(reçu : {affiche(valeur_residuelle)})."
        )
    if not isinstance(a_echoir, bool):
        raise TypeError(
            f"a_echoir doit valoir True (paiement en début de mois) ou False (en fin de mois) "
            f"(reçu : {a_echoir!r})."
        )
    if i == ZERO:
        return euros((c - vr) / n)
    actualise = (UN + i) ** -n
    m = (c - vr * actualise) * i / (UN - actualise)
    return euros(m / (UN + i) if a_echoir else m)


__all__ = ["mensualite"]
