"""Question bank for the negotiation drills (objections, arguments, concessions...).

Questions live in data/questions/*.json (one file per theme, a JSON list of questions) in a
schema compatible with jupyterquiz, extended with `id`, `criteres`, `difficulte` and two extra
types (`matching`, `ordering`). See data/questions/README.md. Stdlib only.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from autograder.moteur.paths import data_path
from autograder.moteur.referentiel import tous_les_criteres

TYPES = ("multiple_choice", "many_choice", "numeric", "matching", "ordering")
TYPES_CHOIX = ("multiple_choice", "many_choice")
CHAMPS_REQUIS = ("id", "question", "type", "criteres", "difficulte")


class QuestionInvalide(ValueError):
    """A malformed question; the French message names the file, the question id and the field."""

    def __init__(self, fichier: str, qid: str, champ: str, detail: str):
        self.fichier, self.qid, self.champ = fichier, qid, champ
        super().__init__(
            f"Question invalide — fichier « {fichier} », question « {qid} », champ « {champ} » : {detail}"
        )


def _texte(valeur) -> bool:
    return isinstance(valeur, str) and valeur.strip() != ""


def _nombre(valeur) -> bool:
    return isinstance(valeur, int | float) and not isinstance(valeur, bool)


def _valider_choix(q: dict, err) -> None:
    answers = q.get("answers")
    if not isinstance(answers, list) or len(answers) < 2:
        err("answers", "au moins 2 réponses attendues (liste)")
    for i, a in enumerate(answers):
        champ = f"answers[{i}]"
        if not isinstance(a, dict):
            err(champ, "chaque réponse est un objet {answer, correct, feedback}")
        if not _texte(a.get("answer")):
            err(f"{champ}.answer", "texte de réponse manquant ou vide")
        if not isinstance(a.get("correct"), bool):
            err(f"{champ}.correct", "booléen true/false attendu")
        if not _texte(a.get("feedback")):
            err(f"{champ}.feedback", "feedback manquant ou vide (chaque réponse doit expliquer)")
    justes = sum(1 for a in answers if a.get("correct") is True)
    if q["type"] == "multiple_choice" and justes != 1:
        err(
            "answers",
            f"multiple_choice : exactement 1 bonne réponse attendue ({justes} trouvée(s))",
        )
    if q["type"] == "many_choice" and justes < 1:
        err("answers", "many_choice : au moins 1 bonne réponse attendue")


def _valider_numeric(q: dict, err) -> None:
    precision = q.get("precision")
    if not isinstance(precision, int) or isinstance(precision, bool) or precision < 0:
        err("precision", "entier ≥ 0 attendu (nombre de décimales)")
    answers = q.get("answers")
    if not isinstance(answers, list) or not answers:
        err("answers", "au moins 1 réponse attendue (liste)")
    for i, a in enumerate(answers):
        champ = f"answers[{i}]"
        if not isinstance(a, dict):
            err(champ, "chaque réponse est un objet {type, value|range, correct, feedback}")
        if a.get("type") == "value":
            if not _nombre(a.get("value")):
                err(f"{champ}.value", "nombre attendu")
        elif a.get("type") == "range":
            r = a.get("range")
            if not (isinstance(r, list) and len(r) == 2 and all(map(_nombre, r)) and r[0] <= r[1]):
                err(f"{champ}.range", "intervalle [min, max] de deux nombres attendu")
        elif a.get("type") != "default":
            err(f"{champ}.type", "« value », « range » ou « default » attendu")
        if not isinstance(a.get("correct"), bool):
            err(f"{champ}.correct", "booléen true/false attendu")
        if not _texte(a.get("feedback")):
            err(f"{champ}.feedback", "feedback manquant ou vide")
    if not any(a.get("correct") is True for a in answers):
        err("answers", "au moins 1 réponse correcte attendue")


def _valider_matching(q: dict, err) -> None:
    paires = q.get("paires")
    if not isinstance(paires, list) or len(paires) < 3:
        err("paires", "au moins 3 paires {gauche, droite} attendues")
    for i, p in enumerate(paires):
        for cote in ("gauche", "droite"):
            if not isinstance(p, dict) or not _texte(p.get(cote)):
                err(f"paires[{i}].{cote}", "texte manquant ou vide")
    for cote in ("gauche", "droite"):
        valeurs = [p[cote] for p in paires]
        if len(set(valeurs)) != len(valeurs):
            err("paires", f"valeurs « {cote} » en double : l'appariement serait ambigu")
    if not _texte(q.get("feedback")):
        err("feedback", "feedback manquant ou vide")


def _valider_ordering(q: dict, err) -> None:
    elements = q.get("elements")
    if not isinstance(elements, list) or len(elements) < 3:
        err("elements", "au moins 3 éléments (dans le bon ordre) attendus")
    if not all(_texte(e) for e in elements) or len(set(elements)) != len(elements):
        err("elements", "textes non vides et tous différents attendus")
    if not _texte(q.get("feedback")):
        err("feedback", "feedback manquant ou vide")


def valider_question(q: dict, fichier: str, ids_vus: set[str] | None = None) -> None:
    """Raise QuestionInvalide on the first problem found; `ids_vus` detects duplicate ids."""
    qid = q.get("id") if isinstance(q, dict) and _texte(q.get("id")) else "?"

    def err(champ: str, detail: str):
        raise QuestionInvalide(fichier, qid, champ, detail)

    if not isinstance(q, dict):
        err("(question)", "objet JSON attendu")
    for champ in CHAMPS_REQUIS:
        if champ not in q:
            err(champ, "champ obligatoire manquant")
    if not _texte(q["id"]):
        err("id", "identifiant non vide attendu")
    if ids_vus is not None:
        if q["id"] in ids_vus:
            err("id", "identifiant en double dans la banque")
        ids_vus.add(q["id"])
    if not _texte(q["question"]):
        err("question", "énoncé vide")
    if q["type"] not in TYPES:
        err("type", f"type inconnu {q['type']!r} (attendu : {', '.join(TYPES)})")
    criteres = q["criteres"]
    if not isinstance(criteres, list) or not criteres:
        err("criteres", "liste d'au moins 1 critère officiel attendue")
    connus = tous_les_criteres()
    for c in criteres:
        if not isinstance(c, str) or c not in connus:
            err("criteres", f"critère inconnu du référentiel : {c!r}")
    d = q["difficulte"]
    if not isinstance(d, int) or isinstance(d, bool) or not 1 <= d <= 3:
        err("difficulte", "entier de 1 à 3 attendu")
    if q["type"] in TYPES_CHOIX:
        _valider_choix(q, err)
    elif q["type"] == "numeric":
        _valider_numeric(q, err)
    elif q["type"] == "matching":
        _valider_matching(q, err)
    else:
        _valider_ordering(q, err)


def charger_banque(dossier: str | Path | None = None) -> list[dict]:
    """All questions of all *.json files of the folder (default data/questions), validated.

    Each question gets a `theme` key (the file name without extension) unless it has one.
    """
    dossier = Path(dossier) if dossier is not None else data_path("questions")
    banque: list[dict] = []
    ids_vus: set[str] = set()
    for chemin in sorted(dossier.glob("*.json")):
        try:
            contenu = json.loads(chemin.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            raise QuestionInvalide(chemin.name, "?", "(fichier)", f"JSON illisible : {e}") from e
        if not isinstance(contenu, list):
            raise QuestionInvalide(chemin.name, "?", "(fichier)", "liste de questions attendue")
        for q in contenu:
            valider_question(q, chemin.name, ids_vus)
            banque.append({"theme": chemin.stem, **q})
    return banque


def liste_themes(banque: list[dict]) -> list[str]:
    """The themes of the bank, sorted."""
    return sorted({q.get("theme", "") for q in banque})


def tirer(banque: list[dict], graine, n: int, themes: list[str] | None = None) -> list[dict]:
    """A deterministic, shuffled subset of n questions for one learner (seed = `graine`).

    Stratified by theme: questions are taken in turn from each theme (round robin) so that
    every theme is represented as long as n allows. `themes` restricts the draw.
    """
    if n < 0:
        raise ValueError("n doit être positif ou nul")
    rng = random.Random(graine)
    pool = [q for q in banque if themes is None or q.get("theme", "") in themes]
    groupes: dict[str, list[dict]] = {}
    for q in sorted(pool, key=lambda q: q["id"]):
        groupes.setdefault(q.get("theme", ""), []).append(q)
    ordre = sorted(groupes)
    rng.shuffle(ordre)
    for t in ordre:
        rng.shuffle(groupes[t])
    choisies: list[dict] = []
    while len(choisies) < min(n, len(pool)):
        for t in ordre:
            if groupes[t] and len(choisies) < n:
                choisies.append(groupes[t].pop())
    rng.shuffle(choisies)
    return choisies
