"""Bank of SWOT cases (data/swot/) and its validator (autograder.metier.swot.cas)."""

from __future__ import annotations

import copy
import json

import pytest

from autograder.metier.swot.cas import (
    PAIRES_TOWS,
    QUADRANTS,
    CasInvalide,
    charger_cas,
    enonces_par_quadrant,
    lister_cas,
    valider_cas,
)
from autograder.moteur.paths import data_path

CAS = lister_cas()


def _brut(id_cas: str) -> dict:
    with open(data_path("swot", f"{id_cas}.json"), encoding="utf-8") as f:
        return json.load(f)


def test_at_least_12_cases_from_10_sectors():
    assert len(CAS) >= 12, CAS
    secteurs = {charger_cas(c)["secteur"] for c in CAS}
    assert len(secteurs) >= 10, secteurs


@pytest.mark.parametrize("id_cas", CAS)
def test_case_validates_and_is_balanced(id_cas):
    cas = charger_cas(id_cas)
    assert cas["id"] == id_cas
    assert 16 <= len(cas["enonces"]) <= 24
    for q, enonces in enonces_par_quadrant(cas).items():
        assert len(enonces) >= 3, (id_cas, q)
        for e in enonces:
            assert (e["origine"], e["effet"]) == QUADRANTS[q]
    quadrant_de = {e["id"]: e["quadrant"] for e in cas["enonces"]}
    for paire, (interne, externe) in PAIRES_TOWS.items():
        assert 2 <= len(cas["tows"][paire]) <= 3
        for idee in cas["tows"][paire]:
            cites = {quadrant_de[ref] for ref in idee["enonces"]}
            assert {interne, externe} <= cites, (id_cas, paire, idee["texte"])


@pytest.mark.parametrize("id_cas", CAS)
def test_case_has_traps_and_opinions(id_cas):
    cas = charger_cas(id_cas)
    pieges = [e for e in cas["enonces"] if e.get("piege")]
    assert 2 <= len(pieges) <= 4, id_cas
    assert any(e["fait_ou_opinion"] == "opinion" for e in cas["enonces"])
    # an opinion is a trap: the learner must be told it needs checking
    for e in cas["enonces"]:
        if e["fait_ou_opinion"] == "opinion":
            assert "opinion" in e.get("piege", ""), (id_cas, e["id"])


@pytest.mark.parametrize("id_cas", CAS)
def test_key_figures_appear_in_context(id_cas):
    """Every key figure is shown in the context page (French decimal comma, spaced thousands)."""
    cas = charger_cas(id_cas)
    contexte = cas["contexte"].replace("\u202f", " ").replace("\u2212", "-")
    for nom, valeur in cas["chiffres_cles"].items():
        formes = {f"{valeur:g}".replace(".", ","), f"{valeur:,}".replace(",", " ")}
        assert any(f in contexte for f in formes), (id_cas, nom, formes)


@pytest.mark.parametrize("id_cas", CAS)
def test_french_typography(id_cas):
    """Space before « : ; ! ? » and French quotes in learner-facing text."""
    texte = json.dumps(_brut(id_cas), ensure_ascii=False)
    for signe in ";!?":
        for i, c in enumerate(texte):
            if c == signe:
                assert texte[i - 1] in " \u00a0\u202f", (id_cas, texte[i - 30 : i + 5])
    assert '\\"' not in texte, id_cas


def test_load_returns_a_copy():
    cas = charger_cas(CAS[0])
    cas["enonces"].clear()
    assert charger_cas(CAS[0])["enonces"]


def test_unknown_case_is_named():
    with pytest.raises(CasInvalide, match=r"swot/inconnu\.json : fichier introuvable"):
        charger_cas("inconnu")


def _modele() -> dict:
    return copy.deepcopy(_brut(CAS[0]))


def _premier(data: dict, quadrant: str) -> tuple[int, dict]:
    return next((i, e) for i, e in enumerate(data["enonces"]) if e["quadrant"] == quadrant)


def _wrong_quadrant(d):
    d["enonces"][4]["quadrant"] = "X"
    return r'enonces\[4\]\.quadrant vaut "X"\u202f; attendu S, W, O ou T\.'


def _list_quadrant(d):
    d["enonces"][0]["quadrant"] = ["S"]
    return r'enonces\[0\]\.quadrant vaut \["S"\]\u202f; attendu S, W, O ou T\.'


def _short_context(d):
    d["contexte"] = "Une PME industrielle."
    return r"contexte compte 3 mots\u202f; attendu 150 à 300"


def _contradiction(d):
    i, e = _premier(d, "S")
    e["quadrant"] = "O"
    return (
        rf"enonces\[{i}\]\.origine vaut «\u00a0interne\u00a0» alors que le quadrant O est externe"
    )


def _wrong_effect(d):
    i, e = _premier(d, "T")
    e["effet"] = "positif"
    return rf"enonces\[{i}\]\.effet vaut «\u00a0positif\u00a0» alors que le quadrant T est negatif"


def _missing_field(d):
    del d["enonces"][2]["justification"]
    return r"enonces\[2\]\.justification est absent"


def _missing_context(d):
    del d["contexte"]
    return r"contexte est absent"


def _so_without_o(d):
    s_ids = [e["id"] for e in d["enonces"] if e["quadrant"] == "S"]
    d["tows"]["SO"][1]["enonces"] = s_ids[:2]
    return r"tows\.SO\[1\]\.enonces ne combine aucun énoncé du quadrant O"


def _unknown_id(d):
    d["tows"]["WT"][0]["enonces"].append("e99")
    return r'tows\.WT\[0\]\.enonces cite l\'énoncé inconnu "e99"'


def _fifteen(d):
    d["enonces"] = d["enonces"][:15]
    # keep the TOWS references valid so that the count is the first error found
    return r"enonces compte 15 énoncés\u202f; attendu 16 à 24"


def _duplicate_id(d):
    d["enonces"][5]["id"] = d["enonces"][4]["id"]
    return r"enonces\[5\]\.id «\u00a0.+\u00a0» est déjà utilisé"


def _unbalanced(d):
    t = [e for e in d["enonces"] if e["quadrant"] == "T"]
    for e in t[2:]:
        d["enonces"].remove(e)
    while len(d["enonces"]) < 16:
        d["enonces"].append({**_premier(d, "S")[1], "id": f"x{len(d['enonces'])}"})
    return r"enonces ne compte que 2 énoncé\(s\) T\u202f; attendu au moins 3"


def _missing_opinion_flag(d):
    del d["enonces"][0]["fait_ou_opinion"]
    return r"enonces\[0\]\.fait_ou_opinion est absent"


def _non_numeric_figure(d):
    d["chiffres_cles"]["ca"] = "24,6 M€"
    return r"chiffres_cles\.ca n'est pas un nombre"


def _one_question(d):
    d["questions_jury"] = d["questions_jury"][:1]
    return r"questions_jury compte 1 questions\u202f; attendu 4 à 6"


DEFAUTS = [
    _wrong_quadrant,
    _list_quadrant,
    _short_context,
    _contradiction,
    _wrong_effect,
    _missing_field,
    _missing_context,
    _so_without_o,
    _unknown_id,
    _fifteen,
    _duplicate_id,
    _unbalanced,
    _missing_opinion_flag,
    _non_numeric_figure,
    _one_question,
]


@pytest.mark.parametrize("defaut", DEFAUTS, ids=[f.__name__.strip("_") for f in DEFAUTS])
def test_malformed_case_is_rejected_naming_file_and_field(defaut):
    data = _modele()
    attendu = defaut(data)
    with pytest.raises(CasInvalide, match=r"^swot/logistique\.json\u00a0: " + attendu) as exc:
        valider_cas(data, "swot/logistique.json")
    assert isinstance(exc.value, ValueError)


def test_model_itself_is_valid():
    valider_cas(_modele(), "swot/modele.json")
