"""Avant de publier : publiable, à corriger, ou à ne jamais publier ?"""

import json

from autograder.moteur.formats import Classement, Element, tirer_par_categorie
from autograder.moteur.paths import data_path

TITRE = "Publier au nom de l'entreprise"
CRITERES = ("CT1.1",)
POINTS = 2


def _charte() -> dict:
    with open(data_path("image", "charte.json"), encoding="utf-8") as f:
        return json.load(f)


FORMAT = Classement(categories=tuple(tuple(c) for c in _charte()["categories_publication"]))


def generer(ctx):
    banque = [
        (p["id"], p["texte"], p["categorie"], p["justification"]) for p in _charte()["publications"]
    ]
    return {"elements": tirer_par_categorie(banque, ctx.rng, 2, 1)}


def enonce(p):
    return (
        "Vous animez votre profil professionnel pour Hydralis. **Pour chaque projet de "
        "publication, dites s'il est publiable tel quel, à corriger avant publication, ou à ne "
        "jamais publier**, d'après la charte."
    )


def elements(p):
    return [Element(*e) for e in p["elements"]]


def explication(p):
    return (
        "Un écrit publié engage l'entreprise et reste : on publie ce qui valorise sans rien "
        "révéler (contenus officiels, témoignages validés), on corrige ce qui est maladroit, on "
        "ne publie jamais de confidentiel, de données personnelles ni de dénigrement."
    )
