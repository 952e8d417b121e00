"""CP2 — the data shared by the whole graded notebook, built from the learner's seed.

Every learner gets their own portfolio of about 120 Hydralis clients around Lyon (CA, margin,
purchase potential, sector, coordinates), the team's 2025 sales history (funnel), a week of visits
to plan, the standard action plan of the case and one market signal that forces an adjustment.
"""

import numpy as np
import pandas as pd

from autograder.metier import organisation as org
from autograder.metier import plan_actions as pa
from autograder.metier.kpi import donnees as kpi
from autograder.moteur.tableur import Colonne, Feuille

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
    "km_plan_crm",
    "conduite_jour_max",
    "semaine_visites",
    "co2_semaine_evite",
    "visio_co2",
    "visio_temps",
    "risques_situations",
    "prevention_route",
    "sobriete_numerique",
    "statut_vendeur",
    "indemnite_agent",
    "acteurs_ess",
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
        # Drawn last and from its own generator: the data above stay as they were.
        "semaine": org.semaine(clients, graine, pa.depot(), pa.distance_km),
    }


def points_tournee(tournee: pd.DataFrame) -> list[tuple[float, float]]:
    return [(float(a), float(b)) for a, b in zip(tournee["lat"], tournee["lon"], strict=True)]


def distances(tournee: pd.DataFrame, depot) -> pd.DataFrame:
    """Km à vol d'oiseau between the head office and every client of the week (both ways)."""
    noms = ["Siège (départ et retour)", *tournee["client"]]
    points = [tuple(depot), *points_tournee(tournee)]
    lignes = {"de": noms}
    for nom, b in zip(noms, points, strict=True):
        lignes[nom] = [pa.distance_km(a, b) for a in points]
    return pd.DataFrame(lignes)


def classeur(d: dict) -> list[Feuille]:
    """The portfolio, the 2025 funnel and the week's distances, as spreadsheet sheets."""
    h = d["historique"]
    entonnoir = pd.DataFrame(
        {
            "indicateur": [
                "Rendez-vous 2025",
                "Ventes 2025",
                "CA HT 2025",
                "Taux de closing (ventes ÷ rendez-vous)",
                "Panier moyen HT (CA ÷ ventes)",
            ],
            "valeur": [h["rendez_vous"], h["ventes"], h["ca"], h["taux_closing"], h["panier"]],
        }
    )
    dist = distances(d["tournee"], d["depot"])
    semaine = org.table_distances(d["semaine"])
    marche = pa.couverture_secteurs(d["clients"])[["part_marche"]].sort_index().reset_index()
    return [
        Feuille(
            "clients",
            "Clients",
            d["clients"],
            (
                Colonne("id", "Code client"),
                Colonne("client", "Client"),
                Colonne("secteur", "Secteur"),
                Colonne("ville", "Ville"),
                Colonne("ca", "CA HT 2025", "euros0"),
                Colonne("marge", "Marge 2025", "euros0"),
                Colonne("commandes", "Commandes", "entier"),
                Colonne("potentiel", "Potentiel annuel HT", "euros0"),
            ),
            "Votre portefeuille : CA et marge réalisés avec Hydralis, potentiel d'achat annuel "
            "(tous fournisseurs).",
        ),
        Feuille(
            "historique",
            "Entonnoir 2025",
            entonnoir,
            (Colonne("indicateur", "Indicateur"), Colonne("valeur", "Valeur", "decimal4")),
            "Les chiffres 2025 de l'équipe, non arrondis dans le classeur (le taux de closing "
            "est une fraction : 0,2341 pour 23,41 %).",
        ),
        Feuille(
            "distances",
            "Distances (km)",
            dist,
            (
                Colonne("de", "Départ"),
                *(Colonne(c, c, "decimal2") for c in dist.columns[1:]),
            ),
            "Distances à vol d'oiseau, en km, entre le siège et chaque client de la semaine "
            "(lisez la ligne du point de départ, la colonne du point d'arrivée). Les clients "
            "y sont dans l'ordre de l'export du CRM.",
        ),
        Feuille(
            "secteurs",
            "Marché par secteur",
            marche,
            (
                Colonne("secteur", "Secteur"),
                Colonne("part_marche", "Part du potentiel du marché régional", "pourcent"),
            ),
            "La fiche des secteurs : la part de chaque secteur dans le potentiel du marché régional.",
        ),
        Feuille(
            "semaine",
            "Semaine (km routiers)",
            semaine,
            (Colonne("de", "Départ"), *(Colonne(c, c, "entier") for c in semaine.columns[1:])),
            "Les huit clients à visiter du lundi au jeudi, dans l'ordre de l'export du CRM, et les "
            "distances routières en km (arrondies) entre le siège et chaque client et entre deux "
            "clients : lisez la ligne du départ, la colonne de l'arrivée.",
        ),
    ]
