"""Indicateurs commerciaux : conversion, panier, objectifs, ROI, attrition, NPS, valeur client."""

import numbers
from decimal import Decimal

from ._commun import (
    ZERO,
    Libelle,
    affiche,
    en_decimal,
    euros,
    exact,
    flottant,
    positif,
    strictement_positif,
)
from ._commun import taux as _taux

_CONVERSIONS = Libelle("Le nombre de conversions")
_CONTACTS = Libelle("Le nombre de contacts")
_CA = Libelle("Le chiffre d'affaires")
_COMMANDES = Libelle("Le nombre de commandes")
_REALISE = Libelle("Le réalisé")
_OBJECTIF = Libelle("L'objectif")
_GAIN = Libelle("Le gain (marge générée)")
_COUT = Libelle("Le coût de l'action")
_PERDUS = Libelle("Le nombre de clients perdus")
_DEBUT = Libelle("Le nombre de clients en début de période")
_PANIER = Libelle("Le panier moyen")
_FREQUENCE = Libelle("La fréquence d'achat annuelle", feminin=True)
_DUREE = Libelle("La durée de la relation (en années)", feminin=True)
_TAUX_MARGE_CA = Libelle("Le taux de marque (marge / CA HT)")


def _objectif(objectif, sens: str) -> Decimal:
    o = en_decimal(objectif, _OBJECTIF)
    if o == 0:
        raise ValueError(f"L'objectif ne peut pas être nul : {sens} n'a pas de sens.")
    if o < 0:
        raise ValueError(f"L'objectif doit être strictement positif (reçu : {affiche(objectif)}).")
    return o


@exact
def taux_de_conversion(conversions, contacts) -> float:
    """Taux de conversion = conversions / contacts (fraction non arrondie).

    Exemple : 12 commandes pour 48 prospects contactés → 0.25 (25 %). Les conversions font
    partie des contacts : elles ne peuvent pas être plus nombreuses.

    >>> taux_de_conversion(12, 48)
    0.25
    """
    c = positif(conversions, _CONVERSIONS)
    n = strictement_positif(contacts, _CONTACTS, "aucun contact, aucun taux de conversion")
    if c > n:
        raise ValueError(
            f"Le nombre de conversions ({affiche(conversions)}) ne peut pas dépasser le nombre "
            f"de contacts ({affiche(contacts)})."
        )
    return flottant(c / n)


@exact
def panier_moyen(chiffre_affaires, nombre_commandes) -> float:
    """Panier moyen = chiffre d'affaires / nombre de commandes (ou de tickets), au centime.

    Préciser HT ou TTC : le panier moyen est dans l'unité du chiffre d'affaires passé.

    >>> panier_moyen(12_500, 250)
    50.0
    """
    ca = positif(chiffre_affaires, _CA)
    n = strictement_positif(nombre_commandes, _COMMANDES, "sans commande, pas de panier moyen")
    return euros(ca / n)


@exact
def taux_de_realisation(realise, objectif) -> float:
    """Taux de réalisation de l'objectif = réalisé / objectif (fraction non arrondie).

    1.0 = objectif atteint ; 1.1 = objectif dépassé de 10 %.

    >>> taux_de_realisation(110_000, 100_000)
    1.1
    """
    o = _objectif(objectif, "un taux de réalisation")
    return flottant(en_decimal(realise, _REALISE) / o)


@exact
def ecart(realise, objectif) -> float:
    """Écart = réalisé − objectif (dans l'unité des données, non arrondi).

    Convention : positif = dépassement de l'objectif (écart favorable), négatif = retard.

    >>> ecart(95_000, 100_000)
    -5000.0
    """
    return flottant(en_decimal(realise, _REALISE) - en_decimal(objectif, _OBJECTIF))


@exact
def ecart_relatif(realise, objectif) -> float:
    """Écart relatif = (réalisé − objectif) / objectif (fraction non arrondie).

    Positif = dépassement. Égal à taux de réalisation − 1 : réalisé 95 000, objectif 100 000
    → −0.05 (−5 %).

    >>> ecart_relatif(95_000, 100_000)
    -0.05
    """
    o = _objectif(objectif, "un écart relatif")
    return flottant((en_decimal(realise, _REALISE) - o) / o)


@exact
def roi(gain, cout) -> float:
    """Retour sur investissement = (gain − coût) / coût (fraction non arrondie).

    Le gain est la **marge** générée par l'action (salon, campagne, promotion), pas le chiffre
    d'affaires : le CA contient le coût d'achat des produits vendus, qui n'est pas un gain.
    Calculé sur le CA, le ROI ferait paraître rentable une action qui ne l'est pas : 10 000 € de
    CA à 30 % de marque ne rapportent que 3 000 € pour payer une action de 5 000 €.
    (Le rapport CA / dépense publicitaire est un autre indicateur, le ROAS.)

    ROI > 0 : l'action a rapporté plus qu'elle n'a coûté ; ROI = 0 : elle s'est payée.

    >>> roi(15_000, 10_000)
    0.5
    """
    g = positif(gain, _GAIN)
    c = strictement_positif(cout, _COUT, "le ROI divise par lui")
    return flottant((g - c) / c)


@exact
def taux_attrition(clients_perdus, clients_debut_periode) -> float:
    """Taux d'attrition (churn) = clients perdus / clients en **début** de période.

    Convention retenue : la base est la population au début de la période ; les clients
    gagnés pendant la période n'y entrent pas. Autre convention rencontrée : diviser par la
    population **moyenne** de la période ((début + fin) / 2), ce qui donne un taux différent ;
    précisez toujours la base.

    >>> taux_attrition(30, 400)
    0.075
    """
    perdus = positif(clients_perdus, _PERDUS)
    debut = strictement_positif(clients_debut_periode, _DEBUT, "le taux d'attrition divise par lui")
    if perdus > debut:
        raise ValueError(
            f"Le nombre de clients perdus ({affiche(clients_perdus)}) ne peut pas dépasser le "
            f"nombre de clients en début de période ({affiche(clients_debut_periode)})."
        )
    return flottant(perdus / debut)


def _note(n, i: int) -> int:
    if isinstance(n, bool) or not isinstance(n, (numbers.Real, Decimal)):
        raise TypeError(f"La note n°{i} doit être un nombre entier de 0 à 10 (reçu : {n!r}).")
    if n != n or n < 0 or n > 10 or n != int(n):
        raise ValueError(f"La note n°{i} doit être un entier de 0 à 10 (reçu : {affiche(n)}).")
    return int(n)


def nps(notes) -> float:
    """Net Promoter Score = % de promoteurs − % de détracteurs, de −100 à +100 (non arrondi).

    Notes de 0 à 10 à la question « Recommanderiez-vous… ? » : promoteurs 9 et 10,
    passifs 7 et 8 (comptés dans le total mais ni ajoutés ni retranchés), détracteurs 0 à 6.
    Le NPS s'exprime en points, pas en pourcentage, et s'arrondit d'habitude à l'entier.

    >>> nps([10, 9, 8, 7, 6, 0])
    0.0
    """
    if isinstance(notes, (str, bytes)) or not hasattr(notes, "__iter__"):
        raise TypeError(
            f"Les notes doivent être une liste de nombres de 0 à 10 (reçu : {notes!r})."
        )
    valeurs = [_note(n, i) for i, n in enumerate(notes, start=1)]
    if not valeurs:
        raise ValueError("La liste des notes est vide : il faut au moins une réponse.")
    promoteurs = sum(1 for n in valeurs if n >= 9)
    detracteurs = sum(1 for n in valeurs if n <= 6)
    return flottant(Decimal(100 * (promoteurs - detracteurs)) / len(valeurs))


@exact
def valeur_vie_client(panier_moyen, frequence_annuelle, duree_annees, taux_de_marque=None) -> float:
    """Valeur vie client (CLV) = panier moyen × fréquence d'achat annuelle × durée (années).

    * ``taux_de_marque=None`` : valeur en **chiffre d'affaires**.
    * ``taux_de_marque`` donné : valeur en **marge** (CA × taux). La marge se rapporte ici au
      **chiffre d'affaires HT** (marge / CA HT) : c'est un **taux de marque**, et non un taux de
      marge, qui rapporte la marge au coût d'achat (voir ``taux_de_marque`` et ``taux_de_marge``).
      La valeur en marge est la plus utile pour décider combien dépenser pour acquérir ou garder
      un client.

    Version simple, sans actualisation ni probabilité de rétention. Arrondie au centime.

    >>> valeur_vie_client(80, 6, 5)
    2400.0
    >>> valeur_vie_client(80, 6, 5, taux_de_marque=0.30)
    720.0
    """
    ca = (
        positif(panier_moyen, _PANIER)
        * positif(frequence_annuelle, _FREQUENCE)
        * positif(duree_annees, _DUREE)
    )
    if taux_de_marque is None:
        return euros(ca)
    t = _taux(
        taux_de_marque,
        _TAUX_MARGE_CA,
        minimum=ZERO,
        maximum_inclus=True,
        raison_max="la marge ne peut pas dépasser le chiffre d'affaires",
    )
    return euros(ca * t)


FACTEURS_CA = ("leads", "conversion", "panier")


def decomposition_ecart_ca(objectif, realise) -> dict:
    """Écart de CA = effet leads + effet conversion + effet panier (substitutions successives).

    `objectif` et `realise` sont des triplets (leads, ventes, CA) : CA = leads × taux de
    conversion (ventes / leads) × panier moyen (CA / ventes). Les facteurs objectif (indice 0)
    sont remplacés un à un par les réalisés (indice 1), dans l'ordre leads → conversion → panier :
    effet_leads = (L1 − L0) × c0 × p0 ; effet_conversion = L1 × (c1 − c0) × p0 ;
    effet_panier = L1 × c1 × (p1 − p0). Leur somme est l'écart total ; l'ordre des substitutions
    change chaque effet (pas la somme) : c'est une convention, à annoncer.
    `facteur_principal` est le facteur à l'effet le plus défavorable (le plus négatif).

    >>> d = decomposition_ecart_ca((100, 20, 40_000), (80, 20, 40_000))
    >>> d["facteur_principal"], round(d["effet_leads"]), round(d["effet_conversion"])
    ('leads', -8000, 8000)
    """
    (l0, v0, ca0), (l1, v1, ca1) = objectif, realise
    c0, c1 = taux_de_conversion(v0, l0), taux_de_conversion(v1, l1)
    # Exact baskets (not rounded to the cent) so that the three effects add up to the gap.
    p0, p1 = float(ca0) / float(v0), float(ca1) / float(v1)
    effets = {
        "effet_leads": (float(l1) - float(l0)) * c0 * p0,
        "effet_conversion": float(l1) * (c1 - c0) * p0,
        "effet_panier": float(l1) * c1 * (p1 - p0),
    }
    return {
        "ecart_total": ecart(float(ca1), float(ca0)),
        **effets,
        "facteur_principal": min(FACTEURS_CA, key=lambda f: effets[f"effet_{f}"]),
    }


__all__ = [
    "decomposition_ecart_ca",
    "taux_de_conversion",
    "panier_moyen",
    "taux_de_realisation",
    "ecart",
    "ecart_relatif",
    "roi",
    "taux_attrition",
    "nps",
    "valeur_vie_client",
]
