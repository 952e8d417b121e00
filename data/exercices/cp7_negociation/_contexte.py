"""CP7 — le rendez-vous de négociation partagé par tout le notebook noté.

Hydralis (pompes industrielles et contrats de maintenance) négocie sa proposition technique et
commerciale avec un acheteur : chaque apprenant tire l'un des personas de data/negociation/
(laiterie, régie des eaux, chimie), avec ses propres montants (facteur de 0,9 à 1,15).
"""

import random

from autograder.metier.negociation import simulateur as negociation

EXERCICES = [
    "ouverture_entretien",
    "cadre_echanges",
    "support_adapte",
    "preparation",
    "taux_de_marque_accord",
    "simulation",
    "bon_de_commande",
    "dialogue_objection",
    "dialogue_ecologie",
    "quiz_decouverte",
    "quiz_objections",
    "quiz_argumentation",
    "quiz_posture_ecologie",
    "quiz_concessions_conclusion",
    "quiz_anglais",
]


def construire(graine: int) -> dict:
    return {"persona": negociation.tirer_persona(random.Random(graine))}
