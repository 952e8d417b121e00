"""Customer invoices derived from the CRM orders: who has paid, who owes, who is late.

Not a table of the SQLite base (the base stays byte-identical for a seed): built on demand from the
orders, with its own random stream, so that lessons and exercises on outstanding balances
(encours) and overdue invoices (factures échues) count from the learner's own sales.

Conventions: one invoice per order, dated when the order ships (5 to 20 days after the order);
the due date (`echeance`) is printed on the invoice, 60 days after its date (Hydralis's terms;
how a due date is computed is the subject of the CP6 lesson on terms of sale). An invoice is unpaid at the reference date when it was not settled by then.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pandas as pd

from autograder.calculs import date_limite_paiement

REGLE = "60_jours"  # Hydralis's terms: 60 days from the invoice date
PART_MAUVAIS_PAYEURS = 0.3  # share of clients who pay late as a habit


def factures(commandes: pd.DataFrame, graine: int, reference: str = "2025-12-31") -> pd.DataFrame:
    """Les factures des commandes, avec leur échéance et leur date de paiement (vide si impayée).

    Colonnes : id, commande_id, entreprise_id, date, echeance, montant_ht, montant_ttc,
    date_paiement. Une commande livrée après ``reference`` n'est pas encore facturée.
    """
    rng = random.Random(f"{int(graine)}:factures")
    fin = date.fromisoformat(reference)
    clients = sorted(set(int(e) for e in commandes["entreprise_id"]))
    retardataires = {c for c in clients if rng.random() < PART_MAUVAIS_PAYEURS}
    lignes = []
    for c in commandes.sort_values(["date", "id"]).itertuples(index=False):
        emise = date.fromisoformat(c.date) + timedelta(days=rng.randint(5, 20))
        if emise > fin:
            continue
        echeance = date_limite_paiement(emise, REGLE)
        if int(c.entreprise_id) in retardataires:
            ecart = rng.randint(20, 150)  # late, sometimes very late
        else:
            ecart = rng.choice([-15, -5, 0, 0, 5, 10, 20, 35])
        payee = echeance + timedelta(days=ecart)
        lignes.append(
            {
                "id": len(lignes) + 1,
                "commande_id": int(c.id),
                "entreprise_id": int(c.entreprise_id),
                "date": emise.isoformat(),
                "echeance": echeance.isoformat(),
                "montant_ht": float(c.montant_ht),
                "montant_ttc": float(c.montant_ttc),
                "date_paiement": payee.isoformat() if payee <= fin else None,
            }
        )
    colonnes = ["id", "commande_id", "entreprise_id", "date", "echeance"]
    colonnes += ["montant_ht", "montant_ttc", "date_paiement"]
    return pd.DataFrame(lignes, columns=colonnes)


def encours(table: pd.DataFrame, reference: str = "2025-12-31") -> pd.DataFrame:
    """Par entreprise : encours TTC (factures non payées à la date de référence), dont échu
    (échéance dépassée) et le plus grand retard en jours."""
    ouvertes = table[table["date_paiement"].isna() & (table["date"] <= reference)].copy()
    ouvertes["echu"] = ouvertes["echeance"] < reference
    ref = pd.Timestamp(reference)
    ouvertes["retard"] = (ref - pd.to_datetime(ouvertes["echeance"])).dt.days.clip(lower=0)
    par = ouvertes.groupby("entreprise_id")
    return pd.DataFrame(
        {
            "encours_ttc": par["montant_ttc"].sum().round(2),
            "echu_ttc": par.apply(
                lambda g: g.loc[g["echu"], "montant_ttc"].sum(), include_groups=False
            ).round(2),
            "retard_max_jours": par["retard"].max(),
        }
    )
