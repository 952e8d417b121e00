"""Chiffre d'affaires annuel de l'équipe, calculé avec pandas."""

from autograder.calculs import ecart
from autograder.moteur.formats import Nombre

TITRE = "Chiffre d'affaires 2025 de l'équipe"
CRITERES = ("CP4.1",)
POINTS = 1
FORMAT = Nombre(unite="€", tolerance=1, bornes=(0, 1e9), decimales=0)
VARIABLE = "ca_annuel"
DONNEES = ("ventes",)


def generer(ctx):
    v = ctx.donnees["ventes"]
    return {"ca": float(v["ca"].sum()), "objectif": float(v["objectif_ca"].sum())}


def enonce(p):
    return (
        "Dans le tableau « Ventes 2025 » de vos données (plus haut, ou dans votre classeur), "
        "calculez le **chiffre d'affaires HT réalisé en 2025 par toute l'équipe** (tous "
        "commerciaux, tous mois : la somme de la colonne « CA HT ») et tapez-le dans le champ, "
        "en euros."
    )


def solution(p):
    return p["ca"]


def diagnostics(p):
    return [
        (p["objectif"], "C'est la somme des objectifs, pas du réalisé : utilisez la colonne `ca`."),
        (ecart(p["ca"], p["objectif"]), "C'est l'écart à l'objectif, pas le chiffre d'affaires."),
    ]


def explication(p):
    return 'Le réalisé de l\'équipe est la somme de la colonne `ca` : `ventes["ca"].sum()`.'
