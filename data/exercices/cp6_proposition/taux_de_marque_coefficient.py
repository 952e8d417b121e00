"""Lire un coefficient multiplicateur : le taux de marque qu'il donne, 1 − 1 ÷ coefficient."""

from autograder.calculs import taux_de_marge, taux_de_marque
from autograder.moteur.formats import Nombre
from autograder.moteur.nombres import nombre

TITRE = "Taux de marque d'un coefficient multiplicateur"
CRITERES = ()  # une technique : voir la règle de data/exercices/README.md
POINTS = 1
FORMAT = Nombre(unite="%", tolerance=0.1, bornes=(0, 100), decimales=1)


def generer(ctx):
    p = ctx.donnees["conditions"]["prix"]
    return {"k": p["coefficient_comptoir"], "cout": p["cout_achat_ht"]}


def enonce(p):
    return (
        "Un distributeur de l'agence revend les mêmes pièces au comptoir avec un **coefficient "
        f"multiplicateur HT/HT de {nombre(p['k'], 2)}** sur le coût d'achat. **Quel taux de "
        "marque** obtient-il ? (En %, à 0,1 point près.)"
    )


def solution(p):
    return taux_de_marque(p["cout"] * p["k"], p["cout"])


def diagnostics(p):
    return [
        (
            taux_de_marge(p["cout"] * p["k"], p["cout"]),
            f"{nombre(p['k'], 2)} − 1 : c'est le taux de **marge** (marge ÷ coût). Le taux de "
            "marque rapporte la marge au prix de vente : 1 − 1 ÷ coefficient.",
        )
    ]


def explication(p):
    return (
        f"Pour 1 € de coût, le prix de vente HT est {nombre(p['k'], 2)} € et la marge "
        f"{nombre(p['k'] - 1, 2)} € : taux de marque = {nombre(p['k'] - 1, 2)} ÷ "
        f"{nombre(p['k'], 2)} = 1 − 1 ÷ {nombre(p['k'], 2)}."
    )
