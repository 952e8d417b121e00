"""CP5 lesson 2: the data file passes its schema check and every learner's statistics are fair."""

import copy
import random

import pytest

from autograder.metier import vente_sociale as vs


def test_data_passes_the_schema_check():
    vs.verifier(vs.donnees())


@pytest.mark.parametrize(
    "casser",
    [
        lambda d: d.pop("visio"),
        lambda d: d["fonctions"][0].update(besoin="inconnu"),
        lambda d: d["clients"][0]["besoins"].append("bruit"),
        lambda d: d["profil_branding"][0].update(categorie="autre"),
    ],
)
def test_a_broken_file_is_refused_in_french(casser):
    d = copy.deepcopy(vs.donnees())
    casser(d)
    with pytest.raises(ValueError, match="vente.json"):
        vs.verifier(d)


def test_engagement_rate_hand_worked():
    pub = {
        "impressions": 2000,
        "couverture": 1250,
        "reactions": 40,
        "commentaires": 8,
        "partages": 2,
    }
    assert vs.taux_engagement(pub) == pytest.approx(0.025)
    assert vs.taux_engagement(pub, "couverture") == pytest.approx(0.04)
    autre = {
        "impressions": 500,
        "couverture": 400,
        "reactions": 45,
        "commentaires": 5,
        "partages": 0,
    }
    assert vs.taux_global([pub, autre]) == pytest.approx(100 / 2500)


@pytest.mark.parametrize("graine", range(30))
def test_each_learner_gets_distinguishable_statistics(graine):
    pubs = vs.statistiques(random.Random(graine))
    taux = [vs.taux_engagement(p) for p in pubs]
    meilleur = max(range(5), key=taux.__getitem__)
    assert meilleur != max(range(5), key=lambda i: pubs[i]["reactions"])
    for p in pubs:
        assert 0 < p["couverture"] <= p["impressions"] and min(p["reactions"], p["partages"]) >= 0
