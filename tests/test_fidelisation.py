"""CP9 lesson 2: the rules of autograder.metier.fidelisation on hand-worked cases, the invoices
derived from the orders (autograder.crm.creances), and the schema of the REAC extracts."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pandas as pd
import pytest

from autograder.crm.creances import encours, factures
from autograder.metier import fidelisation as f

from .conftest import ROOT


def test_reactivation_score_is_value_times_probability():
    commandes = pd.DataFrame(
        {
            "id": [1, 2, 3, 4],
            "entreprise_id": [10, 10, 20, 30],
            "date": ["2023-06-01", "2024-03-01", "2024-02-01", "2025-11-01"],
            "montant_ht": [1000.0, 4000.0, 9000.0, 500.0],
        }
    )
    entreprises = pd.DataFrame(
        {"id": [10, 20, 30], "raison_sociale": ["A", "B", "C"], "statut": ["client"] * 3}
    )
    d = f.comptes_dormants(commandes, entreprises, "2024-12-31")
    # 10: the 12 months ending 2024-03-01 hold both orders (2023-06-01 is 9 months before) → 5 000;
    # 20: 9 000; 30 ordered after the limit: not dormant
    assert dict(zip(d["entreprise_id"], d["valeur_en_jeu"], strict=True)) == {10: 5000, 20: 9000}
    enquetes = pd.DataFrame(
        {"id": [1, 2], "entreprise_id": [10, 20], "date": ["2025-01-01"] * 2, "nps": [9, 4]}
    )
    p = f.priorite_reactivation(d, enquetes)
    # A: promoteur 5 000 × 0.5 = 2 500 ; B: détracteur 9 000 × 0.1 = 900 → A first
    assert list(p["raison_sociale"]) == ["A", "B"] and list(p["score"]) == [2500, 900]


def test_gesture_cap_and_loyalty_discount():
    assert f.plafond_geste(33_233, 0.40) == 1329  # 33 233 × 0.40 × 0.10 = 1 329.32
    # m = 0.35, a = 0.10: 0.35 × (1 − (1 + 0.9 + 0.81) / 3) = 0.0338…
    assert f.remise_fidelite_maximale(0.35, 0.10) == pytest.approx(0.033833, abs=1e-6)
    with pytest.raises(ValueError, match="fraction"):
        f.plafond_geste(1000, 35)
    with pytest.raises(ValueError, match="au moins un an"):
        f.remise_fidelite_maximale(0.35, 0.1, 0)


def test_credit_decision():
    assert f.decision_encours(4000, 45, 1000, 10_000) == ("bloquer", 0.0)
    assert f.decision_encours(4000, 10, 5000, 10_000) == ("accepter", 0.0)
    assert f.decision_encours(4000, 0, 7500, 10_000) == ("acompte", 1500.0)


def test_invoices_are_coherent_and_seeded():
    commandes = pd.DataFrame(
        {
            "id": range(1, 41),
            "entreprise_id": [i % 7 for i in range(40)],
            "date": [(date(2025, 1, 1) + timedelta(days=9 * i)).isoformat() for i in range(40)],
            "montant_ht": [1000.0] * 40,
            "montant_ttc": [1200.0] * 40,
        }
    )
    t = factures(commandes, 3)
    assert t.equals(factures(commandes, 3)) and not t.equals(factures(commandes, 4))
    assert (t["date"] <= "2025-12-31").all() and (t["date"] > "2025-01-01").all()
    ecart = pd.to_datetime(t["echeance"]) - pd.to_datetime(t["date"])
    assert (ecart.dt.days == 60).all()
    payees = t.dropna(subset=["date_paiement"])
    assert (payees["date_paiement"] <= "2025-12-31").all()
    e = encours(t)
    assert e["encours_ttc"].sum() == pytest.approx(t["date_paiement"].isna().sum() * 1200)
    assert (e["echu_ttc"] <= e["encours_ttc"]).all()


def test_reac_extracts_schema():
    data = json.loads((ROOT / "data" / "relation_client" / "savoirs_cp9.json").read_text("utf-8"))
    assert {"document", "code", "millesime", "date_validation"} <= set(data["source"])
    themes = {"reclamations", "geste", "fidelisation", "grands_comptes", "credit"}
    assert data["extraits"]
    for e in data["extraits"]:
        assert set(e) == {"theme", "fiche", "texte"} and e["theme"] in themes and e["texte"]
    assert themes == {e["theme"] for e in data["extraits"]}
