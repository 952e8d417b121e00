"""Opportunités de développement : le secteur où Hydralis est le moins présent."""

from autograder.metier import plan_actions as pa
from autograder.moteur.formats import Choix, Option
from autograder.moteur.nombres import nombre, pourcent

TITRE = "Le secteur sous-couvert"
CRITERES = ("CP2.4",)
POINTS = 1
FORMAT = Choix()
DONNEES = ("clients", "secteurs")


def generer(ctx):
    t = pa.couverture_secteurs(ctx.donnees["clients"])
    return {
        "secteurs": [
            [str(s), float(r.part_ca), float(r.part_marche), float(r.indice_couverture)]
            for s, r in t.iterrows()
        ]
    }


def enonce(p):
    return (
        "Comparez, secteur par secteur, la **part du CA d'Hydralis** (tableau « Clients » : CA "
        "du secteur ÷ CA total) et la **part du potentiel du marché régional** (feuille « Marché "
        "par secteur »). **Dans quel secteur Hydralis est-elle la plus sous-représentée** par "
        "rapport au marché (le plus petit rapport part du CA ÷ part du marché) ?"
    )


def options(p):
    plus_faible = min(p["secteurs"], key=lambda s: s[3])[0]
    return [
        Option(
            s,
            s,
            correct=s == plus_faible,
            retour=f"{pourcent(ca)} du CA pour {pourcent(m, 0)} du marché, indice "
            f"{nombre(i, 2)}" + (" : le plus faible." if s == plus_faible else "."),
        )
        for s, ca, m, i in sorted(p["secteurs"])
    ]
