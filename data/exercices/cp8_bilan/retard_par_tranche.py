"""La balance âgée : le montant en retard dans une tranche de jours de retard.

CRITERES = () : classer des factures par ancienneté de retard est une technique de gestion du
crédit client sur des données fournies, pas l'un des critères de CP8 (voir
data/exercices/README.md, « appliquer une règle financière de la vente »).
"""

from autograder.metier import credit_client as cc
from autograder.moteur.formats import Nombre, pieges_distincts
from autograder.moteur.nombres import euros

TITRE = "La balance âgée : une tranche de retard"
CRITERES = ()
POINTS = 2
FORMAT = Nombre(unite="€", tolerance=0.5, bornes=(0, 1e8), decimales=2)
DONNEES = ("factures",)

LIBELLES = {cle: libelle for cle, libelle, _, _ in cc.TRANCHES}


def generer(ctx):
    f = ctx.donnees["credit"]["factures"]
    juste = cc.balance_agee(f).sum()
    faux = cc.balance_agee(f, depuis="date_facture").sum()
    tranches = [t for t in ("31-60", "61-90", "1-30", "plus-90") if juste[t] > 0]
    tranche = ctx.rng.choice(tranches[:2])
    return {
        "tranche": tranche,
        "montant": round(float(juste[tranche]), 2),
        "depuis_facture": round(float(faux[tranche]), 2),
        "echu": round(float(juste.drop(["non_echu", "encours"]).sum()), 2),
        "encours": round(float(juste["encours"]), 2),
    }


def enonce(p):
    return (
        "Établissez la **balance âgée** de vos cinq clients au 31/12/2025 à partir de la feuille "
        "« Factures clients » : pour chaque facture non réglée à cette date, comptez les **jours "
        "de retard** (31/12/2025 − date limite de paiement ; une facture dont la date limite "
        "n'est pas passée est « non échue »). **Quel montant TTC, tous clients confondus, est en "
        f"retard de {LIBELLES[p['tranche']]} ?**"
    )


def solution(p):
    return p["montant"]


def diagnostics(p):
    return pieges_distincts(FORMAT, solution(p), [
        (p["depuis_facture"], "Vous avez compté les jours depuis la date de facture : le "
         "retard commence le lendemain de la date limite de paiement."),
        (p["echu"], "C'est tout le montant échu : ne gardez que la tranche demandée."),
        (p["encours"], "C'est tout l'encours, non échu compris : ne gardez que la tranche "
         "demandée."),
    ])  # fmt: skip


def explication(p):
    return (
        "Ajoutez une colonne « retard » = 31/12/2025 − date limite (pour les factures sans date "
        "de paiement), filtrez sur la tranche et additionnez les montants TTC : "
        f"{euros(p['montant'])}."
    )
