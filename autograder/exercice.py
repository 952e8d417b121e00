"""One exercise instantiated for one learner: its numbers, expected answer, scoring and feedback."""

from __future__ import annotations

import html
import random
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from autograder.formats import Element, Nombre, Option, ReponseInvalide


@dataclass
class Contexte:
    """What an exercise generator receives: the notebook's shared data and its own seeded rng."""

    graine: int
    donnees: dict[str, Any]
    rng: random.Random


@dataclass(frozen=True)
class Verdict:
    score: float  # 0..1
    message: str  # French, plain text or light HTML
    details: list[str] = field(default_factory=list)

    @property
    def juste(self) -> bool:
        return self.score >= 1.0 - 1e-9


class Exercice:
    def __init__(self, devoir: str, nom: str, module: ModuleType, ctx: Contexte):
        self.devoir, self.nom, self.module = devoir, nom, module
        self.format = module.FORMAT
        self.titre: str = module.TITRE
        self.criteres: tuple[str, ...] = tuple(module.CRITERES)
        self.points: float = float(module.POINTS)
        self.variable: str | None = getattr(module, "VARIABLE", None)
        self.params: dict[str, Any] = module.generer(ctx)
        self.questions: list[Exercice] = []
        if self.format.nature == "quiz":
            from autograder.quiz import questions_du_quiz

            self.questions = questions_du_quiz(
                devoir, nom, self.format, self.criteres, ctx.rng.getrandbits(48)
            )

    # -- content -------------------------------------------------------------------------------
    def enonce(self) -> str:
        return self.module.enonce(self.params)

    def enonce_markdown(self) -> str:
        return (
            f"**{self.titre}** — critères évalués : {', '.join(self.criteres)}\n\n{self.enonce()}"
        )

    def options(self) -> list[Option]:
        return list(self.module.options(self.params))

    def elements(self) -> list[Element]:
        return list(self.module.elements(self.params))

    def solution(self) -> Any:
        """The expected answer, in the form the store keeps (internal units)."""
        nature = self.format.nature
        if nature in ("nombre", "personnalise"):
            return self.module.solution(self.params)
        if nature == "quiz":
            return {q.nom: q.solution() for q in self.questions}
        if nature == "choix":
            return next(o.cle for o in self.options() if o.correct)
        if nature == "choix_multiple":
            return sorted(o.cle for o in self.options() if o.correct)
        return {e.cle: e.categorie for e in self.elements()}

    def explication(self) -> str:
        f = getattr(self.module, "explication", None)
        return f(self.params) if f else ""

    # -- reading an answer ---------------------------------------------------------------------
    def lire(self, brute: Any, *, depuis_code: bool = False) -> Any:
        """Raw answer (typed text, number, key…) -> stored form; raises ReponseInvalide.

        A number computed by code is taken in internal units (a rate as a fraction: 0.92)."""
        nature = self.format.nature
        if nature == "personnalise":
            return self.module.lire(self.params, brute)
        if nature == "quiz":
            return self._lire_quiz(brute)
        if nature == "nombre":
            if depuis_code:
                return self.format.lire_interne(brute)
            return self.format.interne(self.format.lire(brute))
        if nature == "choix":
            cles = {o.cle for o in self.options()}
            if brute not in cles:
                raise ReponseInvalide("Choisissez une des options proposées.")
            return brute
        if nature == "choix_multiple":
            cles = {o.cle for o in self.options()}
            if not isinstance(brute, list | tuple | set) or not set(brute) <= cles:
                raise ReponseInvalide("Cochez une ou plusieurs des options proposées.")
            return sorted(brute)
        cats = {c for c, _ in self.format.categories}
        if not isinstance(brute, dict) or not set(brute.values()) <= cats | {None}:
            raise ReponseInvalide("Classez chaque élément dans une des catégories proposées.")
        return {k: v for k, v in brute.items() if v is not None}

    def _lire_quiz(self, brute: Any) -> dict:
        """{question id: raw answer}; an empty answer is left out (« non répondu »)."""
        if not isinstance(brute, dict):
            raise ReponseInvalide("Répondez aux questions dans le quiz ci-dessus.")
        lues = {}
        for i, q in enumerate(self.questions, start=1):
            valeur = brute.get(q.nom)
            if valeur is None or valeur == "" or valeur == [] or valeur == {}:
                continue
            try:
                lues[q.nom] = q.lire(valeur)
            except ReponseInvalide as exc:
                raise ReponseInvalide(f"Question {i} : {exc}") from None
        return lues

    # -- scoring and feedback ------------------------------------------------------------------
    def evaluer(self, reponse: Any) -> Verdict:
        """Score a stored-form answer and explain it in French (0, never a crash, if unreadable)."""
        if reponse is None:
            return Verdict(0.0, "Pas encore de réponse.")
        try:
            return self._evaluer(reponse)
        except (TypeError, ValueError, AttributeError, KeyError, IndexError):
            return Verdict(
                0.0,
                "La réponse enregistrée est illisible (fichier de réponses modifié à la main ?) : "
                "répondez de nouveau dans le widget.",
            )

    def _evaluer(self, reponse: Any) -> Verdict:
        nature = self.format.nature
        if nature == "nombre":
            return self._evaluer_nombre(reponse)
        if nature == "quiz":
            from autograder.quiz import evaluer_quiz

            return evaluer_quiz(self.questions, reponse)
        if nature == "personnalise":
            score, message, details = self.module.noter(self.params, reponse)
            return Verdict(min(1.0, max(0.0, float(score))), message, list(details))
        if nature in ("choix", "choix_multiple"):
            score = self.format.score(reponse, self.options())
            choisies = {reponse} if nature == "choix" else set(reponse or ())
            details = [
                f"« {o.libelle} » : {o.retour}"
                for o in self.options()
                if o.cle in choisies and o.retour
            ]
            return Verdict(score, _phrase(score), details)
        score = self.format.score(reponse, self.elements())
        libelles = dict(self.format.categories)
        details = []
        for e in self.elements():
            donne = reponse.get(e.cle) if isinstance(reponse, dict) else None
            if donne != e.categorie:
                pourquoi = f" {e.justification}" if e.justification else ""
                details.append(
                    f"« {e.libelle} » : {libelles.get(donne, 'non classé')} → "
                    f"{libelles[e.categorie]}.{pourquoi}"
                )
        return Verdict(score, _phrase(score), details)

    def _evaluer_nombre(self, reponse: Any) -> Verdict:
        fmt: Nombre = self.format
        attendu = self.solution()
        try:
            valeur = float(reponse)
        except (TypeError, ValueError):
            return Verdict(0.0, "La réponse enregistrée n'est pas un nombre.")
        if fmt.proche(valeur, attendu):
            return Verdict(1.0, f"Exact : {fmt.montrer(attendu)}.")
        details = []
        diagnostics = getattr(self.module, "diagnostics", None)
        for valeur_piege, message in diagnostics(self.params) if diagnostics else []:
            if fmt.proche(valeur, valeur_piege):
                details.append(message)
        if fmt.unite == "%" and fmt.proche(valeur * 100, attendu):
            details.append(
                "Attention à l'échelle : dans le champ, un taux se tape en pourcentage (92 pour 92 %)."
            )
        if fmt.unite == "%" and fmt.proche(valeur / 100, attendu):
            details.append(
                "Attention à l'échelle : en Python, un taux s'écrit en décimal (0.92 pour 92 %)."
            )
        return Verdict(0.0, f"Pas tout à fait : vous avez répondu {fmt.montrer(valeur)}.", details)

    def retour_html(self, verdict: Verdict, *, montrer_correction: bool) -> str:
        """Feedback block. Icons and words carry the meaning, never colour alone."""
        if not montrer_correction:
            return _bloc("📝", "Réponse enregistrée.", [], "#555")
        icone = "✅" if verdict.juste else ("🟡" if verdict.score > 0 else "❌")
        details = list(verdict.details)
        if not verdict.juste and (exp := self.explication()):
            details.append(exp)
        return _bloc(icone, verdict.message, details, "#1b5e20" if verdict.juste else "#7a4b00")


def _phrase(score: float) -> str:
    if score >= 1 - 1e-9:
        return "Tout est juste."
    if score <= 0:
        return "Ce n'est pas la bonne réponse."
    return f"Réponse en partie juste : {round(score * 100)} % des points."


def _bloc(icone: str, message: str, details: list[str], couleur: str) -> str:
    items = "".join(f"<li>{d}</li>" for d in details)
    liste = f"<ul style='margin:0.3em 0'>{items}</ul>" if items else ""
    return (
        f"<div role='status' style='border-left:4px solid {couleur};padding:0.2em 0.8em'>"
        f"<b>{icone} {html.escape(message)}</b>{liste}</div>"
    )
