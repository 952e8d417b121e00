"""Suivre un KPI mois après mois : les mois où le taux de réalisation passe sous le seuil d'alerte."""

from autograder.metier.kpi import donnees as kpi
from autograder.moteur.formats import Nombre
from autograder.moteur.nombres import pourcent

TITRE = "Le suivi mensuel : les mois en alerte"
CRITERES = ("CP4.1", "CT4.1")
POINTS = 1
FORMAT = Nombre(unite="mois", tolerance=0, bornes=(0, 12), decimales=0)
DONNEES = ("ventes",)


def generer(ctx):
    lignes = kpi.filtrer(ctx.donnees["ventes"], commercial=ctx.donnees["commercial"])
    lignes = lignes.sort_values("mois")
    ca = [float(x) for x in lignes["ca"]]
    objectif = [float(x) for x in lignes["objectif_ca"]]
    return {
        "commercial": ctx.donnees["commercial"],
        "ca": ca,
        "objectif": objectif,
        "seuil": kpi.SEUIL_ALERTE,
    }


def _taux_du_mois(p) -> list[float]:
    return [c / o for c, o in zip(p["ca"], p["objectif"], strict=True)]


def _taux_cumules(p) -> list[float]:
    taux, ca, obj = [], 0.0, 0.0
    for c, o in zip(p["ca"], p["objectif"], strict=True):
        ca, obj = ca + c, obj + o
        taux.append(ca / obj)
    return taux


def enonce(p):
    return (
        f"Vous suivez chaque mois le **taux de réalisation** de l'objectif de CA de "
        f"**{p['commercial']}** : CA HT du mois ÷ objectif de CA HT du mois (tableau « Ventes "
        f"2025 », ses douze lignes). Le seuil d'alerte de l'entreprise est de "
        f"**{pourcent(p['seuil'], 0)}** : un mois sous ce seuil déclenche un point avec le "
        "responsable. **Combien de mois de 2025 ont déclenché une alerte ?**"
    )


def solution(p):
    return sum(t < p["seuil"] for t in _taux_du_mois(p))


def diagnostics(p):
    juste = solution(p)
    pieges = [
        (
            sum(t < p["seuil"] for t in _taux_cumules(p)),
            "Vous avez compté les mois où le taux **cumulé depuis janvier** est sous le seuil. Le "
            "suivi demandé est celui du mois : CA du mois ÷ objectif du mois.",
        ),
        (
            sum(t >= p["seuil"] for t in _taux_du_mois(p)),
            "Vous avez compté les mois au-dessus du seuil, pas ceux qui déclenchent une alerte.",
        ),
    ]
    return [(v, m) for v, m in pieges if v != juste]  # a trap that gives the answer is no trap


def explication(p):
    return (
        "Pour chaque mois, taux = CA HT du mois ÷ objectif de CA HT du mois, comparé au seuil "
        f"({pourcent(p['seuil'], 0)}) ; comptez les mois strictement en dessous. Dans le tableur : "
        "filtrez la colonne « Commercial », ajoutez une colonne « Taux » et comptez avec NB.SI."
    )
