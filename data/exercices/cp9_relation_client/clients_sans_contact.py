"""Clients sans aucun contact depuis plus de 6 mois (plan de contact)."""

from autograder.moteur.formats import Nombre, pieges_distincts

TITRE = "Clients sans contact depuis plus de 6 mois"
CRITERES = ("CP9.5",)
POINTS = 2
FORMAT = Nombre(unite="clients", tolerance=0, bornes=(0, 5000), decimales=0)
VARIABLE = "nb_sans_contact"
DONNEES = ("entreprises", "interactions")
LIMITE = "2025-06-30"


def generer(ctx):
    d = ctx.donnees
    ent = d["entreprises"]
    derniere = d["interactions"].groupby("entreprise_id")["date"].max()
    clients = ent[ent["statut"] == "client"]
    dates = clients["id"].map(derniere)
    tous = ent["id"].map(derniere)
    return {
        "sans_contact": int((dates.isna() | (dates <= LIMITE)).sum()),
        "avec_interaction_seulement": int((dates <= LIMITE).sum()),
        "toutes_entreprises": int((tous.isna() | (tous <= LIMITE)).sum()),
    }


def enonce(p):
    return (
        "Le plan de contact d'Hydralis prévoit au moins un échange tous les 6 mois avec chaque "
        "client. **Combien d'entreprises au statut « client » n'ont eu aucune interaction "
        "après le 30/06/2025** (dernière interaction le 30/06/2025 ou avant, **ou aucune "
        "interaction du tout**) ? Tableaux « Entreprises » et « Interactions » de vos données, "
        "reliés par le « N° entreprise » ; tapez le nombre dans le champ."
    )


def solution(p):
    return p["sans_contact"]


def _pieges(p):
    return [
        (
            p["avec_interaction_seulement"],
            "Vous avez oublié les clients **sans aucune interaction** (une jointure interne "
            "les fait disparaître : utilisez `LEFT JOIN` ou testez les valeurs manquantes).",
        ),
        (
            p["toutes_entreprises"],
            "Vous avez compté toutes les entreprises (prospects et anciens clients compris) : "
            "gardez `statut = 'client'`.",
        ),
    ]


def explication(p):
    return (
        "Dernière interaction par entreprise (`MAX(date)` groupé), jointure **externe** avec "
        "les clients, puis : date manquante ou ≤ 2025-06-30."
    )


def diagnostics(p):
    return pieges_distincts(FORMAT, solution(p), _pieges(p))
