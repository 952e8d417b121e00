"""Outils internes : conversion exacte en décimal, contrôles des entrées, arrondi au centime.

Toutes les fonctions publiques de ``autograder.calculs`` passent par ici, pour que les messages
d'erreur soient les mêmes partout et rédigés en français.
"""

import functools
import math
import numbers
from decimal import ROUND_HALF_UP, Context, Decimal, localcontext

CENTIME = Decimal("0.01")
UN = Decimal(1)
ZERO = Decimal(0)

# Contexte figé : le contexte décimal global de l'utilisateur (précision, arrondi) ne doit pas
# changer les résultats.
_CONTEXTE = Context(prec=28)

_AIDE_TAUX = "un taux s'écrit en fraction décimale : 20 % s'écrit 0.20"


class Libelle:
    """Nom d'une grandeur, avec son genre et son nombre pour accorder les messages d'erreur."""

    __slots__ = ("texte", "feminin", "pluriel")

    def __init__(self, texte: str, feminin: bool = False, pluriel: bool = False):
        self.texte = texte
        self.feminin = feminin
        self.pluriel = pluriel

    def doit(self) -> str:
        return "doivent" if self.pluriel else "doit"

    def accorde(self, masculin: str, feminin: str) -> str:
        mot = feminin if self.feminin else masculin
        return mot + "s" if self.pluriel else mot

    def positif(self) -> str:
        return self.accorde("positif", "positive")

    def nul(self) -> str:
        return self.accorde("nul", "nulle")

    def __str__(self) -> str:
        return self.texte


def _lib(libelle: Libelle | str) -> Libelle:
    return libelle if isinstance(libelle, Libelle) else Libelle(libelle)


def affiche(x) -> str:
    """Valeur reçue telle que l'apprenant l'a écrite en Python (pour les messages)."""
    return str(x)


def en_decimal(x, libelle: Libelle | str) -> Decimal:
    """Convertit un nombre Python (int, float, Decimal, scalaire numpy) en ``Decimal`` exact.

    Un float est converti par sa représentation la plus courte (``repr``) : 0.1 devient
    Decimal("0.1") et non 0.1000000000000000055511151231257827…, ce qui rend exact l'arrondi
    au centime « demi vers le haut ».
    """
    lib = _lib(libelle)
    if isinstance(x, bool) or not isinstance(x, (numbers.Real, Decimal)):
        raise TypeError(
            f"{lib} {lib.doit()} être un nombre (reçu : {x!r}, de type {type(x).__name__}). "
            "Pour un texte tapé au clavier, utilisez autograder.moteur.nombres.lire_nombre()."
        )
    if isinstance(x, Decimal):
        d = x
    elif isinstance(x, numbers.Integral):
        d = Decimal(int(x))
    elif isinstance(x, float):
        if not math.isfinite(x):
            d = Decimal(x)  # nan / inf : refusés juste après
        else:
            d = Decimal(repr(float(x)))
    else:  # float32 numpy, Fraction… : str() donne l'écriture la plus courte quand elle existe
        try:
            d = Decimal(str(x))
        except ArithmeticError:
            d = Decimal(repr(float(x)))
    if d.is_nan():
        raise ValueError(f"{lib} n'est pas un nombre valide (reçu : {affiche(x)}).")
    if d.is_infinite():
        raise ValueError(f"{lib} {lib.doit()} être un nombre fini (reçu : {affiche(x)}).")
    return d


def positif(x, libelle: Libelle | str) -> Decimal:
    """Nombre ≥ 0 (un prix, un montant, une quantité)."""
    lib = _lib(libelle)
    d = en_decimal(x, lib)
    if d < 0:
        raise ValueError(
            f"{lib} {lib.doit()} être {lib.positif()} ou {lib.nul()} (reçu : {affiche(x)})."
        )
    return d


def strictement_positif(
    x, libelle: Libelle | str, raison: str = "on divise par cette valeur"
) -> Decimal:
    """Nombre > 0 (un dénominateur)."""
    lib = _lib(libelle)
    d = en_decimal(x, lib)
    if d == 0:
        raise ValueError(f"{lib} ne peut pas être {lib.nul()} : {raison}.")
    if d < 0:
        raise ValueError(
            f"{lib} {lib.doit()} être strictement {lib.positif()} (reçu : {affiche(x)})."
        )
    return d


def taux(
    x,
    libelle: Libelle | str,
    *,
    minimum: Decimal | None = ZERO,
    minimum_inclus: bool = True,
    maximum: Decimal | None = UN,
    maximum_inclus: bool = False,
    raison_max: str = "",
) -> Decimal:
    """Taux en fraction décimale, borné ; le message rappelle que 20 % s'écrit 0.20."""
    lib = _lib(libelle)
    d = en_decimal(x, lib)
    if minimum is not None and (d < minimum or (d == minimum and not minimum_inclus)):
        sup = lib.accorde("supérieur", "supérieure")
        borne = (
            f"{sup} ou {lib.accorde('égal', 'égale')} à"
            if minimum_inclus
            else f"strictement {sup} à"
        )
        raise ValueError(f"{lib} {lib.doit()} être {borne} {_pct(minimum)} (reçu : {affiche(x)}).")
    if maximum is not None and (d > maximum or (d == maximum and not maximum_inclus)):
        inf = lib.accorde("inférieur", "inférieure")
        borne = (
            f"{inf} ou {lib.accorde('égal', 'égale')} à"
            if maximum_inclus
            else f"strictement {inf} à"
        )
        suite = f" : {raison_max}" if raison_max else ""
        aide = f" ; {_AIDE_TAUX}" if d > 1 else ""
        raise ValueError(
            f"{lib} {lib.doit()} être {borne} {_pct(maximum)} (reçu : {affiche(x)}){suite}{aide}."
        )
    return d


def entier_positif(x, libelle: Libelle | str, unite: str = "") -> int:
    """Nombre entier ≥ 0 (des jours, des mois, des factures) ; 30.0 est accepté, 30.5 non."""
    lib = _lib(libelle)
    d = positif(x, lib)
    if d != d.to_integral_value():
        suite = f" de {unite}" if unite else ""
        raise ValueError(f"{lib} {lib.doit()} être un nombre entier{suite} (reçu : {affiche(x)}).")
    return int(d)


def _pct(d: Decimal) -> str:
    """Borne affichée en pourcentage : Decimal(1) → « 100 % », Decimal(-1) → « -100 % »."""
    return f"{(d * 100).normalize():f}".replace(".", ",") + " %"


def exact(fonction):
    """Décorateur : le calcul se fait en décimal, dans le contexte figé (précision 28)."""

    @functools.wraps(fonction)
    def enveloppe(*args, **kwargs):
        with localcontext(_CONTEXTE):
            return fonction(*args, **kwargs)

    return enveloppe


def au_centime(d: Decimal) -> Decimal:
    """Arrondi commercial au centime : demi-centime arrondi vers le haut (en valeur absolue).

    0,125 € → 0,13 € ; -0,125 € → -0,13 €. (La fonction ``round`` de Python arrondirait 0,125 à
    0,12 : arrondi « au pair », et en plus sur l'approximation binaire du float.)
    """
    with localcontext(_CONTEXTE):
        r = d.quantize(CENTIME, rounding=ROUND_HALF_UP)
    return r if r != 0 else ZERO.quantize(CENTIME)  # pas de « -0,00 »


def euros(d: Decimal) -> float:
    """Montant en euros rendu à l'utilisateur : float arrondi au centime."""
    return float(au_centime(d))


def flottant(d: Decimal) -> float:
    """Taux, ratio, quantité ou nombre de jours rendu à l'utilisateur : float non arrondi."""
    return float(d) + 0.0  # + 0.0 : pas de « -0.0 »
