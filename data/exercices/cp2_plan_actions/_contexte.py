"""CP2 — the data shared by the whole graded notebook, built from the learner's seed.

Every learner gets their own portfolio of about 120 Hydralis clients around Lyon (CA, margin,
purchase potential, sector, coordinates), the team's 2025 sales history (funnel), a week of visits
to plan, the standard action plan of the case and one market signal that forces an adjustment.
"""

import numpy as np
import pandas as pd

from autograder.metier import plan_actions as pa
from autograder.metier.kpi import donnees as kpi

# Order of the exercises in the notebook (and in the progress table).
EXERCICES = [
    "objectif_smart",
    "actions_par_secteur",
    "objectif_entonnoir",
    "rendez_vous_necessaires",
    "nombre_clients_a",
    "part_clients_a",
    "traitement_segments",
    "km_tournee",
    "co2_economise",
    "signal_marche",
    "reponse_concurrent",
    "clients_b_a_developper",
    "secteur_sous_couvert",
]

NB_VISITES = 8


def construire(graine: int) -> dict:
    rng = np.random.default_rng(graine)
    clients = pa.generer_portefeuille(graine)
    historique = pa.historique_entonnoir(kpi.generer_ventes(graine))
    bornes = pa.donnees_cas()["entonnoir"]
    entonnoir = {
        "commerciaux": int(rng.integers(bornes["commerciaux"][0], bornes["commerciaux"][1] + 1)),
        "rdv_par_semaine": int(
            rng.integers(
                bornes["rendez_vous_par_semaine"][0], bornes["rendez_vous_par_semaine"][1] + 1
            )
        ),
        "semaines": int(rng.integers(bornes["semaines"][0], bornes["semaines"][1] + 1)),
        "taux_closing": historique["taux_closing"],
        "panier": historique["panier"],
        "hausse_direction": float(rng.choice([0.08, 0.10, 0.12, 0.15])),
    }
    # A week of visits: one client per town, listed as the CRM exports them (alphabetical order).
    par_ville = clients.groupby("ville").sample(1, random_state=int(graine % 2**32))
    choisis = par_ville.sample(NB_VISITES, random_state=int(graine % 2**32) + 1)
    tournee = choisis.sort_values("client")[["client", "ville", "lat", "lon"]].reset_index(
        drop=True
    )
    signaux = pa.donnees_cas()["signaux"]
    return {
        "clients": clients,
        "historique": historique,
        "entonnoir": entonnoir,
        "tournee": tournee,
        "depot": pa.depot(),
        "plan": pa.plan_type(),
        "signal": signaux[int(rng.integers(len(signaux)))],
    }


def points_tournee(tournee: pd.DataFrame) -> list[tuple[float, float]]:
    return [(float(a), float(b)) for a, b in zip(tournee["lat"], tournee["lon"], strict=True)]
