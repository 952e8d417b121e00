"""Faisabilité technique : nombre de pompes en service pour le débit de pointe, marge comprise."""

import math

from autograder.metier import proposition
from autograder.moteur.formats import Nombre
from autograder.moteur.nombres import nombre, pourcent

TITRE = "Dimensionner la station : pompes en service"
CRITERES = ("CP6.7",)
POINTS = 1
FORMAT = Nombre(unite="pompes", tolerance=0, bornes=(1, 20), decimales=0)


def generer(ctx):
    d = ctx.donnees
    return {
        "debit": d["debit_requis"],
        "debit_pompe": d["debit_pompe"],
        "marge": d["cas"]["technique"]["marge_securite_debit"],
    }


def enonce(p):
    return (
        f"Le circuit NEP demande **{nombre(p['debit'])} m³/h** en pointe. Une pompe HX-30E débite "
        f"**{nombre(p['debit_pompe'])} m³/h** au point de fonctionnement. Le bureau d'études "
        f"d'Hydralis dimensionne avec une **marge de sécurité de {pourcent(p['marge'], 0)}** sur "
        "le débit. **Combien de pompes faut-il en service** (sans compter la pompe de secours) ?"
    )


def solution(p):
    return proposition.pompes_necessaires(p["debit"], p["debit_pompe"], p["marge"])


def diagnostics(p):
    juste = solution(p)
    pieges = [
        (
            math.ceil(p["debit"] / p["debit_pompe"]),
            "Vous avez oublié la marge de sécurité : une station dimensionnée au plus juste "
            "ne tient pas la pointe quand une pompe s'use.",
        ),
        (
            math.floor(p["debit"] * (1 + p["marge"]) / p["debit_pompe"]),
            "Arrondi vers le bas : ces pompes ne couvrent pas tout le débit. Un nombre de pompes "
            "s'arrondit à l'entier supérieur.",
        ),
        (
            juste + 1,
            "Vous avez compté la pompe de secours : la question porte sur les pompes en service.",
        ),
    ]
    return [(v, m) for v, m in pieges if v != juste]


def explication(p):
    return (
        "Débit à couvrir = débit de pointe × (1 + marge) ; pompes = débit à couvrir ÷ débit "
        "d'une pompe, arrondi à l'entier supérieur."
    )
