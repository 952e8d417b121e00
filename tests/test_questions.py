"""The negotiation question bank (data/questions) and its engine (autograder/questions.py)."""

from __future__ import annotations

import copy
import json
from collections import Counter

import pytest

from autograder.moteur.questions import (
    TYPES,
    TYPES_CHOIX,
    QuestionInvalide,
    charger_banque,
    liste_themes,
    tirer,
    valider_question,
)
from autograder.moteur.referentiel import tous_les_criteres


@pytest.fixture(scope="module")
def banque():
    return charger_banque()


def test_whole_bank_validates_and_is_large_enough(banque):
    assert len(banque) >= 80
    assert len({q["id"] for q in banque}) == len(banque)


def test_every_type_present(banque):
    assert set(TYPES) <= {q["type"] for q in banque}


def test_every_choice_answer_has_teaching_feedback(banque):
    for q in banque:
        if q["type"] in TYPES_CHOIX + ("numeric",):
            for a in q["answers"]:
                assert len(a["feedback"].strip()) >= 15, (q["id"], a)
                assert a["feedback"].strip().lower() not in {"faux", "vrai", "non", "oui"}


def test_every_question_names_existing_criteria(banque):
    connus = tous_les_criteres()
    for q in banque:
        assert q["criteres"], q["id"]
        assert set(q["criteres"]) <= set(connus), q["id"]


@pytest.mark.parametrize(
    "ids",
    [
        [f"CT3.{i}" for i in range(1, 5)],
        [f"CP7.{i}" for i in range(1, 8)],
        [f"CP5.{i}" for i in range(1, 4)],
    ],
    ids=["CT3", "CP7", "CP5"],
)
def test_key_criteria_covered(banque, ids):
    nommes = {c for q in banque for c in q["criteres"]}
    assert set(ids) <= nommes, sorted(set(ids) - nommes)


def test_themes_and_difficulties(banque):
    themes = liste_themes(banque)
    assert {"objections", "techniques_crac", "soncas", "argumentation", "concessions"} <= set(
        themes
    )
    assert {q["difficulte"] for q in banque} == {1, 2, 3}
    assert all(q["id"].split("-")[0] for q in banque)


def test_multiple_choice_has_one_correct_answer(banque):
    for q in banque:
        justes = sum(a["correct"] for a in q.get("answers", []) if q["type"] in TYPES_CHOIX)
        if q["type"] == "multiple_choice":
            assert justes == 1, q["id"]
        elif q["type"] == "many_choice":
            assert justes >= 1, q["id"]


def test_english_questions_have_french_feedback(banque):
    mots_fr = {"le", "la", "les", "un", "une", "des", "du", "de", "est", "et", "qui", "sans", "pas"}
    anglais = [q for q in banque if q["theme"] == "anglais_b2b"]
    assert len(anglais) >= 4
    for q in anglais:
        feedbacks = [a["feedback"] for a in q.get("answers", [])] or [q["feedback"]]
        for f in feedbacks:
            assert mots_fr & set(f.lower().replace("'", " ").split()), (q["id"], f)


# --- tirer ------------------------------------------------------------------------------


def test_tirer_is_deterministic_and_differs_between_seeds(banque):
    a = [q["id"] for q in tirer(banque, "martin.lea", 15)]
    b = [q["id"] for q in tirer(banque, "martin.lea", 15)]
    c = [q["id"] for q in tirer(banque, "durand.paul", 15)]
    assert a == b
    assert len(a) == len(set(a)) == 15
    assert a != c


def test_tirer_is_stratified_and_filters_themes(banque):
    themes = liste_themes(banque)
    serie = tirer(banque, 7, len(themes))
    assert {q["theme"] for q in serie} == set(themes)
    compte = Counter(q["theme"] for q in tirer(banque, 7, 2 * len(themes)))
    assert max(compte.values()) - min(compte.values()) <= 1
    seules = tirer(banque, 7, 5, themes=["objections"])
    assert len(seules) == 5 and {q["theme"] for q in seules} == {"objections"}


def test_tirer_more_than_available_returns_all(banque):
    assert len(tirer(banque, 1, 10_000)) == len(banque)
    assert tirer(banque, 1, 0) == []


# --- malformed questions ----------------------------------------------------------------


def _base() -> dict:
    return {
        "id": "tmp-001",
        "type": "multiple_choice",
        "question": "Question de test ?",
        "criteres": ["CP7.7"],
        "difficulte": 1,
        "answers": [
            {"answer": "A", "correct": True, "feedback": "Juste, parce que…"},
            {"answer": "B", "correct": False, "feedback": "Faux, parce que…"},
        ],
    }


def _rejet(q: dict, champ: str, ids_vus=None) -> str:
    with pytest.raises(QuestionInvalide) as exc:
        valider_question(q, "essai.json", ids_vus)
    msg = str(exc.value)
    assert "essai.json" in msg and "tmp-001" in msg and champ in msg, msg
    assert isinstance(exc.value, ValueError)
    return msg


def test_valid_base_question_passes():
    valider_question(_base(), "essai.json")


def test_missing_feedback_rejected():
    q = _base()
    q["answers"][1]["feedback"] = ""
    _rejet(q, "answers[1].feedback")
    del q["answers"][1]["feedback"]
    _rejet(q, "answers[1].feedback")


def test_unknown_criterion_rejected():
    q = _base()
    q["criteres"] = ["CP7.7", "CP7.99"]
    assert "CP7.99" in _rejet(q, "criteres")


def test_two_correct_answers_in_multiple_choice_rejected():
    q = _base()
    q["answers"][1]["correct"] = True
    _rejet(q, "answers")


def test_duplicate_id_rejected():
    vus: set[str] = set()
    valider_question(_base(), "essai.json", vus)
    _rejet(_base(), "id", vus)


def test_duplicate_id_across_files_rejected(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps([_base()]), encoding="utf-8")
    (tmp_path / "essai.json").write_text(json.dumps([_base()]), encoding="utf-8")
    with pytest.raises(QuestionInvalide) as exc:
        charger_banque(tmp_path)
    assert "essai.json" in str(exc.value) and "tmp-001" in str(exc.value)


@pytest.mark.parametrize(
    "modif, champ",
    [
        (lambda q: q.pop("criteres"), "criteres"),
        (lambda q: q.update(criteres=[]), "criteres"),
        (lambda q: q.update(difficulte=4), "difficulte"),
        (lambda q: q.update(type="essai_libre"), "type"),
        (lambda q: q.update(question=" "), "question"),
        (lambda q: [a.update(correct=False) for a in q["answers"]], "answers"),
        (
            lambda q: q.update(type="many_choice") or q["answers"][0].update(correct="oui"),
            "correct",
        ),
    ],
)
def test_other_malformations_rejected(modif, champ):
    q = _base()
    modif(q)
    _rejet(q, champ)


def test_numeric_rules():
    q = {
        **_base(),
        "type": "numeric",
        "precision": 2,
        "answers": [{"type": "value", "value": 12, "correct": True, "feedback": "Oui, car…"}],
    }
    valider_question(q, "essai.json")
    _rejet({**q, "precision": -1}, "precision")
    faux = copy.deepcopy(q)
    faux["answers"][0]["correct"] = False
    _rejet(faux, "answers")
    sans = copy.deepcopy(q)
    sans["answers"][0]["feedback"] = ""
    _rejet(sans, "answers[0].feedback")


def test_matching_and_ordering_rules():
    base = {k: v for k, v in _base().items() if k != "answers"}
    paires = [{"gauche": g, "droite": d} for g, d in (("a", "1"), ("b", "2"), ("c", "3"))]
    valider_question({**base, "type": "matching", "paires": paires, "feedback": "Car…"}, "e")
    _rejet({**base, "type": "matching", "paires": paires[:2], "feedback": "Car…"}, "paires")
    _rejet({**base, "type": "matching", "paires": paires, "feedback": ""}, "feedback")
    elements = ["un", "deux", "trois"]
    valider_question({**base, "type": "ordering", "elements": elements, "feedback": "Car…"}, "e")
    _rejet({**base, "type": "ordering", "elements": elements[:2], "feedback": "Car…"}, "elements")


# --- Every question is used (issue #19) ----------------------------------------------------------


def _questions_tirables() -> dict[str, list[str]]:
    """{question id: the graded quizzes (devoir/exercice) of solutions/ that can draw it}."""
    from autograder.moteur import banque as declarations
    from autograder.moteur.formats.quiz import Quiz

    from .conftest import ASSIGNMENTS, ROOT, load

    tirables: dict[str, list[str]] = {}
    for devoir in ASSIGNMENTS:
        notes = {
            c["metadata"].get("ntc", {}).get("exercice")
            for nb in (ROOT / "solutions" / devoir).glob("*.ipynb")
            for c in load(nb)["cells"]
            if c["metadata"].get("nbgrader", {}).get("grade")
        }
        for nom in declarations.lister(devoir):
            module = declarations.charger_exercice(devoir, nom)
            if nom not in notes or not isinstance(module.FORMAT, Quiz):
                continue
            themes, criteres = module.FORMAT.themes, set(module.CRITERES)
            for q in charger_banque():
                if (not themes or q["theme"] in themes) and (
                    not criteres or criteres & set(q["criteres"])
                ):
                    tirables.setdefault(q["id"], []).append(f"{devoir}/{nom}")
    return tirables


def test_every_bank_question_is_used_by_a_notebook(banque):
    """A question no graded quiz can draw is never seen by a learner (practice variants draw
    again among the same themes, so every drawable question is reachable)."""
    tirables = _questions_tirables()
    inutilisees = sorted(q["id"] for q in banque if q["id"] not in tirables)
    assert not inutilisees, f"questions qu'aucun carnet ne peut tirer : {inutilisees}"


def test_the_unused_question_check_sees_a_theme_no_quiz_draws(banque, monkeypatch):
    orpheline = {**copy.deepcopy(banque[0]), "id": "zzz-001", "theme": "theme_sans_quiz"}
    monkeypatch.setattr(
        "tests.test_questions.charger_banque", lambda: [*banque, orpheline], raising=True
    )
    tirables = _questions_tirables()
    assert "zzz-001" not in tirables and banque[0]["id"] in tirables
