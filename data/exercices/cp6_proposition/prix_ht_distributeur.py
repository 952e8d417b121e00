"""Ramener un prix TTC affiché en HT : on divise par 1 + TVA, on ne retire pas 20 %."""

from autograder.calculs import prix_ht, prix_ttc
from autograder.moteur.formats import Nombre
from autograder.moteur.nombres import euros, pourcent

TITRE = "Prix HT d'un prix affiché TTC"
CRITERES = ()  # une conversion : voir la règle de data/exercices/README.md
POINTS = 1
FORMAT = Nombre(unite="€", tolerance=0.01, bornes=(0, 10000), decimales=2)


def generer(ctx):
    p = ctx.donnees["conditions"]["prix"]
    return {"ttc": p["prix_distributeur_ttc"], "tva": p["taux_tva"]}


def enonce(p):
    return (
        "L'acheteur de la laiterie a trouvé la même garniture sur le site d'un distributeur, "
        f"affichée **{euros(p['ttc'])} TTC** (TVA {pourcent(p['tva'], 0)}). Pour comparer avec "
        "votre prix, **quel est ce prix hors taxes ?** (Au centime.)"
    )


def solution(p):
    return prix_ht(p["ttc"], p["tva"])


def diagnostics(p):
    return [
        (
            p["ttc"] * (1 - p["tva"]),
            f"Vous avez retiré {pourcent(p['tva'], 0)} du prix TTC : la TVA se calcule sur le prix "
            f"HT, il faut donc diviser le TTC par 1 + {pourcent(p['tva'], 0)}.",
        ),
        (
            prix_ttc(p["ttc"], p["tva"]),
            "Vous avez ajouté la TVA : le prix affiché la contient déjà.",
        ),
    ]


def explication(p):
    return (
        f"HT = TTC ÷ (1 + TVA) = {euros(p['ttc'])} ÷ {1 + p['tva']:.2f}".replace(".", ",")
        + f" = {euros(prix_ht(p['ttc'], p['tva']))}."
    )
