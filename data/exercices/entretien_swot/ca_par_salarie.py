"""Chiffre clé : le chiffre d'affaires par salarié, à citer dans la présentation."""

from autograder.moteur.formats import Nombre

TITRE = "Chiffre clé : le CA par salarié"
CRITERES = ()  # aucun critère : voir la règle de data/exercices/README.md
POINTS = 1
FORMAT = Nombre(unite="k€", tolerance=0.5, bornes=(1, 5000), decimales=1)
VARIABLE = "ca_par_salarie"
DONNEES = ()
# No practice variant: its figures are the case's key-figure table shown in the notebook.
VARIANTES = False


def generer(ctx):
    ch = ctx.donnees["chiffres"]
    return {
        "ca_meur": ch["ca_2025_meur"],
        "effectif": ch["effectif"],
        "titre": ctx.donnees["titre"],
    }


def enonce(p):
    return (
        "Un chiffre clé rend un constat concret. À partir des chiffres clés du cas (tableau "
        "ci-dessus : chiffre d'affaires 2025 en millions d'euros, effectif), calculez le "
        "**chiffre d'affaires 2025 par salarié, en milliers d'euros** (k€) et tapez-le dans le "
        "champ (à 0,5 k€ près)."
    )


def solution(p):
    return p["ca_meur"] * 1000 / p["effectif"]


def diagnostics(p):
    return [
        (
            p["effectif"] / p["ca_meur"],
            "Division inversée : vous avez calculé un nombre de salariés par million d'euros.",
        ),
        (
            p["ca_meur"] * 100 / p["effectif"],
            "Conversion : 1 M€ = 1 000 k€ (et non 100).",
        ),
    ]


def explication(p):
    return (
        "CA par salarié (k€) = CA (M€) × 1 000 ÷ effectif. À comparer avec la moyenne du secteur "
        "ou avec l'année précédente : seul, un ratio ne dit rien."
    )
