"""Visite ou visioconférence : le temps de conduite rendu au commercial."""

from autograder.metier import organisation as org
from autograder.moteur.formats import Nombre, pieges_distincts
from autograder.moteur.nombres import nombre

TITRE = "Visite ou visio : le temps gagné"
CRITERES = ()  # un calcul de durée : une technique (data/exercices/README.md)
POINTS = 1
FORMAT = Nombre(unite="min", tolerance=1, bornes=(0, 1440), decimales=0)
DONNEES = ("semaine",)


def generer(ctx):
    s = ctx.donnees["semaine"]
    i = org.client_le_plus_loin(s)
    return {
        "client": s["clients"][i - 1],
        "km_aller": s["matrice"][0][i],
        "vitesse": org.regles()["vitesse_moyenne_kmh"],
    }


def enonce(p):
    return (
        f"Même rendez-vous de suivi chez **{p['client']}**, à {nombre(p['km_aller'], 0)} km du "
        f"siège. La réunion dure autant en visio que sur place. À {nombre(p['vitesse'], 0)} km/h "
        "de moyenne, **combien de minutes de conduite la visio vous rend-elle ?** (À la minute "
        "près.) C'est du temps pour préparer un autre rendez-vous… ou pour éviter la fatigue."
    )


def solution(p):
    return org.minutes_de_conduite(2 * p["km_aller"], p["vitesse"])


def diagnostics(p):
    return pieges_distincts(
        FORMAT,
        solution(p),
        [
            (org.minutes_de_conduite(p["km_aller"], p["vitesse"]), "Comptez l'aller et le retour."),
            (2 * p["km_aller"] / p["vitesse"], "C'est en heures : multipliez par 60."),
        ],
    )


def explication(p):
    return f"2 × {nombre(p['km_aller'], 0)} km ÷ {nombre(p['vitesse'], 0)} km/h × 60 = {nombre(solution(p), 0)} min."
