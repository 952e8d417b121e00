"""CSAT 2025 : part des réponses 4 ou 5 sur 5."""

from autograder.moteur.formats import Nombre, pieges_distincts

TITRE = "CSAT 2025"
CRITERES = ()  # aucun critère : voir la règle de data/exercices/README.md
POINTS = 1
FORMAT = Nombre(unite="%", tolerance=0.1, bornes=(0, 100), decimales=1)
DONNEES = ("enquetes_satisfaction",)


def generer(ctx):
    e = ctx.donnees["enquetes_satisfaction"]
    c = [int(n) for n in e.loc[e["date"].str.startswith("2025"), "csat"]]
    return {"notes": c}


def enonce(p):
    return (
        "Calculez le **CSAT** des enquêtes de **2025** (tableau « Enquêtes de satisfaction », "
        "colonne « Satisfaction (1 à 5) »). Convention du cours : CSAT = part des réponses "
        "**satisfaites**, c'est-à-dire notées 4 ou 5 (en %, à 0,1 point près)."
    )


def solution(p):
    return sum(n >= 4 for n in p["notes"]) / len(p["notes"])


def _pieges(p):
    c = p["notes"]
    n = len(c)
    return [
        (sum(c) / n / 5, "C'est la note moyenne rapportée à 5 : le CSAT compte la part de 4 et 5."),
        (sum(x == 5 for x in c) / n, "Vous n'avez compté que les 5 : les 4 sont aussi satisfaits."),
        (sum(x >= 3 for x in c) / n, "Vous avez compté les 3 (neutres) comme satisfaits."),
    ]


def explication(p):
    return "`(enquetes_2025['csat'] >= 4).mean()`."


def diagnostics(p):
    return pieges_distincts(FORMAT, solution(p), _pieges(p))
