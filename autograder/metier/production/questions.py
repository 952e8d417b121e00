"""The jury question banks of data/production/questions_jury.json: the questionnement à partir de
productions (on the themes of the three parts, CP1, CP2, CP9) and the entretien final (on the
dossier professionnel and the trade as a whole). The course's questions, not the jury's guide
(which is not public); each names the RE theme it works on and, when an answer is real evidence,
the official criteria.
"""

from __future__ import annotations

import json
from functools import cache

from autograder.metier.production.regles import regles
from autograder.moteur import referentiel
from autograder.moteur.paths import data_path

FICHIER = ("production", "questions_jury.json")


class BanqueInvalide(ValueError):
    """A malformed question (French message naming the question and the field)."""


def _texte(q: dict, champ: str, ou: str) -> None:
    if not isinstance(q.get(champ), str) or not q[champ].strip():
        raise BanqueInvalide(f"{ou} : le champ « {champ} » doit être un texte non vide")


def _valider_question(q: dict, ou: str, avec_theme: bool, ids: set[str]) -> None:
    if not isinstance(q, dict):
        raise BanqueInvalide(f"{ou} : une question est un objet JSON")
    _texte(q, "id", ou)
    ou = f"{ou} {q['id']}"
    if q["id"] in ids:
        raise BanqueInvalide(f"{ou} : identifiant en double")
    ids.add(q["id"])
    _texte(q, "question", ou)
    contient = q.get("bonne_reponse_contient")
    if not isinstance(contient, list) or len(contient) < 2:
        raise BanqueInvalide(f"{ou} : « bonne_reponse_contient » liste au moins deux éléments")
    for el in contient:
        if not isinstance(el, str) or not el.strip():
            raise BanqueInvalide(f"{ou} : un élément de « bonne_reponse_contient » est vide")
    if not avec_theme:
        return
    parties = {p.numero: p for p in regles().parties}
    partie = parties.get(q.get("partie"))
    if partie is None:
        raise BanqueInvalide(f"{ou} : « partie » doit être 1, 2 ou 3")
    if q.get("theme") not in {t.numero for t in partie.themes}:
        raise BanqueInvalide(f"{ou} : « theme » n'est pas un thème de la {partie.titre.lower()}")
    criteres = q.get("criteres")
    if not isinstance(criteres, list):
        raise BanqueInvalide(f"{ou} : « criteres » est une liste (vide si aucun)")
    connus = referentiel.tous_les_criteres()
    for c in criteres:
        if c not in connus or connus[c].competence != partie.competence:
            raise BanqueInvalide(f"{ou} : critère {c!r} inconnu ou hors de la {partie.competence}")


@cache
def charger() -> dict:
    """The bank, validated: {"source", "questionnement": [...], "entretien_final": [...]}."""
    with open(data_path(*FICHIER), encoding="utf-8") as f:
        banque = json.load(f)
    valider(banque)
    return banque


def valider(banque: dict) -> None:
    if not isinstance(banque, dict):
        raise BanqueInvalide("la banque est un objet JSON")
    _texte(banque, "source", "banque")
    ids: set[str] = set()
    for cle, avec_theme in (("questionnement", True), ("entretien_final", False)):
        questions = banque.get(cle)
        if not isinstance(questions, list) or not questions:
            raise BanqueInvalide(f"banque : « {cle} » est une liste non vide de questions")
        for q in questions:
            _valider_question(q, cle, avec_theme, ids)


def questionnement(competence: str | None = None) -> list[dict]:
    """The questionnement's questions (those of one competence, « CP1 », « CP2 », « CP9 »)."""
    parties = {p.numero: p.competence for p in regles().parties}
    qs = [dict(q, competence=parties[q["partie"]]) for q in charger()["questionnement"]]
    return [q for q in qs if competence is None or q["competence"] == competence]


def entretien_final() -> list[dict]:
    return [dict(q) for q in charger()["entretien_final"]]


def intitule_theme(q: dict) -> str:
    """« Première partie, thème 4 : Techniques de collecte d'informations »."""
    partie = next(p for p in regles().parties if p.numero == q["partie"])
    theme = next(t for t in partie.themes if t.numero == q["theme"])
    return f"{partie.titre}, thème {theme.numero} : {theme.titre}"


def criteres_en_clair(q: dict) -> str:
    """The official criteria a question works on, quoted, or a word saying there are none."""
    if not q.get("criteres"):
        return "aucun critère officiel en propre : un thème que le RE demande d'aborder"
    connus = referentiel.tous_les_criteres()
    return " ; ".join(f"{c} « {connus[c].libelle} »" for c in q["criteres"])
