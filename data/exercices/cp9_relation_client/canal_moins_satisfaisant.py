"""Carte des points de contact : le canal de l'échange évalué où la satisfaction est la plus basse."""

from autograder.moteur.formats import Choix, Option
from autograder.moteur.nombres import nombre, pourcent

TITRE = "Point de contact où la satisfaction est la plus basse"
CRITERES = ("CP9.4",)
POINTS = 1
FORMAT = Choix()
DONNEES = ("enquetes_satisfaction",)


def generer(ctx):
    g = ctx.donnees["enquetes_satisfaction"].groupby("canal")["csat"]
    return {
        "csat": {k: float(v) for k, v in g.apply(lambda s: (s >= 4).mean()).items()},
        "reponses": {k: int(v) for k, v in g.size().items()},
    }


def enonce(p):
    return (
        "Chaque réponse d'enquête (2024 et 2025, tableau « Enquêtes de satisfaction ») évalue un "
        "échange précis avec Hydralis ; la colonne « Canal de l'échange évalué » dit par quel "
        "canal il a eu lieu : c'est le point de contact. Calculez le CSAT (part des notes 4–5) "
        "par canal. **Sur quel point de contact l'expérience est-elle la moins satisfaisante ?**"
    )


def options(p):
    mini = min(p["csat"].values())
    return [
        Option(
            cle=canal,
            libelle=canal[:1].upper() + canal[1:],
            correct=taux == mini,
            retour=f"CSAT {pourcent(taux)} sur {nombre(p['reponses'][canal])} réponses"
            + (" : le plus bas, c'est le point de contact à travailler." if taux == mini else "."),
        )
        for canal, taux in sorted(p["csat"].items())
    ]


def explication(p):
    return (
        "Regroupez les réponses par canal de l'échange évalué et calculez la part des notes 4 ou "
        "5 : `enquetes.groupby('canal')['csat'].apply(lambda s: (s >= 4).mean())`. Le canal "
        "préféré du contact (tableau « Contacts ») ne convient pas : il dit comment le joindre, "
        "pas par quel canal s'est fait l'échange qu'il note."
    )
