"""The AI-drafted veille note (CP1, lesson 2): built from the learner's own data, its true
sentences agree with the data and each invented one is caught by it; the data file's schema."""

from __future__ import annotations

import copy

import pytest

from autograder.metier import veille_ia
from autograder.moteur import banque
from autograder.moteur.nombres import nombre

CONTEXTE = banque.charger_contexte("cp1_veille")


@pytest.fixture(scope="module", params=(1, 7, 2025, 31337))
def dossier(request):
    return CONTEXTE.construire(request.param)


def test_four_invented_sentences_of_four_kinds(dossier):
    phrases = dossier["note_ia"]["phrases"]
    assert len(phrases) == 9
    assert sorted(p["genre"] for p in phrases if not p["juste"]) == [
        "chiffre", "chiffre", "nom", "source"]  # fmt: skip
    assert all(p["retour"] for p in phrases)


def test_true_sentences_agree_with_the_map_and_the_file(dossier):
    carte = dossier["carte"].set_index("acteur")
    par_cle = {p["cle"]: p["texte"] for p in dossier["note_ia"]["phrases"]}
    h = carte.loc["Hydralis"]
    assert f"{nombre(h['prix'], 1)} (marché" in par_cle["hydralis"]
    assert str(CONTEXTE.distances(dossier["carte"]).idxmin()) in par_cle["proche"]
    acteur = par_cle["a"].split(" affiche")[0]
    assert par_cle["a"].endswith(f"score de service de {carte.loc[acteur, 'service']}.")
    assert f" {dossier['note_ia']['perimees']} informations" in par_cle["perimees"]
    infos = set(dossier["veille"]["information"].str[:-1])
    assert par_cle["veille_vraie"].split(" (source")[0] in infos


def test_invented_sentences_are_contradicted_by_the_data(dossier):
    carte = dossier["carte"].set_index("acteur")
    par_cle = {p["cle"]: p["texte"] for p in dossier["note_ia"]["phrases"]}
    acteur = par_cle["b"].split(" affiche")[0]
    assert not par_cle["b"].endswith(f"score de service de {carte.loc[acteur, 'service']}.")
    infos = set(dossier["veille"]["information"].str[:-1])
    for cle in ("nom", "chiffre_veille"):
        assert par_cle[cle].split(" (source")[0] not in infos
    inventee = dossier["note_ia"]["source_inventee"]
    assert inventee not in set(dossier["veille"]["source"])
    assert veille_ia.sources_citees(dossier["note_ia"])[-1] == inventee


def test_the_note_does_not_change_the_learners_other_data():
    avant = CONTEXTE.construire(42)
    assert "note_ia" in avant
    assert avant["carte"].equals(CONTEXTE.construire(42)["carte"])


def test_elision_before_a_vowel():
    assert veille_ia.elide("de", "Eurodosage") == "d'Eurodosage"
    assert veille_ia.elide("que", "Aquatek Industrie") == "qu'Aquatek Industrie"
    assert veille_ia.elide("de", "FluidoPro") == "de FluidoPro"


@pytest.mark.parametrize(
    "casser, attendu",
    [
        (lambda d: d.pop("rubriques"), "rubriques"),
        (lambda d: d["fragments"][0].update(rubrique="slogan"), "fragments[0]"),
        (lambda d: d["a_coller"][1].update(categorie="peut-etre"), "a_coller[1]"),
        (lambda d: d["reac"][0].update(source="internet"), "reac[0]"),
    ],
)
def test_a_broken_data_file_is_named_in_french(casser, attendu):
    d = copy.deepcopy(veille_ia.donnees())
    casser(d)
    with pytest.raises(veille_ia.ErreurVeilleIA, match=attendu.replace("[", r"\[")):
        veille_ia.verifier(d)
