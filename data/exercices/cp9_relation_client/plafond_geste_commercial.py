"""Le plafond du geste commercial d'après la marge du client (procédure Hydralis)."""

from autograder.metier.fidelisation import PART_GESTE, client_mecontent, plafond_geste
from autograder.moteur.formats import Nombre, pieges_distincts
from autograder.moteur.nombres import pourcent

TITRE = "Plafond du geste commercial"
CRITERES = ()  # appliquer la règle de calcul d'une procédure : une technique (README)
POINTS = 2
FORMAT = Nombre(unite="€", tolerance=1, bornes=(0, 1e7), decimales=0)
DONNEES = ("entreprises", "commandes")


def generer(ctx):
    d = ctx.donnees
    client = client_mecontent(d["commandes"], d["enquetes_satisfaction"], d["entreprises"])
    return {**client, "marque": d["taux_de_marque"], "part": PART_GESTE}


def enonce(p):
    return (
        f"**{p['raison_sociale']}** (N° entreprise {p['id']}) a noté Hydralis en détracteur "
        "cette année et vient de réclamer : sa pompe s'est arrêtée et le dépannage a tardé. "
        "La procédure d'Hydralis plafonne le geste commercial que vous pouvez accorder seul à "
        f"**{pourcent(p['part'], 0)} de la marge réalisée avec le client sur les 12 derniers "
        "mois** (commandes de 2025, montants HT, tableau « Commandes »), avec un **taux de "
        f"marque** (marge ÷ CA HT) de {pourcent(p['marque'], 0)}. **Quel est votre plafond** "
        "(en euros, arrondi à l'euro inférieur) ? Tapez-le dans le champ."
    )


def solution(p):
    return plafond_geste(p["ca_ht"], p["marque"], p["part"])


def _pieges(p):
    return [
        (
            float(int(p["ca_ht"] * p["part"])),
            "C'est une part du **chiffre d'affaires** : le plafond porte sur la marge "
            "(CA HT × taux de marque).",
        ),
        (
            plafond_geste(p["ca_ttc"], p["marque"], p["part"]),
            "Vous êtes parti des montants **TTC** : la marge se calcule sur les montants HT.",
        ),
        (
            plafond_geste(p["ca_tout_ht"], p["marque"], p["part"]),
            "Vous avez pris toutes les commandes (2024 et 2025) : la règle dit les 12 derniers "
            "mois.",
        ),
        (
            float(int(p["ca_ht"] * p["marque"])),
            f"C'est toute la marge de l'année : le geste en est {pourcent(p['part'], 0)}.",
        ),
    ]


def explication(p):
    return (
        "CA HT 2025 du client (somme de ses commandes de 2025) × taux de marque = marge ; "
        f"× {pourcent(p['part'], 0)} = plafond du geste. Au-delà, la décision remonte au "
        "responsable."
    )


def diagnostics(p):
    return pieges_distincts(FORMAT, solution(p), _pieges(p))
