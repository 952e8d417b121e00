"""Cadre juridique et financier de la vente (CP6) : prix HT/TTC et coefficients, règlement.

Les données (``data/cp6/conditions_vente.json``) citent le REAC et les textes, avec les taux
officiels datés. ``construire(graine, devis)`` tire la version d'un apprenant : l'article revendu
au comptoir, la facture de la laiterie et son retard, les factures d'un client retardataire, les
comptes clients d'Hydralis, le crédit-bail proposé. Les montants passent par ``autograder.calculs``.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from functools import cache

from autograder import calculs
from autograder.moteur.paths import data_path

LECTURES = {
    "60_jours": "60 jours à compter de la date de facture",
    "45_jours_fin_de_mois": "date de facture + 45 jours, puis fin du mois",
    "fin_de_mois_45_jours": "fin du mois de la facture, puis + 45 jours",
}
"""How each payment rule is read, in the words a contract would use."""


@cache
def _brut() -> str:
    return data_path("cp6", "conditions_vente.json").read_text(encoding="utf-8")


def charger() -> dict:
    """Les données telles qu'elles sont écrites (copie : on peut la modifier)."""
    return json.loads(_brut())


def semestre(jour: dt.date) -> str:
    """« 2025-S1 » pour une date de janvier à juin, « 2025-S2 » de juillet à décembre."""
    return f"{jour.year}-S{1 if jour.month <= 6 else 2}"


def debut_semestre(jour: dt.date) -> dt.date:
    return dt.date(jour.year, 1 if jour.month <= 6 else 7, 1)


def taux_bce_au(jour: dt.date, table=None) -> float:
    """Taux de refinancement de la BCE en vigueur à cette date (dernier changement ≤ date)."""
    table = table or charger()["taux_bce"]
    en_vigueur = [t for d, t in table if dt.date.fromisoformat(d) <= jour]
    if not en_vigueur:
        raise ValueError(f"Aucun taux BCE connu au {jour:%d/%m/%Y} dans les données.")
    return en_vigueur[-1]


def taux_bce_du_semestre(jour: dt.date, table=None) -> float:
    """Le taux qui fixe les pénalités légales (C. com. L441-10 II) : celui du 1er janvier pour
    le premier semestre, du 1er juillet pour le second."""
    return taux_bce_au(debut_semestre(jour), table)


def _date(rng: random.Random, debut: dt.date, fin: dt.date) -> dt.date:
    return debut + dt.timedelta(days=rng.randint(0, (fin - debut).days))


def _prix(rng: random.Random, p: dict) -> dict:
    cout = round(rng.uniform(*p["cout_achat_ht"]), 0)
    cible = rng.choice(p["taux_de_marque_cible"])
    pv_ht = calculs.prix_de_vente_par_taux_de_marque(cout, cible)
    affiche_ttc = round(calculs.prix_ttc(pv_ht * (1 + rng.uniform(*p["ecart_prix_distributeur"]))))
    return {
        "article": p["article"],
        "cout_achat_ht": cout,
        "taux_de_marque_cible": cible,
        "prix_distributeur_ttc": float(affiche_ttc),
        "coefficient_comptoir": rng.choice(p["coefficient_comptoir"]),
        "taux_tva": p["taux_tva"],
    }


def _facture(rng: random.Random, r: dict, montant_ttc: float) -> dict:
    annee = r["annee"]
    while True:  # the four candidate due dates must differ (a choice among them is asked)
        jour = _date(rng, dt.date(annee, 1, 6), dt.date(annee, 8, 15))
        dates = {
            regle: calculs.date_limite_paiement(jour, regle)
            for regle in ("60_jours", *r["regles_45_jours"])
        }
        if len(set(dates.values())) == len(dates):
            break
    regle = rng.choice(r["regles_45_jours"])
    echeance = dates[regle]
    retard = rng.randint(*r["jours_de_retard"])
    return {
        "date": jour,
        "regle": regle,
        "echeances": dates,
        "echeance": echeance,
        "paiement": echeance + dt.timedelta(days=retard),
        "jours_de_retard": retard,
        "montant_ttc": montant_ttc,
        "taux_cgv": rng.choice(r["taux_penalites_cgv"]),
    }


def _retardataire(rng: random.Random, r: dict, table) -> dict:
    """Un autre client, dont le contrat ne fixe pas de taux : factures en retard, un semestre."""
    s = rng.choice([(2024, 7), (2025, 1), (2025, 7)])
    debut = dt.date(*s, 1)
    echeance = _date(rng, debut + dt.timedelta(days=20), debut + dt.timedelta(days=120))
    factures = [
        {
            "numero": f"F{echeance.year}-{rng.randint(1000, 9999)}",
            "montant_ttc": float(round(rng.uniform(*r["montant_facture_ttc"]), -1)),
            "jours_de_retard": rng.randint(*r["jours_de_retard"]),
        }
        for _ in range(r["factures_en_retard"])
    ]
    return {
        "echeance": echeance,
        "taux_bce": taux_bce_du_semestre(echeance, table),
        "taux_bce_a_l_echeance": taux_bce_au(echeance, table),
        "factures": factures,
    }


def construire(graine: int, devis) -> dict:
    """La version d'un apprenant ; ``devis`` : le devis du cas CP6 (même graine)."""
    d, rng = charger(), random.Random(f"conditions-{graine}")
    r = d["reglement"]
    net = devis.facture()
    montant_ttc = calculs.facture(net.brut_ht, devis.remises, 0, devis.taux_tva).net_a_payer
    cb = r["credit_bail"]
    capital = net.net_commercial
    retardataire = _retardataire(rng, r, d["taux_bce"])
    return {
        "reac": d["reac"],
        "textes": d["textes"],
        "a_verifier": d["a_verifier"],
        "taux_bce": d["taux_bce"],
        "taux_legal": d["taux_interet_legal_professionnels"],
        "prix": _prix(rng, d["prix"]),
        "facture": _facture(rng, r, montant_ttc),
        "retardataire": retardataire,
        "comptes": {
            "creances_ttc": float(round(rng.uniform(*r["creances_ttc"]), -3)),
            "ca_ht": float(round(rng.uniform(*r["ca_ht"]), -4)),
            "taux_tva": devis.taux_tva,
        },
        "credit_bail": {
            "capital": capital,
            "taux_annuel": rng.choice(cb["taux_annuel"]),
            "duree_mois": rng.choice(cb["duree_mois"]),
            "valeur_residuelle": round(capital * rng.choice(cb["valeur_residuelle"]), -1),
        },
    }
