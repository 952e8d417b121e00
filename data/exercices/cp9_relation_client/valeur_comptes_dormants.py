"""La valeur en jeu des comptes dormants : ce qu'ils rapportaient avant de s'endormir."""

import pandas as pd

from autograder.calculs import prix_ttc
from autograder.metier.fidelisation import comptes_dormants
from autograder.moteur.formats import Nombre, pieges_distincts

TITRE = "La valeur en jeu des comptes dormants"
CRITERES = ()  # un chiffrage une fois fait, pas une action de fidélisation (README)
POINTS = 2
FORMAT = Nombre(unite="€", tolerance=1, bornes=(0, 1e8), decimales=0)
DONNEES = ("entreprises", "commandes")


def generer(ctx):
    d = ctx.donnees
    jour = pd.Timestamp(d["reference"]) - pd.DateOffset(months=d["mois_dormance"])
    borne = jour.strftime("%Y-%m-%d")
    dormants = comptes_dormants(d["commandes"], d["entreprises"], borne)
    c = d["commandes"][d["commandes"]["entreprise_id"].isin(dormants["entreprise_id"])]
    dernieres = c.sort_values(["date", "id"]).groupby("entreprise_id").last()
    return {
        "mois": d["mois_dormance"],
        "limite": borne,
        "valeur": round(float(dormants["valeur_en_jeu"].sum()), 2),
        "toutes_ht": round(float(c["montant_ht"].sum()), 2),
        "ttc": prix_ttc(float(dormants["valeur_en_jeu"].sum())),
        "derniere_seule": round(float(dernieres["montant_ht"].sum()), 2),
        "nombre": len(dormants),
    }


def enonce(p):
    a, m, j = p["limite"].split("-")
    return (
        f"Vos comptes dormants sont les entreprises au statut « client » dont la dernière "
        f"commande date du {j}/{m}/{a} ou d'avant (aucune commande depuis {p['mois']} mois). "
        "Pour chacune, la **valeur en jeu** est le **CA HT des commandes passées dans les 12 "
        "mois qui finissent à sa dernière commande** (celle-ci comprise, celles d'un an avant "
        "ou plus exclues). **Quelle est la valeur en jeu de l'ensemble de vos comptes "
        "dormants** (en euros HT) ? Tapez-la dans le champ."
    )


def solution(p):
    return p["valeur"]


def _pieges(p):
    return [
        (
            p["toutes_ht"],
            "Vous avez pris **toutes** leurs commandes : seules comptent celles des 12 mois qui "
            "finissent à la dernière.",
        ),
        (p["derniere_seule"], "Vous n'avez pris que la **dernière** commande de chaque compte."),
        (p["ttc"], "Vous avez additionné les montants **TTC** : la valeur en jeu se compte HT."),
    ]


def explication(p):
    return (
        "Pour chaque compte dormant : date de la dernière commande, puis somme des montants HT "
        "de ses commandes datées de moins d'un an avant celle-ci (elle comprise) ; enfin, "
        f"somme sur les {p['nombre']} comptes."
    )


def diagnostics(p):
    return pieges_distincts(FORMAT, solution(p), _pieges(p))
