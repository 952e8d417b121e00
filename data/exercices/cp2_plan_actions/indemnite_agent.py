"""L'indemnité de fin de contrat d'un agent commercial, selon l'usage des tribunaux.

Source (relevée le 7 décembre 2026) : C. com., art. L134-12 ; usage de deux années de commissions
brutes, sur les deux dernières années ou la moyenne des trois dernières, que le juge peut moduler
(https://juris-agence.com/?p=24047, arrêts de cours d'appel de 2011 à 2020).
"""

from autograder.moteur.formats import Nombre, pieges_distincts
from autograder.moteur.nombres import euros

TITRE = "Indemnité de fin de contrat d'un agent commercial"
CRITERES = ()  # appliquer un usage juridique : une connaissance (data/exercices/README.md)
POINTS = 1
FORMAT = Nombre(unite="€", tolerance=1, bornes=(0, 10_000_000), decimales=0)


def generer(ctx):
    base = ctx.rng.randrange(28_000, 60_000, 500)
    commissions = [base + ctx.rng.randrange(-6_000, 6_001, 100) for _ in range(3)]
    return {"commissions": commissions, "annees": [2023, 2024, 2025]}


def enonce(p):
    lignes = " ; ".join(
        f"{a} : {euros(c, 0)}" for a, c in zip(p["annees"], p["commissions"], strict=True)
    )
    return (
        "Hydralis met fin, sans faute de sa part, au mandat de son agent commercial en Savoie. "
        f"Ses commissions des trois dernières années : {lignes}. La loi (C. com. L134-12) lui "
        "ouvre droit à une indemnité sans en fixer le montant ; l'usage des tribunaux retient "
        "souvent **deux années de commissions, calculées sur la moyenne des trois dernières "
        "années** (usage constant des cours d'appel, que le juge peut moduler). **Quel montant "
        "prévoir, en "
        "euros ?**"
    )


def solution(p):
    return 2 * sum(p["commissions"]) / 3


def diagnostics(p):
    c = p["commissions"]
    return pieges_distincts(
        FORMAT,
        solution(p),
        [
            (sum(c), "C'est la somme des trois années : l'usage retient deux années moyennes."),
            (
                c[-1] + c[-2],
                "Ce sont les deux dernières années : certains juges retiennent cette base, mais "
                "l'énoncé demande la moyenne des trois.",
            ),
            (sum(c) / 3, "C'est une année moyenne : l'usage en retient deux."),
        ],
    )


def explication(p):
    return (
        f"Moyenne annuelle = {euros(sum(p['commissions']) / 3, 0)} ; × 2 = {euros(solution(p), 0)}."
    )
