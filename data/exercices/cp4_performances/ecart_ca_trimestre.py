"""Écart absolu de CA d'un commercial sur un trimestre (réalisé − objectif)."""

from autograder.calculs import ecart
from autograder.moteur.formats import Nombre

TITRE = "Écart de chiffre d'affaires sur un trimestre"
CRITERES = ("CP4.2",)
POINTS = 1
FORMAT = Nombre(unite="€", tolerance=1, bornes=(-1e8, 1e8), decimales=0)
VARIABLE = "ecart_ca"
DONNEES = ("ventes",)


def generer(ctx):
    return dict(ctx.donnees["cas"])


def enonce(p):
    return (
        f"Calculez l'**écart de chiffre d'affaires** de **{p['commercial']}** au "
        f"**T{p['trimestre']} 2025** : réalisé − objectif (négatif si l'objectif n'est pas "
        "atteint). Filtrez le tableau « Ventes 2025 » sur ce commercial et ce trimestre, "
        "additionnez « CA HT » et « Objectif CA HT », et tapez l'écart dans le champ, en euros, "
        "avec son signe."
    )


def solution(p):
    return ecart(p["ca"], p["objectif"])


def diagnostics(p):
    return [
        (
            ecart(p["objectif"], p["ca"]),
            "Le signe est inversé : la convention est réalisé − "
            "objectif, négative quand l'objectif n'est pas atteint.",
        ),
    ]


def explication(p):
    return (
        "Filtrez le commercial et les trois mois du trimestre, puis ca.sum() − objectif_ca.sum()."
    )
