"""The quiz format: questions of the bank (data/questions, jupyterquiz schema) as graded sub-exercises.

Each drawn question becomes an `Exercice` with the format its type calls for, so reading,
scoring and feedback are those of every other exercise:
- multiple_choice → Choix, many_choice → ChoixMultiple (each answer keeps its own feedback);
- numeric → Nombre, compared like jupyterquiz to `precision` significant digits (a `range`
  answer accepts its interval); wrong `value` answers are diagnosed with their feedback;
- matching → Classement (each left item goes to one right item);
- ordering → Classement into positions 1..n (credit per item in its right place).
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from functools import cache
from types import SimpleNamespace
from typing import Any

from autograder.moteur.exercice import Contexte, Exercice, Verdict
from autograder.moteur.formats.base import Element, Format, Option, ReponseInvalide, icone
from autograder.moteur.formats.choix import Choix, ChoixMultiple
from autograder.moteur.formats.classement import Classement
from autograder.moteur.formats.nombre import Nombre
from autograder.moteur.questions import charger_banque, tirer


@dataclass(frozen=True)
class Quiz(Format):
    """A per-learner draw of `nombre` questions of the bank (data/questions), among `themes`
    (all when empty) and naming at least one of the exercise's criteria; score = mean of the
    questions' scores, an unanswered question counting 0."""

    themes: tuple[str, ...] = ()
    nombre: int = 5
    nature = "quiz"

    def preparer(self, ex, ctx) -> None:
        ex.questions = questions_du_quiz(
            ex.devoir, ex.nom, self, ex.criteres, ctx.rng.getrandbits(48)
        )

    def solution(self, ex) -> dict:
        return {q.nom: q.solution() for q in ex.questions}

    def lire_reponse(self, ex, brute: Any, *, depuis_code: bool = False) -> dict:
        """{question id: raw answer}; an empty answer is left out (« non répondu »)."""
        if not isinstance(brute, dict):
            raise ReponseInvalide("Répondez aux questions dans le quiz ci-dessus.")
        lues = {}
        for i, q in enumerate(ex.questions, start=1):
            valeur = brute.get(q.nom)
            if valeur is None or valeur == "" or valeur == [] or valeur == {}:
                continue
            try:
                lues[q.nom] = q.lire(valeur)
            except ReponseInvalide as exc:
                raise ReponseInvalide(f"Question {i} : {exc}") from None
        return lues

    def evaluer(self, ex, reponse: Any) -> Verdict:
        return evaluer_quiz(ex.questions, reponse)


@cache
def _banque() -> tuple[dict, ...]:
    return tuple(charger_banque())


def tirer_questions(themes, criteres, nombre: int, graine: int) -> list[dict]:
    """The learner's questions: among `themes` (all if empty), naming one of `criteres` (any
    question of the themes when the quiz names no criterion: a knowledge quiz evidences none)."""
    pool = [
        q
        for q in _banque()
        if (not themes or q["theme"] in themes)
        and (not criteres or set(q["criteres"]) & set(criteres))
    ]
    if len(pool) < nombre:
        raise ValueError(
            f"Banque de questions : {len(pool)} question(s) pour les thèmes {list(themes)} et "
            f"les critères {list(criteres)}, {nombre} demandées."
        )
    return tirer(pool, graine, nombre)


def tolerance_numerique(valeur: float, precision: int) -> float:
    """Half a unit of the last of `precision` significant digits (jupyterquiz's toPrecision)."""
    if valeur == 0 or precision <= 0:
        return 1e-9
    return 10 ** (math.floor(math.log10(abs(valeur))) - precision + 1) / 2


def _module(q: dict, rng: random.Random, criteres=()) -> SimpleNamespace:
    """A declaration-like object for one question, so `Exercice` can use it unchanged. It names
    only the criteria its quiz names: the bank's tags say what a question is about, the
    declaration what the quiz evidences."""
    m = SimpleNamespace(
        TITRE=q["id"],
        CRITERES=tuple(c for c in q["criteres"] if c in criteres),
        POINTS=1,
        generer=lambda ctx: {},
        enonce=lambda p: q["question"],
    )
    kind = q["type"]
    if kind in ("multiple_choice", "many_choice"):
        options = [
            Option(f"r{i}", a["answer"], a["correct"], a["feedback"])
            for i, a in enumerate(q["answers"])
        ]
        rng.shuffle(options)
        m.FORMAT = Choix() if kind == "multiple_choice" else ChoixMultiple()
        m.options = lambda p: options
    elif kind == "numeric":
        juste = next(a for a in q["answers"] if a["correct"])
        if juste["type"] == "range":
            bas, haut = juste["range"]
            attendu, tolerance = (bas + haut) / 2, (haut - bas) / 2
        else:
            attendu = juste["value"]
            tolerance = tolerance_numerique(attendu, q["precision"])
        m.FORMAT = Nombre(tolerance=tolerance, decimales=_decimales(attendu))
        m.solution = lambda p: attendu
        pieges = [(a["value"], a["feedback"]) for a in q["answers"] if a["type"] == "value"]
        m.diagnostics = lambda p: [(v, f) for v, f in pieges if v != attendu]
        defaut = next((a["feedback"] for a in q["answers"] if a["type"] == "default"), "")
        m.explication = lambda p: defaut
        m.retour_juste = juste["feedback"]
    else:
        if kind == "matching":
            droites = [(f"d{i}", p["droite"]) for i, p in enumerate(q["paires"])]
            cle_de = {lib: cle for cle, lib in droites}
            elements = [
                Element(f"g{i}", p["gauche"], cle_de[p["droite"]])
                for i, p in enumerate(q["paires"])
            ]
            rng.shuffle(droites)
            categories = tuple(droites)
        else:  # ordering: the bank lists the items in the right order
            n = len(q["elements"])
            categories = tuple((str(k), f"Position {k}") for k in range(1, n + 1))
            elements = [
                Element(f"e{i}", texte, str(i + 1)) for i, texte in enumerate(q["elements"])
            ]
        rng.shuffle(elements)
        m.FORMAT = Classement(categories)
        m.elements = lambda p: elements
        m.explication = lambda p: q["feedback"]
        m.retour_juste = q["feedback"]
    return m


def _decimales(valeur: float) -> int:
    return 0 if float(valeur).is_integer() else 2


def questions_du_quiz(devoir: str, nom: str, fmt, criteres, graine: int) -> list[Exercice]:
    """The learner's drawn questions, each as an Exercice (its name is the question id)."""
    rng = random.Random(graine)
    drawn = tirer_questions(fmt.themes, criteres, fmt.nombre, graine)
    ctx = Contexte(graine, {}, rng)
    return [Exercice(devoir, q["id"], _module(q, rng, criteres), ctx) for q in drawn]


def evaluer_quiz(questions: list[Exercice], reponse: Any) -> Verdict:
    """Mean of the questions' scores; one line of feedback per question."""
    if not isinstance(reponse, dict):
        raise TypeError("quiz answer must be a dict")
    verdicts = [verdict_question(q, reponse.get(q.nom)) for q in questions]
    details = [f"Question {i} : {icone(v)} {v.message}" for i, v in enumerate(verdicts, start=1)]
    score = sum(v.score for v in verdicts) / len(verdicts) if verdicts else 0.0
    justes = sum(1 for v in verdicts if v.juste)
    pluriel = "s" if justes > 1 else ""
    message = f"{justes} question{pluriel} juste{pluriel} sur {len(verdicts)}."
    return Verdict(score, message, details)


def verdict_question(q: Exercice, valeur: Any) -> Verdict:
    """One question's verdict, its teaching feedback included even when right."""
    if valeur is None:
        return Verdict(0.0, "Non répondu.")
    verdict = q.evaluer(valeur)
    retour = getattr(q.module, "retour_juste", "")
    details = list(verdict.details)
    if verdict.juste and retour and retour not in details:
        details.append(retour)
    elif not verdict.juste and (exp := q.explication()) and exp not in details:
        details.append(exp)
    return Verdict(verdict.score, verdict.message, details)
