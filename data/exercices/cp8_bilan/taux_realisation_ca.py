"""Objectif contre réalisé : le taux de réalisation de l'objectif de CA (CP8.2, CT4.2)."""

from autograder.calculs import ecart_relatif, taux_de_realisation
from autograder.metier.bilan import activite as bilan
from autograder.moteur.formats import Nombre, pieges_distincts
from autograder.moteur.nombres import euros

TITRE = "Taux de réalisation de l'objectif de CA"
CRITERES = ("CP8.1",)
POINTS = 1
FORMAT = Nombre(unite="%", tolerance=0.1, bornes=(0, 2000), decimales=1)
DONNEES = ("commandes",)


def generer(ctx):
    d = ctx.donnees
    qui, p = d["commercial"], d["periode"]
    c = d["commandes"]
    ca = round(
        float(c.loc[p.contient(c["date"]) & (c["commercial"] == qui), "montant_ht"].sum()), 2
    )
    return {
        "commercial": qui,
        "trimestre": d["trimestre"],
        "ca": ca,
        "objectif": bilan.objectifs(p, qui)["ca"],
        "objectif_annuel": bilan.objectifs(bilan.periode("2025"), qui)["ca"],
        "objectif_equipe": bilan.objectifs(p)["ca"],
    }


def enonce(p):
    return (
        f"L'objectif de CA HT de {p['commercial']} pour le T{p['trimestre']} 2025 est de "
        f"**{euros(p['objectif'], 0)}** (objectif annuel : {euros(p['objectif_annuel'], 0)}). "
        "Avec le CA du trimestre que vous venez de calculer (tableau « Commandes »), **quel est "
        "le taux de réalisation de l'objectif du trimestre** (en %, à 0,1 point près) ?"
    )


def solution(p):
    return taux_de_realisation(p["ca"], p["objectif"])


def _pieges(p):
    sortie = [
        (ecart_relatif(p["ca"], p["objectif"]),
         "C'est l'écart relatif (taux de réalisation − 100 %), pas le taux de réalisation."),
        (taux_de_realisation(p["ca"], p["objectif_annuel"]),
         "Vous avez rapporté le CA du trimestre à l'objectif de l'année : comparez des "
         "périodes identiques."),
        (taux_de_realisation(p["ca"], p["objectif_equipe"]),
         "C'est l'objectif de toute l'équipe : prenez celui du commercial."),
    ]  # fmt: skip
    if p["ca"] > 0:
        sortie.append(
            (taux_de_realisation(p["objectif"], p["ca"]),
             "Vous avez inversé objectif et réalisé : le taux de réalisation est réalisé ÷ "
             "objectif.")
        )  # fmt: skip
    return sortie


def diagnostics(p):
    return pieges_distincts(FORMAT, solution(p), _pieges(p))


def explication(p):
    return "Taux de réalisation = réalisé ÷ objectif : `taux_de_realisation(ca, objectif)`."
