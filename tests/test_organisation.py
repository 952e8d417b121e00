"""CP2 « organiser son activité »: the week of visits, its rules and the hand-checkable numbers."""

import pytest

from autograder.metier import organisation as org
from autograder.metier import plan_actions as pa


def test_a_day_is_a_loop_and_driving_time_follows_the_average_speed():
    m = [[0, 30, 40], [30, 0, 20], [40, 20, 0]]
    assert org.km_jour(m, 1, 2) == 90  # 30 + 20 + 40, by hand
    assert org.minutes_de_conduite(130, 65) == pytest.approx(120)
    assert org.co2_visio_kg(1.5, 2) == pytest.approx(1.5 * 2 * org.donnees()["visio"]["valeur"])


@pytest.mark.parametrize("graine", [0, 1, 7, 2025])
def test_the_week_keeps_the_driving_cap_before_the_kilometres(graine):
    s = org.semaine(pa.generer_portefeuille(graine), graine, pa.depot(), pa.distance_km)
    e = {k: org.evaluer_plan(s["matrice"], p) for k, p in s["plans"].items()}
    assert e["juste"]["respecte"] and e["long"]["respecte"]
    assert not e["piege"]["respecte"] and e["piege"]["km"] < e["juste"]["km"]
    assert e["juste"]["km"] < min(e["crm"]["km"], e["long"]["km"])
    assert len({x["km"] for x in e.values()}) == 4  # four distinct answers
    visites = sorted(c for p in s["plans"].values() for paire in p for c in paire)
    assert visites == sorted(list(range(1, 9)) * 4)  # every plan visits each client once
    assert s["clients"] == sorted(s["clients"], key=org._sans_accents)  # CRM export order


def test_bad_input_gets_a_french_message():
    with pytest.raises(ValueError, match="vitesse"):
        org.minutes_de_conduite(10, 0)
    with pytest.raises(ValueError, match="participant"):
        org.co2_visio_kg(1, 0)
