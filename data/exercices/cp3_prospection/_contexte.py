"""CP3 — the data shared by the whole graded notebook: the learner's own CRM base.

Each learner gets the Hydralis CRM generated from their seed (same defects, other numbers):
duplicates, missing or malformed fields, opt-outs, Bloctel numbers, stale records. The base is
written once into `.crm/` beside the notebook and reused afterwards. Part 8 (public tenders) adds
the learner's tender case: the notice spotted, its lots and criteria, the estimated offers.
"""

import pandas as pd

from autograder.crm import ouvrir_crm
from autograder.crm.tableur import feuilles_crm
from autograder.metier import marches_publics

EXERCICES = [
    "donnees_cibles",
    "outils_taches",
    "limites_ia",
    "doublons_siren",
    "emails_invalides",
    "contacts_emailables",
    "creneaux_appel",
    "contacts_appelables",
    "secteur_panier",
    "canal_persona",
    "pareto_secteurs",
    "persona",
    "conversion_source",
    "barrage_standard",
    "etapes_appel",
    "quiz_telephone_qualification",
    "appel_prospection",
    "inbound_outbound",
    "sequence_persona",
    "sequence_automatisation",
    "regles_salon_visio",
    "prochain_appel",
    "numeros_demarchage",
    "segmentation_ia_effectif",
    "segmentation_ia_critere",
    "segment_potentiel",
    "entonnoir_canal",
    "roi_salon",
    "ao_pieces_dce",
    "ao_candidature_offre",
    "ao_procedure_montant",
    "ao_petits_lots",
    "ao_go_no_go",
    "ao_note_ponderee",
    "ao_offre_retenue",
    "ao_prix_pour_gagner",
    "ao_offre_anormalement_basse",
    "ao_attestations_a_renouveler",
    "ao_echeance_publique",
    "ao_interets_moratoires",
]

TABLES = ("entreprises", "contacts", "interactions", "leads", "opportunites", "commandes")


def construire(graine: int) -> dict:
    con = ouvrir_crm(graine, dossier=".crm")
    donnees = {"con": con}
    for table in TABLES:
        donnees[table] = pd.read_sql(f"SELECT * FROM {table}", con)
    donnees["marche"] = marches_publics.construire(graine)
    return donnees


def classeur(d: dict):
    """The CRM tables the exercises count from, as spreadsheet sheets (answerable without code)."""
    return feuilles_crm(d, ("entreprises", "contacts", "leads", "opportunites", "commandes"))
