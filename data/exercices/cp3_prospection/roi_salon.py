"""Évaluer une action de prospection : le retour sur investissement d'un salon (CP3.6).

Critère CP3.6 (« les actions de prospection sont évaluées ») : l'apprenant évalue le salon
sur la marge qu'il a rapportée, à partir des affaires gagnées de ses données.
"""

from autograder.calculs import roi
from autograder.metier.canaux import entonnoir
from autograder.moteur.formats import Nombre, pieges_distincts
from autograder.moteur.nombres import euros, nombre, pourcent

TITRE = "Le retour sur investissement du salon"
CRITERES = ("CP3.6",)
POINTS = 2
FORMAT = Nombre(unite="%", tolerance=0.5, bornes=(-100, 2000), decimales=1)
DONNEES = ()
SOURCE = "salon professionnel"


def generer(ctx):
    annee = ctx.rng.choice((2024, 2025))
    salon = entonnoir(ctx.donnees, annee).get(SOURCE, {"leads": 0, "gagnees": 0, "ca": 0.0})
    couts = {
        "Location du stand (emplacement nu)": ctx.rng.randrange(60, 121, 5) * 100,
        "Aménagement du stand et démonstrateur": ctx.rng.randrange(30, 81, 5) * 100,
        "Déplacements, hébergement et repas de l'équipe": ctx.rng.randrange(20, 51, 2) * 100,
        "Documentation, objets publicitaires et relances": ctx.rng.randrange(8, 21) * 100,
    }
    return {
        "annee": annee,
        "salon": salon,
        "couts": couts,
        "taux_marque": ctx.rng.choice((0.30, 0.32, 0.35, 0.38, 0.40)),
    }


def _cout(p):
    return sum(p["couts"].values())


def _marge(p):
    return p["salon"]["ca"] * p["taux_marque"]


def solution(p):
    return roi(_marge(p), _cout(p))


def enonce(p):
    s = p["salon"]
    lignes = ["| Poste de coût du salon | Montant HT |", "|---|---:|"]
    lignes += [f"| {k} | {euros(v, 0)} |" for k, v in p["couts"].items()]
    return (
        f"Hydralis a exposé au salon professionnel de la filière en {p['annee']}. Vos données "
        f"(tableaux « Leads » et « Opportunités ») donnent ses résultats : {nombre(s['leads'])} "
        f"leads de source « {SOURCE} » créés en {p['annee']}, dont {nombre(s['gagnees'])} "
        f"affaires gagnées pour **{euros(s['ca'])} HT**. Le taux de marque moyen d'Hydralis "
        f"est de **{pourcent(p['taux_marque'], 0)}**. Les coûts du salon :\n\n"
        + "\n".join(lignes)
        + "\n\n**Quel est le retour sur investissement (ROI) du salon ?** ROI = (marge "
        "rapportée − coût total) ÷ coût total, en %, à 0,5 point près (négatif si le salon a "
        "coûté plus qu'il n'a rapporté)."
    )


def diagnostics(p):
    couts = list(p["couts"].values())
    return pieges_distincts(
        FORMAT,
        solution(p),
        [
            (
                roi(p["salon"]["ca"], _cout(p)),
                "Vous avez pris le chiffre d'affaires comme gain : le gain d'une action est la "
                "marge qu'elle rapporte (CA × taux de marque).",
            ),
            (
                roi(_marge(p), couts[0]),
                "Vous n'avez compté que la location du stand : le coût du salon comprend tous "
                "les postes.",
            ),
            (
                _marge(p) / _cout(p),
                "Vous avez divisé la marge par le coût sans retirer le coût : le ROI est "
                "(marge − coût) ÷ coût.",
            ),
        ],
    )


def explication(p):
    return (
        f"Marge = {euros(p['salon']['ca'])} × {pourcent(p['taux_marque'], 0)} = "
        f"{euros(_marge(p))} ; coût total = {euros(_cout(p))} ; ROI = (marge − coût) ÷ coût."
    )
