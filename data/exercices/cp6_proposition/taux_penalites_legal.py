"""Sans taux écrit au contrat : taux BCE du semestre (1er janvier ou 1er juillet) + 10 points."""

import datetime as dt

from autograder.calculs import taux_penalites_defaut, taux_penalites_minimum
from autograder.metier.conditions_vente import debut_semestre, semestre
from autograder.moteur.formats import Nombre
from autograder.moteur.nombres import pourcent

TITRE = "Taux légal des pénalités à défaut de taux convenu"
CRITERES = ()  # connaître et appliquer une règle légale : voir data/exercices/README.md
POINTS = 1
FORMAT = Nombre(unite="%", tolerance=0.01, bornes=(0, 100), decimales=2)


def generer(ctx):
    r = ctx.donnees["conditions"]["retardataire"]
    return {
        "echeance": r["echeance"].toordinal(),
        "bce": r["taux_bce"],
        "bce_echeance": r["taux_bce_a_l_echeance"],
        "legal": ctx.donnees["conditions"]["taux_legal"][semestre(r["echeance"])],
    }


def enonce(p):
    jour = dt.date.fromordinal(p["echeance"])
    return (
        "Un autre client d'Hydralis, la Fromagerie des Monts, a signé un bon de commande dont "
        "les conditions ne fixent **aucun taux de pénalités**. Ses factures arrivées à échéance "
        f"le **{jour:%d/%m/%Y}** sont payées en retard, dans le même semestre. Avec le tableau "
        "des taux de la BCE ci-dessus, **quel taux annuel de pénalités s'applique ?** "
        "(En %, à 0,01 point près.)"
    )


def solution(p):
    return taux_penalites_defaut(p["bce"])


def diagnostics(p):
    d = [
        (p["bce"], "C'est le taux de la BCE seul : la loi ajoute 10 points."),
        (
            taux_penalites_minimum(p["legal"]),
            "Trois fois le taux de l'intérêt légal, c'est le plancher d'un taux écrit dans les "
            "CGV : ici aucun taux n'est écrit, c'est le taux BCE + 10 points.",
        ),
    ]
    if abs(p["bce_echeance"] - p["bce"]) > 1e-9:
        d.append(
            (
                taux_penalites_defaut(p["bce_echeance"]),
                "Vous avez pris le taux en vigueur à l'échéance : la loi retient celui du "
                "1er janvier pour le premier semestre, du 1er juillet pour le second.",
            )
        )
    return d


def explication(p):
    debut = debut_semestre(dt.date.fromordinal(p["echeance"]))
    return (
        f"Taux BCE en vigueur au {debut:%d/%m/%Y} : {pourcent(p['bce'], 2)} ; + 10 points = "
        f"{pourcent(taux_penalites_defaut(p['bce']), 2)} (C. com. L441-10 II)."
    )
