"""Dater une information qu'une IA présente comme « récente » : son âge réel, en jours."""

import pandas as pd

from autograder.moteur import banque
from autograder.moteur.formats import Nombre, pieges_distincts

TITRE = "Une information « toute récente » ?"
CRITERES = ()  # vérifier la date d'une phrase donnée : une technique (data/exercices/README.md)
POINTS = 2
FORMAT = Nombre(unite="jours", tolerance=0, bornes=(0, 3000), decimales=0)
DONNEES = ("veille", "validite")


def generer(ctx):
    d = ctx.donnees
    ctxt = banque.charger_contexte("cp1_veille")
    v = d["veille"]
    perimees = v[ctxt.perimees(v, d["date_reference"], d["validite"])]
    ligne = perimees.iloc[ctx.rng.randrange(len(perimees))]
    return {
        "information": str(ligne["information"]),
        "age": int((pd.Timestamp(d["date_reference"]) - ligne["date"]).days),
        "validite": int(d["validite"][ligne["type"]]),
        "date_reference": d["date_reference"],
    }


def enonce(p):
    le = banque.charger_contexte("cp1_veille").date_en_clair(p["date_reference"])
    return (
        "La note de l'assistant d'IA présente comme « toute récente » l'information : "
        f"« {p['information']} » Un outil d'IA ne sait pas toujours dater ce qu'il résume. "
        f"**Retrouvez-la dans votre tableau « Veille » : quel est son âge, en jours, au {le}** "
        "(date du jour moins date de l'information) ?"
    )


def solution(p):
    return p["age"]


def diagnostics(p):
    return pieges_distincts(
        FORMAT,
        p["age"],
        [
            (p["age"] + 1, "Un jour de trop : on compte l'écart entre les deux dates, sans "
             "ajouter le premier jour."),
            (p["age"] - p["validite"], "C'est le dépassement de la durée de validité, pas l'âge."),
            (p["validite"], "C'est la durée de validité de son type, pas son âge."),
        ],
    )  # fmt: skip


def explication(p):
    return (
        f"Âge = date du jour − date de l'information = {p['age']} jours, au-delà des "
        f"{p['validite']} jours de validité de son type : elle est périmée, pas « récente ». "
        "À vérifier ou à actualiser avant de la reprendre."
    )
