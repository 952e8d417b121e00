"""Chiffrer le gain environnemental d'une tournée mieux organisée."""

from autograder.metier import plan_actions as pa
from autograder.moteur.formats import Nombre, pieges_distincts
from autograder.moteur.nombres import nombre

TITRE = "CO2 évité par la tournée optimisée"
CRITERES = ("CP2.1",)
POINTS = 1
FORMAT = Nombre(unite="kg CO2e", tolerance=0.2, bornes=(0, 2000), decimales=1)
DONNEES = ("distances",)


def _points(t):
    return [(float(a), float(b)) for a, b in zip(t["lat"], t["lon"], strict=True)]


def generer(ctx):
    pts = _points(ctx.donnees["tournee"])
    base = ctx.donnees["depot"]
    r = pa.comparer_tournees(base, pts)
    ordre = r["ordre"]
    sans_retour = pa.longueur_tournee(base, pts, retour=False) - pa.longueur_tournee(
        base, [pts[i] for i in ordre], retour=False
    )
    return {
        "co2_economise": r["co2_economise"],
        "km_economises": r["km_economises"],
        "co2_ppv": r["co2_ppv"],
        "co2_sans_retour": pa.co2_kg(sans_retour),
        "facteur": pa.facteur_emission()["valeur"],
    }


def enonce(p):
    return (
        "Comparez la tournée dans l'ordre de la liste (l'ordre de l'export du CRM, celui de la "
        "feuille « Distances (km) ») et la tournée optimisée (toutes deux retour compris). "
        "**Combien de kg de CO2e la tournée optimisée évite-t-elle ?** Le "
        f"facteur d'émission du cas est de {nombre(p['facteur'], 2)} kg CO2e par km (valeur "
        "d'illustration). Une décimale."
    )


def solution(p):
    return p["co2_economise"]


def diagnostics(p):
    return pieges_distincts(
        FORMAT,
        solution(p),
        [
            (
                p["km_economises"],
                "Ce sont des km : multipliez par le facteur d'émission pour "
                "obtenir des kg de CO2e.",
            ),
            (
                p["co2_ppv"],
                "C'est l'émission de la tournée optimisée ; la question porte sur "
                "la différence entre les deux tournées.",
            ),
            (
                p["co2_sans_retour"],
                "Vous avez oublié le retour au siège dans l'une ou l'autre tournée.",
            ),
        ],
    )


def explication(p):
    return "CO2 évité = (km ordre de la liste − km optimisés) × facteur d'émission."
