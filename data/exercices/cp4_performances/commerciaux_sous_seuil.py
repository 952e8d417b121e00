"""Repérer les commerciaux sous le seuil d'alerte sur un trimestre."""

from autograder.metier.kpi import donnees as kpi
from autograder.moteur.formats import ChoixMultiple, Option
from autograder.moteur.nombres import pourcent

TITRE = "Commerciaux sous le seuil d'alerte"
CRITERES = ("CP4.1", "CP4.2")
POINTS = 2
FORMAT = ChoixMultiple()
DONNEES = ("ventes",)


def generer(ctx):
    table = kpi.synthese(ctx.donnees["ventes_trimestre"], par="commercial")
    taux = {str(nom): float(t) for nom, t in table["taux_realisation_ca"].items()}
    return {"trimestre": ctx.donnees["trimestre"], "taux": taux, "seuil": kpi.SEUIL_ALERTE}


def enonce(p):
    return (
        f"Au **T{p['trimestre']} 2025**, quels commerciaux ont un taux de réalisation de leur "
        f"objectif de chiffre d'affaires **inférieur à {pourcent(p['seuil'], 0)}** ? Calculez-le "
        "avec le tableau « Ventes 2025 » de vos données (plus haut, ou dans votre classeur : "
        "CA HT ÷ Objectif CA HT par commercial sur le trimestre), puis cochez-les (le tableau de "
        "bord de la leçon montre les chiffres du cours, pas les vôtres)."
    )


def options(p):
    return [
        Option(
            cle=nom,
            libelle=nom,
            correct=t < p["seuil"],
            retour=f"taux de réalisation au T{p['trimestre']} : {pourcent(t)}.",
        )
        for nom, t in sorted(p["taux"].items())
    ]
