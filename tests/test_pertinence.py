"""CP1.2 « données pertinentes » : relevance comes from the case data (the themes of each item
against the themes of the watch objective), never from a per-learner key, and a reliable source
can be off topic."""

import pytest

from autograder.moteur import banque
from autograder.moteur.seance import Seance

MODULE = banque.charger_exercice("cp1_veille", "donnees_pertinentes")
CAS = banque.charger_contexte("cp1_veille").donnees_cas()


@pytest.mark.parametrize("objectif", CAS["objectifs"], ids=lambda o: o["cle"])
def test_every_objective_has_relevant_items_and_a_reliable_off_topic_one(objectif):
    infos = CAS["informations"]
    bonnes = [i for i in infos if MODULE.pertinente(i, objectif)]
    assert 2 <= len(bonnes) < MODULE.NOMBRE_OPTIONS
    hors = [i for i in infos if not MODULE.pertinente(i, objectif)]
    assert any(i["fiabilite"] in MODULE.FIABLES for i in hors)
    assert set(objectif["themes"]) <= set(CAS["themes"])
    assert all(set(i["themes"]) <= set(CAS["themes"]) for i in infos)


def test_the_key_follows_the_themes_and_the_feedback_separates_relevance_from_reliability(
    tmp_path,
):
    vus = set()
    for k in range(12):
        s = Seance("cp1_veille", tmp_path / str(k))
        s.changer_identifiant(f"apprenant{k}")
        ex = s.exercice("donnees_pertinentes")
        objectif = next(o for o in CAS["objectifs"] if o["cle"] == ex.params["objectif"])
        vus.add(objectif["cle"])
        infos = {i["cle"]: i for i in CAS["informations"]}
        options = ex.options()
        assert len(options) == MODULE.NOMBRE_OPTIONS
        for o in options:
            assert o.correct == bool(set(infos[o.cle]["themes"]) & set(objectif["themes"]))
            assert o.retour.startswith("pertinente" if o.correct else "hors sujet")
        # at least one reliable source off topic, said so in its feedback
        assert any("fiable ne veut pas dire pertinent" in o.retour for o in options)
        # ticking every item is not the answer; the key is
        assert ex.evaluer([o.cle for o in options]).score < 1
        assert ex.evaluer(ex.solution()).juste
        assert objectif["texte"] in ex.enonce()
    assert len(vus) >= 3  # learners get different objectives


def test_an_item_sharing_no_theme_is_off_topic():
    objectif = {"themes": ["energie"]}
    assert MODULE.pertinente({"themes": ["chimie", "energie"]}, objectif)
    assert not MODULE.pertinente({"themes": ["chimie"]}, objectif)
