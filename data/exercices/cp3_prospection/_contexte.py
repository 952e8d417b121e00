"""CP3 — the data shared by the whole graded notebook: the learner's own CRM base.

Each learner gets the Hydralis CRM generated from their seed (same defects, other numbers):
duplicates, missing or malformed fields, opt-outs, Bloctel numbers, stale records. The base is
written once into `.crm/` beside the notebook and reused afterwards.
"""

import pandas as pd

from autograder.crm import ouvrir_crm
from autograder.crm.tableur import feuilles_crm

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
]

TABLES = ("entreprises", "contacts", "interactions", "leads", "opportunites", "commandes")


def construire(graine: int) -> dict:
    con = ouvrir_crm(graine, dossier=".crm")
    donnees = {"con": con}
    for table in TABLES:
        donnees[table] = pd.read_sql(f"SELECT * FROM {table}", con)
    return donnees


def classeur(d: dict):
    """The CRM tables the exercises count from, as spreadsheet sheets (answerable without code)."""
    return feuilles_crm(d, ("entreprises", "contacts", "leads", "opportunites", "commandes"))
