"""Décomposer l'écart de CA : l'effet du taux de conversion (substitutions successives)."""

from autograder.moteur.formats import Nombre

TITRE = "Effet du taux de conversion sur l'écart de CA"
CRITERES = ("CP4.3", "CT4.2", "CT5.1")
POINTS = 2
FORMAT = Nombre(unite="€", tolerance=2, bornes=(-1e8, 1e8), decimales=0)
VARIABLE = "effet_conversion"
DONNEES = ("ventes",)


def generer(ctx):
    return dict(ctx.donnees["cas"])


def enonce(p):
    return (
        f"On décompose l'écart de chiffre d'affaires de **{p['commercial']}** au "
        f"**T{p['trimestre']}** par la méthode des substitutions successives, dans l'ordre "
        "leads → taux de conversion → panier moyen, avec CA = leads × (ventes ÷ leads) × (CA ÷ "
        "ventes). Filtrez le tableau « Ventes 2025 » sur ce commercial et ce trimestre et "
        "additionnez chaque colonne. Les valeurs « objectif » sont Objectif leads, Objectif "
        "ventes ÷ Objectif leads et Objectif CA HT ÷ Objectif ventes. Calculez l'**effet "
        "conversion** = leads réalisés × (taux réalisé − taux objectif) × panier objectif, et "
        "tapez-le dans le champ (en euros, avec son signe)."
    )


def solution(p):
    return p["decomposition"]["effet_conversion"]


def diagnostics(p):
    d = p["decomposition"]
    return [
        (d["effet_leads"], "C'est l'effet leads (première substitution), pas l'effet conversion."),
        (d["effet_panier"], "C'est l'effet panier (dernière substitution)."),
        (
            d["ecart_total"],
            "C'est l'écart total : il faut isoler la part due au taux de conversion.",
        ),
    ]


def explication(p):
    return (
        "Effet conversion = L1 × (c1 − c0) × p0 : leads réalisés, taux de conversion réalisé moins "
        "taux objectif, panier objectif. Les trois effets additionnés redonnent l'écart total."
    )
