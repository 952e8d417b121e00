"""Taux d'engagement d'une publication : interactions / impressions."""

from autograder.metier import vente_sociale as vs
from autograder.moteur.formats import Nombre, pieges_distincts
from autograder.moteur.nombres import nombre, pourcent

TITRE = "Taux d'engagement d'une publication"
CRITERES = ()  # un calcul d'indicateur sur des chiffres donnés : une technique, aucun critère
POINTS = 1
FORMAT = Nombre(unite="%", tolerance=0.05, bornes=(0, 100), decimales=2)


def generer(ctx):
    pubs = ctx.donnees["publications"]
    return {"publications": pubs, "rang": ctx.rng.randrange(len(pubs))}


def _pub(p):
    return p["publications"][p["rang"]]


def enonce(p):
    return (
        "Voici les statistiques de vos cinq dernières publications, relevées dans l'outil du "
        "réseau.\n\n"
        + vs.tableau_publications(p["publications"])
        + f"\n\nQuel est le **taux d'engagement de la publication n° {p['rang'] + 1}** "
        f"(« {_pub(p)['sujet']} ») ? Convention du cours : (réactions + commentaires + partages) "
        "÷ impressions. Tapez-le en %, à 0,05 point près."
    )


def solution(p):
    return vs.taux_engagement(_pub(p))


def diagnostics(p):
    pub = _pub(p)
    return pieges_distincts(
        FORMAT,
        solution(p),
        [
            (
                vs.taux_engagement(pub, "couverture"),
                "Vous avez divisé par la couverture (les personnes touchées) : le taux du cours "
                "se rapporte aux impressions (les affichages).",
            ),
            (
                pub["reactions"] / pub["impressions"],
                "Ajoutez les commentaires et les partages aux réactions.",
            ),
            (
                (pub["reactions"] + pub["commentaires"]) / pub["impressions"],
                "Il manque les partages : ce sont des interactions aussi.",
            ),
        ],
    )


def explication(p):
    pub = _pub(p)
    inter = pub["reactions"] + pub["commentaires"] + pub["partages"]
    return (
        f"Interactions : {nombre(pub['reactions'])} + {nombre(pub['commentaires'])} + "
        f"{nombre(pub['partages'])} = {nombre(inter)} ; divisées par "
        f"{nombre(pub['impressions'])} impressions = {pourcent(solution(p), 2)}."
    )
