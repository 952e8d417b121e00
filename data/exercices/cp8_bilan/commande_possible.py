"""La plus grosse commande qu'un client peut passer sans dépasser sa limite de crédit.

CRITERES = () : soustraire l'encours de la limite de crédit est une technique de gestion du
crédit client sur des données fournies, pas un critère de CP8 (voir data/exercices/README.md).
"""

from autograder.metier import credit_client as cc
from autograder.moteur.formats import Nombre, pieges_distincts
from autograder.moteur.nombres import euros

TITRE = "La commande possible sous la limite de crédit"
CRITERES = ()
POINTS = 1
FORMAT = Nombre(unite="€", tolerance=0.5, bornes=(0, 1e8), decimales=2)
DONNEES = ("factures",)


def generer(ctx):
    cas = ctx.donnees["credit"]
    client = next(c for c, p in cas["profils"].items() if p == "ponctuel")
    o = cc.impayees(cas["factures"])
    o = o[o["client"] == client]
    return {
        "client": client,
        "limite": cas["limites"][client],
        "encours": round(float(o["montant_ttc"].sum()), 2),
        "echu": round(float(o.loc[o["retard"] > 0, "montant_ttc"].sum()), 2),
        "encours_ht": round(float(o["montant_ht"].sum()), 2),
    }


def enonce(p):
    return (
        f"**{p['client']}** veut passer une nouvelle commande début janvier 2026. Sa limite de "
        f"crédit est de **{euros(p['limite'], 0)} TTC**. Avec la feuille « Factures clients », "
        "**quel est le montant TTC maximal de la commande** qu'Hydralis peut accepter sans que "
        "l'encours au 31/12/2025 augmenté de cette commande dépasse la limite ?"
    )


def solution(p):
    return round(p["limite"] - p["encours"], 2)


def diagnostics(p):
    return pieges_distincts(FORMAT, solution(p), [
        (round(p["limite"] - p["echu"], 2), "Vous n'avez retiré que les factures en retard : "
         "les factures non échues comptent aussi dans l'encours."),
        (round(p["limite"] - p["encours_ht"], 2), "Vous avez retiré l'encours HT : la limite "
         "se compte TTC, comme ce que le client doit."),
        (float(p["limite"]), "Vous avez oublié l'encours : la limite couvre tout ce que le "
         "client doit déjà, plus la nouvelle commande."),
    ])  # fmt: skip


def explication(p):
    return (
        f"Commande possible = limite − encours = {euros(p['limite'], 0)} − "
        f"{euros(p['encours'])} = {euros(solution(p))}."
    )
