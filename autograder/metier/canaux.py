"""Prospecting channels computed from the CRM tables: funnel by lead source, trade-show results,
prospect counts by segment, and the segmentation an AI assistant proposes (shipped, no model run).

Shared by the CP3 lesson 2 and the cp3_prospection exercises: one computation, one truth.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

from autograder.calculs import panier_moyen
from autograder.moteur.calendrier import ouvre

FICHIER = Path(__file__).resolve().parents[2] / "data" / "canaux" / "canaux.json"

# The sensitive criteria (RGPD art. 9) an AI may slip into a segmentation.
SENSIBLES = (
    "l'appartenance syndicale déclarée du dirigeant",
    "les convictions religieuses affichées du dirigeant",
    "l'état de santé signalé du responsable des achats",
    "les opinions politiques publiées par le dirigeant",
)


def entonnoir(donnees: dict, annee: int | None = None) -> dict[str, dict]:
    """Leads, opportunities, won deals and signed amount (HT) by lead source."""
    leads = donnees["leads"]
    if annee is not None:
        leads = leads[leads["date"].str[:4] == str(annee)]
    opp = donnees["opportunites"].merge(
        leads[["id", "source"]], left_on="lead_id", right_on="id", suffixes=("", "_lead")
    )
    resultat = {}
    for source, nb in leads["source"].value_counts().sort_index().items():
        o = opp[opp["source"] == source]
        gagnees = o[o["statut"] == "gagnée"]
        resultat[str(source)] = {
            "leads": int(nb),
            "opportunites": len(o),
            "gagnees": len(gagnees),
            "ca": round(float(gagnees["montant"].sum()), 2),
        }
    return resultat


def prospects_par_segment(donnees: dict) -> dict[tuple[str, str], int]:
    """Number of companies with status « prospect » by (sector, size)."""
    e = donnees["entreprises"]
    p = e[e["statut"] == "prospect"].dropna(subset=["secteur", "taille"])
    return {
        (str(s), str(t)): int(n) for (s, t), n in p.groupby(["secteur", "taille"]).size().items()
    }


def entreprises_par_segment(donnees: dict) -> dict[tuple[str, str], int]:
    """Number of companies of any status by (sector, size): the AI's miscount."""
    e = donnees["entreprises"].dropna(subset=["secteur", "taille"])
    return {
        (str(s), str(t)): int(n) for (s, t), n in e.groupby(["secteur", "taille"]).size().items()
    }


def paniers_par_secteur(donnees: dict) -> dict[str, float]:
    """Average order value (HT) by sector, from the signed orders."""
    cmd = donnees["commandes"].merge(
        donnees["entreprises"][["id", "secteur"]], left_on="entreprise_id", right_on="id"
    )
    g = cmd.dropna(subset=["secteur"]).groupby("secteur")["montant_ht"].agg(["sum", "count"])
    return {str(s): panier_moyen(r["sum"], r["count"]) for s, r in g.iterrows()}


def segmentation_ia(donnees: dict) -> dict:
    """The segmentation an AI assistant proposes for the prospect base (computed, not generated).

    Four real segments (sector × size, at least 4 prospects, distinct sectors) with the count the
    AI announces: right for three, wrong for one (the AI counted clients too). A fifth segment is
    built on a sensitive criterion (RGPD art. 9) and cannot be used. Drawn from the data
    themselves, so that every exercise and the lesson show the same proposal for a given base.
    """
    e = donnees["entreprises"]
    rng = random.Random(len(e) * 7919 + int(e["effectif"].fillna(0).sum()))
    vrais = prospects_par_segment(donnees)
    tous = entreprises_par_segment(donnees)
    paniers = paniers_par_secteur(donnees)
    candidats = sorted(k for k, n in vrais.items() if n >= 4 and k[0] in paniers and tous[k] > n)
    choisis: list[tuple[str, str]] = []
    for k in rng.sample(candidats, len(candidats)):
        if k[0] not in {c[0] for c in choisis}:
            choisis.append(k)
        if len(choisis) == 4:
            break
    choisis.sort()
    faux = rng.choice(choisis)
    segments = [
        {
            "cle": f"s{i}",
            "secteur": s,
            "taille": t,
            "prospects": vrais[(s, t)],
            "annonce": tous[(s, t)] if (s, t) == faux else vrais[(s, t)],
            "panier": paniers[s],
            "potentiel": round(vrais[(s, t)] * paniers[s], 2),
        }
        for i, (s, t) in enumerate(choisis, start=1)
    ]
    return {
        "segments": segments,
        "faux": f"s{choisis.index(faux) + 1}",
        "sensible": rng.choice(SENSIBLES),
    }


def libelle_segment(seg: dict) -> str:
    return f"{seg['secteur']}, entreprises de taille {seg['taille']}"


def creneau_suivant(premier: date) -> date:
    """First working day once the 30-day window opened by the first call has elapsed."""
    d = premier + timedelta(days=30)
    while not ouvre(d):
        d += timedelta(days=1)
    return d


def charger(fichier: Path = FICHIER) -> dict:
    """The lesson's data (REAC quotes with their source, the trade-show example), checked."""
    d = json.loads(Path(fichier).read_text(encoding="utf-8"))
    if not d.get("source") or not d.get("reac_cp3"):
        raise ValueError(f"{fichier} : il manque « source » ou « reac_cp3 ».")
    for c in d["reac_cp3"]:
        if set(c) != {"rubrique", "texte"} or not c["texte"].strip():
            raise ValueError(f"{fichier} : citation mal formée : {c!r}.")
    salon = d["salon_exemple"]
    if not 0 < salon["taux_marque"] < 1 or any(v <= 0 for v in salon["couts"].values()):
        raise ValueError(f"{fichier} : taux de marque ou coût du salon hors bornes.")
    return d
