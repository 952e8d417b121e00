"""CP6 — le cas partagé par tout le notebook noté, construit à partir de la graine de l'apprenant.

Hydralis répond à la Laiterie du Val d'Allagnon, qui remplace la station de pompage de son
nettoyage en place. Chaque apprenant a ses chiffres : débit, heures de marche, prix du kWh, prix
catalogue, remises, escompte, offres concurrentes, comptes de l'activité maintenance, et le cadre
de la vente (prix d'une pièce revendue, facture et retard de paiement, crédit-bail).
"""

from autograder.metier import conditions_vente, proposition

EXERCICES = [
    "besoins_entretien",
    "pompes_en_service",
    "tco_concurrent",
    "offre_la_plus_avantageuse",
    "adequation_priorites",
    "co2_evite",
    "developpement_durable",
    "evolution_long_terme",
    "avantages_tangibles",
    "net_a_payer",
    "taux_de_marque_affaire",
    "point_mort_maintenance",
    "coefficient_plancher",
    "taux_de_marque_coefficient",
    "prix_ht_distributeur",
    "coefficient_ttc_ht",
    "echeance_45_jours",
    "penalites_facture",
    "taux_penalites_legal",
    "montant_reclame",
    "dso_hydralis",
    "loyer_credit_bail",
    "reserves_livraison",
]


def construire(graine: int) -> dict:
    cas = proposition.construire_cas(graine)
    cas["conditions"] = conditions_vente.construire(graine, cas["devis"])
    return cas
