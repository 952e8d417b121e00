"""Le coefficient multiplicateur HT/HT qui tient le taux de marque visé : 1 ÷ (1 − taux de marque)."""

from autograder.calculs import (
    coefficient_multiplicateur,
    prix_de_vente_par_taux_de_marque,
    taux_de_marge_depuis_taux_de_marque,
)
from autograder.moteur.formats import Nombre
from autograder.moteur.nombres import euros, nombre, pourcent

TITRE = "Coefficient multiplicateur pour un taux de marque visé"
CRITERES = ()  # une technique de calcul de prix : voir la règle de data/exercices/README.md
POINTS = 1
FORMAT = Nombre(unite="", tolerance=0.005, bornes=(1, 5), decimales=3)


def generer(ctx):
    p = ctx.donnees["conditions"]["prix"]
    return {"article": p["article"], "cout": p["cout_achat_ht"], "cible": p["taux_de_marque_cible"]}


def enonce(p):
    return (
        f"Hydralis achète la **{p['article'][0].lower() + p['article'][1:]}** "
        f"**{euros(p['cout'])} HT** à son fournisseur et la revend à ses clients industriels. "
        f"La direction veut un **taux de marque de {pourcent(p['cible'], 0)}** sur les pièces "
        "de rechange. **Par quel coefficient multiplicateur HT/HT** faut-il multiplier le coût "
        "d'achat pour obtenir le prix de vente HT ? (À 0,001 près.)"
    )


def solution(p):
    return 1 + taux_de_marge_depuis_taux_de_marque(p["cible"])


def diagnostics(p):
    return [
        (
            1 + p["cible"],
            f"Coefficient 1 + {pourcent(p['cible'], 0)} : c'est le coefficient d'un taux de "
            "**marge** (marge ÷ coût). Le taux de marque porte sur le prix de vente : "
            "coefficient = 1 ÷ (1 − taux de marque).",
        ),
        (
            coefficient_multiplicateur(
                prix_de_vente_par_taux_de_marque(p["cout"], p["cible"]) * 1.2, p["cout"]
            ),
            "C'est le coefficient TTC/HT (TVA comprise) : entre professionnels, le prix de "
            "vente se fixe hors taxes.",
        ),
    ]


def explication(p):
    c = 1 / (1 - p["cible"])
    return (
        f"Coefficient HT/HT = 1 ÷ (1 − {nombre(p['cible'], 2)}) = {nombre(c, 3)} ; prix de "
        f"vente HT = {euros(p['cout'])} × {nombre(c, 3)} = "
        f"{euros(prix_de_vente_par_taux_de_marque(p['cout'], p['cible']))}."
    )
