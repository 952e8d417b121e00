"""Noter la fiabilité d'une source avec la grille (auteur, date, type de source, recoupement)."""

from autograder.moteur import banque
from autograder.moteur.formats import Nombre, pieges_distincts

TITRE = "Score de fiabilité d'une source"
CRITERES = ()  # aucun critère : voir la règle de data/exercices/README.md
POINTS = 2
FORMAT = Nombre(unite="points sur 10", tolerance=0, bornes=None, decimales=0)
DONNEES = ("sources",)


def _contexte():
    return banque.charger_contexte("cp1_veille")


def generer(ctx):
    sources = ctx.donnees["sources"]
    i = ctx.rng.randrange(len(sources))
    ligne = {k: (v.item() if hasattr(v, "item") else v) for k, v in sources.iloc[i].items()}
    return {"ligne": ligne, "grille": dict(ctx.donnees["grille"])}


def enonce(p):
    return (
        "Appliquez la grille de fiabilité (affichée plus haut) à la source **« "
        f"{p['ligne']['source']} »** du tableau « Sources » de vos données. **Quel est son "
        "score sur 10 ?**"
    )


def solution(p):
    return _contexte().score_source(p["ligne"], p["grille"])


def diagnostics(p):
    ligne, g = p["ligne"], p["grille"]
    juste = solution(p)
    sans_recoupement = dict(g, recoupee=0)
    recoupe_un = dict(ligne, recoupements=max(ligne["recoupements"], 2))
    return pieges_distincts(
        FORMAT,
        juste,
        [
            (
                _contexte().score_source(ligne, sans_recoupement),
                "Vous avez oublié le recoupement : une information confirmée par au moins deux "
                "autres sources vaut 3 points.",
            ),
            (
                _contexte().score_source(recoupe_un, g),
                "Le recoupement exige au moins deux autres sources qui confirment l'information.",
            ),
        ],
    )


def explication(p):
    return (
        "score = 2 si l'auteur est identifié + 2 si l'information a 12 mois ou moins + points du "
        "type de source (officielle 3, presse spécialisée 2, site d'entreprise 1, réseau social "
        "0) + 3 si au moins deux autres sources la confirment."
    )
