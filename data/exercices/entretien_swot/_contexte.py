"""Entretien technique (RE §3.1) — the SWOT case of the graded notebook, drawn from the learner's seed.

Every learner gets one company of the SWOT bank (data/swot/, validated by autograder.metier.swot.cas): its
context page, its statements to sort, its TOWS ideas, its criteria of a good suggestion and its key
figures. Two learners usually get different companies; the exercises shuffle their items anyway.
"""

import random

from autograder.metier.swot import cas as swot

EXERCICES = [
    "classer_enonces",
    "opinions",
    "piege",
    "tows_paires",
    "bonnes_suggestions",
    "ca_par_salarie",
]


def construire(graine: int) -> dict:
    rng = random.Random(graine)
    cas = swot.charger_cas(rng.choice(swot.lister_cas()))
    return {
        "cas": cas["id"],
        "titre": cas["titre"],
        "contexte": cas["contexte"],
        "chiffres": dict(cas["chiffres_cles"]),
        "criteres": list(cas["criteres_bonne_suggestion"]),
    }
