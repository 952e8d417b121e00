"""Sales pipeline over the 24 months: leads → opportunities → quotes → orders → installed base."""

from __future__ import annotations

import math
import random
from datetime import date, timedelta

from autograder.calculs import prix_ttc, remises_successives

from ._outils import date_entre, iso, plus_ans, tirage


def _mois(debut: date, fin: date):
    d = debut.replace(day=1)
    while d <= fin:
        suivant = (d.replace(day=28) + timedelta(days=4)).replace(day=1)
        yield d, min(suivant - timedelta(days=1), fin)
        d = suivant


def _delai(rng: random.Random, p: dict, nom: str) -> timedelta:
    bas, haut = p["delais_jours"][nom]
    return timedelta(days=rng.randint(bas, haut))


def _prix(rng: random.Random, panier: float, facteur: float) -> float:
    """Gross price in euros, log-normal around the rep's average basket, rounded to 10 €."""
    return max(300.0, round(panier * facteur * math.exp(rng.gauss(-0.06, 0.35)), -1))


def solutions_historiques(rng: random.Random, p: dict, societes: list[dict], debut: date):
    """Installed base of the companies that were already clients on the first day."""
    lignes = []
    h = p["solutions_historiques"]
    pompes = {k: v for k, v in p["produits"].items() if v["type"] == "pompe"}
    for s in societes:
        if not s["_client_initial"]:
            continue
        for _ in range(rng.randint(h["min"], h["max"])):
            produit = tirage(rng, {k: v["poids"] for k, v in pompes.items()})
            mise = date_entre(rng, date(h["premiere_annee"], 1, 1), debut - timedelta(days=30))
            lignes.append(_solution(s["id"], None, produit, p["produits"][produit], mise))
        if rng.random() < 0.75:
            mise = date_entre(rng, date(2019, 1, 1), debut - timedelta(days=30))
            contrat = "contrat de maintenance préventive"
            lignes.append(_solution(s["id"], None, contrat, p["produits"][contrat], mise))
    return lignes


def _solution(entreprise_id, commande_id, produit, fiche, mise: date, reference=None) -> dict:
    if fiche["type"] == "contrat":
        echeance = mise
        limite = reference or date(2025, 12, 31)
        while echeance <= limite:
            echeance = plus_ans(echeance, fiche["duree_ans"])
    else:
        echeance = plus_ans(mise, fiche["duree_vie_ans"])
    return {
        "entreprise_id": entreprise_id,
        "commande_id": commande_id,
        "type": fiche["type"],
        "produit": produit,
        "date_mise_en_service": iso(mise),
        "date_renouvellement": iso(echeance),
        "statut": "en service",
        "date_fin": None,
    }


def pipeline(rng, p, saison, commerciaux, societes, contacts, debut, fin) -> dict[str, list]:
    """Leads, opportunities, quotes, orders and the solutions they put in service.

    Conversion rates and average baskets are each rep's own (``data/kpi/entreprise.json``).
    """
    rep = {c["nom_complet"]: c for c in commerciaux}
    originaux = [s for s in societes if s["_doublon_de"] is None]
    prospects = [s for s in originaux if not s["_client_initial"]]
    clients = [s for s in originaux if s["_client_initial"]]
    joignables: dict[int, list[dict]] = {}
    for c in contacts:
        if not c["opposition_prospection"]:
            joignables.setdefault(c["entreprise_id"], []).append(c)
    produits = p["produits"]
    contrat = "contrat de maintenance préventive"
    out = {k: [] for k in ("leads", "opportunites", "devis", "commandes", "solutions")}
    for (d1, d2), coef in zip(_mois(debut, fin), saison * 2, strict=True):
        for _ in range(round(p["leads_par_mois"] * coef)):
            base = clients if rng.random() < p["part_leads_clients"] else prospects
            s = rng.choice(base)
            contact = rng.choice(joignables[s["id"]])
            r = rep[s["commercial"]]
            lead = {
                "id": len(out["leads"]) + 1,
                "entreprise_id": s["id"],
                "contact_id": contact["id"],
                "date": iso(date_entre(rng, d1, d2)),
                "source": tirage(rng, p["sources_leads"]),
                "statut": "disqualifié",
                "commercial": r["nom_complet"],
            }
            out["leads"].append(lead)
            quand = date.fromisoformat(lead["date"]) + _delai(rng, p, "lead_opportunite")
            if quand > fin:
                lead["statut"] = "en cours de qualification"
                continue
            if rng.random() >= r["taux_rendez_vous"]:
                continue
            lead["statut"] = "converti"
            _opportunite(rng, p, r, s, lead, quand, fin, produits, contrat, out)
    return out


def _opportunite(rng, p, r, s, lead, cree, fin, produits, contrat, out) -> None:
    etapes = p["etapes_entonnoir"]
    produit = tirage(rng, {k: v["poids"] for k, v in produits.items()})
    avec_contrat = (
        produits[produit]["type"] == "pompe" and rng.random() < p["part_commandes_avec_contrat"]
    )
    brut = _prix(rng, r["panier_moyen"], produits[produit]["facteur_prix"])
    if avec_contrat:
        brut += round(brut * 0.12, -1)
    opp = {
        "id": len(out["opportunites"]) + 1,
        "lead_id": lead["id"],
        "entreprise_id": s["id"],
        "commercial": r["nom_complet"],
        "produit": produit,
        "inclut_contrat": int(avec_contrat),
        "date_creation": iso(cree),
        "etape": etapes[0],
        "statut": "en cours",
        "montant": brut,
        "date_cloture": None,
        "motif_perte": None,
    }
    out["opportunites"].append(opp)
    date_devis = cree + _delai(rng, p, "opportunite_devis")
    if rng.random() >= r["taux_devis"]:
        cloture = cree + timedelta(days=rng.randint(5, 40))
        opp["etape"] = rng.choice(etapes[:2])
        if cloture <= fin:
            motifs = {k: v for k, v in p["motifs_perte"].items() if k != "concurrent retenu"}
            opp.update(statut="perdue", date_cloture=iso(cloture), motif_perte=tirage(rng, motifs))
        return
    if date_devis > fin:
        opp["etape"] = etapes[1]
        return
    remise = rng.choice(p["remises_devis"])
    net = remises_successives(brut, remise)
    devis = {
        "id": len(out["devis"]) + 1,
        "opportunite_id": opp["id"],
        "date": iso(date_devis),
        "montant_brut_ht": brut,
        "taux_remise": remise,
        "montant_ht": net,
        "date_validite": iso(date_devis + timedelta(days=p["validite_devis_jours"])),
        "statut": "envoyé",
    }
    out["devis"].append(devis)
    opp.update(montant=net, etape=etapes[2])
    decision = date_devis + _delai(rng, p, "devis_decision")
    if decision > fin:
        opp["etape"] = rng.choice(etapes[2:4])
        return
    if rng.random() >= r["taux_signature"]:
        opp.update(
            etape=rng.choice(etapes[2:4]),
            statut="perdue",
            date_cloture=iso(decision),
            motif_perte=tirage(rng, p["motifs_perte"]),
        )
        devis["statut"] = "refusé"
        return
    opp.update(etape=etapes[4], statut="gagnée", date_cloture=iso(decision))
    devis["statut"] = "accepté"
    commande = {
        "id": len(out["commandes"]) + 1,
        "opportunite_id": opp["id"],
        "devis_id": devis["id"],
        "entreprise_id": s["id"],
        "date": iso(decision),
        "montant_ht": net,
        "montant_ttc": prix_ttc(net),
        "commercial": r["nom_complet"],
    }
    out["commandes"].append(commande)
    mise = decision + _delai(rng, p, "commande_mise_en_service")
    if mise > fin:
        return  # ordered, not yet installed
    out["solutions"].append(_solution(s["id"], commande["id"], produit, produits[produit], mise))
    if avec_contrat:
        out["solutions"].append(
            _solution(s["id"], commande["id"], contrat, produits[contrat], mise)
        )
