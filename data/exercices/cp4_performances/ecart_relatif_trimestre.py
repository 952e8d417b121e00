"""Écart relatif de CA, à ne pas confondre avec le taux de réalisation."""

from autograder.calculs import ecart, ecart_relatif, taux_de_realisation
from autograder.moteur.formats import Nombre
from autograder.moteur.nombres import euros

TITRE = "Écart relatif de chiffre d'affaires"
CRITERES = ("CP4.2",)
POINTS = 1
FORMAT = Nombre(unite="%", tolerance=0.1, bornes=(-100, 500), decimales=1)


def generer(ctx):
    return dict(ctx.donnees["cas"])


def enonce(p):
    return (
        f"Au T{p['trimestre']} 2025, {p['commercial']} a réalisé {euros(p['ca'], 0)} de chiffre "
        f"d'affaires pour un objectif de {euros(p['objectif'], 0)}. Quel est l'**écart relatif** "
        "(en %, à 0,1 point près, avec son signe) ?"
    )


def solution(p):
    return ecart_relatif(p["ca"], p["objectif"])


def diagnostics(p):
    return [
        (
            taux_de_realisation(p["ca"], p["objectif"]),
            "C'est le taux de réalisation (réalisé ÷ "
            "objectif). L'écart relatif est (réalisé − objectif) ÷ objectif : taux de réalisation − "
            "100 %.",
        ),
        (
            ecart(p["ca"], p["objectif"]) / p["ca"],
            "L'écart se rapporte à l'objectif, pas au réalisé.",
        ),
        (
            -ecart_relatif(p["ca"], p["objectif"]),
            "Le signe est inversé : sous l'objectif, l'écart relatif est négatif.",
        ),
    ]


def explication(p):
    return "Écart relatif = (réalisé − objectif) ÷ objectif."
