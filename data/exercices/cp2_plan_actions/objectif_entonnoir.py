"""Construire un objectif de chiffre d'affaires « par le bas », à partir de l'entonnoir."""

from autograder.metier import plan_actions as pa
from autograder.moteur.formats import Nombre, pieges_distincts

TITRE = "Objectif de CA construit à partir de l'entonnoir"
CRITERES = ("CP2.1",)
POINTS = 2
FORMAT = Nombre(unite="€", tolerance=10, bornes=(0, 1e9), decimales=0)
VARIABLE = "objectif_ca"
DONNEES = ("historique",)


def generer(ctx):
    return dict(ctx.donnees["entonnoir"])


def _objectif(p, **changes):
    v = {k: p[k] for k in ("commerciaux", "rdv_par_semaine", "semaines", "taux_closing", "panier")}
    v.update(changes)
    return pa.objectif_entonnoir(**v)


def enonce(p):
    return (
        f"Pour 2026, l'équipe compte **{p['commerciaux']} commerciaux**, chacun tenant "
        f"**{p['rdv_par_semaine']} rendez-vous par semaine** pendant **{p['semaines']} semaines** "
        "travaillées. Le taux de closing (ventes ÷ rendez-vous) et le panier moyen sont ceux de "
        "2025 : feuille « Entonnoir 2025 » de vos données (prenez les valeurs non arrondies du "
        "classeur). Calculez l'**objectif de chiffre d'affaires HT de l'équipe** et tapez-le dans "
        "le champ, en euros."
    )


def solution(p):
    return _objectif(p)


def diagnostics(p):
    return pieges_distincts(
        FORMAT,
        solution(p),
        [
            (
                _objectif(p, taux_closing=1),
                "Chaque rendez-vous ne devient pas une vente : multipliez par le taux de closing.",
            ),
            (
                _objectif(p, commerciaux=1),
                "C'est l'objectif d'un seul commercial : multipliez par le nombre de commerciaux.",
            ),
            (
                _objectif(p, semaines=52),
                "Une année ne compte pas 52 semaines de terrain : "
                "utilisez les semaines travaillées (congés, salons, formation déduits).",
            ),
        ],
    )


def explication(p):
    return (
        "objectif = commerciaux × rendez-vous par semaine × semaines × taux de closing × panier "
        "moyen (fonction `objectif_entonnoir`)."
    )
