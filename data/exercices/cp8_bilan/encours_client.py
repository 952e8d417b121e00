"""L'encours d'un client au 31/12 : ce qu'il doit encore, échu ou non.

CRITERES = () : additionner les factures non réglées d'un client donné est une technique de
gestion du crédit client, pas l'un des critères de CP8 (bilan de sa propre activité, écarts aux
objectifs, mesures, opportunités, comptes rendus) : voir data/exercices/README.md.
"""

from autograder.metier import credit_client as cc
from autograder.moteur.formats import Nombre, pieges_distincts
from autograder.moteur.nombres import euros

TITRE = "L'encours d'un client au 31 décembre"
CRITERES = ()
POINTS = 1
FORMAT = Nombre(unite="€", tolerance=0.5, bornes=(0, 1e8), decimales=2)
DONNEES = ("factures",)


def generer(ctx):
    cas = ctx.donnees["credit"]
    s = cc.synthese(cas)
    client = s["ca_ttc"].idxmax()
    o = cc.impayees(cas["factures"])
    o = o[o["client"] == client]
    return {
        "client": client,
        "encours": float(s.loc[client, "encours"]),
        "echu": round(float(o.loc[o["retard"] > 0, "montant_ttc"].sum()), 2),
        "ht": round(float(o["montant_ht"].sum()), 2),
        "ca": float(s.loc[client, "ca_ttc"]),
    }


def enonce(p):
    return (
        f"Votre plus gros client de 2025 est **{p['client']}**. Dans la feuille « Factures "
        "clients » du classeur, **quel est son encours au 31/12/2025**, en euros TTC ? "
        "(L'encours : toutes ses factures émises et pas encore réglées à cette date, qu'elles "
        "soient échues ou non.)"
    )


def solution(p):
    return p["encours"]


def diagnostics(p):
    echu = [p["echu"]] if p["echu"] > 0 else []
    return pieges_distincts(FORMAT, solution(p), [
        *((v, "Vous n'avez gardé que les factures en retard : l'encours compte aussi les "
         "factures non échues, que le client doit déjà même s'il a encore le temps de payer.") for v in echu),
        (p["ht"], "Vous avez additionné les montants HT : le client doit la TVA, l'encours "
         "se compte TTC, comme la limite de crédit."),
        (p["ca"], "Vous avez additionné toutes ses factures de l'année : retirez celles qui "
         "ont une date de paiement."),
    ])  # fmt: skip


def explication(p):
    return (
        f"Filtrez la feuille sur {p['client']} et sur « Date de paiement » vide, puis "
        f"additionnez la colonne « Montant TTC » : {euros(p['encours'])}."
    )
