"""Bank of SWOT cases for the « entretien technique » (RE §3.1): one JSON file per company.

Each file of data/swot/ describes a fictitious B2B company: a context page, 16 to 24 statements to
sort into S, W, O, T (with deliberate traps), the expected TOWS ideas, the criteria of a good
suggestion and the jury's follow-up questions. The schema is documented in data/swot/README.md.
`charger_cas` validates every file it loads: a malformed case fails with a French message that
names the file and the field.
"""

from __future__ import annotations

import copy
import functools
import json

from autograder.moteur.paths import charger_fiche, data_path

QUADRANTS = {
    "S": ("interne", "positif"),
    "W": ("interne", "negatif"),
    "O": ("externe", "positif"),
    "T": ("externe", "negatif"),
}
"""Quadrant → (origine, effet) : S/W internes, O/T externes ; S/O positifs, W/T négatifs."""

PAIRES_TOWS = {"SO": ("S", "O"), "ST": ("S", "T"), "WO": ("W", "O"), "WT": ("W", "T")}
MIN_ENONCES, MAX_ENONCES = 16, 24
MIN_PAR_QUADRANT = 3
MIN_MOTS_CONTEXTE, MAX_MOTS_CONTEXTE = 150, 300
FAIT_OU_OPINION = ("fait", "opinion")


class CasInvalide(ValueError):
    """Cas SWOT mal formé : le message nomme le fichier et le champ fautif."""


def _texte(data: dict, champ: str, err, chemin: str) -> str:
    valeur = data.get(champ)
    if not isinstance(valeur, str) or not valeur.strip():
        err(f"{chemin}{champ}", "est absent ou n'est pas un texte non vide")
    return valeur


def _liste(data: dict, champ: str, err, chemin: str = "") -> list:
    valeur = data.get(champ)
    if not isinstance(valeur, list) or not valeur:
        err(f"{chemin}{champ}", "est absent ou n'est pas une liste non vide")
    return valeur


def _valider_enonce(i: int, e, err) -> None:
    chemin = f"enonces[{i}]."
    if not isinstance(e, dict):
        err(f"enonces[{i}]", "n'est pas un objet")
    for champ in ("id", "texte", "justification"):
        _texte(e, champ, err, chemin)
    quadrant = e.get("quadrant")
    if not isinstance(quadrant, str) or quadrant not in QUADRANTS:
        err(f"{chemin}quadrant", f"vaut {json.dumps(quadrant)} ; attendu S, W, O ou T")
    origine, effet = QUADRANTS[quadrant]
    if e.get("origine") not in ("interne", "externe"):
        err(f"{chemin}origine", f"vaut {json.dumps(e.get('origine'))} ; attendu interne ou externe")
    if e.get("effet") not in ("positif", "negatif"):
        err(f"{chemin}effet", f"vaut {json.dumps(e.get('effet'))} ; attendu positif ou negatif")
    if e["origine"] != origine:
        err(
            f"{chemin}origine",
            f"vaut « {e['origine']} » alors que le quadrant {quadrant} est {origine}",
        )
    if e["effet"] != effet:
        err(f"{chemin}effet", f"vaut « {e['effet']} » alors que le quadrant {quadrant} est {effet}")
    if e.get("fait_ou_opinion") not in FAIT_OU_OPINION:
        err(f"{chemin}fait_ou_opinion", "est absent ; attendu « fait » ou « opinion »")
    if "piege" in e:
        _texte(e, "piege", err, chemin)


def _valider_tows(data: dict, quadrant_de: dict, err) -> None:
    tows = data.get("tows")
    if not isinstance(tows, dict):
        err("tows", "est absent ou n'est pas un objet")
    for paire, (interne, externe) in PAIRES_TOWS.items():
        idees = tows.get(paire)
        if not isinstance(idees, list) or not 2 <= len(idees) <= 3:
            err(f"tows.{paire}", "doit être une liste de 2 ou 3 idées")
        for j, idee in enumerate(idees):
            chemin = f"tows.{paire}[{j}]"
            if not isinstance(idee, dict):
                err(chemin, "n'est pas un objet")
            _texte(idee, "texte", err, chemin + ".")
            refs = _liste(idee, "enonces", err, chemin + ".")
            for ref in refs:
                if not isinstance(ref, str) or ref not in quadrant_de:
                    err(f"{chemin}.enonces", f"cite l'énoncé inconnu {json.dumps(ref)}")
            cites = {quadrant_de[ref] for ref in refs}
            for q in (interne, externe):
                if q not in cites:
                    err(f"{chemin}.enonces", f"ne combine aucun énoncé du quadrant {q}")


def valider_cas(data: dict, nom_fichier: str) -> None:
    """Vérifie un cas SWOT (contenu d'un fichier JSON) ; lève `CasInvalide` au premier défaut.

    Le message nomme le fichier et le champ, par exemple : « swot/logistique.json :
    enonces[4].quadrant vaut "X" ; attendu S, W, O ou T. »
    """

    def err(champ: str, probleme: str):
        raise CasInvalide(f"{nom_fichier} : {champ} {probleme}.")

    if not isinstance(data, dict):
        err("(racine)", "n'est pas un objet JSON")
    for champ in ("id", "titre", "secteur", "contexte"):
        _texte(data, champ, err, "")
    mots = len(data["contexte"].split())
    if not MIN_MOTS_CONTEXTE <= mots <= MAX_MOTS_CONTEXTE:
        err("contexte", f"compte {mots} mots ; attendu {MIN_MOTS_CONTEXTE} à {MAX_MOTS_CONTEXTE}")
    chiffres = data.get("chiffres_cles")
    if not isinstance(chiffres, dict) or not chiffres:
        err("chiffres_cles", "est absent ou n'est pas un objet non vide")
    for nom, valeur in chiffres.items():
        if isinstance(valeur, bool) or not isinstance(valeur, int | float):
            err(f"chiffres_cles.{nom}", "n'est pas un nombre")

    enonces = _liste(data, "enonces", err)
    if not MIN_ENONCES <= len(enonces) <= MAX_ENONCES:
        err("enonces", f"compte {len(enonces)} énoncés ; attendu {MIN_ENONCES} à {MAX_ENONCES}")
    quadrant_de: dict[str, str] = {}
    for i, e in enumerate(enonces):
        _valider_enonce(i, e, err)
        if e["id"] in quadrant_de:
            err(f"enonces[{i}].id", f"« {e['id']} » est déjà utilisé")
        quadrant_de[e["id"]] = e["quadrant"]
    for q in QUADRANTS:
        n = sum(1 for v in quadrant_de.values() if v == q)
        if n < MIN_PAR_QUADRANT:
            err("enonces", f"ne compte que {n} énoncé(s) {q} ; attendu au moins {MIN_PAR_QUADRANT}")
    _valider_tows(data, quadrant_de, err)

    for k, critere in enumerate(_liste(data, "criteres_bonne_suggestion", err)):
        if not isinstance(critere, str) or not critere.strip():
            err(f"criteres_bonne_suggestion[{k}]", "n'est pas un texte non vide")
    questions = _liste(data, "questions_jury", err)
    if not 4 <= len(questions) <= 6:
        err("questions_jury", f"compte {len(questions)} questions ; attendu 4 à 6")
    for k, q in enumerate(questions):
        if not isinstance(q, dict):
            err(f"questions_jury[{k}]", "n'est pas un objet")
        _texte(q, "question", err, f"questions_jury[{k}].")
        for m, element in enumerate(
            _liste(q, "bonne_reponse_contient", err, f"questions_jury[{k}].")
        ):
            if not isinstance(element, str) or not element.strip():
                err(f"questions_jury[{k}].bonne_reponse_contient[{m}]", "n'est pas un texte")


def lister_cas() -> list[str]:
    """Identifiants des cas disponibles (noms des fichiers de data/swot/ sans « .json »), triés."""
    return sorted(p.stem for p in data_path("swot").glob("*.json"))


@functools.lru_cache(maxsize=64)
def _charger(id_cas: str) -> dict:
    return charger_fiche("swot", id_cas, CasInvalide, valider_cas, "cas disponibles")


def charger_cas(id_cas: str) -> dict:
    """Cas SWOT `id_cas` validé (copie : l'appelant peut la modifier sans toucher au cache)."""
    return copy.deepcopy(_charger(id_cas))


def enonces_par_quadrant(cas: dict) -> dict[str, list[dict]]:
    """Énoncés attendus de chaque quadrant, dans l'ordre du fichier : {"S": [...], ...}."""
    return {q: [e for e in cas["enonces"] if e["quadrant"] == q] for q in QUADRANTS}
