"""Offre de fidélisation : la remise maximale d'un engagement de trois ans, en marge."""

from autograder.metier.fidelisation import remise_fidelite_maximale
from autograder.moteur.formats import Nombre, pieges_distincts
from autograder.moteur.nombres import euros, pourcent

TITRE = "Remise de fidélité maximale"
CRITERES = ()  # un calcul de rentabilité d'offre, pas l'offre faite au client (README)
POINTS = 2
FORMAT = Nombre(unite="%", tolerance=0.1, bornes=(0, 100), decimales=1)
ANNEES = 3


def generer(ctx):
    rng = ctx.rng
    return {
        "prix": rng.choice([1800, 2400, 3200, 4500]),
        "marque": rng.choice([0.30, 0.35, 0.40]),
        "attrition": rng.choice([0.08, 0.10, 0.12, 0.15]),
    }


def enonce(p):
    return (
        f"Un contrat de maintenance annuel coûte {euros(p['prix'], 0)} HT ; son **taux de "
        f"marque** est de {pourcent(p['marque'], 0)} (marge ÷ prix HT). Sans engagement, un "
        f"client sur {round(1 / p['attrition'])} environ ne renouvelle pas chaque année "
        f"(attrition annuelle {pourcent(p['attrition'], 0)}) : la 2e année n'est payée qu'avec "
        f"la probabilité {pourcent(1 - p['attrition'], 0)}, la 3e avec "
        f"({pourcent(1 - p['attrition'], 0)})². Vous proposez une **offre de fidélité** : "
        f"engagement ferme de {ANNEES} ans contre une remise sur le prix. Le coût du contrat ne "
        f"change pas. **Quelle remise maximale** (en % du prix) laisse sur {ANNEES} ans une "
        "marge garantie égale à la marge espérée sans engagement ? Une décimale."
    )


def solution(p):
    return remise_fidelite_maximale(p["marque"], p["attrition"], ANNEES)


def _pieges(p):
    esperance = sum((1 - p["attrition"]) ** k for k in range(ANNEES))
    return [
        (
            1 - esperance / ANNEES,
            "Vous avez raisonné sur le **chiffre d'affaires** : la remise se prend sur la marge "
            "(le coût, lui, reste dû). Multipliez par le taux de marque.",
        ),
        (
            p["marque"] * p["attrition"],
            "Vous n'avez tenu compte que d'une année de risque : la 3e année est doublement "
            "incertaine.",
        ),
        (
            p["attrition"],
            "La remise ne peut pas valoir l'attrition : elle se paie sur la marge, chaque année.",
        ),
    ]


def explication(p):
    return (
        f"Marge espérée sans engagement (en part du prix) : m × (1 + (1 − a) + (1 − a)²). Avec "
        f"engagement et remise r : {ANNEES} × (m − r). Égalité : r = m × (1 − (1 + (1 − a) + "
        f"(1 − a)²) ÷ {ANNEES})."
    )


def diagnostics(p):
    return pieges_distincts(FORMAT, solution(p), _pieges(p))
