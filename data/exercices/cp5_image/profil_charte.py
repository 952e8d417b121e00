"""Auditer un profil professionnel de réseau social au regard de la charte de l'entreprise."""

import json
from functools import cache

from autograder.moteur.formats import ChoixMultiple, Option
from autograder.moteur.paths import data_path

TITRE = "Votre profil respecte-t-il la charte ?"
CRITERES = ()  # aucun critère : voir la règle de data/exercices/README.md
POINTS = 2
FORMAT = ChoixMultiple()


@cache
def charte() -> dict:
    with open(data_path("image", "charte.json"), encoding="utf-8") as f:
        return json.load(f)


def generer(ctx):
    elements = ctx.rng.sample(charte()["profil"], 7)
    defauts = set(ctx.rng.sample(range(7), ctx.rng.choice([3, 4])))
    return {"elements": [[e["id"], i in defauts] for i, e in enumerate(elements)]}


def enonce(p):
    return (
        "Un collègue qui arrive chez Hydralis vous demande de relire son profil professionnel "
        "avant de le rendre public. Voici ses éléments. **Cochez ceux qui ne respectent pas la "
        "charte d'Hydralis** (elle est affichée plus haut)."
    )


def options(p):
    regles = {r["id"]: r for r in charte()["regles"]}
    par_id = {e["id"]: e for e in charte()["profil"]}
    sortie = []
    for cle, defaut in p["elements"]:
        e = par_id[cle]
        r = regles[e["regle"]]
        if defaut:
            retour = f"non conforme à la règle {r['id']} « {r['titre']} » : {r['texte']}"
        else:
            retour = f"conforme à la règle {r['id']} « {r['titre']} » : rien à corriger ici."
        sortie.append(Option(cle, e["defaut" if defaut else "conforme"], defaut, retour))
    return sortie


def explication(p):
    return (
        "Relisez chaque élément avec une question : un acheteur, un concurrent ou la personne "
        "citée pourrait-il le lire sans problème ? Confidentialité (prix, contrats, projets), "
        "consentement des clients, données personnelles (RGPD), ton, titre exact, profil à jour."
    )
