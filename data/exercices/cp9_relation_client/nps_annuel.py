"""NPS 2025 : % de promoteurs (9–10) − % de détracteurs (0–6), en points."""

from autograder.calculs import nps
from autograder.moteur.formats import Nombre, pieges_distincts

TITRE = "NPS 2025"
CRITERES = ()  # aucun critère : voir la règle de data/exercices/README.md
POINTS = 2
FORMAT = Nombre(unite="points", tolerance=0.5, bornes=(-100, 100), decimales=1)
VARIABLE = "nps_2025"
DONNEES = ("enquetes_satisfaction",)


def generer(ctx):
    e = ctx.donnees["enquetes_satisfaction"]
    notes = [int(n) for n in e.loc[e["date"].str.startswith("2025"), "nps"]]
    return {"notes": notes}


def enonce(p):
    return (
        "Calculez le **<span lang='en'>Net Promoter Score</span>** des enquêtes de satisfaction "
        "**de l'année 2025** (tableau « Enquêtes de satisfaction », colonne « Recommandation "
        "(0 à 10) ») et tapez-le dans le champ, en points. Convention du cours : promoteurs "
        "9–10, passifs 7–8, détracteurs 0–6 ; NPS = % promoteurs − % détracteurs."
    )


def solution(p):
    return nps(p["notes"])


def _pieges(p):
    notes = p["notes"]
    n = len(notes)
    prom = sum(x >= 9 for x in notes)
    pas = sum(7 <= x <= 8 for x in notes)
    det = sum(x <= 6 for x in notes)
    moyenne = sum(notes) / n
    return [
        (moyenne, "C'est la **moyenne** des notes : le NPS n'est pas une moyenne."),
        (
            moyenne * 10,
            "C'est la moyenne des notes ramenée sur 100 : le NPS n'est pas une moyenne.",
        ),
        (
            100 * (prom + pas - det) / n,
            "Vous avez compté les passifs (7–8) comme promoteurs : seuls 9 et 10 sont promoteurs.",
        ),
        (
            100 * (prom - det) / (prom + det) if prom + det else 0.0,
            "Vous avez retiré les passifs du total : ils comptent dans le nombre de réponses.",
        ),
        (100 * prom / n, "C'est seulement le % de promoteurs : retranchez le % de détracteurs."),
        (
            100 * (prom - sum(x <= 5 for x in notes)) / n,
            "Les détracteurs vont de 0 à 6 (la note 6 est comprise).",
        ),
    ]


def explication(p):
    return "`nps_2025 = nps(enquetes.loc[enquetes['date'].str.startswith('2025'), 'nps'])`."


def diagnostics(p):
    return pieges_distincts(FORMAT, solution(p), _pieges(p))
