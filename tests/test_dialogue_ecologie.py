"""CP7.5: the ecological dialogue of every persona. Its figures come from the persona's case (and
the learner's factor), the best path earns full marks, greenwashing earns nothing and leads the
buyer away, and the learner's replies go through the dialogue widget."""

import json
import re

import pytest

from autograder.metier.negociation import dialogue as nd
from autograder.metier.negociation import ecologie, personas
from autograder.moteur import paths
from autograder.moteur.nombres import euros, nombre
from autograder.widgets import negociation as nw

PERSONAS = personas.lister_personas()


@pytest.fixture(params=PERSONAS)
def p(request):
    return personas.charger_persona(request.param, 1.07)


def test_figures_come_from_the_case(p):
    e, c = p["ecologie"], ecologie.chiffres(p)
    assert c["puissance_kw"] == round(e["puissance_kw"] * 1.07 * 2) / 2
    assert c["kwh"] == round(c["puissance_kw"] * e["heures_an"] * e["gain_energie"], -2)
    assert c["euros_an"] == pytest.approx(c["kwh"] * e["prix_kwh"])
    assert c["co2e_kg"] == round(c["kwh"] * ecologie.modele()["facteur_emission_kg_kwh"], -1)
    dlg = ecologie.dialogue(p)
    meilleure = next(x for x in dlg["noeuds"]["n1"]["choix"] if x["points"] == 2)
    assert f"{nombre(c['kwh'])} kWh" in meilleure["texte"]
    assert euros(c["euros_an"], 0) in meilleure["texte"]
    assert nombre(c["heures_an"]) in ecologie.donnees_du_cas(p)
    assert not re.search(r"\{\w+\}", json.dumps(dlg, ensure_ascii=False))  # every field filled


def test_learners_get_their_own_figures():
    a = ecologie.chiffres(personas.charger_persona("laiterie", 0.9))
    b = ecologie.chiffres(personas.charger_persona("laiterie", 1.15))
    assert a["kwh"] < b["kwh"]


def test_best_path_full_marks_greenwashing_nothing(p):
    dlg = ecologie.dialogue(p)
    assert nd.noter_dialogue(dlg, {"choix": nd.meilleur_chemin(dlg)})[0] == 1
    assert nd.noter_dialogue(dlg, {"choix": nd.pire_chemin(dlg)})[0] == 0
    for noeud in dlg["noeuds"].values():
        for c in noeud["choix"]:
            if c["technique"] == "ecoblanchiment":
                assert c["points"] == 0
        if noeud["choix"]:  # the best reply is not always shown first
            assert len({c["points"] for c in noeud["choix"]}) > 1
    premiers = [n["choix"][0]["points"] for n in dlg["noeuds"].values() if n["choix"]]
    assert min(premiers) < 2
    # a vague green claim: the buyer asks what he gains; a second one ends the exchange
    vague = next(c["id"] for c in dlg["noeuds"]["n1"]["choix"] if "écoresponsable" in c["texte"])
    neutre = next(c["id"] for c in dlg["noeuds"]["n1x"]["choix"] if c["points"] == 0)
    score, _, details = nd.noter_dialogue(dlg, {"choix": [vague, neutre]})
    assert score == 0 and any("écoblanchiment" in d or "neutralité" in d for d in details)
    # recovering with the case's figures earns part of the marks
    chiffre = next(c["id"] for c in dlg["noeuds"]["n1x"]["choix"] if c["points"] == 1)
    assert 0 < nd.noter_dialogue(dlg, {"choix": [vague, chiffre]})[0] < 1


def test_a_malformed_ecology_block_names_file_and_field(tmp_path, monkeypatch):
    source = paths.data_path("negociation", "laiterie.json").read_text(encoding="utf-8")
    data = json.loads(source)
    data["ecologie"]["gain_energie"] = 25
    dossier = tmp_path / "negociation"
    dossier.mkdir()
    (dossier / "laiterie.json").write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(paths, "DATA_DIR", tmp_path)
    personas._charger.cache_clear()
    try:
        with pytest.raises(personas.PersonaInvalide, match=r"ecologie\.gain_energie"):
            personas.charger_persona("laiterie")
    finally:
        personas._charger.cache_clear()


def test_the_widget_plays_the_ecological_dialogue(p):
    dlg = ecologie.dialogue(p)
    saves = []
    d = nw.dialogue(p, None, saves.append, dlg)
    radio, (repondre, _) = d.children[1], d.children[2].children
    assert dlg["noeuds"]["n1"]["acheteur"] in d.children[0].value.replace("&#x27;", "'")
    for choix in nd.meilleur_chemin(dlg):
        radio.value = choix
        repondre.click()
    assert saves[-1] == {"choix": nd.meilleur_chemin(dlg)}
    assert "Fin du dialogue" in d.children[0].value
