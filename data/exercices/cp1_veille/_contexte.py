"""CP1 — the data shared by the whole graded notebook, built from the learner's seed.

Every learner gets Hydralis's veille file (dated items of information, each with its kind of
veille), a handful of sources to rate with the reliability grid, a perceptual map of the
competitors (price index, service score) with one empty quadrant, and a SWOT case of the bank for
the fact-vs-opinion exercise, and a note « drafted by an AI » from that file and map, with
invented figures, a wrong competitor name and a fake source (autograder.metier.veille_ia). The
fictitious data live in data/veille/veille.json and data/veille_ia/veille_ia.json.
"""

import json
from functools import cache

import numpy as np
import pandas as pd

from autograder.metier import veille_ia
from autograder.metier.swot import cas as swot
from autograder.moteur.paths import data_path
from autograder.moteur.tableur import Colonne, Feuille

EXERCICES = [
    "types_veille",
    "outils_contexte",
    "limites_ia",
    "score_source",
    "source_la_plus_fiable",
    "donnees_pertinentes",
    "fait_ou_opinion",
    "informations_perimees",
    "type_a_actualiser",
    "ajuster_strategie",
    "concurrent_le_plus_proche",
    "quadrant_vide",
    "proposition_etayee",
    "ia_prompt_elements",
    "ia_prompt_rubriques",
    "ia_coller_ou_non",
    "ia_retirer_avant_coller",
    "ia_phrases_inventees",
    "ia_source_inventee",
    "ia_ecart_prix",
    "ia_age_information",
    "ia_verifier_sortie",
    "ia_personas",
    "ia_examen",
]

SEUIL_PRIX, SEUIL_SERVICE = 100, 50
"""Axes of the perceptual map: price index (market average = 100) and service score (0–100)."""


@cache
def donnees_cas() -> dict:
    with open(data_path("veille", "veille.json"), encoding="utf-8") as f:
        return json.load(f)


def date_en_clair(date) -> str:
    """« 2025-12-01 » → « 01/12/2025 »."""
    return pd.Timestamp(date).strftime("%d/%m/%Y")


def libelle_type(cle: str) -> str:
    """French label of a kind of veille (« reglementaire » → « Réglementaire »)."""
    return dict(donnees_cas()["types"])[cle]


def score_source(ligne, grille: dict | None = None) -> int:
    """Reliability grid: author identified, recent, source type, cross-checked (out of 10)."""
    cas = donnees_cas()
    g = grille or cas["grille"]
    return int(
        g["auteur_identifie"] * bool(ligne["auteur_identifie"])
        + g["recente"] * (ligne["age_mois"] <= g["seuil_recente_mois"])
        + cas["types_source"][ligne["type_source"]]
        + g["recoupee"] * (ligne["recoupements"] >= 2)
    )


def quadrant(prix: float, service: float) -> str:
    if prix >= SEUIL_PRIX:
        return "premium" if service >= SEUIL_SERVICE else "cher_peu_servi"
    return "rapport_qualite_prix" if service >= SEUIL_SERVICE else "economique"


def perimees(veille: pd.DataFrame, date_reference, validite: dict) -> pd.Series:
    """True for the items older than the validity of their kind of veille."""
    age = (pd.Timestamp(date_reference) - veille["date"]).dt.days
    return age > veille["type"].map(validite)


def _veille(rng) -> pd.DataFrame:
    cas = donnees_cas()
    ref = pd.Timestamp(cas["date_reference"])
    while True:
        ages = rng.integers(5, 540, size=len(cas["informations"]))
        df = pd.DataFrame(
            {
                "date": [ref - pd.Timedelta(days=int(a)) for a in ages],
                "type": [i["type"] for i in cas["informations"]],
                "information": [i["texte"] for i in cas["informations"]],
                "source": [i["source"] for i in cas["informations"]],
            }
        )
        dernieres = df.groupby("type")["date"].max()
        if dernieres.is_unique and 3 <= perimees(df, ref, cas["validite_jours"]).sum() <= 12:
            return df.sort_values("date", ascending=False).reset_index(drop=True)


def _sources(rng) -> pd.DataFrame:
    cas = donnees_cas()
    while True:
        idx = rng.choice(len(cas["sources"]), size=5, replace=False)
        df = pd.DataFrame(
            {
                "source": [cas["sources"][i]["source"] for i in idx],
                "auteur_identifie": rng.random(5) < 0.6,
                "age_mois": rng.integers(1, 31, size=5),
                "type_source": [cas["sources"][i]["type_source"] for i in idx],
                "recoupements": rng.integers(0, 4, size=5),
            }
        )
        scores = df.apply(score_source, axis=1)
        if (scores == scores.max()).sum() == 1 and scores.nunique() >= 4:
            return df


def distances(carte: pd.DataFrame) -> pd.Series:
    """Euclidean distance of every competitor to Hydralis on the map (price, service)."""
    h = carte[carte["acteur"] == "Hydralis"].iloc[0]
    autres = carte[carte["acteur"] != "Hydralis"].set_index("acteur")
    return np.hypot(autres["prix"] - h["prix"], autres["service"] - h["service"])


def _carte(rng) -> tuple[pd.DataFrame, str]:
    cas = donnees_cas()
    vide = str(rng.choice(["rapport_qualite_prix", "economique", "cher_peu_servi"]))
    while True:
        lignes = []
        for c in cas["concurrents"]:
            if c["quadrant"] == vide:
                continue
            prix = c["prix"] + float(rng.uniform(-4, 4))
            service = c["service"] + float(rng.uniform(-5, 5))
            lignes.append({"acteur": c["nom"], "prix": round(prix, 1), "service": round(service)})
        carte = pd.DataFrame(lignes)
        d = distances(carte).sort_values()
        if d.iloc[1] - d.iloc[0] >= 1.5:
            return carte, vide


def construire(graine: int) -> dict:
    rng = np.random.default_rng(graine)
    cas = donnees_cas()
    carte, vide = _carte(rng)
    cas_swot = swot.lister_cas()[int(rng.integers(len(swot.lister_cas())))]
    d = {
        "veille": _veille(rng),
        "date_reference": cas["date_reference"],
        "validite": dict(cas["validite_jours"]),
        "sources": _sources(rng),
        "grille": dict(cas["grille"]),
        "points_type_source": dict(cas["types_source"]),
        "carte": carte,
        "quadrant_vide": vide,
        "cas_swot": cas_swot,
    }
    # The AI-drafted note (lesson 2) has its own generator: the data above stay as they were.
    d["note_ia"] = veille_ia.note_ia(
        carte, d["veille"], d["date_reference"], d["validite"], cas["informations"],
        np.random.default_rng([graine, 2]),
    )  # fmt: skip
    return d


def classeur(d: dict) -> list[Feuille]:
    """The veille file and its validity rule, as spreadsheet sheets (answerable without code)."""
    veille = d["veille"].assign(type=d["veille"]["type"].map(libelle_type))
    validite = pd.DataFrame(
        {
            "type": [libelle_type(t) for t in d["validite"]],
            "jours": list(d["validite"].values()),
        }
    )
    return [
        Feuille(
            "veille",
            "Veille",
            veille,
            (
                Colonne("date", "Date", "date"),
                Colonne("type", "Type de veille"),
                Colonne("information", "Information"),
                Colonne("source", "Source"),
            ),
            f"Le fichier de veille d'Hydralis, daté au {date_en_clair(d['date_reference'])}.",
        ),
        Feuille(
            "validite",
            "Validité par type",
            validite,
            (Colonne("type", "Type de veille"), Colonne("jours", "Validité (jours)", "entier")),
            "Combien de jours une information reste valable, selon son type.",
        ),
        Feuille(
            "sources",
            "Sources",
            d["sources"].assign(auteur_identifie=d["sources"]["auteur_identifie"].map(_oui_non)),
            (
                Colonne("source", "Source"),
                Colonne("auteur_identifie", "Auteur identifié"),
                Colonne("age_mois", "Âge (mois)", "entier"),
                Colonne("type_source", "Type de source"),
                Colonne("recoupements", "Recoupements (autres sources)", "entier"),
            ),
            "Les sources à noter avec la grille de fiabilité.",
        ),
        Feuille(
            "carte",
            "Carte des concurrents",
            d["carte"],
            (
                Colonne("acteur", "Acteur"),
                Colonne("prix", "Indice de prix (marché = 100)", "decimal1"),
                Colonne("service", "Score de service (0 à 100)", "entier"),
            ),
            "La carte perceptuelle : chaque acteur selon son indice de prix et son score de service.",
        ),
    ]


def _oui_non(v) -> str:
    return "oui" if bool(v) else "non"
