"""Passer d'un objectif fixé par la direction à l'activité nécessaire sur le terrain."""

from autograder.metier import plan_actions as pa
from autograder.moteur.formats import Nombre, pieges_distincts
from autograder.moteur.nombres import euros, pourcent

TITRE = "Rendez-vous nécessaires pour l'objectif de la direction"
CRITERES = ("CP2.1",)
POINTS = 2
FORMAT = Nombre(unite="rendez-vous", tolerance=0.1, bornes=(0, 200), decimales=1)


def generer(ctx):
    p = dict(ctx.donnees["entonnoir"])
    base = pa.objectif_entonnoir(
        p["commerciaux"], p["rdv_par_semaine"], p["semaines"], p["taux_closing"], p["panier"]
    )
    p["objectif_direction"] = round(base * (1 + p["hausse_direction"]), -3)
    return p


def _rdv(p, closing=None, commerciaux=None):
    # rendez-vous par semaine et par commercial = objectif / (commerciaux × semaines × closing × panier)
    par_rdv = pa.objectif_entonnoir(
        p["commerciaux"] if commerciaux is None else commerciaux,
        1,
        p["semaines"],
        p["taux_closing"] if closing is None else closing,
        p["panier"],
    )
    return p["objectif_direction"] / par_rdv


def enonce(p):
    return (
        f"La direction fixe finalement un objectif de **{euros(p['objectif_direction'], 0)}** "
        f"HT (environ {pourcent(p['hausse_direction'], 0)} de plus que votre calcul). Avec les "
        f"mêmes {p['commerciaux']} commerciaux, {p['semaines']} semaines, taux de closing et "
        "panier moyen, **combien de rendez-vous par semaine chaque commercial doit-il tenir** ? "
        "(une décimale)"
    )


def solution(p):
    return _rdv(p)


def diagnostics(p):
    return pieges_distincts(
        FORMAT,
        solution(p),
        [
            (
                _rdv(p, closing=1),
                "Vous avez oublié le taux de closing : il faut plus de rendez-vous que de ventes.",
            ),
            (
                _rdv(p, commerciaux=1),
                "C'est le total pour toute l'équipe : divisez par le nombre de commerciaux.",
            ),
        ],
    )


def explication(p):
    return (
        "rendez-vous par semaine = objectif / (commerciaux × semaines × taux de closing × panier "
        "moyen)."
    )
