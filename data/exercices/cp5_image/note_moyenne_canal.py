"""Surveiller un canal : la note moyenne des avis sur la période de veille (pandas)."""

from autograder.metier import ereputation
from autograder.metier.ereputation import mois_en_clair
from autograder.moteur import banque
from autograder.moteur.formats import Nombre, pieges_distincts

TITRE = "Note moyenne d'un canal sur la période"
CRITERES = ("CP5.3",)
POINTS = 1
FORMAT = Nombre(unite="étoiles", tolerance=0.01, bornes=(1, 5), decimales=2)
VARIABLE = "note_moyenne"
DONNEES = ("avis",)


def _dans(p):
    ctx = banque.charger_contexte("cp5_image")
    return ctx.dans_la_fenetre(ereputation.charger_avis(), p["debut"], p["fin"])


def generer(ctx):
    d = ctx.donnees
    return {"canal": d["canal"], "debut": d["debut"], "fin": d["fin"]}


def enonce(p):
    return (
        f"Quelle est la **note moyenne (en étoiles) des avis publiés sur le canal "
        f"« {p['canal']} »** sur votre période de veille ({mois_en_clair(p['debut'])} à "
        f"{mois_en_clair(p['fin'])}, inclus) ? Dans le tableau « Avis clients » de vos données, "
        "filtrez le canal et les dates, faites la moyenne de la colonne « Note (étoiles) » et "
        "tapez-la dans le champ (à 0,01 près, sans arrondir avant)."
    )


def solution(p):
    dans = _dans(p)
    return float(dans.loc[dans["canal"] == p["canal"], "note"].mean())


def diagnostics(p):
    avis = ereputation.charger_avis()
    return pieges_distincts(
        FORMAT,
        solution(p),
        [
            (
                float(_dans(p)["note"].mean()),
                "C'est la moyenne de tous les canaux : filtrez aussi sur le canal demandé.",
            ),
            (
                float(avis.loc[avis["canal"] == p["canal"], "note"].mean()),
                "C'est la moyenne du canal sur toute la période des données : limitez-vous aux "
                "mois de votre veille.",
            ),
        ],
    )


def explication(p):
    return (
        "Deux filtres combinés avec `&` : le canal (`avis['canal'] == canal`) et la période "
        "(`avis['date'].dt.to_period('M').between(debut, fin)`), puis `.mean()` sur la colonne "
        "`note`."
    )
