"""Panier moyen d'une région : rapport des sommes, pas moyenne des rapports."""

from autograder.calculs import panier_moyen
from autograder.moteur.formats import Nombre

TITRE = "Panier moyen d'une région"
CRITERES = ("CP4.1",)
POINTS = 1
FORMAT = Nombre(unite="€", tolerance=1, bornes=(0, 1e7), decimales=0)
DONNEES = ("ventes",)


def generer(ctx):
    v = ctx.donnees["ventes"]
    region = ctx.rng.choice(sorted(v["region"].unique()))
    lignes = v[v["region"] == region]
    return {
        "region": region,
        "ca": float(lignes["ca"].sum()),
        "ventes": int(lignes["ventes"].sum()),
        "moyenne_des_paniers": float((lignes["ca"] / lignes["ventes"]).mean()),
    }


def enonce(p):
    return (
        "À partir du tableau « Ventes 2025 » de vos données (plus haut, ou dans votre "
        f"classeur), calculez le **panier moyen 2025 de la région {p['region']}** (CA HT ÷ "
        "nombre de ventes, en € HT, à l'euro près) et tapez-le dans le champ."
    )


def solution(p):
    return panier_moyen(p["ca"], p["ventes"])


def diagnostics(p):
    return [
        (
            p["moyenne_des_paniers"],
            "Vous avez fait la moyenne des paniers mensuels : chaque mois "
            "pèse alors autant, quel que soit son nombre de ventes. Le panier moyen de la période est "
            "le CA total ÷ le nombre total de ventes.",
        ),
    ]


def explication(p):
    return "Panier moyen = CA de la région sur l'année ÷ nombre de ventes de la région sur l'année."
