"""CP9 — the data shared by the whole graded notebook: the learner's own Hydralis CRM base.

The SQLite base is generated from the learner's seed into `.crm/` next to the notebook (cached:
generated once, reused afterwards). The exercises read the tables as DataFrames; the learner
queries the same base with SQL (`pandas.read_sql(requete, con)`) or pandas.
"""

import random

import pandas as pd

from autograder.crm import ouvrir_crm
from autograder.crm.creances import factures
from autograder.crm.tableur import feuilles_crm

# Order of the exercises in the notebook (and in the progress table).
EXERCICES = [
    "solutions_sans_suivi",
    "motif_principal_resiliation",
    "verbatims_amelioration",
    "taux_attrition_annuel",
    "contrats_a_renouveler",
    "pompes_a_remplacer",
    "valeur_vie_client_marge",
    "nps_annuel",
    "csat_annuel",
    "canal_moins_satisfaisant",
    "coherence_points_contact",
    "clients_sans_contact",
    "communication_transparente",
    "etapes_reclamation",
    "plafond_geste_commercial",
    "geste_proportionne",
    "comptes_dormants",
    "valeur_comptes_dormants",
    "priorite_reactivation",
    "remise_fidelite_maximale",
    "comptes_cles",
    "encours_client",
    "montant_echu",
    "decision_encours",
]

REFERENCE = "2025-12-31"  # reference date of the base (« aujourd'hui » in the statements)
TABLES = ("entreprises", "contacts", "interactions", "solutions_en_service")
TABLES += ("enquetes_satisfaction", "resiliations", "commandes")


def construire(graine: int) -> dict:
    con = ouvrir_crm(graine, dossier=".crm")
    donnees = {t: pd.read_sql(f"SELECT * FROM {t}", con) for t in TABLES}
    donnees["con"] = con
    donnees["reference"] = REFERENCE
    # Invoices derived from the orders (own random stream): outstanding balances and delays.
    donnees["factures"] = factures(donnees["commandes"], graine, REFERENCE)
    # The learner's follow-up commitment (days after commissioning), quoted by the statements.
    donnees["delai_suivi"] = random.Random(graine).choice([30, 45, 60])
    # Hydralis's margin rate (margin / sales excl. VAT), quoted by the goodwill-gesture items.
    donnees["taux_de_marque"] = random.Random(f"{graine}:marque").choice([0.30, 0.35, 0.40])
    # Months without an order after which a client counts as dormant (the reactivation items).
    donnees["mois_dormance"] = random.Random(f"{graine}:dormance").choice([9, 12])
    return donnees


def classeur(d: dict):
    """The CRM tables the exercises count from, as spreadsheet sheets (answerable without code)."""
    return feuilles_crm(
        d,
        (
            "entreprises",
            "contacts",
            "interactions",
            "solutions_en_service",
            "enquetes_satisfaction",
            "resiliations",
            "commandes",
            "factures",
        ),
    )
