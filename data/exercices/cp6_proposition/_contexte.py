"""CP6 — le cas partagé par tout le notebook noté, construit à partir de la graine de l'apprenant.

Hydralis répond à la Laiterie du Val d'Allagnon, qui remplace la station de pompage de son
nettoyage en place. Chaque apprenant a ses chiffres : débit, heures de marche, prix du kWh, prix
catalogue, remises, escompte, offres concurrentes, comptes de l'activité maintenance.
"""

from autograder.metier import proposition

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
]


def construire(graine: int) -> dict:
    return proposition.construire_cas(graine)
