"""Rentabilité de l'affaire : le taux de marque, sur le prix de vente net et non sur le coût."""

from autograder.calculs import facture, taux_de_marge, taux_de_marque
from autograder.metier.proposition import CONVENTION_COUT_DE_REVIENT
from autograder.moteur.formats import Nombre
from autograder.moteur.nombres import euros, pourcent

TITRE = "Taux de marque de l'affaire"
CRITERES = ("CP6.8",)
POINTS = 2
FORMAT = Nombre(unite="%", tolerance=0.1, bornes=(-100, 100), decimales=1)
VARIABLE = "taux_marque_affaire"
DONNEES = ()


def generer(ctx):
    d = ctx.donnees["devis"]
    return {
        "brut": d.brut_ht,
        "remises": list(d.remises),
        "escompte": d.escompte,
        "cout": d.cout_total,
        "plancher": d.plancher,
    }


def _net(p):
    return facture(p["brut"], p["remises"], p["escompte"]).net_commercial


def enonce(p):
    r1, r2 = p["remises"]
    return (
        f"Le devis totalise **{euros(p['brut'])} HT brut**, avec une remise quantité de "
        f"**{pourcent(r1, 0)}** puis une remise d'ouverture de compte de **{pourcent(r2, 0)}**. "
        f"Le coût de revient total des lignes du devis est de **{euros(p['cout'])}**. Calculez "
        "le **taux de marque** de l'affaire, sur le **net commercial HT** (après les deux "
        "remises ; l'escompte est une charge financière, il n'entre pas dans la marge "
        "commerciale), et tapez-le dans le champ (en %, à 0,1 point près). "
        f"La direction fixe un plancher de {pourcent(p['plancher'], 0)} : l'affaire le "
        f"respecte-t-elle ? {CONVENTION_COUT_DE_REVIENT}"
    )


def solution(p):
    return taux_de_marque(_net(p), p["cout"])


def diagnostics(p):
    net_financier = facture(p["brut"], p["remises"], p["escompte"]).net_financier
    return [
        (
            taux_de_marge(_net(p), p["cout"]),
            "C'est le taux de marge : la marge a été rapportée au coût. Le taux de marque la "
            "rapporte au prix de vente HT.",
        ),
        (
            taux_de_marque(p["brut"], p["cout"]),
            "Vous avez pris le prix brut : les remises réduisent le prix de vente, donc la marge.",
        ),
        (
            taux_de_marque(net_financier, p["cout"]),
            "Vous avez déduit l'escompte : c'est une charge financière, pas une réduction commerciale.",
        ),
    ]


def explication(p):
    return (
        "Taux de marque = (net commercial HT − coût de revient complet) ÷ net commercial HT : "
        "taux de marque calculé sur le coût de revient complet, convention du cas (Hydralis "
        "fabrique ; un revendeur le calculerait sur son coût d'achat HT)."
    )
