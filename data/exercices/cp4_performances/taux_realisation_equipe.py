"""Taux de réalisation de l'objectif annuel de chiffre d'affaires."""

from autograder.calculs import ecart_relatif, taux_de_realisation
from autograder.moteur.formats import Nombre

TITRE = "Taux de réalisation de l'objectif annuel"
CRITERES = ("CP4.1", "CP4.2")
POINTS = 1
FORMAT = Nombre(unite="%", tolerance=0.1, bornes=(0, 500), decimales=1)
VARIABLE = "taux_realisation_equipe"
DONNEES = ("ventes",)


def generer(ctx):
    v = ctx.donnees["ventes"]
    return {"ca": float(v["ca"].sum()), "objectif": float(v["objectif_ca"].sum())}


def enonce(p):
    return (
        "Calculez le **taux de réalisation** de l'objectif annuel de chiffre d'affaires de "
        "l'équipe : CA réalisé ÷ objectif de CA, sommes des colonnes « CA HT » et « Objectif "
        "CA HT » du tableau « Ventes 2025 ». Tapez-le dans le champ, en % (à 0,1 point près)."
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
