"""Ressources : combien de leads pour combler l'écart, aux taux de l'objectif."""

import math

from autograder.calculs import ecart, panier_moyen, taux_de_conversion
from autograder.moteur.formats import Nombre
from autograder.moteur.nombres import euros, pourcent

TITRE = "Leads nécessaires pour rattraper l'écart"
CRITERES = ("CP4.5",)
POINTS = 1
FORMAT = Nombre(unite="leads", tolerance=0, bornes=(0, 1e6), decimales=0)


def generer(ctx):
    sc, ligne = ctx.donnees["scenario"], ctx.donnees["ligne"]
    return {
        "commercial": sc.commercial,
        "trimestre": sc.trimestre,
        "ecart": ecart(float(ligne["ca"]), float(ligne["objectif_ca"])),
        "conversion": taux_de_conversion(
            float(ligne["objectif_ventes"]), float(ligne["objectif_leads"])
        ),
        "panier": panier_moyen(float(ligne["objectif_ca"]), float(ligne["objectif_ventes"])),
    }


def _ca_par_lead(p):
    return p["conversion"] * p["panier"]


def enonce(p):
    return (
        f"L'écart de CA de {p['commercial']} au T{p['trimestre']} est de "
        f"{euros(p['ecart'], 0)}. On veut le rattraper le trimestre suivant par des ventes en plus, "
        f"au taux de conversion de l'objectif ({pourcent(p['conversion'])}) et au panier moyen de "
        f"l'objectif ({euros(p['panier'], 0)}). **Combien de leads supplémentaires faut-il "
        "générer, au minimum ?** (nombre entier)"
    )


def solution(p):
    return math.ceil(abs(p["ecart"]) / _ca_par_lead(p))


def diagnostics(p):
    return [
        (
            math.floor(abs(p["ecart"]) / _ca_par_lead(p)),
            "Arrondi vers le bas : ce nombre de leads "
            "ne suffit pas tout à fait. Un besoin en ressources s'arrondit à l'entier supérieur.",
        ),
        (
            math.ceil(abs(p["ecart"]) / p["panier"]),
            "C'est le nombre de ventes supplémentaires ; "
            "chaque lead ne devient une vente qu'avec la probabilité du taux de conversion.",
        ),
    ]


def explication(p):
    return (
        "Un lead rapporte en moyenne taux de conversion × panier moyen ; leads nécessaires = "
        "|écart| ÷ (taux × panier), arrondi à l'entier supérieur."
    )
