"""Les pénalités de retard d'une facture : TTC × taux annuel × jours de retard ÷ 365."""

import datetime as dt

from autograder.calculs import penalites_de_retard, prix_ht
from autograder.moteur.formats import Nombre
from autograder.moteur.nombres import euros, nombre, pourcent

TITRE = "Pénalités de retard de la facture"
CRITERES = ()  # un calcul réglementaire : voir la règle de data/exercices/README.md
POINTS = 2
FORMAT = Nombre(unite="€", tolerance=0.02, bornes=(0, 1e7), decimales=2)


def generer(ctx):
    f = ctx.donnees["conditions"]["facture"]
    return {
        "montant": f["montant_ttc"],
        "facture": f["date"].toordinal(),
        "echeance": f["echeance"].toordinal(),
        "paiement": f["paiement"].toordinal(),
        "taux": f["taux_cgv"],
        "tva": ctx.donnees["devis"].taux_tva,
    }


def _jour(ordinal: int) -> str:
    return f"{dt.date.fromordinal(ordinal):%d/%m/%Y}"


def enonce(p):
    return (
        f"La facture de la laiterie, **{euros(p['montant'])} TTC**, émise le "
        f"{_jour(p['facture'])}, devait être payée au plus tard le **{_jour(p['echeance'])}**. "
        f"Le virement arrive le **{_jour(p['paiement'])}**. Les CGV d'Hydralis fixent les "
        f"pénalités de retard à **{pourcent(p['taux'], 0)} par an**, calculées sur 365 jours. "
        "**Quel est le montant des pénalités ?** (Au centime ; sans l'indemnité de 40 €. Un tableur compte les jours entre deux dates par une "
        "simple soustraction.)"
    )


def _jours(p, depuis="echeance"):
    return p["paiement"] - p[depuis]


def solution(p):
    return penalites_de_retard(p["montant"], _jours(p), p["taux"])


def diagnostics(p):
    return [
        (
            penalites_de_retard(p["montant"], _jours(p), p["taux"], jours_annee=360),
            "Vous avez divisé par 360 : les CGV disent 365 jours.",
        ),
        (
            penalites_de_retard(p["montant"], _jours(p, "facture"), p["taux"]),
            "Vous avez compté les jours depuis la facture : le retard court à partir du "
            "lendemain de la date limite de paiement.",
        ),
        (
            penalites_de_retard(prix_ht(p["montant"], p["tva"]), _jours(p), p["taux"]),
            "Vous avez pris le montant HT : les pénalités portent sur la somme due, TVA comprise.",
        ),
        (
            penalites_de_retard(p["montant"], _jours(p), p["taux"]) * 100,
            f"Le taux a été pris en pourcentage ({round(p['taux'] * 100)} au lieu de "
            f"{nombre(p['taux'], 2)}) : dans le calcul, {pourcent(p['taux'], 0)} s'écrit "
            f"{nombre(p['taux'], 2)}.",
        ),
    ]


def explication(p):
    j = _jours(p)
    return (
        f"Jours de retard : du {_jour(p['echeance'])} au {_jour(p['paiement'])}, {j} jours. "
        f"Pénalités = {euros(p['montant'])} × {pourcent(p['taux'], 0)} × {j} ÷ 365."
    )
