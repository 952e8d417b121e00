"""Taux d'engagement de l'ensemble des publications : total des interactions / total des impressions."""

from autograder.metier import vente_sociale as vs
from autograder.moteur.formats import Nombre, pieges_distincts
from autograder.moteur.nombres import nombre, pourcent

TITRE = "Taux d'engagement de l'ensemble des publications"
CRITERES = ()  # un calcul d'indicateur sur des chiffres donnés : une technique, aucun critère
POINTS = 1
FORMAT = Nombre(unite="%", tolerance=0.05, bornes=(0, 100), decimales=2)


def generer(ctx):
    return {"publications": ctx.donnees["publications"]}


def enonce(p):
    return (
        "Avec les mêmes statistiques :\n\n"
        + vs.tableau_publications(p["publications"])
        + "\n\nQuel est le **taux d'engagement de l'ensemble de vos cinq publications** ? "
        "Tapez-le en %, à 0,05 point près."
    )


def solution(p):
    return vs.taux_global(p["publications"])


def diagnostics(p):
    pubs = p["publications"]
    return pieges_distincts(
        FORMAT,
        solution(p),
        [
            (
                sum(vs.taux_engagement(x) for x in pubs) / len(pubs),
                "C'est la moyenne des cinq taux : elle donne le même poids à une publication vue "
                f"{nombre(min(x['impressions'] for x in pubs))} fois qu'à une publication vue "
                f"{nombre(max(x['impressions'] for x in pubs))} fois. Additionnez les interactions, "
                "additionnez les impressions, puis divisez.",
            ),
            (
                sum(x["reactions"] + x["commentaires"] + x["partages"] for x in pubs)
                / sum(x["couverture"] for x in pubs),
                "Vous avez divisé par la couverture : le taux du cours se rapporte aux impressions.",
            ),
        ],
    )


def explication(p):
    pubs = p["publications"]
    inter = sum(x["reactions"] + x["commentaires"] + x["partages"] for x in pubs)
    imp = sum(x["impressions"] for x in pubs)
    return (
        f"Total des interactions : {nombre(inter)} ; total des impressions : {nombre(imp)} ; "
        f"{nombre(inter)} ÷ {nombre(imp)} = {pourcent(solution(p), 2)}. Un taux d'ensemble se "
        "calcule sur les totaux, jamais en faisant la moyenne des taux."
    )
