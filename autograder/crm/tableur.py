"""The CRM tables as spreadsheet sheets: French headers and a format for every column.

Used by the assignments built on the learner's CRM base (CP3, CP8, CP9) in their `classeur()`.
Schema: data/crm/README.md.
"""

from __future__ import annotations

from autograder.moteur.tableur import Colonne as C
from autograder.moteur.tableur import Feuille

ID = "identifiant"
COLONNES = {
    "entreprises": (
        C("id", "N° entreprise", ID),
        C("raison_sociale", "Raison sociale"),
        C("siren", "SIREN"),
        C("secteur", "Secteur"),
        C("code_naf", "Code NAF"),
        C("taille", "Taille"),
        C("effectif", "Effectif", "entier"),
        C("region", "Région"),
        C("ville", "Ville"),
        C("statut", "Statut"),
        C("commercial", "Commercial"),
    ),
    "contacts": (
        C("id", "N° contact", ID),
        C("entreprise_id", "N° entreprise", ID),
        C("secteur", "Secteur de l'entreprise"),
        C("prenom", "Prénom"),
        C("nom", "Nom"),
        C("role", "Fonction"),
        C("email", "E-mail"),
        C("telephone", "Téléphone"),
        C("type_telephone", "Type de téléphone"),
        C("canal_prefere", "Canal préféré"),
        C("consentement_email", "Consentement e-mail (1 = oui)", "entier"),
        C("opposition_prospection", "Opposition à la prospection (1 = oui)", "entier"),
        C("date_opposition", "Date d'opposition", "date"),
        C("inscrit_bloctel", "Inscrit sur Bloctel (1 = oui)", "entier"),
        C("date_maj", "Dernière mise à jour", "date"),
    ),
    "interactions": (
        C("id", "N° interaction", ID),
        C("entreprise_id", "N° entreprise", ID),
        C("contact_id", "N° contact", ID),
        C("date", "Date", "date"),
        C("type", "Type"),
        C("canal", "Canal"),
        C("resultat", "Résultat"),
        C("commercial", "Commercial"),
    ),
    "leads": (
        C("id", "N° lead", ID),
        C("entreprise_id", "N° entreprise", ID),
        C("contact_id", "N° contact", ID),
        C("date", "Date", "date"),
        C("source", "Source"),
        C("statut", "Statut"),
        C("commercial", "Commercial"),
    ),
    "opportunites": (
        C("id", "N° opportunité", ID),
        C("lead_id", "N° lead", ID),
        C("entreprise_id", "N° entreprise", ID),
        C("secteur", "Secteur de l'entreprise"),
        C("commercial", "Commercial"),
        C("produit", "Produit"),
        C("inclut_contrat", "Contrat inclus (1 = oui)", "entier"),
        C("date_creation", "Date de création", "date"),
        C("etape", "Étape"),
        C("statut", "Statut"),
        C("montant", "Montant HT", "euros"),
        C("date_cloture", "Date de clôture", "date"),
        C("motif_perte", "Motif de perte"),
    ),
    "devis": (
        C("id", "N° devis", ID),
        C("opportunite_id", "N° opportunité", ID),
        C("date", "Date", "date"),
        C("montant_brut_ht", "Montant brut HT", "euros"),
        C("taux_remise", "Taux de remise", "pourcent"),
        C("montant_ht", "Montant HT", "euros"),
        C("date_validite", "Valable jusqu'au", "date"),
        C("statut", "Statut"),
    ),
    "commandes": (
        C("id", "N° commande", ID),
        C("opportunite_id", "N° opportunité", ID),
        C("devis_id", "N° devis", ID),
        C("entreprise_id", "N° entreprise", ID),
        C("secteur", "Secteur de l'entreprise"),
        C("date", "Date", "date"),
        C("montant_ht", "Montant HT", "euros"),
        C("montant_ttc", "Montant TTC", "euros"),
        C("commercial", "Commercial"),
    ),
    "solutions_en_service": (
        C("id", "N° solution", ID),
        C("entreprise_id", "N° entreprise", ID),
        C("commande_id", "N° commande", ID),
        C("type", "Type"),
        C("produit", "Produit"),
        C("date_mise_en_service", "Mise en service", "date"),
        C("date_renouvellement", "Renouvellement", "date"),
        C("statut", "Statut"),
        C("date_fin", "Date de fin", "date"),
    ),
    "enquetes_satisfaction": (
        C("id", "N° enquête", ID),
        C("entreprise_id", "N° entreprise", ID),
        C("contact_id", "N° contact", ID),
        C("solution_id", "N° solution", ID),
        C("date", "Date", "date"),
        C("canal", "Canal de l'échange évalué"),
        C("nps", "Recommandation (0 à 10)", "entier"),
        C("csat", "Satisfaction (1 à 5)", "entier"),
        C("verbatim", "Verbatim"),
    ),
    "resiliations": (
        C("id", "N° résiliation", ID),
        C("entreprise_id", "N° entreprise", ID),
        C("solution_id", "N° solution", ID),
        C("date", "Date", "date"),
        C("motif", "Motif"),
    ),
    "factures": (  # derived from the orders (autograder.crm.creances), not a table of the base
        C("id", "N° facture", ID),
        C("commande_id", "N° commande", ID),
        C("entreprise_id", "N° entreprise", ID),
        C("date", "Date de facture", "date"),
        C("echeance", "Échéance", "date"),
        C("montant_ht", "Montant HT", "euros"),
        C("montant_ttc", "Montant TTC", "euros"),
        C("date_paiement", "Payée le", "date"),
    ),
}
NOMS = {
    "entreprises": "Entreprises",
    "contacts": "Contacts",
    "interactions": "Interactions",
    "leads": "Leads",
    "opportunites": "Opportunités",
    "devis": "Devis",
    "commandes": "Commandes",
    "solutions_en_service": "Solutions en service",
    "enquetes_satisfaction": "Enquêtes de satisfaction",
    "resiliations": "Résiliations",
    "factures": "Factures",
}
SECTEUR = (
    "La colonne « Secteur de l'entreprise » reprend le secteur de la fiche entreprise "
    "(vide quand il n'est pas renseigné)."
)
AVEC_SECTEUR = ("commandes", "contacts", "opportunites")  # as a CRM export would give them
DESCRIPTIONS = dict.fromkeys(AVEC_SECTEUR, SECTEUR)
DESCRIPTIONS["factures"] = (
    "Une facture par commande livrée ; « Payée le » vide : facture non réglée au 31/12/2025."
)


def feuilles_crm(donnees: dict, tables) -> list[Feuille]:
    """One sheet per CRM table of `donnees` (DataFrames read from the learner's base), in order.

    The orders, contacts and opportunities sheets also get the company's sector, as a CRM export
    would (no lookup needed)."""
    feuilles = []
    for table in tables:
        df = donnees[table]
        if table in AVEC_SECTEUR and "entreprises" in donnees:
            secteurs = donnees["entreprises"].set_index("id")["secteur"]
            df = df.assign(secteur=df["entreprise_id"].map(secteurs))
        colonnes = tuple(c for c in COLONNES[table] if c.cle in df.columns)
        feuilles.append(Feuille(table, NOMS[table], df, colonnes, DESCRIPTIONS.get(table, "")))
    return feuilles
