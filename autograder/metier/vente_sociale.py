"""CP5, lesson 2: social selling, demonstration and video meetings.

The data (`data/image/vente.json`) is checked on load; the post statistics are drawn per
learner. Engagement rate convention of the course: (réactions + commentaires + partages) /
impressions; the reach (couverture) counts people, not displays.
"""

from __future__ import annotations

import json
import random
from functools import cache

from autograder.moteur.paths import data_path

SUJETS = (
    "Conseil : entretenir une garniture mécanique",
    "Vidéo : démontage sans outil en dix minutes",
    "Invitation : notre stand au salon de l'eau",
    "Témoignage validé d'un client laitier",
    "Article : réduire la facture d'électricité d'une station de pompage",
)
_CLES = {
    "besoins": dict,
    "fonctions": list,
    "clients": list,
    "soncas": dict,
    "etapes_demonstration": list,
    "publications_comparatives": list,
    "profil_branding": list,
    "categories_branding": list,
    "visio": list,
    "questions_comprehension": list,
}


def verifier(d: dict) -> None:
    """Schema check: every key present, every reference resolved (ValueError otherwise)."""
    for cle, type_ in _CLES.items():
        if not isinstance(d.get(cle), type_):
            raise ValueError(f"vente.json : la rubrique « {cle} » manque ou n'a pas le bon type.")
    besoins = d["besoins"]
    for f in d["fonctions"]:
        if f["besoin"] not in besoins or not all(
            f[k] for k in ("caracteristique", "avantage", "preuve")
        ):
            raise ValueError(f"vente.json : la fonction {f['id']} est incomplète.")
    servis = {f["besoin"] for f in d["fonctions"]}
    for c in d["clients"]:
        if len(c["besoins"]) != 3 or not set(c["besoins"]) <= servis:
            raise ValueError(f"vente.json : le client {c['id']} doit avoir 3 besoins servis.")
    if any(b["soncas"] not in d["soncas"] for b in besoins.values()):
        raise ValueError("vente.json : un besoin renvoie à un mobile SONCAS inconnu.")
    cats = {c for c, _ in d["categories_branding"]}
    if any(e["categorie"] not in cats for e in d["profil_branding"]):
        raise ValueError("vente.json : un élément de profil a une catégorie inconnue.")
    for cle in ("publications_comparatives", "visio", "questions_comprehension"):
        champ = "licite" if cle == "publications_comparatives" else "correct"
        valeurs = {bool(x[champ]) for x in d[cle]}
        if valeurs != {True, False}:
            raise ValueError(
                f"vente.json : « {cle} » doit avoir des bonnes et des mauvaises réponses."
            )


@cache
def donnees() -> dict:
    with open(data_path("image", "vente.json"), encoding="utf-8") as f:
        d = json.load(f)
    verifier(d)
    return d


def fonction(id_: str) -> dict:
    return next(f for f in donnees()["fonctions"] if f["id"] == id_)


def taux_engagement(pub: dict, base: str = "impressions") -> float:
    """Interactions / impressions (or / couverture, the typical mistake)."""
    return (pub["reactions"] + pub["commentaires"] + pub["partages"]) / pub[base]


def taux_global(pubs: list[dict]) -> float:
    inter = sum(p["reactions"] + p["commentaires"] + p["partages"] for p in pubs)
    return inter / sum(p["impressions"] for p in pubs)


def _tirer(rng: random.Random) -> list[dict]:
    pubs = []
    for sujet in SUJETS:
        impressions = rng.randrange(800, 9000, 10)
        couverture = int(impressions * rng.uniform(0.55, 0.8))
        taux = rng.uniform(0.01, 0.07)
        inter = max(6, round(impressions * taux))
        commentaires = rng.randint(1, max(1, inter // 6))
        partages = rng.randint(0, max(0, inter // 10))
        pubs.append(
            {
                "sujet": sujet,
                "impressions": impressions,
                "couverture": couverture,
                "reactions": inter - commentaires - partages,
                "commentaires": commentaires,
                "partages": partages,
            }
        )
    return pubs


def statistiques(rng: random.Random) -> list[dict]:
    """Five posts where the best rate is not the most reactions and the pitfalls differ."""
    while True:
        pubs = _tirer(rng)
        taux = [taux_engagement(p) for p in pubs]
        meilleur = max(range(5), key=taux.__getitem__)
        plus_vu = max(range(5), key=lambda i: pubs[i]["reactions"])
        moyenne = sum(taux) / 5
        ecarts = sorted(taux)
        if (
            meilleur != plus_vu
            and ecarts[-1] - ecarts[-2] > 0.003
            and abs(moyenne - taux_global(pubs)) > 0.002
            and min(p["partages"] for p in pubs) >= 0
        ):
            return pubs


def tableau_publications(pubs: list[dict]) -> str:
    """The five posts' statistics as a Markdown table (French number format)."""
    from autograder.moteur.affichage import tableau
    from autograder.moteur.nombres import nombre

    lignes = [
        (
            f"{i}. {p['sujet']}",
            *(
                nombre(p[k])
                for k in ("impressions", "couverture", "reactions", "commentaires", "partages")
            ),
        )
        for i, p in enumerate(pubs, 1)
    ]
    entetes = ["Publication", "Impressions", "Couverture", "Réactions", "Commentaires", "Partages"]
    return tableau(entetes, lignes)
