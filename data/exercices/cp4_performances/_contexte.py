"""CP4 — the data shared by the whole graded notebook, built from the learner's seed.

Every learner gets the year 2025 of Hydralis with their own numbers and their own story: one sales
rep (`scenario.commercial`) loses ground during one quarter (`scenario.trimestre`) because one factor
drops (leads, conversion or average basket). The exercises ask to find, measure and correct it.
"""

from autograder.metier.kpi import donnees as kpi
from autograder.moteur.tableur import Colonne, Feuille

# Order of the exercises in the notebook (and in the progress table).
EXERCICES = [
    "ca_annuel",
    "taux_realisation_equipe",
    "taux_conversion_commercial",
    "panier_moyen_region",
    "mois_en_alerte",
    "ecart_ca_trimestre",
    "ecart_relatif_trimestre",
    "commerciaux_sous_seuil",
    "effet_conversion",
    "facteur_principal",
    "responsabilite_facteurs",
    "services_a_impliquer",
    "action_optimale",
    "leads_supplementaires",
    "actions_alignees",
    "efficacite_mesure",
]


def construire(graine: int) -> dict:
    ventes = kpi.generer_ventes(graine)
    sc = kpi.scenario(graine)
    ventes_trimestre = kpi.filtrer(ventes, trimestre=sc.trimestre)
    lignes = kpi.filtrer(ventes_trimestre, commercial=sc.commercial)
    ligne = kpi.synthese(lignes, par=None).iloc[0]
    return {
        "ventes": ventes,
        "commercial": sc.commercial,  # the learner's case: who and when (not why)
        "trimestre": sc.trimestre,
        "ventes_trimestre": ventes_trimestre,
        "ligne": ligne,
        # What the statements about the case quote (exercises copy it into their parameters).
        "cas": {
            "commercial": sc.commercial,
            "trimestre": sc.trimestre,
            "ca": float(ligne["ca"]),
            "objectif": float(ligne["objectif_ca"]),
            "decomposition": kpi.decomposer_ecart_ca(ventes, sc.commercial, sc.trimestre),
        },
        "scenario": sc,
    }


def classeur(d: dict) -> list[Feuille]:
    """The whole `ventes` table of the learner, as one spreadsheet sheet."""
    return [
        Feuille(
            "ventes",
            "Ventes 2025",
            d["ventes"],
            (
                Colonne("mois", "Mois", "mois"),
                Colonne("trimestre", "Trimestre", "entier"),
                Colonne("commercial", "Commercial"),
                Colonne("region", "Région"),
                Colonne("leads", "Leads", "entier"),
                Colonne("rendez_vous", "Rendez-vous", "entier"),
                Colonne("devis", "Devis", "entier"),
                Colonne("ventes", "Ventes", "entier"),
                Colonne("ca", "CA HT", "euros0"),
                Colonne("objectif_leads", "Objectif leads", "entier"),
                Colonne("objectif_ventes", "Objectif ventes", "entier"),
                Colonne("objectif_ca", "Objectif CA HT", "euros0"),
            ),
            "L'activité 2025 de l'équipe, une ligne par commercial et par mois : vos chiffres "
            "personnels, toutes les lignes.",
        )
    ]
