"""Le DSO d'un client : son encours TTC ÷ son CA TTC de l'année × 365 (``calculs.dso``).

CRITERES = () : le DSO est un ratio financier calculé une fois (data/exercices/README.md le
range avec les règles de la vente : une technique, pas un critère de CP8).
"""

from autograder.calculs import dso
from autograder.metier import credit_client as cc
from autograder.moteur.formats import Nombre, pieges_distincts
from autograder.moteur.nombres import euros, nombre

TITRE = "Le délai moyen de paiement d'un client (DSO)"
CRITERES = ()
POINTS = 2
FORMAT = Nombre(unite="jours", tolerance=0.1, bornes=(0, 3650), decimales=1)
DONNEES = ("factures",)


def generer(ctx):
    cas = ctx.donnees["credit"]
    client = next(c for c, p in cas["profils"].items() if p == "lent")
    f = cas["factures"]
    f = f[f["client"] == client]
    o = cc.impayees(cas["factures"])
    o = o[o["client"] == client]
    return {
        "client": client,
        "encours": round(float(o["montant_ttc"].sum()), 2),
        "encours_ht": round(float(o["montant_ht"].sum()), 2),
        "ca_ttc": round(float(f["montant_ttc"].sum()), 2),
        "ca_ht": round(float(f["montant_ht"].sum()), 2),
    }


def enonce(p):
    return (
        f"Votre client **{p['client']}** paie-t-il lentement ? Avec la feuille « Factures "
        "clients », calculez son **DSO au 31/12/2025** : son encours TTC à cette date (factures "
        "non réglées) rapporté à son chiffre d'affaires TTC de 2025 (toutes ses factures de "
        "l'année), sur une année de **365 jours**. **Quel est son DSO, en jours ?** (À 0,1 jour "
        "près ; les CGV d'Hydralis accordent 60 jours.)"
    )


def solution(p):
    return dso(p["encours"], p["ca_ttc"])


def diagnostics(p):
    return pieges_distincts(FORMAT, solution(p), [
        (dso(p["encours"], p["ca_ttc"], 360), "Vous avez compté 360 jours : l'énoncé demande "
         "une année de 365 jours."),
        (dso(p["encours"], p["ca_ht"]), "Vous avez rapporté un encours TTC à un chiffre "
         "d'affaires HT : comparez des montants de même nature, tous deux TTC."),
        (dso(p["encours_ht"], p["ca_ttc"]), "Vous avez pris l'encours HT : le client doit "
         "la TVA, l'encours se compte TTC."),
    ])  # fmt: skip


def explication(p):
    return (
        f"DSO = encours TTC ÷ CA TTC × 365 = {euros(p['encours'])} ÷ {euros(p['ca_ttc'])} × 365 "
        f"= {nombre(solution(p), 1)} jours."
    )
