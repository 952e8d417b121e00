"""Taux de réalisation de l'objectif annuel de chiffre d'affaires."""

from autograder.calculs import ecart_relatif, taux_de_realisation
from autograder.moteur.formats import Nombre

TITRE = "Taux de réalisation de l'objectif annuel"
CRITERES = ("CP4.1", "CP4.2", "CT4.2")
POINTS = 1
FORMAT = Nombre(unite="%", tolerance=0.1, bornes=(0, 500), decimales=1)
VARIABLE = "taux_realisation_equipe"


def generer(ctx):
    v = ctx.donnees["ventes"]
    return {"ca": float(v["ca"].sum()), "objectif": float(v["objectif_ca"].sum())}


def enonce(p):
    return (
        "Calculez le **taux de réalisation** de l'objectif annuel de chiffre d'affaires de "
        "l'équipe (réalisé ÷ objectif) et rangez-le dans `taux_realisation_equipe`, **sous forme "
        "décimale** (0.95 pour 95 %)."
    )


def solution(p):
    return taux_de_realisation(p["ca"], p["objectif"])


def diagnostics(p):
    return [
        (
            ecart_relatif(p["ca"], p["objectif"]),
            "Vous avez calculé l'écart relatif "
            "((réalisé − objectif) ÷ objectif), pas le taux de réalisation (réalisé ÷ objectif).",
        ),
        (
            taux_de_realisation(p["objectif"], p["ca"]),
            "Le rapport est inversé : c'est réalisé ÷ objectif.",
        ),
    ]


def explication(p):
    return "Taux de réalisation = CA réalisé ÷ objectif de CA, sur la même période."
