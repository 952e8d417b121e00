"""Image de marque personnelle : ce qui rend un profil crédible, ce qui est à améliorer, ce qui nuit."""

from autograder.metier import vente_sociale as vs
from autograder.moteur.formats import Classement, Element, tirer_par_categorie

TITRE = "Ce qui rend un profil crédible"
CRITERES = ()  # juger le profil d'un autre n'est pas créer le sien (CP5.2 : profil_publication)
POINTS = 2
FORMAT = Classement(categories=tuple(tuple(c) for c in vs.donnees()["categories_branding"]))


def generer(ctx):
    banque = [
        (e["id"], e["texte"], e["categorie"], e["justification"])
        for e in vs.donnees()["profil_branding"]
    ]
    return {"elements": tirer_par_categorie(banque, ctx.rng, 2, 0)}


def enonce(p):
    return (
        "Un collègue vous montre son profil professionnel et son activité récente sur le réseau. "
        "**Pour chaque élément, dites s'il le rend crédible auprès d'un acheteur, s'il est à "
        "améliorer, ou s'il nuit à l'image d'Hydralis.**"
    )


def elements(p):
    return [Element(*e) for e in p["elements"]]


def explication(p):
    return (
        "Crédible : ce qui est exact, utile au lecteur et prouvé par d'autres (titre exact, "
        "contenu d'expert, recommandation de client). À améliorer : ce qui est vague, daté ou "
        "négligé. Nuisible : ce qui révèle du confidentiel ou dénigre."
    )
