"""Tournée écoresponsable : ordonner les visites par le plus proche voisin, retour compris."""

from autograder.metier import plan_actions as pa
from autograder.moteur.formats import Nombre, pieges_distincts

TITRE = "Kilomètres de la tournée optimisée"
CRITERES = ("CP2.1",)
POINTS = 2
FORMAT = Nombre(unite="km", tolerance=0.5, bornes=(0, 5000), decimales=1)
VARIABLE = "km_optimise"
DONNEES = ("distances",)


def _points(t):
    return [(float(a), float(b)) for a, b in zip(t["lat"], t["lon"], strict=True)]


def generer(ctx):
    pts = _points(ctx.donnees["tournee"])
    base = ctx.donnees["depot"]
    ordre = pa.ordre_plus_proche_voisin(base, pts)
    dans_l_ordre = [pts[i] for i in ordre]
    return {
        "km_ppv": pa.longueur_tournee(base, dans_l_ordre),
        "km_ppv_sans_retour": pa.longueur_tournee(base, dans_l_ordre, retour=False),
        "km_naif": pa.longueur_tournee(base, pts),
        "visites": len(pts),
    }


def enonce(p):
    return (
        f"Cette semaine, vous visitez **{p['visites']} clients** ; la feuille « Distances (km) » "
        "de vos données donne la distance à vol d'oiseau entre le siège (point de départ et "
        "d'arrivée ; pour simplifier, la semaine est traitée comme une seule boucle) et chaque "
        "client, et entre deux clients. Ordonnez les visites par la méthode du **plus proche "
        "voisin** : partez du siège, allez chaque fois au client non visité le plus proche, puis "
        "revenez au siège. Additionnez les **km de la boucle, retour au siège compris**, et tapez "
        "le total dans le champ (à 0,5 km près)."
    )


def solution(p):
    return p["km_ppv"]


def diagnostics(p):
    return pieges_distincts(
        FORMAT,
        solution(p),
        [
            (
                p["km_ppv_sans_retour"],
                "Vous avez oublié le retour au siège : la tournée se "
                "termine là où elle a commencé.",
            ),
            (
                p["km_naif"],
                "C'est la tournée dans l'ordre de la liste, sans optimisation : "
                "réordonnez d'abord les visites.",
            ),
        ],
    )


def explication(p):
    return (
        "`pts = list(zip(tournee['lat'], tournee['lon']))` ; `ordre = ordre_plus_proche_voisin(depot, "
        "pts)` ; `km_optimise = longueur_tournee(depot, [pts[i] for i in ordre])`."
    )
