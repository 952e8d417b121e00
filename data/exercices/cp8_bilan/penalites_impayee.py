"""Les pénalités de retard courues au 31/12 sur la plus ancienne facture impayée.

CRITERES = () : un calcul réglementaire (C. com. L441-10), comme cp6_proposition/
penalites_facture : voir data/exercices/README.md.
"""

from autograder.calculs import penalites_de_retard
from autograder.metier import credit_client as cc
from autograder.moteur.formats import Nombre, pieges_distincts
from autograder.moteur.nombres import euros, nombre, pourcent

TITRE = "Les pénalités de retard d'une facture impayée"
CRITERES = ()
POINTS = 2
FORMAT = Nombre(unite="€", tolerance=0.02, bornes=(0, 1e7), decimales=2)
DONNEES = ("factures",)


def generer(ctx):
    cas = ctx.donnees["credit"]
    o = cc.impayees(cas["factures"]).sort_values("retard", ascending=False).iloc[0]
    return {
        "client": o["client"],
        "numero": o["numero"],
        "ttc": float(o["montant_ttc"]),
        "ht": float(o["montant_ht"]),
        "retard": int(o["retard"]),
        "depuis_facture": (cc.ARRETE - o["date_facture"]).days,
        "taux": cas["taux_penalites"],
    }


def enonce(p):
    return (
        f"La facture **{p['numero']}** (client : {p['client']}) est la plus ancienne facture impayée "
        "de votre portefeuille. Les CGV d'Hydralis fixent les pénalités de retard à "
        f"**{pourcent(p['taux'], 0)} par an**, calculées sur 365 jours. **Quel montant de "
        "pénalités a-t-elle fait courir au 31/12/2025 ?** (Au centime, sans l'indemnité de "
        "40 € ; retard = 31/12/2025 − date limite de paiement, dans la feuille « Factures "
        "clients ».)"
    )


def solution(p):
    return penalites_de_retard(p["ttc"], p["retard"], p["taux"])


def diagnostics(p):
    return pieges_distincts(FORMAT, solution(p), [
        (penalites_de_retard(p["ttc"], p["retard"], p["taux"], jours_annee=360),
         "Vous avez divisé par 360 : les CGV disent 365 jours."),
        (penalites_de_retard(p["ttc"], p["depuis_facture"], p["taux"]),
         "Vous avez compté les jours depuis la facture : les pénalités courent à partir du "
         "lendemain de la date limite de paiement."),
        (penalites_de_retard(p["ht"], p["retard"], p["taux"]),
         "Vous avez pris le montant HT : les pénalités portent sur la somme due, TVA comprise."),
        (penalites_de_retard(p["ttc"], p["retard"], p["taux"]) + 40,
         "Vous avez ajouté l'indemnité forfaitaire de 40 € : l'énoncé la met à part."),
    ])  # fmt: skip


def explication(p):
    return (
        f"Retard : {nombre(p['retard'])} jours. Pénalités = {euros(p['ttc'])} × "
        f"{pourcent(p['taux'], 0)} × {nombre(p['retard'])} ÷ 365 = {euros(solution(p))}. "
        "Rappel des règles : leçon CP6, *Les conditions de vente et de règlement*."
    )
