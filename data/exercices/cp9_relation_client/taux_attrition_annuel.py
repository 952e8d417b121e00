"""Taux d'attrition 2025 : clients perdus / clients en début de période."""

from autograder.calculs import taux_attrition
from autograder.moteur.formats import Nombre, pieges_distincts
from autograder.moteur.nombres import nombre

TITRE = "Taux d'attrition 2025"
CRITERES = ()  # aucun critère : voir la règle de data/exercices/README.md
POINTS = 1
FORMAT = Nombre(unite="%", tolerance=0.1, bornes=(0, 100), decimales=1)


def _actives(sol, jour):
    ok = (sol["date_mise_en_service"] <= jour) & (sol["date_fin"].isna() | (sol["date_fin"] > jour))
    return set(sol.loc[ok, "entreprise_id"])


def generer(ctx):
    sol = ctx.donnees["solutions_en_service"]
    debut = _actives(sol, "2024-12-31")
    fin = _actives(sol, "2025-12-31")
    perdus = debut - fin
    return {"debut": len(debut), "perdus": len(perdus), "fin": len(fin)}


def enonce(p):
    return (
        f"Au 1er janvier 2025, **{nombre(p['debut'])} entreprises** avaient au moins une solution "
        f"en service. Pendant l'année, **{nombre(p['perdus'])} d'entre elles** n'ont plus aucune "
        f"solution en service ; au 31 décembre, on compte **{nombre(p['fin'])} entreprises "
        "clientes** (nouveaux clients compris). **Quel est le taux d'attrition 2025** (en %, à "
        "0,1 point près, convention du cours) ?"
    )


def solution(p):
    return taux_attrition(p["perdus"], p["debut"])


def _pieges(p):
    sortie = [
        (
            p["perdus"] / p["fin"],
            "Vous avez divisé par les clients de **fin** de période : ils incluent les nouveaux "
            "clients de l'année, qui ne pouvaient pas être perdus. La base est la population au "
            "début de la période.",
        ),
        (
            p["perdus"] / ((p["debut"] + p["fin"]) / 2),
            "C'est la convention « population moyenne » ; le cours retient la population au "
            "début de la période (précisez toujours la base).",
        ),
    ]
    if p["debut"] > 0:
        sortie.append(
            (1 - p["perdus"] / p["debut"], "C'est le taux de **rétention**, pas d'attrition.")
        )
    return sortie


def explication(p):
    return "Attrition = clients perdus ÷ clients au début de la période : `taux_attrition(perdus, debut)`."


def diagnostics(p):
    return pieges_distincts(FORMAT, solution(p), _pieges(p))
