"""Organiser son activité (CP2) : semaine de visites sous contrainte de conduite, CO2, visio.

Les données (``data/cp2/organisation.json``) citent le REAC et les textes (route, travail, statuts
des commerciaux, ESS) et fixent les règles d'organisation du cas : conduite d'au plus
``conduite_max_jour_min`` minutes par jour, vitesse moyenne, coefficient de passage de la distance
à vol d'oiseau à la distance routière. Les km routiers sont arrondis au km : c'est ce que
l'apprenant lit dans son tableau, et tous les calculs partent de ces km arrondis.

Convention : une journée de terrain est une boucle siège → client 1 → client 2 → siège ; sa
durée de conduite = km de la boucle ÷ vitesse moyenne.
"""

from __future__ import annotations

import copy
import functools
import json
import random
import unicodedata

import pandas as pd

from autograder.moteur.paths import data_path

_CLES = ("note", "reac", "textes", "a_verifier", "regles_cas", "visio", "acteurs_ess")
_REGLES = ("conduite_max_jour_min", "vitesse_moyenne_kmh", "coefficient_route", "jours_terrain")


@functools.lru_cache(maxsize=1)
def _spec() -> dict:
    with open(data_path("cp2", "organisation.json"), encoding="utf-8") as f:
        spec = json.load(f)
    manque = [k for k in _CLES if k not in spec] + [
        f"regles_cas/{k}" for k in _REGLES if k not in spec.get("regles_cas", {})
    ]
    if manque:
        raise ValueError(f"organisation.json : champs manquants : {', '.join(manque)}.")
    r = spec["regles_cas"]
    if r["vitesse_moyenne_kmh"] <= 0 or r["coefficient_route"] < 1 or len(r["jours_terrain"]) != 4:
        raise ValueError(
            "organisation.json : règles du cas impossibles (vitesse, coefficient, jours)."
        )
    for t in spec["textes"]:
        if not {"reference", "objet"} <= set(t):
            raise ValueError("organisation.json : chaque texte a une référence et un objet.")
    return spec


def donnees() -> dict:
    """Contenu de data/cp2/organisation.json (copie : la modifier ne change pas le cas)."""
    return copy.deepcopy(_spec())


def regles() -> dict:
    return dict(_spec()["regles_cas"])


def minutes_de_conduite(km: float, vitesse_kmh: float | None = None) -> float:
    """Durée de conduite en minutes = km ÷ vitesse moyenne × 60."""
    v = regles()["vitesse_moyenne_kmh"] if vitesse_kmh is None else float(vitesse_kmh)
    if float(km) < 0 or v <= 0:
        raise ValueError("Distance positive et vitesse strictement positive attendues.")
    return float(km) / v * 60


def co2_visio_kg(heures: float, participants: int) -> float:
    """Émissions d'une visioconférence : heures × participants × facteur visio des données."""
    if float(heures) < 0 or int(participants) < 1:
        raise ValueError("Durée positive et au moins un participant attendus.")
    return float(heures) * int(participants) * float(_spec()["visio"]["valeur"])


def _appariements(items: list[int]):
    """Every way of splitting an even list into unordered pairs (105 for 8 items)."""
    if not items:
        yield []
        return
    a = items[0]
    for i in range(1, len(items)):
        reste = items[1:i] + items[i + 1 :]
        for suite in _appariements(reste):
            yield [(a, items[i]), *suite]


def km_jour(matrice, a: int, b: int) -> int:
    """Boucle siège (indice 0) → a → b → siège, en km routiers arrondis."""
    return matrice[0][a] + matrice[a][b] + matrice[b][0]


def evaluer_plan(matrice, plan) -> dict:
    """Km par jour, total, conduite du jour le plus long (min) et respect de la règle du cas."""
    jours = [km_jour(matrice, a, b) for a, b in plan]
    pire = minutes_de_conduite(max(jours))
    return {
        "jours": jours,
        "km": sum(jours),
        "conduite_max": pire,
        "respecte": pire <= regles()["conduite_max_jour_min"] + 1e-9,
    }


def _sans_accents(texte: str) -> str:
    return unicodedata.normalize("NFKD", texte).encode("ascii", "ignore").decode().lower()


def _tirage(clients: pd.DataFrame, rng: random.Random, depot, distance_km) -> dict | None:
    """One draw of 8 clients in 8 towns; None when it does not make a good exercise."""
    villes = sorted(set(clients["ville"]))
    choisies = rng.sample(villes, 8)
    lignes = [clients[clients["ville"] == v].iloc[0] for v in choisies]
    lignes.sort(key=lambda r: _sans_accents(r["client"]))  # CRM export: alphabetical order
    coef = regles()["coefficient_route"]
    points = [tuple(depot), *[(float(r["lat"]), float(r["lon"])) for r in lignes]]
    mat = [[round(distance_km(a, b) * coef) for b in points] for a in points]
    tous = [(evaluer_plan(mat, p), p) for p in _appariements(list(range(1, 9)))]
    tous.sort(key=lambda t: (t[0]["km"], t[0]["conduite_max"]))
    valides = [t for t in tous if t[0]["respecte"]]
    crm = [(1, 2), (3, 4), (5, 6), (7, 8)]
    e_crm = evaluer_plan(mat, crm)
    if not valides or tous[0][0]["respecte"] or len(valides) < 3:
        return None
    juste, piege = valides[0], tous[0]
    if valides[1][0]["km"] == juste[0]["km"] or e_crm["km"] <= juste[0]["km"]:
        return None
    # A valid but longer plan, distinct in km from the three others.
    pris = {juste[0]["km"], piege[0]["km"], e_crm["km"]}
    autres = [t for t in valides[1:] if t[0]["km"] not in pris and t[1] != crm]
    if not autres:
        return None
    long = autres[rng.randrange(len(autres))]
    return {
        "clients": [str(r["client"]) for r in lignes],
        "villes": [str(r["ville"]) for r in lignes],
        "matrice": mat,
        "plans": {"juste": juste[1], "piege": piege[1], "crm": crm, "long": long[1]},
    }


def semaine(clients: pd.DataFrame, graine: int, depot, distance_km) -> dict:
    """La semaine de visites d'un apprenant : 8 clients (ordre du CRM), la matrice des km
    routiers (indice 0 = siège) et quatre plans de quatre jours : le meilleur plan qui respecte la
    conduite maximale par jour (« juste »), le plan le plus court qui ne la respecte pas
    (« piege »), le plan dans l'ordre du CRM (« crm ») et un plan valable mais plus long.
    ``depot`` (lat, lon) et ``distance_km(a, b)`` (vol d'oiseau) viennent du plan d'actions."""
    rng = random.Random(int(graine) * 7919 + 2)
    for _ in range(200):
        s = _tirage(clients, rng, depot, distance_km)
        if s is not None:
            return s
    raise ValueError("Aucune semaine de visites exploitable pour ce portefeuille.")


def table_distances(s: dict) -> pd.DataFrame:
    """La matrice des km routiers, lisible : une ligne par point de départ."""
    noms = [
        "Siège (départ et retour)",
        *[f"{c} ({v})" for c, v in zip(s["clients"], s["villes"], strict=True)],
    ]
    lignes = {"de": noms}
    for j, nom in enumerate(noms):
        lignes[nom] = [row[j] for row in s["matrice"]]
    return pd.DataFrame(lignes)


def decrire_plan(s: dict, plan) -> str:
    """« lundi : A et B ; mardi : … » avec les noms des clients."""
    jours = regles()["jours_terrain"]
    nom = s["clients"]
    return " ; ".join(
        f"{j} : {nom[a - 1]} et {nom[b - 1]}" for j, (a, b) in zip(jours, plan, strict=True)
    )


def client_le_plus_loin(s: dict) -> int:
    """Indice (1 à 8) du client le plus éloigné du siège par la route."""
    return max(range(1, 9), key=lambda i: (s["matrice"][0][i], -i))
