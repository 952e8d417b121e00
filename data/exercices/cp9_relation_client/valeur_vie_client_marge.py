"""Valeur vie client en marge (et non en chiffre d'affaires)."""

from autograder.calculs import valeur_vie_client
from autograder.moteur.formats import Nombre, pieges_distincts
from autograder.moteur.nombres import euros, pourcent

TITRE = "Valeur vie client d'un contrat de maintenance"
CRITERES = ()  # aucun critère : voir la règle de data/exercices/README.md
POINTS = 1
FORMAT = Nombre(unite="€", tolerance=1, bornes=(0, 1e7), decimales=0)


def generer(ctx):
    rng = ctx.rng
    return {
        "montant": rng.choice([1800, 2400, 3200, 4500]),
        "frequence": rng.choice([1, 2]),
        "duree": rng.choice([4, 5, 6, 8]),
        "taux_de_marque": rng.choice([0.30, 0.35, 0.40]),
    }


def enonce(p):
    return (
        f"Un client type de contrat de maintenance paie en moyenne {euros(p['montant'], 0)} HT "
        f"par facture, est facturé {p['frequence']} fois par an et reste client "
        f"{p['duree']} ans en moyenne. Le **taux de marque** du service (marge rapportée au "
        f"chiffre d'affaires HT) est de {pourcent(p['taux_de_marque'], 0)}. **Quelle est sa valeur vie client en marge** (en €) ? "
        "C'est le montant qui dit combien on peut investir pour le garder."
    )


def solution(p):
    return valeur_vie_client(
        p["montant"], p["frequence"], p["duree"], taux_de_marque=p["taux_de_marque"]
    )


def _pieges(p):
    ca = valeur_vie_client(p["montant"], p["frequence"], p["duree"])
    return [
        (ca, "C'est la valeur vie client en **chiffre d'affaires** : appliquez le taux de marque."),
        (
            valeur_vie_client(p["montant"], p["frequence"], 1, taux_de_marque=p["taux_de_marque"]),
            "C'est la marge d'**une année** : multipliez par la durée de la relation.",
        ),
    ]


def explication(p):
    return (
        "VVC en marge = montant moyen × fréquence annuelle × durée × taux de marque (la marge "
        "rapportée au chiffre d'affaires, pas au coût)."
    )


def diagnostics(p):
    return pieges_distincts(FORMAT, solution(p), _pieges(p))
