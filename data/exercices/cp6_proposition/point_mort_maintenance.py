"""Rentabilité : seuil de rentabilité et point mort de l'activité maintenance (année de 360 jours)."""

from autograder.calculs import (
    marge_sur_cout_variable,
    point_mort_jours,
    seuil_de_rentabilite,
    taux_de_marge_sur_cout_variable,
)
from autograder.moteur.formats import Nombre
from autograder.moteur.nombres import euros

TITRE = "Point mort de l'activité maintenance"
CRITERES = ("CP6.8",)
POINTS = 2
FORMAT = Nombre(unite="jours", tolerance=1, bornes=(0, 720), decimales=0)


def generer(ctx):
    a = ctx.donnees["agence"]
    return {"ca": a["ca"], "cv": a["charges_variables"], "cf": a["charges_fixes"]}


def enonce(p):
    return (
        "Le contrat de maintenance proposé à la laiterie rejoint l'activité maintenance de "
        f"l'agence. Prévision de l'année : chiffre d'affaires **{euros(p['ca'], 0)} HT**, charges "
        f"variables **{euros(p['cv'], 0)}**, charges fixes **{euros(p['cf'], 0)}**. Calculez le "
        "seuil de rentabilité, puis le **point mort en jours**, en année commerciale de "
        "**360 jours** (convention du cours ; ventes régulières sur l'année)."
    )


def _seuil(p):
    return seuil_de_rentabilite(p["cf"], taux_de_marge_sur_cout_variable(p["ca"], p["cv"]))


def solution(p):
    return point_mort_jours(_seuil(p), p["ca"])


def diagnostics(p):
    mcv = marge_sur_cout_variable(p["ca"], p["cv"])
    sur_cv = seuil_de_rentabilite(p["cf"], mcv / p["cv"])
    return [
        (
            point_mort_jours(_seuil(p), p["ca"], jours=365),
            "Vous avez compté 365 jours : la convention demandée est l'année commerciale de 360 jours.",
        ),
        (
            point_mort_jours(sur_cv, p["ca"]),
            "Le taux de marge sur coût variable se rapporte au chiffre d'affaires, pas aux charges "
            "variables.",
        ),
    ]


def explication(p):
    return (
        "Taux de MCV = (CA − CV) ÷ CA ; seuil = charges fixes ÷ taux de MCV ; point mort = "
        "seuil ÷ CA × 360."
    )
