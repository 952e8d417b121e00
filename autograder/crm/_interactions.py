"""Logged interactions: prospecting, pipeline follow-up, account management, and the slips."""

from __future__ import annotations

import random
from datetime import date, timedelta

from ._outils import date_entre, iso, jour, tirage


def _ligne(rng, p, contact, commercial, quand: date, type_=None, resultat=None) -> dict:
    types = p["types_interaction"]
    type_ = type_ or tirage(rng, {k: v["poids"] for k, v in types.items()})
    fiche = types[type_]
    return {
        "entreprise_id": contact["entreprise_id"],
        "contact_id": contact["id"],
        "date": iso(quand),
        "type": type_,
        "canal": fiche["canal"],
        "resultat": resultat or tirage(rng, fiche["resultats"]),
        "commercial": commercial,
    }


def interactions(rng: random.Random, p: dict, societes, contacts, ventes, commerciaux, debut, fin):
    """Every interaction, sorted by date; ids follow that order.

    Opposed contacts are normally left alone; a documented share of them is contacted
    again after their opposition (a compliance defect learners must spot).
    """
    joignables: dict[int, list[dict]] = {}
    for c in contacts:
        if not c["opposition_prospection"]:
            joignables.setdefault(c["entreprise_id"], []).append(c)
    par_id = {c["id"]: c for c in contacts}
    lignes = []

    def borne(d: date) -> date:
        return min(max(d, debut), fin)

    for lead in ventes["leads"]:
        contact, quand = par_id[lead["contact_id"]], jour(lead["date"])
        for _ in range(rng.randint(1, 3)):
            lignes.append(_ligne(rng, p, contact, lead["commercial"], borne(quand)))
            quand += timedelta(days=rng.randint(1, 10))
    leads = {lead["id"]: lead for lead in ventes["leads"]}
    for opp in ventes["opportunites"]:
        contact = par_id[leads[opp["lead_id"]]["contact_id"]]
        cree = jour(opp["date_creation"])
        lignes.append(
            _ligne(
                rng,
                p,
                contact,
                opp["commercial"],
                cree,
                "visite",
                rng.choice(["besoin identifié", "démonstration réalisée"]),
            )
        )
        if opp["date_cloture"]:
            cloture = jour(opp["date_cloture"])
            resultat = (
                "échange" if opp["statut"] == "gagnée" else rng.choice(["échange", "pas intéressé"])
            )
            lignes.append(_ligne(rng, p, contact, opp["commercial"], cloture, "appel", resultat))
    for devis in ventes["devis"]:
        opp = ventes["opportunites"][devis["opportunite_id"] - 1]
        contact = par_id[leads[opp["lead_id"]]["contact_id"]]
        lignes.append(
            _ligne(
                rng,
                p,
                contact,
                opp["commercial"],
                jour(devis["date"]),
                "e-mail",
                "réponse positive",
            )
        )
    noms = [c["nom_complet"] for c in commerciaux]
    for s in societes:
        if s["_doublon_de"] is not None:
            continue
        gens = joignables[s["id"]]
        if s["statut"] in ("client", "ancien_client"):
            nombre = rng.randint(2, 8)  # account management
        else:
            nombre = rng.randint(0, 3)  # cold prospecting
        for _ in range(nombre):
            auteur = s["commercial"] if rng.random() < 0.9 else rng.choice(noms)
            lignes.append(_ligne(rng, p, rng.choice(gens), auteur, date_entre(rng, debut, fin)))
    taux = p["taux_defauts"]["contact_apres_opposition"]
    commercial_de = {s["id"]: s["commercial"] for s in societes}
    for c in contacts:
        if c["opposition_prospection"] and rng.random() < taux:
            apres = max(jour(c["date_opposition"]) + timedelta(days=1), debut)
            quand = date_entre(rng, apres, min(apres + timedelta(days=200), fin))
            lignes.append(_ligne(rng, p, c, commercial_de[c["entreprise_id"]], quand, "appel"))
    lignes.sort(key=lambda i: (i["date"], i["entreprise_id"], i["contact_id"], i["type"]))
    for n, ligne in enumerate(lignes, start=1):
        ligne["id"] = n
    return lignes
