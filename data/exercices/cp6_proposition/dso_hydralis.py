"""Le délai moyen de paiement des clients : créances TTC ÷ CA TTC × 365."""

from autograder.calculs import dso, prix_ttc
from autograder.moteur.formats import Nombre
from autograder.moteur.nombres import euros, pourcent

TITRE = "Délai moyen de paiement des clients (DSO)"
CRITERES = ()  # un ratio calculé une fois : voir la règle de data/exercices/README.md
POINTS = 1
FORMAT = Nombre(unite="jours", tolerance=0.1, bornes=(0, 365), decimales=1)


def generer(ctx):
    c = ctx.donnees["conditions"]["comptes"]
    return {"creances": c["creances_ttc"], "ca_ht": c["ca_ht"], "tva": c["taux_tva"]}


def enonce(p):
    return (
        "Au 31 décembre, les **créances clients** d'Hydralis (factures émises, pas encore "
        f"payées) s'élèvent à **{euros(p['creances'], 0)} TTC**. Le **chiffre d'affaires de "
        f"l'année** est de **{euros(p['ca_ht'], 0)} HT**, toutes ventes soumises à la TVA à "
        f"{pourcent(p['tva'], 0)}. **Quel est le DSO**, en jours, sur une année de 365 jours ? "
        "(À 0,1 jour près.)"
    )


def solution(p):
    return dso(p["creances"], prix_ttc(p["ca_ht"], p["tva"]))


def diagnostics(p):
    return [
        (
            dso(p["creances"], p["ca_ht"]),
            "Vous avez rapporté des créances TTC à un chiffre d'affaires HT : passez le CA en "
            "TTC pour comparer des montants de même nature.",
        ),
        (
            dso(p["creances"], prix_ttc(p["ca_ht"], p["tva"]), 360),
            "Vous avez compté 360 jours : l'énoncé demande une année de 365 jours.",
        ),
    ]


def explication(p):
    return (
        f"CA TTC = {euros(p['ca_ht'], 0)} × 1,2 = {euros(prix_ttc(p['ca_ht'], p['tva']), 0)} ; "
        "DSO = créances TTC ÷ CA TTC × 365."
    )
