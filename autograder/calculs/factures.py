"""Remises en cascade et facture commerciale à la française."""

import numbers
from dataclasses import dataclass, field
from decimal import Decimal

from ._commun import UN, Libelle, au_centime, exact, flottant, positif
from ._commun import taux as _taux

_MONTANT = Libelle("Le montant")
_BRUT_HT = Libelle("Le montant brut HT")
_ESCOMPTE = Libelle("Le taux d'escompte")
_TAUX_TVA = Libelle("Le taux de TVA")


def _liste_taux(taux) -> list[Decimal]:
    """Un taux seul ou une suite de taux de remise, chacun dans [0 ; 1[."""
    if isinstance(taux, (numbers.Real, Decimal)) and not isinstance(taux, bool):
        taux = (taux,)
    if isinstance(taux, (str, bytes)) or not hasattr(taux, "__iter__"):
        raise TypeError(
            "Les remises doivent être une liste de taux, par exemple [0.10, 0.05] pour 10 % "
            f"puis 5 % (reçu : {taux!r})."
        )
    return [
        _taux(t, Libelle(f"Le taux de remise n°{i}"), raison_max="ce ne serait plus une remise")
        for i, t in enumerate(taux, start=1)
    ]


def _cascade(brut: Decimal, taux: list[Decimal]) -> tuple[list[Decimal], Decimal]:
    """Applique les remises l'une après l'autre ; chaque remise est arrondie au centime."""
    montants, net = [], au_centime(brut)
    for t in taux:
        montant = au_centime(net * t)
        montants.append(montant)
        net -= montant
    return montants, net


@exact
def remises_successives(montant, taux) -> float:
    """Montant net après des remises en cascade, arrondi au centime.

    Chaque remise s'applique au montant déjà remisé (et non au montant de départ) : 10 % puis
    5 % sur 1 000 € → 1 000 × 0,90 × 0,95 = 855 € (et non 1 000 × (1 − 0,15) = 850 €).
    Comme sur une facture, chaque remise est arrondie au centime à son étape (demi-centime vers
    le haut), si bien que le résultat est le net commercial de ``facture``.

    ``taux`` : une suite de taux (fractions décimales), ou un taux seul.

    >>> remises_successives(1000, [0.10, 0.05])
    855.0
    """
    _, net = _cascade(positif(montant, _MONTANT), _liste_taux(taux))
    return float(net)


@exact
def taux_de_remise_global(taux) -> float:
    """Taux de remise global équivalent à des remises en cascade : 1 − Π(1 − tᵢ), non arrondi.

    10 % puis 5 % équivalent à 14,5 % (et non 15 % : les remises ne s'additionnent pas).

    >>> taux_de_remise_global([0.10, 0.05])
    0.145
    """
    reste = UN
    for t in _liste_taux(taux):
        reste *= UN - t
    return flottant(UN - reste)


def _pct(t: float) -> str:
    texte = f"{(Decimal(repr(t)) * 100).normalize():f}".replace(".", ",")
    return f"{texte}\u00a0%"


@dataclass(frozen=True)
class Facture:
    """Facture commerciale calculée par ``facture`` (montants en euros, float au centime).

    ``remises`` contient le montant (en euros) de chaque remise, dans l'ordre d'application ;
    les taux employés sont rappelés dans ``taux_remises``, ``taux_escompte`` et ``taux_tva``
    (ils ne comptent pas dans la comparaison de deux factures). ``print(f)`` affiche la facture.
    """

    brut_ht: float
    remises: tuple[float, ...]
    net_commercial: float
    montant_escompte: float
    net_financier: float
    tva: float
    net_a_payer: float
    taux_remises: tuple[float, ...] = field(default=(), compare=False)
    taux_escompte: float = field(default=0.0, compare=False)
    taux_tva: float = field(default=0.20, compare=False)

    def lignes(self) -> list[tuple[str, float]]:
        """Lignes de la facture, dans l'ordre : (libellé, montant signé en euros)."""
        lignes = [("Montant brut HT", self.brut_ht)]
        taux = self.taux_remises or (None,) * len(self.remises)
        for t, montant in zip(taux, self.remises, strict=True):
            lignes.append((f"Remise {_pct(t)}" if t is not None else "Remise", -montant))
        lignes.append(("Net commercial HT", self.net_commercial))
        if self.montant_escompte or self.taux_escompte:
            lignes.append((f"Escompte {_pct(self.taux_escompte)}", -self.montant_escompte))
            lignes.append(("Net financier HT", self.net_financier))
        lignes.append((f"TVA {_pct(self.taux_tva)}", self.tva))
        lignes.append(("Net à payer TTC", self.net_a_payer))
        return lignes

    def __str__(self) -> str:
        from autograder.moteur.nombres import euros

        lignes = [(libelle, euros(montant)) for libelle, montant in self.lignes()]
        largeur = max(len(m) for _, m in lignes)
        return "\n".join(f"{libelle:<20}{montant:>{largeur + 2}}" for libelle, montant in lignes)


@exact
def facture(brut_ht, remises=(), escompte=0.0, taux_tva=0.20) -> Facture:
    """Calcule une facture dans l'ordre d'une facture française, chaque montant au centime.

    1. Montant brut HT.
    2. Réductions commerciales (remises, rabais, ristournes) **en cascade** : chacune porte sur
       le montant déjà réduit → **net commercial HT**.
    3. Escompte (réduction financière pour paiement anticipé) sur le net commercial
       → **net financier HT**.
    4. TVA sur le net financier (la base de TVA est le montant réellement dû, escompte déduit).
    5. **Net à payer TTC** = net financier + TVA.

    Chaque montant est arrondi au centime à son étape (demi-centime vers le haut), comme il est
    imprimé sur la facture, et l'étape suivante part de ce montant arrondi.

    >>> f = facture(2450, remises=[0.10, 0.05], escompte=0.02)
    >>> f.net_commercial, f.montant_escompte, f.net_financier, f.tva, f.net_a_payer
    (2094.75, 41.9, 2052.85, 410.57, 2463.42)
    """
    brut = au_centime(positif(brut_ht, _BRUT_HT))
    taux_remises = _liste_taux(remises)
    e = _taux(escompte, _ESCOMPTE, raison_max="ce ne serait plus un escompte")
    t = _taux(taux_tva, _TAUX_TVA, raison_max="les taux français sont 20 %, 10 %, 5,5 % et 2,1 %")
    montants_remises, net_commercial = _cascade(brut, taux_remises)
    montant_escompte = au_centime(net_commercial * e)
    net_financier = net_commercial - montant_escompte
    tva = au_centime(net_financier * t)
    return Facture(
        brut_ht=float(brut),
        remises=tuple(float(m) for m in montants_remises),
        net_commercial=float(net_commercial),
        montant_escompte=float(montant_escompte),
        net_financier=float(net_financier),
        tva=float(tva),
        net_a_payer=float(net_financier + tva),
        taux_remises=tuple(flottant(x) for x in taux_remises),
        taux_escompte=flottant(e),
        taux_tva=flottant(t),
    )


__all__ = ["remises_successives", "taux_de_remise_global", "facture", "Facture"]
