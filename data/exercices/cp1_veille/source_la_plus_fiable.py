"""Choisir, parmi plusieurs sources, celle dont on peut le plus se servir."""

from autograder.moteur import banque
from autograder.moteur.formats import Choix, Option

TITRE = "La source la plus fiable"
CRITERES = ()  # aucun critère : voir la règle de data/exercices/README.md
POINTS = 1
FORMAT = Choix()
DONNEES = ("sources",)


def generer(ctx):
    sources = ctx.donnees["sources"]
    score = banque.charger_contexte("cp1_veille").score_source
    return {"sources": [[str(r["source"]), int(score(r))] for _, r in sources.iterrows()]}


def enonce(p):
    return (
        "Avec la même grille, **quelle source du tableau « Sources » est la plus fiable ?** "
        "(Dans votre tableur, ajoutez une colonne « score » et calculez-le pour chaque ligne.)"
    )


def options(p):
    meilleur = max(s for _, s in p["sources"])
    return [
        Option(
            nom,
            nom,
            correct=s == meilleur,
            retour=f"score {s} sur 10" + (" : le plus élevé." if s == meilleur else "."),
        )
        for nom, s in p["sources"]
    ]
