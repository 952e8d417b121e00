"""Le loyer mensuel d'un crédit-bail : à échoir, valeur résiduelle non financée."""

from autograder.calculs import mensualite
from autograder.moteur.formats import Nombre
from autograder.moteur.nombres import euros, pourcent

TITRE = "Loyer mensuel du crédit-bail"
CRITERES = ()  # un calcul financier : voir la règle de data/exercices/README.md
POINTS = 2
FORMAT = Nombre(unite="€", tolerance=0.05, bornes=(0, 1e6), decimales=2)


def generer(ctx):
    cb = ctx.donnees["conditions"]["credit_bail"]
    return {
        "capital": cb["capital"],
        "taux": cb["taux_annuel"],
        "duree": cb["duree_mois"],
        "vr": cb["valeur_residuelle"],
    }


def enonce(p):
    return (
        "La directrice financière préfère ne pas immobiliser sa trésorerie. Le partenaire "
        f"financier d'Hydralis propose un **crédit-bail** sur le net commercial du devis, "
        f"**{euros(p['capital'])} HT**, au **taux annuel de {pourcent(p['taux'], 1)}** "
        f"(taux mensuel = taux annuel ÷ 12), sur **{p['duree']} mois**, loyers payés **en début "
        f"de mois** (terme à échoir), avec une **option d'achat finale de {euros(p['vr'], 0)}** "
        "non financée par les loyers. **Quel est le loyer mensuel HT ?** (À 5 centimes près.)"
    )


def solution(p):
    return mensualite(p["capital"], p["taux"], p["duree"], p["vr"], a_echoir=True)


def diagnostics(p):
    return [
        (
            mensualite(p["capital"], p["taux"], p["duree"], p["vr"]),
            "C'est le loyer payé en fin de mois (terme échu) : payé en début de mois, il est "
            "divisé par (1 + taux mensuel).",
        ),
        (
            mensualite(p["capital"], p["taux"], p["duree"], a_echoir=True),
            "Vous avez financé la valeur résiduelle : l'option d'achat se paie à la fin, les "
            "loyers ne la remboursent pas.",
        ),
        (
            mensualite(p["capital"], p["taux"], p["duree"]),
            "Loyer en fin de mois et valeur résiduelle oubliée : deux erreurs.",
        ),
    ]


def explication(p):
    return (
        "i = taux ÷ 12 ; loyer échu = (capital − valeur résiduelle × (1 + i)^−n) × i ÷ (1 − (1 + i)^−n) ; "
        "loyer à échoir = loyer échu ÷ (1 + i)."
    )
