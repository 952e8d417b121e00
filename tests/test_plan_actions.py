"""CP2 engine: ABC classification, funnel objective, haversine, tour and CO2, Gantt."""

import math

import pandas as pd
import pytest

from autograder.metier import plan_actions as pa

# Five clients listed in no particular order: sorted CA 500, 250, 150, 60, 40 (total 1 000),
# cumulated shares 50 %, 75 %, 90 %, 96 %, 100 %.
CINQ = pd.DataFrame(
    {
        "client": ["c150", "c40", "c500", "c60", "c250"],
        "ca": [150.0, 40.0, 500.0, 60.0, 250.0],
        "marge": [60.0, 4.0, 50.0, 30.0, 25.0],
    }
)


def test_abc_on_five_clients_by_hand():
    t = pa.classer_abc(CINQ)
    assert list(t["client"]) == ["c500", "c250", "c150", "c60", "c40"]
    assert list(t["part_cumulee"]) == pytest.approx([0.50, 0.75, 0.90, 0.96, 1.00])
    assert list(t["classe"]) == ["A", "A", "B", "C", "C"]


def test_abc_other_thresholds_and_margin_differ():
    assert list(pa.classer_abc(CINQ, seuils=(0.7, 0.9))["classe"]) == ["A", "B", "B", "C", "C"]
    # On margin (60, 50, 30, 25, 4 over 169) the ranking is not the same as on CA.
    par_marge = pa.classer_abc(CINQ, "marge")
    assert list(par_marge["client"][:2]) == ["c150", "c500"]


def test_abc_summary_and_bad_input():
    s = pa.synthese_abc(pa.classer_abc(CINQ))
    assert list(s["clients"]) == [2, 1, 2]
    assert s.loc["A", "part_ca"] == pytest.approx(0.75)
    with pytest.raises(ValueError, match="colonne"):
        pa.classer_abc(CINQ, "inconnue")
    with pytest.raises(ValueError, match="Seuils"):
        pa.classer_abc(CINQ, seuils=(0.95, 0.8))


def test_funnel_objective_by_hand():
    # 3 reps × 8 meetings × 45 weeks = 1 080 meetings; 25 % closing = 270 sales; × 6 000 €.
    assert pa.objectif_entonnoir(3, 8, 45, 0.25, 6000) == pytest.approx(1_620_000)
    with pytest.raises(ValueError, match="fraction"):
        pa.objectif_entonnoir(3, 8, 45, 25, 6000)


def test_funnel_history_uses_the_calculs_definitions():
    ventes = pd.DataFrame({"rendez_vous": [40, 60], "ventes": [10, 15], "ca": [50_000, 75_000]})
    h = pa.historique_entonnoir(ventes)
    assert h["taux_closing"] == pytest.approx(0.25)
    assert h["panier"] == pytest.approx(5000)


@pytest.mark.parametrize(
    "ville,coords,km",
    [("Paris", (48.8566, 2.3522), 392), ("Marseille", (43.2965, 5.3698), 278)],
)
def test_haversine_known_cities_within_one_percent(ville, coords, km):
    lyon = (45.7640, 4.8357)
    assert pa.distance_km(lyon, coords) == pytest.approx(km, rel=0.01), ville
    assert pa.distance_km(coords, lyon) == pytest.approx(pa.distance_km(lyon, coords))


def test_tour_nearest_neighbour_by_hand():
    # On the equator 0.1° of longitude = 2πR/3600 km. Points east 0.2°, west 0.1°, east 0.1°.
    pas = 2 * math.pi * pa.RAYON_TERRE_KM / 3600
    base, points = (0.0, 0.0), [(0.0, 0.2), (0.0, -0.1), (0.0, 0.1)]
    assert pa.ordre_plus_proche_voisin(base, points) == [1, 2, 0]
    assert pa.longueur_tournee(base, points) == pytest.approx(8 * pas)  # 2 + 3 + 2 + 1
    assert pa.longueur_tournee(base, points, retour=False) == pytest.approx(7 * pas)
    r = pa.comparer_tournees(base, points)
    assert r["km_ppv"] == pytest.approx(6 * pas)  # 1 + 2 + 1 + 2
    assert r["co2_economise"] == pytest.approx(pa.co2_kg(2 * pas))


def test_co2_factor_is_named_data():
    assert pa.co2_kg(100, 0.2) == pytest.approx(20)
    f = pa.facteur_emission()
    assert f["valeur"] > 0 and "CO2" in f["unite"] and "illustration" in f["source"]
    with pytest.raises(ValueError):
        pa.co2_kg(-1)


def test_portfolio_is_seeded_and_plausible():
    a, b = pa.generer_portefeuille(7), pa.generer_portefeuille(7)
    pd.testing.assert_frame_equal(a, b)
    assert not a.equals(pa.generer_portefeuille(8))
    assert len(a) == 120 and a["client"].is_unique
    assert (
        (a["ca"] > 0).all() and (a["marge"] < a["ca"]).all() and (a["potentiel"] >= a["ca"]).all()
    )
    lyon = pa.depot()
    assert max(pa.distance_km(lyon, (r.lat, r.lon)) for r in a.itertuples()) < 150
    with pytest.raises(ValueError, match="graine"):
        pa.generer_portefeuille(-1)


def test_coverage_and_penetration():
    t = pa.couverture_secteurs(pa.generer_portefeuille(3))
    assert t["part_ca"].sum() == pytest.approx(1)
    assert t["indice_couverture"].is_monotonic_increasing
    assert pa.taux_de_penetration(2500, 10_000) == pytest.approx(0.25)
    with pytest.raises(ValueError, match="potentiel"):
        pa.taux_de_penetration(1, 0)


def test_gantt_and_its_text_alternative():
    import matplotlib

    matplotlib.use("Agg")
    plan = pa.plan_type()
    fig = pa.gantt(plan)
    assert len(fig.axes[0].patches) == len(plan)
    texte = pa.decrire_plan(plan)
    assert texte.count("\n") == len(plan) - 1 and "semaines" in texte
    import matplotlib.pyplot as plt

    plt.close(fig)
