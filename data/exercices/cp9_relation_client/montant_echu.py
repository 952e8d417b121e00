"""Le montant échu : les factures dont l'échéance est passée et qui ne sont pas réglées."""

from autograder.crm.creances import encours
from autograder.moteur.formats import Nombre, pieges_distincts

TITRE = "Le montant des factures échues"
CRITERES = ()  # une somme de factures, une technique (README)
POINTS = 2
FORMAT = Nombre(unite="€", tolerance=1, bornes=(0, 1e8), decimales=2)
DONNEES = ("factures",)


def generer(ctx):
    d = ctx.donnees
    f = d["factures"]
    table = encours(f, d["reference"])
    ouvertes = f[f["date_paiement"].isna()]
    echues = ouvertes[ouvertes["echeance"] < d["reference"]]
    return {
        "echu": round(float(table["echu_ttc"].sum()), 2),
        "encours": round(float(table["encours_ttc"].sum()), 2),
        "ht": round(float(echues["montant_ht"].sum()), 2),
        "echeance_passee": round(
            float(f.loc[f["echeance"] < d["reference"], "montant_ttc"].sum()), 2
        ),
        "clients": int((table["echu_ttc"] > 0).sum()),
    }


def enonce(p):
    return (
        "Au 31/12/2025, quel est le **montant total des factures échues et non réglées** de "
        "tous vos clients (tableau « Factures » : échéance avant le 31/12/2025 et « Payée le » "
        "vide), en euros TTC ? C'est ce que vous irez relancer en janvier. Tapez-le dans le "
        "champ."
    )


def solution(p):
    return p["echu"]


def _pieges(p):
    return [
        (
            p["encours"],
            "C'est l'**encours** total : il comprend les factures pas encore "
            "échues, qui ne sont pas en retard.",
        ),
        (p["ht"], "Vous avez additionné les montants **HT** : le client doit le TTC."),
        (
            p["echeance_passee"],
            "Vous avez gardé les factures déjà **payées** : seules les impayées sont à relancer.",
        ),
    ]


def explication(p):
    return (
        f"Deux filtres : « Payée le » vide **et** échéance avant le 31/12/2025 ; somme des "
        f"montants TTC ({p['clients']} client(s) concerné(s))."
    )


def diagnostics(p):
    return pieges_distincts(FORMAT, solution(p), _pieges(p))
