"""Actualiser la veille : repérer les informations périmées selon la règle de fraîcheur."""

import pandas as pd

from autograder.moteur import banque
from autograder.moteur.formats import Nombre, pieges_distincts

TITRE = "Informations périmées à actualiser"
CRITERES = ("CP1.3",)
POINTS = 2
FORMAT = Nombre(unite="informations", tolerance=0, bornes=(0, 100), decimales=0)
VARIABLE = "nb_perimees"
DONNEES = ("veille", "validite")


def generer(ctx):
    d = ctx.donnees
    perimees = banque.charger_contexte("cp1_veille").perimees
    v = d["veille"]
    ages = (pd.Timestamp(d["date_reference"]) - v["date"]).dt.days
    return {
        "date_reference": d["date_reference"],
        "validite": dict(d["validite"]),
        "juste": int(perimees(v, d["date_reference"], d["validite"]).sum()),
        "tout_90": int((ages > 90).sum()),
        "tout_365": int((ages > 365).sum()),
        "a_jour": int((~perimees(v, d["date_reference"], d["validite"])).sum()),
    }


def enonce(p):
    regles = ", ".join(f"{libelle(t)} : {j} jours" for t, j in p["validite"].items())
    return (
        "Une information de veille reste valable un temps qui dépend de son type ("
        f"{regles} : feuille « Validité par type » de vos données). Au **"
        f"{banque.charger_contexte('cp1_veille').date_en_clair(p['date_reference'])}**, "
        "**combien d'informations du tableau « Veille » sont périmées** (âge en jours, date "
        "du jour moins date de l'information, strictement supérieur à la validité de leur "
        "type) ? Ouvrez le tableau ou votre classeur, comptez, et tapez le nombre dans le champ."
    )


def libelle(t):
    return banque.charger_contexte("cp1_veille").libelle_type(t)


def solution(p):
    return p["juste"]


def diagnostics(p):
    return pieges_distincts(
        FORMAT,
        p["juste"],
        [
            (
                p["tout_90"],
                "Vous avez appliqué 90 jours à tous les types : la durée dépend du type.",
            ),
            (p["tout_365"], "Vous avez appliqué un an à tous les types : la durée dépend du type."),
            (p["a_jour"], "C'est le nombre d'informations encore à jour, pas des périmées."),
        ],
    )


def explication(p):
    return (
        "`age = (pd.Timestamp(date_reference) - veille['date']).dt.days` ; "
        "`(age > veille['type'].map(validite)).sum()`."
    )
