"""CP8 — the data shared by the whole graded notebook: the learner's own Hydralis CRM base, the
2025 objectives, and the learner's case (one sales rep, one quarter of 2025), plus the credit
case: seeded 2025 invoices of five of that rep's clients (autograder.metier.credit_client).

The case is drawn among the (rep, quarter) pairs where the review makes sense: at least one
order in the quarter (so that an average basket exists) and a team turnover in the same quarter
of 2024 (so that the year-on-year trend has a base).
"""

import random

import pandas as pd

from autograder.crm import ouvrir_crm
from autograder.crm.tableur import feuilles_crm
from autograder.metier import credit_client
from autograder.metier.bilan import activite as bilan
from autograder.moteur.tableur import Colonne, Feuille

EXERCICES = [
    "bornes_periode",
    "ca_periode",
    "evolution_ca",
    "taux_realisation_ca",
    "ecart_commandes",
    "facteur_principal",
    "part_responsabilite",
    "mesures_realisables",
    "effet_mesure",
    "opportunites_contrat",
    "visuel_adapte",
    "rapport_bilan",
    "encours_client",
    "retard_par_tranche",
    "dso_client",
    "client_a_bloquer",
    "commande_possible",
    "penalites_impayee",
    "etapes_recouvrement",
    "lignes_compte_rendu",
    "compte_rendu_complet",
    "saisie_crm",
]

TABLES = ("commandes", "leads", "interactions", "devis", "opportunites", "entreprises")
TABLES += ("solutions_en_service",)


def construire(graine: int) -> dict:
    con = ouvrir_crm(graine, dossier=".crm")
    rng = random.Random(graine)
    cas = []
    for trimestre in (2, 3, 4):
        p = bilan.periode(f"2025-T{trimestre}")
        if not bilan.activite(con, bilan.meme_periode_annee_precedente(p))["ca"]:
            continue
        for commercial in bilan.commerciaux(con):
            r = bilan.activite(con, p, commercial)
            if r["commandes"] and r["leads"] >= r["commandes"]:
                cas.append((commercial, trimestre))
    commercial, trimestre = rng.choice(sorted(cas))
    donnees = {t: pd.read_sql(f"SELECT * FROM {t}", con) for t in TABLES}
    donnees.update(con=con, commercial=commercial, trimestre=trimestre)
    donnees["periode"] = bilan.periode(f"2025-T{trimestre}")
    e = donnees["entreprises"]
    donnees["credit"] = credit_client.construire(
        graine, e.loc[e["commercial"] == commercial, "raison_sociale"].tolist()
    )
    return donnees


def classeur(d: dict):
    """The CRM tables the exercises count from, as spreadsheet sheets (answerable without code)."""
    feuilles = feuilles_crm(d, ("commandes", "entreprises", "solutions_en_service", "leads"))
    colonnes = (
        Colonne("numero", "Facture"),
        Colonne("client", "Client"),
        Colonne("date_facture", "Date de facture", "date"),
        Colonne("montant_ht", "Montant HT", "euros"),
        Colonne("montant_ttc", "Montant TTC", "euros"),
        Colonne("date_limite", "Date limite de paiement", "date"),
        Colonne("date_paiement", "Date de paiement", "date"),
    )
    description = (
        "Les factures 2025 de vos cinq clients, au 31/12/2025 : date limite à 60 jours "
        "(CGV d'Hydralis), date de paiement vide quand la facture n'est pas encore réglée."
    )
    table = d["credit"]["factures"]
    return [*feuilles, Feuille("factures", "Factures clients", table, colonnes, description)]
