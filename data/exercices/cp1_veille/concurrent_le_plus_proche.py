"""Carte perceptuelle : quel concurrent est le plus proche du positionnement d'Hydralis ?"""

import math

from autograder.moteur.formats import Choix, Option

TITRE = "Le concurrent le plus proche d'Hydralis"
CRITERES = ("CP1.5",)
POINTS = 2
FORMAT = Choix()
DONNEES = ("carte",)


def generer(ctx):
    carte = ctx.donnees["carte"]
    h = carte[carte["acteur"] == "Hydralis"].iloc[0]
    return {
        "distances": {
            str(r.acteur): round(math.hypot(r.prix - h.prix, r.service - h.service), 1)
            for r in carte.itertuples()
            if r.acteur != "Hydralis"
        }
    }


def enonce(p):
    return (
        "Le tableau « Carte des concurrents » de vos données place chaque acteur selon son "
        "**indice de prix** (moyenne du marché = 100) et son **score de service** (0 à 100, issu "
        "des enquêtes clients et des remontées terrain). **Quel concurrent est le plus proche "
        "d'Hydralis sur la carte** (distance euclidienne entre les deux points : racine de "
        "(écart de prix² + écart de service²)) ? C'est lui qu'il faut surveiller en priorité."
    )


def options(p):
    proche = min(p["distances"], key=p["distances"].get)
    return [
        Option(
            nom,
            nom,
            correct=nom == proche,
            retour=f"distance {str(d).replace('.', ',')}"
            + (" : la plus faible." if nom == proche else "."),
        )
        for nom, d in p["distances"].items()
    ]
