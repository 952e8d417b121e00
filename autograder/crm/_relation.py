"""Client relationship after the sale: churn (résiliations), satisfaction surveys, statuses."""

from __future__ import annotations

import random
from datetime import date, timedelta

from ._outils import date_entre, iso, jour, tirage


def resiliations(rng: random.Random, p: dict, solutions, commandes, debut: date, fin: date):
    """Whole-client churn (every solution ends) and partial churn (one contract ends).

    A client never churns before its last order nor within 90 days of its last installation.
    Returns the rows of ``resiliations`` and the set of company ids that churned entirely.
    """
    par_societe: dict[int, list[dict]] = {}
    for sol in solutions:
        par_societe.setdefault(sol["entreprise_id"], []).append(sol)
    derniere_commande: dict[int, date] = {}
    for c in commandes:
        d = jour(c["date"])
        derniere_commande[c["entreprise_id"]] = max(d, derniere_commande.get(c["entreprise_id"], d))
    lignes, perdus = [], set()
    annees = (fin - debut).days / 365.25
    p_total = 1 - (1 - p["attrition_annuelle_clients"]) ** annees
    p_partiel = 1 - (1 - p["resiliation_partielle_annuelle"]) ** annees
    for sid in sorted(par_societe):
        sols = par_societe[sid]
        plancher = max(jour(s["date_mise_en_service"]) for s in sols) + timedelta(days=90)
        plancher = max(plancher, debut, derniere_commande.get(sid, debut) + timedelta(days=90))
        if plancher <= fin and rng.random() < p_total:
            quand = date_entre(rng, plancher, fin)
            motif = tirage(rng, p["motifs_resiliation"])
            for sol in sols:
                lignes.append(_fin(sol, quand, motif))
            perdus.add(sid)
            continue
        for sol in sols:
            depart = max(debut, jour(sol["date_mise_en_service"]) + timedelta(days=90))
            if sol["type"] == "contrat" and depart <= fin and rng.random() < p_partiel:
                lignes.append(
                    _fin(sol, date_entre(rng, depart, fin), tirage(rng, p["motifs_resiliation"]))
                )
    return lignes, perdus


def _fin(sol: dict, quand: date, motif: str) -> dict:
    sol.update(statut="résiliée", date_fin=iso(quand))
    if sol["type"] == "contrat":
        sol["date_renouvellement"] = None
    return {
        "entreprise_id": sol["entreprise_id"],
        "solution_id": sol["id"],
        "date": iso(quand),
        "motif": motif,
    }


def statuts(societes, solutions, commandes) -> None:
    """prospect / client / ancien_client, derived from orders and solutions in service."""
    actives = {s["entreprise_id"] for s in solutions if s["statut"] == "en service"}
    equipees = {s["entreprise_id"] for s in solutions}
    installees = {s["commande_id"] for s in solutions if s["commande_id"] is not None}
    en_attente = {c["entreprise_id"] for c in commandes if c["id"] not in installees}
    for s in societes:
        if s["id"] in actives or s["id"] in en_attente:
            s["statut"] = "client"
        elif s["id"] in equipees:
            s["statut"] = "ancien_client"
        else:
            s["statut"] = "prospect"


def _active(sol: dict, d: date) -> bool:
    return jour(sol["date_mise_en_service"]) <= d and (
        sol["date_fin"] is None or d < jour(sol["date_fin"])
    )


def enquetes(rng, p: dict, solutions, contacts, perdus: set[int], debut, fin, canaux=None):
    """Satisfaction surveys (NPS 0–10, CSAT 1–5) sent only while a solution is in service.

    Clients who later leave answer lower on average (the signal CP9 asks learners to find).
    Each survey rates one exchange, made through `canal` (the touchpoint), drawn from `canaux`
    (its own random stream); one channel per seed serves worse: its CSAT is often one lower.
    """
    canaux = canaux or random.Random(0)
    faible = canaux.choice(sorted(p["canaux_enquete"]))
    baisse = p["canal_faible"]
    joignables: dict[int, list[dict]] = {}
    for c in contacts:
        if not c["opposition_prospection"]:
            joignables.setdefault(c["entreprise_id"], []).append(c)
    par_societe: dict[int, list[dict]] = {}
    for sol in solutions:
        par_societe.setdefault(sol["entreprise_id"], []).append(sol)
    borne = p["enquetes_par_client_et_an"]
    lignes = []
    for sid in sorted(par_societe):
        sols = par_societe[sid]
        moyenne = 4.8 if sid in perdus else rng.choice([7.2, 8.4, 9.2])
        for annee in range(debut.year, fin.year + 1):
            for _ in range(rng.randint(borne["min"], borne["max"])):
                quand = date_entre(rng, date(annee, 1, 1), min(date(annee, 12, 31), fin))
                en_service = [s for s in sols if _active(s, quand)]
                if not en_service:
                    continue
                note = min(10, max(0, round(rng.gauss(moyenne, 1.6))))
                csat = min(5, max(1, round(1 + note * 0.4 + rng.gauss(0, 0.5))))
                canal = tirage(canaux, p["canaux_enquete"])
                if canal == faible and canaux.random() < baisse["probabilite"]:
                    csat = max(1, csat - baisse["baisse_csat"])
                bande = "promoteur" if note >= 9 else "passif" if note >= 7 else "detracteur"
                verbatim = rng.choice(p["verbatims"][bande]) if rng.random() < 0.6 else None
                lignes.append(
                    {
                        "entreprise_id": sid,
                        "contact_id": rng.choice(joignables[sid])["id"],
                        "solution_id": rng.choice(en_service)["id"],
                        "date": iso(quand),
                        "canal": canal,
                        "nps": note,
                        "csat": csat,
                        "verbatim": verbatim,
                    }
                )
    lignes.sort(key=lambda e: (e["date"], e["entreprise_id"]))
    return lignes
