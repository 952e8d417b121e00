"""The jury's data for the oral part of the exam: observation grids and the question bank.

data/examen/jury/grilles.json: one grid per timed oral part (RE §3.1), each line an observable
behaviour, the official criteria its observation evidences, and its points; the nbgrader
assignment examen_oral has one manual grade cell per grid (same points, same criteria).
data/examen/jury/questions.json: the questions of the two jury exchanges, each with what a good
answer contains. Official wording and durations are read from the reference data, never typed.
Every problem is reported in French with the file and the field, e.g.
« jury/grilles.json, parties[2].lignes[0].criteres[1] : critère « CP3.9 » inconnu ».
"""

from __future__ import annotations

import json
import re
import string
from dataclasses import dataclass
from functools import lru_cache

from autograder.moteur import referentiel
from autograder.moteur.paths import data_path

MODALITE = "mise_en_situation"
VARIABLES = ("entreprise", "prospect", "decideur", "acheteur", "prescripteur", "concurrent",
             "budget")  # fmt: skip
_ID = re.compile(r"[a-z][a-z0-9_]*")


class ErreurJury(ValueError):
    """A jury data file breaks its schema; the message names the file and the field."""

    def __init__(self, erreurs: list[str]):
        self.erreurs = list(erreurs)
        super().__init__("\n".join(self.erreurs))


@dataclass(frozen=True)
class Ligne:
    observable: str
    criteres: tuple[str, ...]
    points: float


@dataclass(frozen=True)
class Grille:
    id: str
    partie: str  # the official sub-part's title (data/referentiel)
    titre: str
    consigne: str
    apres_oral: str  # what the learner writes in the assignment after the oral
    lignes: tuple[Ligne, ...]
    duree_minutes: int

    @property
    def points(self) -> float:
        return sum(ligne.points for ligne in self.lignes)

    @property
    def criteres(self) -> tuple[str, ...]:
        """The criteria of its lines, each once, in the order they first appear."""
        return tuple(dict.fromkeys(c for ligne in self.lignes for c in ligne.criteres))


@dataclass(frozen=True)
class Question:
    question: str
    bonne_reponse_contient: tuple[str, ...]
    criteres: tuple[str, ...]


# -- the oral part's timings, from the reference data ----------------------------------------------
def parties_orales() -> dict[str, referentiel.Partie]:
    """The timed sub-parts of the title's oral part, by official title (in RE order)."""
    return {p.titre: p for p in referentiel.partie_orale("titre").parties}


def partie_orale() -> referentiel.Partie:
    """« Partie 2 : mise en situation orale », with its duration and description."""
    return referentiel.partie_orale("titre")


def duree(titre: str) -> int:
    """Minutes of one oral sub-part, by its title in data/referentiel."""
    return parties_orales()[titre].duree_minutes


def criteres_observables() -> set[str]:
    """The criteria a grid may name: those of the competences the RE evaluates by the
    professional situation (RE §3.2), and the transversal ones (REAC, evaluated through them)."""
    ref = referentiel.charger()
    cps = {c.id for comp in ref.competences if MODALITE in comp.modalites for c in comp.criteres}
    return cps | {c.id for comp in ref.transversales for c in comp.criteres}


def source_critere(ident: str) -> str:
    """Where the official wording of a criterion comes from."""
    s = referentiel.charger().source
    ref = f"titre {s['sigle']}, {s['code']} version {s['millesime']}"
    return f"RE §3.2, {ref}" if ident.startswith("CP") else f"REAC, {ref}"


# -- reading and checking ------------------------------------------------------------------------
def _lire(nom: str):
    chemin = data_path("examen", "jury", nom)
    if not chemin.is_file():
        raise ErreurJury([f"jury/{nom} : fichier introuvable"])
    try:
        return json.loads(chemin.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ErreurJury([f"jury/{nom} : JSON illisible (ligne {exc.lineno}) : {exc.msg}"]) from exc


def _texte(d, champ, chemin, erreurs) -> None:
    if not isinstance(d.get(champ), str) or not d[champ].strip():
        erreurs.append(f"{chemin}{champ} : texte non vide attendu")


def _liste(d, champ, chemin, erreurs) -> list:
    v = d.get(champ)
    if not isinstance(v, list) or not v:
        erreurs.append(f"{chemin}{champ} : liste non vide attendue")
        return []
    return v


def _criteres(valeurs, chemin, erreurs, permis: set[str]) -> None:
    for k, c in enumerate(valeurs):
        if c not in permis:
            erreurs.append(
                f"{chemin}[{k}] : critère « {c} » inconnu ou hors de la mise en situation "
                "professionnelle"
            )


def valider_grilles(data, nom: str = "jury/grilles.json") -> None:
    """Raise ``ErreurJury`` listing every problem of the grids file."""
    erreurs: list[str] = []
    parties, permis = parties_orales(), criteres_observables()
    grilles = _liste(data if isinstance(data, dict) else {}, "parties", "", erreurs)
    vus = set()
    for i, g in enumerate(grilles):
        ici = f"parties[{i}]."
        if not isinstance(g, dict):
            erreurs.append(f"parties[{i}] : objet attendu")
            continue
        if not isinstance(g.get("id"), str) or not _ID.fullmatch(g["id"]) or g["id"] in vus:
            erreurs.append(f"{ici}id : identifiant unique attendu (minuscules, chiffres, « _ »)")
        vus.add(g.get("id"))
        for champ in ("partie", "titre", "consigne", "apres_oral"):
            _texte(g, champ, ici, erreurs)
        if isinstance(g.get("partie"), str) and g["partie"] not in parties:
            erreurs.append(
                f"{ici}partie : « {g['partie']} » n'est pas une partie de l'oral du référentiel "
                f"({', '.join(parties)})"
            )
        for j, ligne in enumerate(_liste(g, "lignes", ici, erreurs)):
            la = f"{ici}lignes[{j}]."
            if not isinstance(ligne, dict):
                erreurs.append(f"{la[:-1]} : objet attendu")
                continue
            _texte(ligne, "observable", la, erreurs)
            _criteres(_liste(ligne, "criteres", la, erreurs), f"{la}criteres", erreurs, permis)
            p = ligne.get("points")
            if isinstance(p, bool) or not isinstance(p, (int, float)) or not 0 < p <= 5:
                erreurs.append(f"{la}points : nombre de 0 (exclu) à 5 attendu, trouvé {p!r}")
    if erreurs:
        raise ErreurJury([f"{nom}, {e}" for e in erreurs])


def _variables(texte: str) -> list[str]:
    try:
        return [champ for _, champ, _, _ in string.Formatter().parse(texte) if champ is not None]
    except ValueError:
        return ["{"]


def valider_questions(data, nom: str = "jury/questions.json") -> None:
    """Raise ``ErreurJury`` listing every problem of the question bank."""
    erreurs: list[str] = []
    parties, permis = parties_orales(), criteres_observables()
    echanges = _liste(data if isinstance(data, dict) else {}, "echanges", "", erreurs)
    for i, e in enumerate(echanges):
        ici = f"echanges[{i}]."
        if not isinstance(e, dict):
            erreurs.append(f"echanges[{i}] : objet attendu")
            continue
        _texte(e, "id", ici, erreurs)
        _texte(e, "partie", ici, erreurs)
        if isinstance(e.get("partie"), str) and e["partie"] not in parties:
            erreurs.append(f"{ici}partie : « {e['partie']} » n'est pas une partie de l'oral")
        for j, q in enumerate(_liste(e, "questions", ici, erreurs)):
            la = f"{ici}questions[{j}]."
            if not isinstance(q, dict):
                erreurs.append(f"{la[:-1]} : objet attendu")
                continue
            _texte(q, "question", la, erreurs)
            for v in _variables(q.get("question") or ""):
                if v not in VARIABLES:
                    erreurs.append(
                        f"{la}question : variable « {{{v}}} » inconnue ; variables : "
                        + ", ".join(VARIABLES)
                    )
            for k, b in enumerate(_liste(q, "bonne_reponse_contient", la, erreurs)):
                if not isinstance(b, str) or not b.strip():
                    erreurs.append(f"{la}bonne_reponse_contient[{k}] : texte non vide attendu")
            _criteres(_liste(q, "criteres", la, erreurs), f"{la}criteres", erreurs, permis)
    if erreurs:
        raise ErreurJury([f"{nom}, {e}" for e in erreurs])


@lru_cache(maxsize=1)
def grilles() -> tuple[Grille, ...]:
    """The observation grids, checked, in the order of the oral."""
    data = _lire("grilles.json")
    valider_grilles(data)
    return tuple(
        Grille(g["id"], g["partie"], g["titre"], g["consigne"], g["apres_oral"],
               tuple(Ligne(ligne["observable"], tuple(ligne["criteres"]), ligne["points"])
                     for ligne in g["lignes"]),
               duree(g["partie"]))
        for g in data["parties"]
    )  # fmt: skip


def grille(ident: str) -> Grille:
    return next(g for g in grilles() if g.id == ident)


@lru_cache(maxsize=1)
def questions() -> dict[str, tuple[Question, ...]]:
    """The question bank, checked: exchange id -> its questions (still with their variables)."""
    data = _lire("questions.json")
    valider_questions(data)
    return {
        e["id"]: tuple(
            Question(q["question"], tuple(q["bonne_reponse_contient"]), tuple(q["criteres"]))
            for q in e["questions"]
        )
        for e in data["echanges"]
    }


def deroulement() -> list[tuple[str, int, str]]:
    """(title, minutes, official description) of every sub-part of the oral, in RE order."""
    return [(p.titre, p.duree_minutes, p.description) for p in parties_orales().values()]


def pour_l_apprenant(ident: str) -> str:
    """Markdown for the learner: the part's duration, what the jury observes, what to write."""
    from autograder.moteur.nombres import duree as en_clair

    g = grille(ident)
    lignes = "\n".join(f"- {ligne.observable}" for ligne in g.lignes)
    return (
        f"**{g.partie}** ({en_clair(g.duree_minutes)}). {g.consigne}\n\n"
        f"Ce que le jury observe :\n\n{lignes}\n\n{g.apres_oral}"
    )
