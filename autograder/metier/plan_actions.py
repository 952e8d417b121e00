"""Plan d'actions commerciales d'Hydralis (CP2) : portefeuille, ABC, objectif, planning, tournée.

Les données du cas sont dans data/cp2/portefeuille.json ; ``generer_portefeuille(graine)``
construit un portefeuille fictif d'environ 120 clients autour de Lyon (CA, marge, potentiel,
secteur, coordonnées).

Convention ABC (loi de Pareto) retenue dans le cours : on trie les clients par chiffre
d'affaires décroissant, on calcule la part cumulée du CA ; un client est **A** si la part
cumulée, lui compris, est d'au plus 80 %, **B** jusqu'à 95 %, **C** au-delà. D'autres seuils
existent (70/90, 80/90…) et certaines entreprises classent sur la marge : il faut toujours
annoncer la convention utilisée.

Les formules commerciales (conversion, panier moyen, réalisation…) viennent de
``autograder.calculs`` ; ce module ajoute la distance (haversine), la tournée et le CO2.
"""

from __future__ import annotations

import copy
import functools
import json
import math

import numpy as np
import pandas as pd

from autograder.calculs import panier_moyen, taux_de_conversion
from autograder.moteur.nombres import euros
from autograder.moteur.paths import data_path

RAYON_TERRE_KM = 6371.0
"""Rayon moyen de la Terre utilisé par la formule de haversine."""

# Okabe–Ito palette: readable by colour-blind learners.
OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000")


@functools.lru_cache(maxsize=1)
def _spec() -> dict:
    with open(data_path("cp2", "portefeuille.json"), encoding="utf-8") as f:
        spec = json.load(f)
    for s in spec["secteurs"]:
        inconnues = set(s["villes"]) - set(spec["villes"])
        if inconnues:
            raise ValueError(f"portefeuille.json : villes inconnues pour {s['nom']} : {inconnues}.")
    return spec


def donnees_cas() -> dict:
    """Contenu de data/cp2/portefeuille.json (copie : le modifier ne change pas le cas)."""
    return copy.deepcopy(_spec())


def seuils_abc() -> tuple[float, float]:
    bas, haut = _spec()["seuils_abc"]
    return float(bas), float(haut)


def facteur_emission() -> dict:
    """Facteur d'émission (kg CO2e par km), avec son unité et sa source."""
    return dict(_spec()["facteur_emission"])


def depot() -> tuple[float, float]:
    d = _spec()["depot"]
    return float(d["lat"]), float(d["lon"])


# -- portfolio ---------------------------------------------------------------------------------
def generer_portefeuille(graine: int = 2025) -> pd.DataFrame:
    """Portefeuille fictif : une ligne par client (client, secteur, ville, lat, lon, ca, marge,
    commandes, potentiel), trié par identifiant. Même graine, même portefeuille."""
    if isinstance(graine, bool) or not isinstance(graine, int | np.integer) or graine < 0:
        raise ValueError(f"La graine doit être un entier positif (reçu : {graine!r}).")
    spec = _spec()
    rng = np.random.default_rng(int(graine))
    secteurs = spec["secteurs"]
    poids = np.array([s["poids"] for s in secteurs], dtype=float)
    lignes, vus = [], set()
    for i in range(spec["nombre_clients"]):
        s = secteurs[rng.choice(len(secteurs), p=poids / poids.sum())]
        ville = s["villes"][rng.integers(len(s["villes"]))]
        nom = f"{rng.choice(spec['prefixes'][s['nom']])} {rng.choice(spec['noms'])}"
        while nom in vus:  # unique names, so a learner can point at one client
            nom += " et Fils" if not nom.endswith("Fils") else " Frères"
        vus.add(nom)
        lat, lon = spec["villes"][ville]
        ca = round(float(rng.lognormal(math.log(s["ca_median"]), s["dispersion"])), -1)
        ca = max(ca, 500.0)
        taux = float(rng.uniform(*s["taux_marge"]))
        commandes = max(1, int(round(ca / s["panier"] * rng.uniform(0.7, 1.3))))
        penetration = float(rng.uniform(0.2, 0.9))
        lignes.append(
            {
                "client": nom,
                "id": f"C{i + 1:03d}",
                "secteur": s["nom"],
                "ville": ville,
                # A few km around the town centre: distinct sites, same town.
                "lat": round(lat + float(rng.normal(0, 0.012)), 4),
                "lon": round(lon + float(rng.normal(0, 0.016)), 4),
                "ca": ca,
                "marge": round(ca * taux, 0),
                "commandes": commandes,
                "potentiel": round(ca / penetration, -2),
            }
        )
    return pd.DataFrame(lignes)[
        ["id", "client", "secteur", "ville", "lat", "lon", "ca", "marge", "commandes", "potentiel"]
    ]


def classer_abc(clients: pd.DataFrame, colonne: str = "ca", seuils=None) -> pd.DataFrame:
    """Classement ABC sur `colonne` : trié par valeur décroissante, avec `part` (part de la
    colonne), `part_cumulee` et `classe` (A si part cumulée ≤ 80 %, B ≤ 95 %, C au-delà, par
    défaut ; `seuils=(0.7, 0.9)` pour une autre convention)."""
    if colonne not in clients.columns:
        raise ValueError(f"classer_abc : la colonne « {colonne} » n'existe pas.")
    bas, haut = seuils_abc() if seuils is None else seuils
    if not 0 < bas < haut <= 1:
        raise ValueError(f"Seuils ABC invalides : {bas} et {haut} (attendu 0 < A < B ≤ 1).")
    total = float(clients[colonne].sum())
    if total <= 0:
        raise ValueError(f"classer_abc : le total de « {colonne} » doit être positif.")
    t = clients.sort_values(colonne, ascending=False, kind="stable").reset_index(drop=True)
    t["part"] = t[colonne] / total
    t["part_cumulee"] = t[colonne].cumsum() / total
    # 1e-12: a cumulated share of exactly 80 % stays A despite float rounding.
    t["classe"] = np.where(
        t["part_cumulee"] <= bas + 1e-12, "A", np.where(t["part_cumulee"] <= haut + 1e-12, "B", "C")
    )
    return t


def synthese_abc(classes: pd.DataFrame, colonne: str = "ca") -> pd.DataFrame:
    """Par classe : nombre de clients, part des clients, total et part de `colonne`."""
    g = classes.groupby("classe")[colonne].agg(["count", "sum"]).reindex(["A", "B", "C"])
    g = g.fillna(0)
    return pd.DataFrame(
        {
            "clients": g["count"].astype(int),
            "part_clients": g["count"] / g["count"].sum(),
            colonne: g["sum"],
            f"part_{colonne}": g["sum"] / g["sum"].sum(),
        }
    )


def taux_de_penetration(ca, potentiel) -> float:
    """Part du potentiel d'achat d'un client déjà captée : CA réalisé / potentiel estimé."""
    if potentiel is None or float(potentiel) <= 0:
        raise ValueError("Le potentiel doit être strictement positif pour un taux de pénétration.")
    if float(ca) < 0:
        raise ValueError("Le chiffre d'affaires ne peut pas être négatif.")
    return float(ca) / float(potentiel)


def couverture_secteurs(clients: pd.DataFrame) -> pd.DataFrame:
    """Par secteur : part du CA d'Hydralis, part du potentiel du marché régional (données) et
    indice de couverture = part du CA / part du marché (< 1 : secteur sous-couvert)."""
    marche = {s["nom"]: s["part_potentiel_marche"] for s in _spec()["secteurs"]}
    ca = clients.groupby("secteur")["ca"].sum()
    t = pd.DataFrame({"part_ca": ca / ca.sum()})
    t["part_marche"] = [marche[s] for s in t.index]
    t["indice_couverture"] = t["part_ca"] / t["part_marche"]
    return t.sort_values("indice_couverture")


# -- objective from the funnel -----------------------------------------------------------------
def objectif_entonnoir(commerciaux, rdv_par_semaine, semaines, taux_closing, panier) -> float:
    """Objectif de CA construit « par le bas » : commerciaux × rendez-vous par semaine ×
    semaines travaillées × taux de closing (ventes / rendez-vous) × panier moyen."""
    for nom, v in (("commerciaux", commerciaux), ("rdv_par_semaine", rdv_par_semaine),
                   ("semaines", semaines), ("panier", panier)):  # fmt: skip
        if float(v) < 0:
            raise ValueError(f"objectif_entonnoir : « {nom} » ne peut pas être négatif ({v}).")
    if not 0 <= float(taux_closing) <= 1:
        raise ValueError(
            f"Le taux de closing s'écrit en fraction entre 0 et 1 (reçu : {taux_closing})."
        )
    return (
        float(commerciaux)
        * float(rdv_par_semaine)
        * float(semaines)
        * float(taux_closing)
        * float(panier)
    )


def historique_entonnoir(ventes: pd.DataFrame) -> dict:
    """Taux de closing (ventes / rendez-vous) et panier moyen d'un historique kpi.generer_ventes."""
    t = ventes[["rendez_vous", "ventes", "ca"]].sum()
    return {
        "rendez_vous": int(t["rendez_vous"]),
        "ventes": int(t["ventes"]),
        "ca": float(t["ca"]),
        "taux_closing": taux_de_conversion(int(t["ventes"]), int(t["rendez_vous"])),
        "panier": panier_moyen(float(t["ca"]), int(t["ventes"])),
    }


# -- eco-responsible tour ----------------------------------------------------------------------
def distance_km(a, b) -> float:
    """Distance à vol d'oiseau (formule de haversine) entre deux points (lat, lon) en degrés."""
    (lat1, lon1), (lat2, lon2) = a, b
    for lat in (lat1, lat2):
        if not -90 <= float(lat) <= 90:
            raise ValueError(f"Latitude impossible : {lat} (attendu entre −90 et 90).")
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * RAYON_TERRE_KM * math.asin(math.sqrt(h))


def longueur_tournee(base, points, retour: bool = True) -> float:
    """Km parcourus de la base à chaque point dans l'ordre donné, puis retour à la base."""
    etapes = [tuple(base), *[tuple(p) for p in points]]
    if retour:
        etapes.append(tuple(base))
    return sum(distance_km(a, b) for a, b in zip(etapes, etapes[1:], strict=False))


def ordre_plus_proche_voisin(base, points) -> list[int]:
    """Indices des points dans l'ordre « plus proche voisin » : depuis la base, aller chaque
    fois au point non visité le plus proche (heuristique simple, pas toujours optimale)."""
    reste, ordre, ici = list(range(len(points))), [], tuple(base)
    while reste:
        suivant = min(reste, key=lambda i: (distance_km(ici, points[i]), i))
        ordre.append(suivant)
        reste.remove(suivant)
        ici = tuple(points[suivant])
    return ordre


def co2_kg(km, facteur=None) -> float:
    """Émissions en kg CO2e = km × facteur d'émission (kg CO2e/km, par défaut celui des données)."""
    f = facteur_emission()["valeur"] if facteur is None else facteur
    if float(km) < 0 or float(f) < 0:
        raise ValueError("Distance et facteur d'émission doivent être positifs.")
    return float(km) * float(f)


def comparer_tournees(base, points) -> dict:
    """Ordre naïf (tel que listé) contre plus proche voisin : km et kg CO2e, retour compris."""
    ordre = ordre_plus_proche_voisin(base, points)
    km_naif = longueur_tournee(base, points)
    km_ppv = longueur_tournee(base, [points[i] for i in ordre])
    return {
        "ordre": ordre,
        "km_naif": km_naif,
        "km_ppv": km_ppv,
        "co2_naif": co2_kg(km_naif),
        "co2_ppv": co2_kg(km_ppv),
        "km_economises": km_naif - km_ppv,
        "co2_economise": co2_kg(km_naif) - co2_kg(km_ppv),
    }


# -- plan and Gantt ----------------------------------------------------------------------------
def plan_type() -> pd.DataFrame:
    """Le plan d'actions type du cas (action, début et durée en semaines, responsable, budget,
    KPI, cible), trié par semaine de début."""
    t = pd.DataFrame(_spec()["plan"]).sort_values(["debut", "id"], kind="stable")
    t["fin"] = t["debut"] + t["duree"] - 1
    return t.reset_index(drop=True)


def decrire_plan(plan: pd.DataFrame) -> str:
    """Alternative textuelle du diagramme de Gantt (une ligne par action)."""

    def quand(r):
        return f"semaine {r.debut}" if r.debut == r.fin else f"semaines {r.debut} à {r.fin}"

    return "\n".join(
        f"- {r.action} : {quand(r)} ({r.responsable} ; budget {euros(r.budget, 0)} ; KPI : {r.kpi})"
        for r in plan.itertuples()
    )


def gantt(plan: pd.DataFrame, titre: str = "Plan d'actions commerciales — semaines"):
    """Diagramme de Gantt du plan (palette Okabe–Ito) ; renvoie la figure matplotlib.
    Son alternative textuelle est ``decrire_plan(plan)`` ; son texte ``alt`` la résume."""
    import matplotlib.pyplot as plt

    from autograder.moteur.graphiques import alt_par_defaut

    fig, ax = plt.subplots(figsize=(9, 0.45 * len(plan) + 1.2))
    for i, r in enumerate(plan.itertuples()):
        couleur = OKABE_ITO[i % len(OKABE_ITO)]
        ax.barh(i, r.duree, left=r.debut - 0.5, color=couleur, edgecolor="black", linewidth=0.5)
        etiquette = f"S{r.debut}" if r.debut == r.fin else f"S{r.debut}–S{r.fin}"
        ax.text(r.fin + 0.8, i, etiquette, va="center", fontsize=8)
    ax.set_yticks(range(len(plan)), [str(a) for a in plan["action"]], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("Semaine")
    ax.set_xlim(0, max(plan["fin"]) + 6)
    ax.set_title(titre)
    ax.grid(axis="x", alpha=0.3)
    fig.tight_layout()
    fig.alt = (
        f"Diagramme de Gantt\u00a0: {len(plan)} actions, de la semaine {min(plan['debut'])} à la "
        f"semaine {max(plan['fin'])}\u202f; le détail de chaque action est donné en texte avec le graphique."
    )
    alt_par_defaut()  # shown by the inline backend: as an <img> with this alt
    return fig
