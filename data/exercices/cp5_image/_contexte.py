"""CP5 — the data shared by the whole graded notebook, built from the learner's seed.

Every learner gets Hydralis's client reviews (data/ereputation/avis.json, the same for all) with
a personal monitoring window (six consecutive months) and channel, a pitch situation
(interlocutor, format, channel), a negative review to answer in writing, the statistics of five
posts and the client of a demonstration (lesson 2).
"""

import random

import numpy as np
import pandas as pd

from autograder.metier import ereputation, vente_sociale
from autograder.moteur.tableur import Colonne, Feuille

EXERCICES = [
    "argument_interlocuteur",
    "canal_communication",
    "reduire_pitch",
    "pitch",
    "pitch_oral",
    "profil_charte",
    "publication_charte",
    "profil_publication",
    "note_moyenne_canal",
    "part_avis_negatifs",
    "pieges_lexique",
    "reponse_avis",
    "quiz_image",
    "taux_engagement",
    "engagement_global",
    "publication_engageante",
    "elements_profil",
    "publicite_comparative",
    "fonctions_a_montrer",
    "argument_cap",
    "etapes_demonstration",
    "mobiles_soncas",
    "verifier_comprehension",
    "preparer_visio",
]

SITUATIONS = {
    "salon": "sur le stand d'Hydralis au salon professionnel de l'eau, en face à face",
    "telephone": "au téléphone, en ouverture d'un appel de prospection",
    "video": "dans une courte vidéo publiée sur votre profil professionnel",
}
DUREE_FENETRE_MOIS = 6


def _fenetre(avis: pd.DataFrame, canal: str, rng) -> tuple[str, str]:
    """Six consecutive months with at least 8 reviews on the learner's channel."""
    mois = sorted(avis["date"].dt.to_period("M").unique())
    while True:
        i = int(rng.integers(0, len(mois) - DUREE_FENETRE_MOIS + 1))
        debut, fin = mois[i], mois[i + DUREE_FENETRE_MOIS - 1]
        dans = avis[avis["date"].dt.to_period("M").between(debut, fin)]
        if (dans["canal"] == canal).sum() >= 8:
            return str(debut), str(fin)


def dans_la_fenetre(avis: pd.DataFrame, debut: str, fin: str) -> pd.DataFrame:
    """The reviews dated from the first day of `debut` to the last day of `fin` (« 2025-04 »)."""
    periode = avis["date"].dt.to_period("M")
    return avis[(periode >= pd.Period(debut, "M")) & (periode <= pd.Period(fin, "M"))]


def construire(graine: int) -> dict:
    rng = np.random.default_rng(graine)
    avis = ereputation.charger_avis()
    canal = str(rng.choice(["Google", "LinkedIn", "site"]))
    debut, fin = _fenetre(avis, canal, rng)
    negatifs = avis[(avis["note"] <= 2) & avis["piege"].isna()]
    a_repondre = negatifs.iloc[int(rng.integers(len(negatifs)))]
    situation = str(rng.choice(list(SITUATIONS)))
    # lesson 2 draws from its own generator: the draws above stay what they were
    rng2 = random.Random(graine * 7919 + 19)
    formats = {
        "salon": ["30s", "60s", "2min"],
        "telephone": ["30s", "60s"],
        "video": ["60s", "2min"],
    }
    return {
        "avis": avis,
        "canal": canal,
        "debut": debut,
        "fin": fin,
        "interlocuteur": str(rng.choice(["dirigeant", "acheteur", "technicien", "utilisateur"])),
        "format": str(rng.choice(formats[situation])),
        "situation": situation,
        "publications": vente_sociale.statistiques(rng2),
        "client_demo": rng2.choice(vente_sociale.donnees()["clients"])["id"],
        "avis_a_repondre": {
            "id": a_repondre["id"],
            "date": a_repondre["date"].strftime("%d/%m/%Y"),
            "canal": a_repondre["canal"],
            "auteur": a_repondre["auteur"],
            "note": int(a_repondre["note"]),
            "texte": a_repondre["texte"],
        },
    }


def classeur(d: dict) -> list[Feuille]:
    """Every client review, with the lexicon's verdict, as one spreadsheet sheet."""
    avis = ereputation.scorer(d["avis"])
    return [
        Feuille(
            "avis",
            "Avis clients",
            avis,
            (
                Colonne("id", "N° avis"),
                Colonne("date", "Date", "date"),
                Colonne("canal", "Canal"),
                Colonne("auteur", "Auteur"),
                Colonne("note", "Note (étoiles)", "entier"),
                Colonne("texte", "Texte de l'avis"),
                Colonne("polarite", "Classement du lexique"),
            ),
            f"Tous les avis clients d'Hydralis, tous canaux. Votre période de veille va de "
            f"{ereputation.mois_en_clair(d['debut'])} à {ereputation.mois_en_clair(d['fin'])} "
            "inclus ; la dernière colonne donne le classement automatique du lexique.",
        )
    ]
