"""Public tenders (CP3 lesson 3): dated thresholds, procedure by amount, scoring, dates."""

import datetime as dt

import pytest

from autograder.metier import marches_publics as mp

D = dt.date


def test_every_threshold_cites_its_source_and_stays_to_be_checked():
    for s in mp.donnees()["seuils"]:
        assert s["source"] and s["a_verifier"] is True, s["cle"]
    reac = mp.donnees()["reac"]["citations"]
    assert {c["competence"] for c in reac} == {"CP1", "CP3"}


def test_the_dispense_threshold_moves_on_1_april_2026():
    assert mp.valeur("dispense_fournitures_services", D(2026, 3, 31)) == 40_000
    assert mp.valeur("dispense_fournitures_services", D(2026, 4, 1)) == 60_000
    assert mp.valeur("dispense_travaux", D(2026, 6, 1)) == 100_000
    assert mp.valeur("formalise_fournitures_services_etat", D(2026, 6, 1)) == 140_000
    assert mp.valeur("formalise_fournitures_services_autres", D(2027, 12, 31)) == 216_000
    assert mp.valeur("formalise_travaux", D(2026, 6, 1)) == 5_404_000
    with pytest.raises(ValueError, match="Aucun seuil"):
        mp.seuil("formalise_travaux", D(2028, 1, 1))  # the next two years are not known yet


@pytest.mark.parametrize(
    "annuel, reconductions, acheteur, attendu",
    [
        (50_000, 3, "collectivite", "mapa_publie"),  # 200 000 € over four years
        (50_000, 3, "etat", "formalisee"),  # the State's threshold is lower: 140 000 €
        (30_000, 1, "collectivite", "mapa_libre"),  # 60 000 €: no longer under the dispense
        (29_000, 1, "sante", "dispense"),  # 58 000 €
        (60_000, 3, "sante", "formalisee"),  # 240 000 € ≥ 216 000 €
    ],
)
def test_the_procedure_counts_the_whole_duration(annuel, reconductions, acheteur, attendu):
    total = mp.valeur_estimee(annuel, reconductions)
    assert mp.procedure(total, acheteur, D(2026, 6, 1)) == attendu


def test_small_lots_are_20_percent_of_all_lots():
    assert mp.part_maximale_petits_lots(520_000, D(2026, 6, 1)) == 104_000


def test_price_score_and_ranking_by_hand():
    # 60 points for the price: 241 900 / 249 800 × 60 = 58,10 ; 18,4 / 20 × 40 = 36,80
    assert mp.note_totale(249_800, 18.4, 241_900, 0.6) == pytest.approx(94.90, abs=0.005)
    offres = {"A": {"prix": 100, "technique": 10}, "B": {"prix": 120, "technique": 20}}
    # A: 40 + 30 = 70 ; B: 40 × 100/120 + 60 = 93,33
    assert [n for n, _ in mp.classement(offres, 0.4)] == ["B", "A"]


def test_the_winning_price_threshold_is_a_tie_with_the_best_competitor():
    concurrents = {"A": {"prix": 100_000, "technique": 12}, "B": {"prix": 110_000, "technique": 15}}
    seuil = mp.prix_maximal_pour_gagner(concurrents, 18, 0.4)
    meilleur = max(
        mp.note_totale(o["prix"], o["technique"], 100_000, 0.4) for o in concurrents.values()
    )
    assert mp.note_totale(seuil, 18, 100_000, 0.4) == pytest.approx(meilleur)
    avec = {**concurrents, "H": {"prix": seuil - 50, "technique": 18}}
    assert mp.classement(avec, 0.4)[0][0] == "H"
    avec["H"]["prix"] = seuil + 50
    assert mp.classement(avec, 0.4)[0][0] != "H"


def test_abnormally_low_offers_are_under_the_mean_minus_the_gap():
    prix = {"A": 118_000, "B": 124_500, "C": 86_000, "D": 121_000, "E": 112_000}
    assert mp.offres_a_justifier(prix, 0.2) == ["C"]  # mean 112 300 €, threshold 89 840 €


def test_months_are_added_as_calendar_months():
    assert mp.ajouter_mois(D(2026, 8, 31), 6) == D(2027, 2, 28)
    assert mp.ajouter_mois(D(2026, 9, 29), -6) == D(2026, 3, 29)
    assert mp.ajouter_mois(D(2024, 2, 29), 12) == D(2025, 2, 28)


@pytest.mark.parametrize("graine", range(40))
def test_every_learner_case_tells_the_same_story(graine):
    m = mp.construire(graine)
    assert m["procedure"] == "formalisee"  # the small-lot rule applies to a formalised total
    assert m["publication"] >= D(2026, 4, 1)
    ordre = [n for n, _ in mp.classement(m["offres"], m["poids_prix"])]
    moins_cher = min(m["offres"], key=lambda n: m["offres"][n]["prix"])
    assert ordre[0] != moins_cher  # the cheapest offer does not win
    plus_bas_concurrent = min(o["prix"] for n, o in m["offres"].items() if n != "Hydralis")
    assert m["seuil_hydralis"] >= plus_bas_concurrent
    if m["scenario"] == "delai":
        assert m["jours_restants"] < m["hydralis"]["delai_preparation_jours"]
    else:
        assert m["jours_restants"] >= m["hydralis"]["delai_preparation_jours"]
        assert (m["visite_lot_2"] < m["reperage"]) == (m["scenario"] == "visite")
