"""Nombres à la française : affichage (1 234,56 €, 84,2 %, 2,1 points, 6 h 30) et lecture.

Conventions d'affichage (typographie française, Imprimerie nationale) :

* virgule décimale : 12,5 ;
* séparateur de milliers : espace fine insécable (U+202F), y compris à partir de 4 chiffres
  (1 234), comme sur les factures et dans les tableaux ;
* espace insécable (U+00A0) entre le nombre et son unité : 1 234,56 €, 84,2 % ;
* signe moins : trait d'union ASCII « - » (et non le signe typographique « − », U+2212) pour
  que le nombre copié-collé dans un tableur ou dans Python reste lisible ;
* arrondi commercial : demi vers le haut (en valeur absolue), sur la valeur décimale écrite
  (0,125 € → 0,13 €), jamais sur l'approximation binaire du float.

Lecture (``lire_nombre``) : on accepte ce qu'un apprenant tape raisonnablement (virgule ou
point décimal, espaces ordinaires, insécables ou fines entre les milliers, « € » ou « % » à la
fin, signe + ou -) et on refuse, avec un message en français, ce qui est vide, textuel ou
ambigu. Bibliothèque standard uniquement : ce module est chargé dans les noyaux de correction.
"""

import math
import numbers
import re
from decimal import ROUND_HALF_UP, Context, Decimal, localcontext

__all__ = ["lire_nombre", "contient_pourcent", "euros", "pourcent", "nombre", "points", "duree"]

ESPACE_FINE_INSECABLE = "\u202f"  # séparateur de milliers
ESPACE_INSECABLE = "\u00a0"  # avant « € » et « % »

_CONTEXTE = Context(prec=60)
_EXEMPLE = "tapez par exemple 1 234,56 ou 12,5."
_ESPACES = " \u00a0\u202f\u2009\u2007\t"  # ordinaire, insécable, fine insécable, fine, chiffre
_MOINS = "-\u2212\u2013"  # trait d'union, signe moins, tiret demi-cadratin (correcteurs auto)
_UNITES_EURO = ("euros", "euro", "eur", "€")
_CARACTERES = re.compile(r"[0-9., ]+")
_CHIFFRES = re.compile(r"[0-9]+")
_PREMIER_GROUPE = re.compile(r"[0-9]{1,3}")
_GROUPE = re.compile(r"[0-9]{3}")
_AMBIGU = re.compile(r"[1-9][0-9]{0,2}")


# --- Affichage --------------------------------------------------------------------------------


def _en_decimal(x, quoi: str) -> Decimal:
    if isinstance(x, bool) or not isinstance(x, (numbers.Real, Decimal)):
        raise TypeError(
            f"{quoi} : un nombre est attendu (reçu : {x!r}, de type {type(x).__name__})."
        )
    if isinstance(x, Decimal):
        d = x
    elif isinstance(x, numbers.Integral):
        d = Decimal(int(x))
    elif isinstance(x, float):
        d = Decimal(repr(float(x))) if math.isfinite(x) else Decimal(x)
    else:
        try:
            d = Decimal(str(x))
        except ArithmeticError:
            d = Decimal(repr(float(x)))
    if not d.is_finite():
        raise ValueError(f"{quoi} : impossible d'afficher {x!r}, ce n'est pas un nombre fini.")
    return d


def _decimales(decimales) -> int:
    if isinstance(decimales, bool) or not isinstance(decimales, numbers.Integral) or decimales < 0:
        raise ValueError(
            f"Le nombre de décimales doit être un entier positif ou nul (reçu : {decimales!r})."
        )
    return int(decimales)


def _formate(d: Decimal, decimales: int) -> str:
    with localcontext(_CONTEXTE):
        q = d.quantize(Decimal(1).scaleb(-decimales), rounding=ROUND_HALF_UP)
    signe = "-" if q < 0 else ""  # un résultat arrondi à zéro n'a pas de signe : « 0,00 »
    entier, _, fraction = f"{abs(q):f}".partition(".")
    groupes = []
    while len(entier) > 3:
        entier, groupe = entier[:-3], entier[-3:]
        groupes.insert(0, groupe)
    texte = ESPACE_FINE_INSECABLE.join([entier, *groupes])
    return signe + texte + ("," + fraction if decimales else "")


def nombre(x, decimales=0) -> str:
    """Nombre à la française : ``nombre(1234)`` → « 1 234 » ; ``nombre(1234.5, 2)`` → « 1 234,50 ».

    Milliers séparés par une espace fine insécable (U+202F), virgule décimale, signe « - »,
    arrondi demi vers le haut.
    """
    return _formate(_en_decimal(x, "nombre()"), _decimales(decimales))


def euros(x, decimales=2) -> str:
    """Montant en euros : ``euros(1234.56)`` → « 1 234,56 € ».

    Espace fine insécable (U+202F) entre les milliers, espace insécable (U+00A0) avant « € »,
    arrondi au centime demi vers le haut (0,125 → « 0,13 € »), signe « - » pour un montant
    négatif (« -12,50 € »).
    """
    return _formate(_en_decimal(x, "euros()"), _decimales(decimales)) + ESPACE_INSECABLE + "€"


def pourcent(taux, decimales=1) -> str:
    """Taux en pourcentage : ``pourcent(0.842)`` → « 84,2 % ».

    Le taux est une fraction décimale (0.842 pour 84,2 %) ; il est multiplié par 100, arrondi
    demi vers le haut à ``decimales`` chiffres, suivi d'une espace insécable (U+00A0) et de « % ».
    """
    d = _en_decimal(taux, "pourcent()")
    with localcontext(_CONTEXTE):
        d = d * 100
    return _formate(d, _decimales(decimales)) + ESPACE_INSECABLE + "%"


def points(ecart_de_taux, decimales=1) -> str:
    """Écart entre deux taux, en points de pourcentage : ``points(0.021)`` → « 2,1 points ».

    L'écart est une différence de fractions décimales (taux de 10 % − taux de 8 % = 0.02 :
    ``points(0.02, 0)`` → « 2 points »). « point » reste au singulier sous 2 en valeur absolue,
    arrondi compris (« 1,5 point », « -0,8 point »). Même arrondi et mêmes espaces que
    ``pourcent`` ; ne confondez pas avec un écart relatif, qui s'exprime en %.
    """
    d = _en_decimal(ecart_de_taux, "points()")
    decimales = _decimales(decimales)
    with localcontext(_CONTEXTE):
        d = d * 100
        arrondi = d.quantize(Decimal(1).scaleb(-decimales), rounding=ROUND_HALF_UP)
    unite = "points" if abs(arrondi) >= 2 else "point"
    return _formate(d, decimales) + ESPACE_INSECABLE + unite


MOIS = tuple(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)
"""French month names, January first (``MOIS[d.month - 1]``)."""
MOIS_ABREGES = tuple("janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split())
"""Their abbreviations in French typography (axis labels, tables)."""


def duree(minutes) -> str:
    """Durée en heures et minutes, comme dans le référentiel : ``duree(390)`` → « 6 h 30 ».

    ``duree(360)`` → « 6 h », ``duree(65)`` → « 1 h 05 », ``duree(50)`` → « 50 min ».
    Espaces insécables (U+00A0) autour de « h » et avant « min ». La durée est un nombre
    entier de minutes, positif ou nul.
    """
    d = _en_decimal(minutes, "duree()")
    if d != d.to_integral_value() or d < 0:
        raise ValueError(
            f"duree() : un nombre entier de minutes, positif ou nul, est attendu (reçu : {minutes!r})."
        )
    heures, reste = divmod(int(d), 60)
    if not heures:
        return f"{reste}{ESPACE_INSECABLE}min"
    texte = _formate(Decimal(heures), 0) + ESPACE_INSECABLE + "h"
    return texte + (f"{ESPACE_INSECABLE}{reste:02d}" if reste else "")


# --- Lecture ----------------------------------------------------------------------------------


class _Refus(Exception):
    """Raison précise du refus, complétée ensuite par le texte tapé."""


class _Ambigu(_Refus):
    """Écriture qui serait un nombre, mais qu'on peut lire de deux façons."""


def _extrait(texte: str) -> str:
    court = texte if len(texte) <= 40 else texte[:39] + "…"
    return f"« {court} »"


def _lire_corps(corps: str) -> str:
    """Chiffres, séparateurs et espaces (sans signe ni unité) → écriture décimale Python."""
    if not _CARACTERES.fullmatch(corps):
        raise _Refus(_EXEMPLE)
    espaces = " " in corps
    virgules, points = corps.count(","), corps.count(".")
    if virgules and points:
        # Les deux : le dernier est la marque décimale, l'autre sépare les milliers.
        dec = "," if corps.rfind(",") > corps.rfind(".") else "."
        grp = "." if dec == "," else ","
        if corps.count(dec) > 1 or espaces:
            raise _Refus("il mélange plusieurs façons de séparer les milliers ; " + _EXEMPLE)
    elif virgules + points > 1:
        # Un même séparateur répété ne peut séparer que des milliers (1.234.567).
        dec, grp = None, "," if virgules else "."
        if espaces:
            raise _Refus("il mélange plusieurs façons de séparer les milliers ; " + _EXEMPLE)
    elif virgules + points == 1:
        dec, grp = ("," if virgules else "."), (" " if espaces else None)
    else:
        dec, grp = None, (" " if espaces else None)

    entier, _, fraction = corps.partition(dec) if dec else (corps, "", "")
    if dec and not _CHIFFRES.fullmatch(fraction):
        raise _Refus(_EXEMPLE)
    if grp:
        premier, *groupes = entier.split(grp)
        if not _PREMIER_GROUPE.fullmatch(premier) or not all(_GROUPE.fullmatch(g) for g in groupes):
            if grp == " ":
                raise _Refus(
                    "les espaces ne servent qu'à séparer les milliers par groupes de trois "
                    "chiffres ; " + _EXEMPLE
                )
            raise _Refus("un nombre n'a qu'une seule marque décimale ; " + _EXEMPLE)
        entier = premier + "".join(groupes)
    elif not (_CHIFFRES.fullmatch(entier) or (entier == "" and dec)):
        raise _Refus(_EXEMPLE)
    if dec == "." and grp is None and len(fraction) == 3 and _AMBIGU.fullmatch(entier):
        raise _Ambigu(
            f"est ambigu (point décimal ou séparateur de milliers ?) : tapez "
            f"{entier},{fraction} pour un nombre à virgule ou {entier} {fraction} pour "
            f"{entier}{fraction}."
        )
    return (entier or "0") + ("." + fraction if fraction else "")


def _analyse(texte) -> Decimal:
    if texte is None:
        raise ValueError("Réponse vide : tapez un nombre.")
    if not isinstance(texte, str):
        raise TypeError(
            f"lire_nombre() attend le texte tapé (reçu : {texte!r}, de type "
            f"{type(texte).__name__})."
        )
    brut = texte.strip()  # str.strip retire aussi les espaces insécables et fines
    if not brut:
        raise ValueError("Réponse vide : tapez un nombre.")
    corps = brut
    for c in _ESPACES[1:]:
        corps = corps.replace(c, " ")
    if corps.endswith("%"):
        corps = corps[:-1].rstrip()
    else:
        for unite in _UNITES_EURO:
            if corps.lower().endswith(unite):
                corps = corps[: -len(unite)].rstrip()
                break
    signe = ""
    if corps and corps[0] in ("+", *_MOINS):
        signe = "-" if corps[0] in _MOINS else ""
        corps = corps[1:].lstrip()
    try:
        if not corps or "  " in corps:
            raise _Refus(_EXEMPLE)
        ecriture = _lire_corps(corps)
    except _Ambigu as refus:
        raise ValueError(f"{_extrait(brut)} {refus}") from None
    except _Refus as refus:
        raise ValueError(f"{_extrait(brut)} n'est pas un nombre : {refus}") from None
    return Decimal(signe + ecriture)


def lire_nombre(texte: str) -> float:
    """Lit un nombre tapé par un apprenant et renvoie un float.

    Accepté : « 12,5 », « 12.5 », « 1 234,56 » (espace ordinaire, insécable U+00A0 ou fine
    insécable U+202F entre les milliers), « 1 234,56 € » (ou « EUR », « euros »), « 84,2 % »,
    « -3 », « −3 », « +3 », « ,5 », « 1.234,56 » et « 1,234.56 » (la dernière marque est
    la décimale, l'autre sépare les milliers), « 1.234.567 ».

    Le signe « % » est seulement retiré : « 84,2 % » donne 84.2 (et non 0.842) ; utilisez
    ``contient_pourcent`` pour savoir s'il a été tapé et convertir vous-même.

    Refusé avec un message en français (``ValueError``) : réponse vide, texte (« douze »),
    plusieurs virgules (« 12,5,3 »), espaces mal placées (« 12 34 »), écriture scientifique,
    et l'écriture ambiguë « 1.234 » (point suivi de trois chiffres : 1,234 ou 1 234 ?).
    Une virgule seule est toujours décimale, à la française : « 1,234 » vaut 1.234.
    """
    if isinstance(texte, (numbers.Real, Decimal)) and not isinstance(texte, bool):
        return float(_en_decimal(texte, "lire_nombre()")) + 0.0
    return float(_analyse(texte)) + 0.0


def contient_pourcent(texte: str) -> bool:
    """Vrai si la réponse tapée se termine par « % » (« 84,2 % », « 84,2% »).

    Sert à interpréter ``lire_nombre`` : « 84,2 % » → 84.2 avec ``contient_pourcent`` vrai,
    donc le taux 0.842.
    """
    return isinstance(texte, str) and texte.strip().endswith("%")
