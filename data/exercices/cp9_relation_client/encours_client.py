"""L'encours d'un client : ses factures non réglées, échues ou non."""

from autograder.crm.creances import encours
from autograder.moteur.formats import Nombre, pieges_distincts

TITRE = "L'encours d'un client"
CRITERES = ()  # une somme de factures, une technique (README)
POINTS = 2
FORMAT = Nombre(unite="€", tolerance=1, bornes=(0, 1e8), decimales=2)
DONNEES = ("entreprises", "factures")


def generer(ctx):
    d = ctx.donnees
    f = d["factures"]
    table = encours(f, d["reference"])
    # Prefer a client who also has paid invoices: adding them is the classic slip.
    payeurs = set(f.loc[f["date_paiement"].notna(), "entreprise_id"])
    choix = [int(i) for i in table.index if i in payeurs] or [int(i) for i in table.index]
    client = ctx.rng.choice(sorted(choix))
    siennes = f[f["entreprise_id"] == client]
    ouvertes = siennes[siennes["date_paiement"].isna()]
    nom = d["entreprises"].set_index("id").loc[client, "raison_sociale"]
    return {
        "id": client,
        "nom": str(nom),
        "encours": float(table.loc[client, "encours_ttc"]),
        "echu": float(table.loc[client, "echu_ttc"]),
        "ht": round(float(ouvertes["montant_ht"].sum()), 2),
        "toutes": round(float(siennes["montant_ttc"].sum()), 2),
    }


def enonce(p):
    return (
        f"Avant de rappeler **{p['nom']}** (N° entreprise {p['id']}), vous vérifiez son "
        "**encours** : le total TTC de ses factures **non réglées** au 31/12/2025, qu'elles "
        "soient déjà échues ou pas encore (tableau « Factures » : la colonne « Payée le » est "
        "vide). **Quel est son encours**, en euros TTC ? Tapez-le dans le champ."
    )


def solution(p):
    return p["encours"]


def _pieges(p):
    return [
        (
            p["ht"],
            "Vous avez additionné les montants **HT** : l'encours se compte TTC, ce que "
            "le client doit vraiment.",
        ),
        (
            p["echu"],
            "Vous n'avez gardé que les factures **échues** : celles qui ne le sont "
            "pas encore font aussi partie de l'encours.",
        ),
        (p["toutes"], "Vous avez compté **toutes** ses factures, payées comprises."),
    ]


def explication(p):
    return (
        "Filtrez le tableau « Factures » sur le N° entreprise et sur « Payée le » vide, puis "
        "additionnez la colonne « Montant TTC »."
    )


def diagnostics(p):
    return pieges_distincts(FORMAT, solution(p), _pieges(p))
