"""The quiz: every bank question becomes a graded sub-exercise; a quiz exercise draws, saves,
scores and explains through the same answer path as every other exercise."""

import random

import pytest

from autograder.moteur import banque
from autograder.moteur.exercice import Contexte, Exercice
from autograder.moteur.formats import ReponseInvalide
from autograder.moteur.formats.quiz import _banque, _module, tolerance_numerique
from autograder.moteur.seance import Seance

from .conftest import remplir

QUESTIONS = list(_banque())

DECLARATION = """
from autograder.moteur.formats import Quiz
TITRE = "Quiz : objections"
CRITERES = ("CP7.7", "CT3.2")
POINTS = 3
FORMAT = Quiz(themes=("objections", "techniques_crac", "concessions"), nombre=6)
def generer(ctx):
    return {}
def enonce(p):
    return "Répondez aux questions."
"""


def sous_exercice(q, graine=1):
    rng = random.Random(graine)
    return Exercice("banque", q["id"], _module(q, rng), Contexte(graine, {}, rng))


@pytest.mark.parametrize("q", QUESTIONS, ids=[q["id"] for q in QUESTIONS])
def test_every_bank_question_is_gradable(q):
    ex = sous_exercice(q)
    solution = ex.solution()
    assert ex.evaluer(ex.lire(solution)).juste  # the stored form reads back (reopen, resubmit)
    assert ex.evaluer(None).score == 0


def test_numeric_precision_follows_jupyterquiz():
    q = next(q for q in QUESTIONS if q["id"] == "neg-002")  # 38 690,40 € at 6 significant digits
    ex = sous_exercice(q)
    assert tolerance_numerique(38690.4, 6) == pytest.approx(0.05)
    assert ex.evaluer(ex.lire("38 690,4")).juste
    assert ex.evaluer(ex.lire("38690,44")).juste
    faux = ex.evaluer(ex.lire("38 640"))
    assert not faux.juste and any("cascade" in d for d in faux.details)  # the trap's own feedback


def test_matching_and_ordering_give_credit_per_item():
    for kind in ("matching", "ordering"):
        q = next(q for q in QUESTIONS if q["type"] == kind)
        ex = sous_exercice(q)
        sol = ex.solution()
        cles = list(sol)
        echange = dict(sol)
        echange[cles[0]], echange[cles[1]] = sol[cles[1]], sol[cles[0]]
        score = ex.evaluer(echange).score
        assert score == pytest.approx((len(cles) - 2) / len(cles))


@pytest.fixture
def devoir_quiz(tmp_path, monkeypatch):
    dossier = tmp_path / "exercices" / "quiz_test"
    dossier.mkdir(parents=True)
    (dossier / "quiz_objections.py").write_text(DECLARATION, encoding="utf-8")
    monkeypatch.setattr(banque, "dossier_devoir", lambda devoir: dossier)
    return "quiz_test"


def test_quiz_draw_is_personal_and_stable(devoir_quiz, tmp_path):
    a = Seance(devoir_quiz, tmp_path / "a")
    a.changer_identifiant("alice")
    b = Seance(devoir_quiz, tmp_path / "b")
    b.changer_identifiant("bruno")
    qa = [q.nom for q in a.exercice("quiz_objections").questions]
    assert len(qa) == 6
    assert qa != [q.nom for q in b.exercice("quiz_objections").questions]
    a2 = Seance(devoir_quiz, tmp_path / "a")
    assert qa == [q.nom for q in a2.exercice("quiz_objections").questions]
    for q in a.exercice("quiz_objections").questions:  # each names one of the quiz's criteria
        assert set(q.criteres) & {"CP7.7", "CT3.2"}


def test_quiz_partial_credit_unanswered_and_bad_input(devoir_quiz, tmp_path):
    s = Seance(devoir_quiz, tmp_path)
    ex = s.exercice("quiz_objections")
    sol = ex.solution()
    premiers = dict(list(sol.items())[:3])
    s.repondre("quiz_objections", premiers)
    verdict = ex.evaluer(s.reponses.valeur("quiz_objections"))
    assert verdict.score == pytest.approx(0.5)
    assert sum("Non répondu" in d for d in verdict.details) == 3
    assert s.noter("quiz_objections") == pytest.approx(1.5)
    numeriques = [q for q in ex.questions if q.format.nature == "nombre"]
    if numeriques:
        with pytest.raises(ReponseInvalide, match="Question"):
            s.repondre("quiz_objections", {**premiers, numeriques[0].nom: "douze"})
        assert s.reponses.valeur("quiz_objections") == premiers  # nothing lost
    s.repondre("quiz_objections", sol)
    assert s.noter("quiz_objections") is None


def test_quiz_widget_saves_explains_and_restores(devoir_quiz, tmp_path):
    from autograder.widgets.quiz import QuizWidget

    s = Seance(devoir_quiz, tmp_path)
    ex = s.exercice("quiz_objections")
    w = QuizWidget(s, ex)
    sol = ex.solution()
    premiere, *autres = ex.questions
    remplir(w.saisies[premiere.nom], sol[premiere.nom])
    assert list(s.reponses.valeur("quiz_objections")) == [premiere.nom]  # saved at once
    for q in autres:
        remplir(w.saisies[q.nom], sol[q.nom])
    w.verifier()
    assert "✅" in w.retour.value
    assert all("✅" in r.value for r in w.retours.values())  # per-question feedback
    w2 = QuizWidget(
        Seance(devoir_quiz, tmp_path), Seance(devoir_quiz, tmp_path).exercice("quiz_objections")
    )
    assert "reprise" in w2.retour.value
    assert ex.evaluer(ex.lire(w2._brute())).juste
