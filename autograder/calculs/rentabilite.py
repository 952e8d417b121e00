"""Marge sur coût variable, seuil de rentabilité, point mort."""

from ._commun import ZERO, Libelle, euros, exact, flottant, positif, strictement_positif
from ._commun import taux as _taux

_CA = Libelle("Le chiffre d'affaires")
_CV = Libelle("Les charges variables", feminin=True, pluriel=True)
_CF = Libelle("Les charges fixes", feminin=True, pluriel=True)
_TAUX_MCV = Libelle("Le taux de marge sur coût variable")
_PU = Libelle("Le prix de vente unitaire")
_CVU = Libelle("Le coût variable unitaire")
_SEUIL = Libelle("Le seuil de rentabilité")
_JOURS = Libelle("Le nombre de jours de l'exercice")


@exact
def marge_sur_cout_variable(chiffre_affaires, charges_variables) -> float:
    """Marge sur coût variable (MCV) = chiffre d'affaires HT − charges variables, en euros.

    C'est ce qui reste des ventes pour couvrir les charges fixes puis dégager un bénéfice.
    Arrondie au centime ; négative si les charges variables dépassent le chiffre d'affaires.

    >>> marge_sur_cout_variable(200_000, 120_000)
    80000.0
    """
    ca = positif(chiffre_affaires, _CA)
    return euros(ca - positif(charges_variables, _CV))


@exact
def taux_de_marge_sur_cout_variable(chiffre_affaires, charges_variables) -> float:
    """Taux de MCV = marge sur coût variable / chiffre d'affaires HT (fraction, non arrondie).

    >>> taux_de_marge_sur_cout_variable(200_000, 120_000)
    0.4
    """
    ca = strictement_positif(chiffre_affaires, _CA, "le taux de MCV divise par lui")
    return flottant((ca - positif(charges_variables, _CV)) / ca)


@exact
def seuil_de_rentabilite(charges_fixes, taux_mcv) -> float:
    """Seuil de rentabilité (SR, en euros de CA HT) = charges fixes / taux de MCV.

    Chiffre d'affaires pour lequel la MCV couvre exactement les charges fixes (résultat nul).
    Le taux de MCV doit être dans ]0 ; 1] : avec un taux nul ou négatif, aucun chiffre
    d'affaires ne couvre les charges fixes. Arrondi au centime.

    >>> seuil_de_rentabilite(60_000, 0.40)
    150000.0
    """
    cf = positif(charges_fixes, _CF)
    t = _taux(
        taux_mcv,
        _TAUX_MCV,
        minimum=ZERO,
        minimum_inclus=False,
        maximum_inclus=True,
        raison_max="la MCV ne peut pas dépasser le chiffre d'affaires",
    )
    return euros(cf / t)


@exact
def seuil_de_rentabilite_en_quantite(charges_fixes, prix_unitaire, cout_variable_unitaire) -> float:
    """Seuil de rentabilité en quantité = charges fixes / MCV unitaire (prix − coût variable).

    Résultat non arrondi : en pratique on vend des unités entières, il faut donc arrondir à
    l'unité **supérieure** (``math.ceil``) : 333,3 unités → 334 unités à vendre.

    >>> seuil_de_rentabilite_en_quantite(60_000, 50, 30)
    3000.0
    """
    cf = positif(charges_fixes, _CF)
    pu = positif(prix_unitaire, _PU)
    cvu = positif(cout_variable_unitaire, _CVU)
    if pu <= cvu:
        raise ValueError(
            "La marge sur coût variable unitaire doit être strictement positive : le prix de "
            f"vente unitaire ({prix_unitaire}) doit dépasser le coût variable unitaire "
            f"({cout_variable_unitaire})."
        )
    return flottant(cf / (pu - cvu))


@exact
def point_mort_jours(seuil, chiffre_affaires, jours=360) -> float:
    """Point mort = date à laquelle le seuil de rentabilité est atteint, en jours depuis le début
    de l'exercice : seuil / chiffre d'affaires annuel × jours (non arrondi).

    Hypothèse : ventes réparties uniformément sur l'exercice.

    * ``jours=360`` (défaut) : **année commerciale** de 12 mois de 30 jours, convention des
      manuels de gestion commerciale ; le jour n se lit n // 30 mois et n % 30 jours
      (jour 234 → 7 mois et 24 jours → 24 août pour un exercice commencé le 1er janvier).
    * ``jours=365`` : **année civile** ; le jour n se compte sur le calendrier réel
      (1er janvier + n jours). Les deux conventions donnent des dates un peu différentes :
      dites toujours laquelle vous utilisez. En mois : seuil / CA × 12.

    Un résultat supérieur à ``jours`` signifie que le seuil n'est pas atteint dans l'exercice.

    >>> point_mort_jours(150_000, 200_000)
    270.0
    >>> point_mort_jours(150_000, 200_000, jours=365)
    273.75
    """
    s = positif(seuil, _SEUIL)
    ca = strictement_positif(chiffre_affaires, _CA, "le point mort divise par lui")
    j = strictement_positif(jours, _JOURS, "360 (année commerciale) ou 365 (année civile)")
    return flottant(s / ca * j)


__all__ = [
    "marge_sur_cout_variable",
    "taux_de_marge_sur_cout_variable",
    "seuil_de_rentabilite",
    "seuil_de_rentabilite_en_quantite",
    "point_mort_jours",
]
