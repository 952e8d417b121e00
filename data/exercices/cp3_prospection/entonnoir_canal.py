"""Évaluer les canaux de prospection : le meilleur taux lead → affaire gagnée (CP3.6).

Critère CP3.6 (« les actions de prospection sont évaluées ») : l'apprenant compare lui-même
tous les canaux de ses données sur le bon taux, comme `conversion_source`.
"""

from autograder.calculs import taux_de_conversion
from autograder.metier.canaux import entonnoir
from autograder.moteur.formats import Nombre, pieges_distincts
from autograder.moteur.nombres import nombre

TITRE = "L'entonnoir de conversion par canal"
CRITERES = ("CP3.6",)
POINTS = 2
FORMAT = Nombre(unite="%", tolerance=0.1, bornes=(0, 100), decimales=1)
DONNEES = ()


def generer(ctx):
    annee = ctx.rng.choice((2024, 2025))
    canaux = entonnoir(ctx.donnees, annee)
    canaux = {s: c for s, c in canaux.items() if c["opportunites"] > 0}
    return {"annee": annee, "canaux": canaux}


def _taux(c, num, den):
    return taux_de_conversion(c[num], c[den])


def solution(p):
    return max(_taux(c, "gagnees", "leads") for c in p["canaux"].values())


def enonce(p):
    lignes = [
        "| Source du lead | Leads | Opportunités | Affaires gagnées |",
        "|---|---:|---:|---:|",
    ]
    lignes += [
        f"| {s} | {nombre(c['leads'])} | {nombre(c['opportunites'])} | {nombre(c['gagnees'])} |"
        for s, c in p["canaux"].items()
    ]
    return (
        f"Voici l'entonnoir de vos leads créés en {p['annee']}, par canal (calculé sur vos "
        "tableaux « Leads » et « Opportunités ») :\n\n"
        + "\n".join(lignes)
        + "\n\nPour répartir le temps de prospection, vous comparez les canaux sur le **taux "
        "de transformation de bout en bout** : affaires gagnées ÷ leads. **Quel est le "
        "meilleur de ces taux ?** (en %, à 0,1 point près)"
    )


def diagnostics(p):
    c = p["canaux"].values()
    total_gagnees = sum(x["gagnees"] for x in c)
    return pieges_distincts(
        FORMAT,
        solution(p),
        [
            (
                max(_taux(x, "gagnees", "opportunites") for x in c),
                "Vous avez divisé par les opportunités : c'est le taux de la dernière étape, "
                "pas celui de bout en bout (gagnées ÷ leads).",
            ),
            (
                max(_taux(x, "opportunites", "leads") for x in c),
                "C'est le taux lead → opportunité : la question porte sur les affaires gagnées.",
            ),
            (
                max(taux_de_conversion(x["gagnees"], total_gagnees) for x in c),
                "C'est la part du canal dans les affaires gagnées, pas son taux de transformation.",
            ),
        ],
    )


def explication(p):
    lignes = [
        f"{s} : {nombre(c['gagnees'])} ÷ {nombre(c['leads'])}" for s, c in p["canaux"].items()
    ]
    return "Taux de bout en bout par canal = affaires gagnées ÷ leads : " + " ; ".join(lignes) + "."
