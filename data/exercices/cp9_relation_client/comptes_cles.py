"""Repérer les comptes clés d'après trois critères : poids, potentiel, intérêt stratégique."""

from autograder.metier.fidelisation import criteres_compte_cle
from autograder.moteur.formats import Nombre, pieges_distincts
from autograder.moteur.nombres import pourcent

TITRE = "Combien de comptes clés ?"
CRITERES = ()  # appliquer une grille donnée n'est pas gérer un grand compte (README)
POINTS = 2
FORMAT = Nombre(unite="comptes", tolerance=0, bornes=(0, 5000), decimales=0)
DONNEES = ("entreprises", "commandes")


def generer(ctx):
    d = ctx.donnees
    secteurs = sorted(ctx.rng.sample(sorted(d["entreprises"]["secteur"].dropna().unique()), 2))
    seuil = ctx.rng.choice([0.015, 0.02, 0.025])
    t = criteres_compte_cle(d["commandes"], d["entreprises"], seuil, secteurs)
    clients = t[t["statut"] == "client"]
    return {
        "secteurs": secteurs,
        "seuil": seuil,
        "cles": int((clients["nombre"] >= 2).sum()),
        "tous_statuts": int((t["nombre"] >= 2).sum()),
        "trois": int((clients["nombre"] == 3).sum()),
        "poids_seul": int(clients["poids"].sum()),
    }


def enonce(p):
    return (
        "Hydralis réserve un suivi « grand compte » (interlocuteur attitré, revue d'affaires "
        "trimestrielle) aux **comptes clés** : les entreprises au statut « client » qui "
        "remplissent **au moins deux** de ces trois critères. **Poids** : leurs commandes de "
        f"2024-2025 font au moins {pourcent(p['seuil'], 1)} du CA HT total de toutes les "
        "commandes de la base. **Potentiel** : taille GE ou ETI. **Intérêt stratégique** : "
        f"secteur « {p['secteurs'][0]} » ou « {p['secteurs'][1]} », les deux secteurs "
        "prioritaires du plan d'actions. Tableaux « Commandes » et « Entreprises » : **combien "
        "de comptes clés** avez-vous ? Tapez le nombre dans le champ."
    )


def solution(p):
    return p["cles"]


def _pieges(p):
    return [
        (
            p["tous_statuts"],
            "Vous avez compté des **anciens clients** : un compte clé est un client actif.",
        ),
        (p["trois"], "Vous avez exigé les **trois** critères : deux suffisent."),
        (
            p["poids_seul"],
            "Vous n'avez regardé que le poids dans le CA : le potentiel et l'intérêt "
            "stratégique comptent aussi.",
        ),
    ]


def explication(p):
    return (
        "CA HT par entreprise (somme de ses commandes) ÷ CA HT total : critère poids ; taille "
        "GE ou ETI : potentiel ; secteur prioritaire : stratégique. Comptez les clients actifs "
        "qui cochent au moins deux cases."
    )


def diagnostics(p):
    return pieges_distincts(FORMAT, solution(p), _pieges(p))
