"""The sales figures of a context, generated from its parameters and a seed.

``generer(contexte, graine)`` gives a ``Cas``: the same seed always gives the same figures, another
seed fresh ones (a learner who sits a subject again gets a new case). The model, per rep and month:

* expected revenue = ca_mensuel_base × seasonality of the month × (1 + tendance_annuelle) ^ (years
  since the start of N-1); the seed moves each rep's trend by up to ±2 points;
* expected orders = expected revenue ÷ expected order value (product mix × quantity × price);
  leads are drawn around expected orders ÷ (taux_rendez_vous × taux_devis × taux_vente), then each
  step of the funnel is a binomial draw, so leads ≥ rendez_vous ≥ devis ≥ ventes always;
* each order is one product (drawn from the mix) with its quantity: ca_ht and marge_brute are the
  sums of quantity × price HT and quantity × (price − cost) of the orders;
* objectives: the same month of N-1 raised by hausse_ca (revenue, rounded to 100 €) and
  hausse_ventes (orders, rounded up), never on less than half the rep's mean month of N-1 (a
  month without sales keeps an objective). N-1 is simulated for the first 12 months; for a 24-month
  period, the second year's objectives come from the first year's actual figures.

A rep whose trend is well below the raise ends under objective, one well above ends over it (the
schema demands both), and the seasonality has a dip month: the analysis always has findings.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from autograder.metier.examen.contextes import valider_contexte

COLONNES = (
    "mois",
    "commercial",
    "region",
    "leads",
    "rendez_vous",
    "devis",
    "ventes",
    "ca_ht",
    "objectif_ca_ht",
    "objectif_ventes",
    "marge_brute",
)
"""Columns of ``Cas.ventes``, one row per month and per rep (a contract other code relies on)."""
COLONNES_PRODUITS = (
    "mois",
    "commercial",
    "produit",
    "commandes",
    "quantite",
    "ca_ht",
    "marge_brute",
)
ARRONDI_OBJECTIF = 100  # € : revenue objectives are round figures
PLANCHER = 0.5  # an objective is based on at least half the rep's mean monthly revenue of N-1
SOUS_OBJECTIF, SUR_OBJECTIF = 0.92, 1.05  # a rep « clearly » under / over objective (period total)


@dataclass(frozen=True)
class Cas:
    """The figures of one context for one seed."""

    contexte: str  # context id
    graine: int
    periode: tuple[str, str]  # first and last month, "AAAA-MM"
    ventes: pd.DataFrame  # COLONNES
    produits: pd.DataFrame  # COLONNES_PRODUITS: what each rep sold of each product each month
    historique: (
        pd.DataFrame
    )  # N-1, the basis of the first year's objectives: mois, commercial, ca_ht, ventes


def mois_de_la_periode(debut: str, n: int) -> list[str]:
    """["2025-01", …] : `n` months from `debut`."""
    return [p.strftime("%Y-%m") for p in pd.period_range(debut, periods=n, freq="M")]


def _graine(graine) -> int:
    if isinstance(graine, bool) or not isinstance(graine, (int, np.integer)) or graine < 0:
        raise ValueError(f"La graine doit être un entier positif ou nul (reçu : {graine!r}).")
    return int(graine)


def _mois_du_calendrier(mois: list[str]) -> np.ndarray:
    return np.array([int(m[5:7]) - 1 for m in mois])


def generer(contexte: dict, graine: int) -> Cas:
    """Figures of `contexte` (a checked context, see ``contextes.contexte``) for `graine`.

    Draws are repeated (same random stream, so still one result per seed) until the period has
    a rep under SOUS_OBJECTIF and one over SUR_OBJECTIF: chance alone must not hide the story."""
    graine = _graine(graine)
    ident = contexte.get("id", "?") if isinstance(contexte, dict) else "?"
    valider_contexte(contexte, f"contextes/{ident}.json")  # a clear French message, not a KeyError
    rng = np.random.default_rng([graine, 17])
    for _ in range(40):
        cas = _tirer(contexte, rng, int(graine))
        taux = realisation_par_commercial(cas)["taux"]
        if taux.min() < SOUS_OBJECTIF and taux.max() > SUR_OBJECTIF:
            break
    return cas


def _tirer(contexte: dict, rng: np.random.Generator, graine: int) -> Cas:
    offre, reps = contexte["offre"], contexte["commerciaux"]
    prix = np.array([p["prix_ht"] for p in offre])
    couts = np.array([p["cout_ht"] for p in offre])
    mix = np.array([p["part_commandes"] for p in offre])
    mix = mix / mix.sum()
    qte_moy = np.array([p["quantite_par_commande"] for p in offre], dtype=float)
    panier = float((mix * qte_moy * prix).sum())

    n = contexte["periode"]["mois"]
    mois = mois_de_la_periode(contexte["periode"]["debut"], n)
    mois_n1 = mois_de_la_periode(pd.Period(mois[0], "M").__sub__(12).strftime("%Y-%m"), 12)
    hausse_ca = contexte["objectifs"]["hausse_ca"]
    hausse_ventes = contexte["objectifs"]["hausse_ventes"]

    lignes, lignes_produits, lignes_n1 = [], [], []
    for r in reps:
        nom = f"{r['prenom']} {r['nom']}"
        profil = np.array(contexte["saisonnalite"][r["saisonnalite"]])
        tendance = r["tendance_annuelle"] + rng.uniform(-0.02, 0.02)
        taux = [min(0.95, r[k] * rng.uniform(0.92, 1.08))
                for k in ("taux_rendez_vous", "taux_devis", "taux_vente")]  # fmt: skip
        conversion = taux[0] * taux[1] * taux[2]

        def attendu(indices: np.ndarray, calendrier: np.ndarray) -> np.ndarray:
            croissance = (1 + tendance) ** (indices / 12)  # noqa: B023 (used at once)
            return r["ca_mensuel_base"] * profil[calendrier] * croissance  # noqa: B023

        # N-1: expected revenue with a little noise, and its orders (basis of the objectives).
        ca_n1 = attendu(np.arange(12), _mois_du_calendrier(mois_n1))
        ca_n1 = np.round(ca_n1 * rng.normal(1, 0.03, 12), 2)
        ventes_n1 = np.maximum(1, np.rint(ca_n1 / panier)).astype(int)
        lignes_n1 += [
            {"mois": m, "commercial": nom, "ca_ht": float(c), "ventes": int(v)}
            for m, c, v in zip(mois_n1, ca_n1, ventes_n1, strict=True)
        ]
        ca_prec, ventes_prec = list(ca_n1), list(ventes_n1)
        plancher = PLANCHER * float(ca_n1.mean())  # a month without sales keeps an objective
        esperes = attendu(np.arange(12, 12 + n), _mois_du_calendrier(mois)) / panier
        for i, m in enumerate(mois):
            leads = int(rng.poisson(esperes[i] / conversion))
            rdv = int(rng.binomial(leads, taux[0]))
            devis = int(rng.binomial(rdv, taux[1]))
            ventes = int(rng.binomial(devis, taux[2]))
            par_produit = rng.multinomial(ventes, mix)
            ca = marge = 0.0
            for k, commandes in enumerate(par_produit):
                if not commandes:
                    continue
                quantite = int(commandes + rng.poisson(qte_moy[k] - 1, commandes).sum())
                ca_k = round(quantite * prix[k], 2)
                marge_k = round(quantite * (prix[k] - couts[k]), 2)
                ca, marge = ca + ca_k, marge + marge_k
                lignes_produits.append(
                    {"mois": m, "commercial": nom, "produit": offre[k]["id"],
                     "commandes": int(commandes), "quantite": quantite, "ca_ht": ca_k,
                     "marge_brute": marge_k}
                )  # fmt: skip
            base = max(ca_prec[i], plancher)
            objectif_ca = np.ceil(base * (1 + hausse_ca) / ARRONDI_OBJECTIF)
            lignes.append(
                {"mois": m, "commercial": nom, "region": r["region"], "leads": leads,
                 "rendez_vous": rdv, "devis": devis, "ventes": ventes, "ca_ht": round(ca, 2),
                 "objectif_ca_ht": float(objectif_ca * ARRONDI_OBJECTIF),
                 "objectif_ventes": int(np.ceil(ventes_prec[i] * (1 + hausse_ventes))),
                 "marge_brute": round(marge, 2)}
            )  # fmt: skip
            ca_prec.append(round(ca, 2))
            ventes_prec.append(max(1, ventes))

    ventes = pd.DataFrame(lignes, columns=list(COLONNES))
    ventes = ventes.sort_values(["mois", "commercial"], kind="stable").reset_index(drop=True)
    produits = pd.DataFrame(lignes_produits, columns=list(COLONNES_PRODUITS))
    produits = produits.sort_values(["mois", "commercial", "produit"]).reset_index(drop=True)
    return Cas(
        contexte=contexte["id"],
        graine=graine,
        periode=(mois[0], mois[-1]),
        ventes=ventes,
        produits=produits,
        historique=pd.DataFrame(lignes_n1, columns=["mois", "commercial", "ca_ht", "ventes"]),
    )


def realisation_par_commercial(cas: Cas) -> pd.DataFrame:
    """Totals of the period per rep: ca_ht, objectif_ca_ht, taux (realised ÷ objective),
    ventes, objectif_ventes, marge_brute: the first findings of the dashboard."""
    t = cas.ventes.groupby("commercial", sort=False)[
        ["ca_ht", "objectif_ca_ht", "ventes", "objectif_ventes", "marge_brute"]
    ].sum()
    t["taux"] = t["ca_ht"] / t["objectif_ca_ht"]
    return t
