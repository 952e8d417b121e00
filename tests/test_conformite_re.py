"""Issue #15 §3: what the course says agrees with the RE and with French commercial practice."""

import json
import random
import re

import pandas as pd
import pytest

from autograder.crm.generation import donnees
from autograder.metier import pitch
from autograder.metier.proposition import CONVENTION_COUT_DE_REVIENT
from autograder.metier.swot import fiche
from autograder.moteur import banque, referentiel
from autograder.moteur.aide import indice
from autograder.moteur.seance import Seance
from autograder.moteur.texte import DEBIT_EXPOSE, DEBIT_PITCH

from .conftest import ROOT

ESPACE = "[ \u00a0\u202f]"


def _markdown(chemin) -> str:
    """A notebook's text (markdown and code), spaces made plain."""
    nb = json.loads((ROOT / chemin).read_text(encoding="utf-8"))
    texte = "\n".join("".join(c["source"]) for c in nb["cells"])
    return re.sub(ESPACE, " ", texte)


def _sources(*dossiers, suffixes=(".ipynb", ".py", ".json", ".md")):
    for dossier in dossiers:
        for chemin in sorted((ROOT / dossier).rglob("*")):
            if chemin.suffix in suffixes and chemin.is_file():
                yield chemin, re.sub(ESPACE, " ", chemin.read_text(encoding="utf-8"))


@pytest.fixture
def exercice(tmp_path):
    def ouvrir(devoir, nom, identifiant="alice"):
        s = Seance(devoir, tmp_path / identifiant)
        s.changer_identifiant(identifiant)
        return s.exercice(nom)

    return ouvrir


def test_the_production_covers_cp1_cp2_and_cp9():
    """RE: the questionnement à partir de productions is about CP1, CP2 and CP9."""
    for chemin, texte in _sources("course", "solutions", "data/exercices"):
        assert not re.search(r"CP1, CP2 et CP3", texte), chemin
    cp1 = _markdown("course/cp1_veille/01_veille.ipynb")
    assert (
        "la veille commerciale (CP1), le plan d'actions commerciales (CP2) et la relation client (CP9)"
        in cp1
    )


def test_the_dossier_professionnel_is_another_document():
    cp9 = _markdown("course/cp9_relation_client/01_relation_client.ipynb")
    assert "le dossier professionnel, lui, est un autre document" in cp9


def test_valeur_vie_client_takes_a_taux_de_marque():
    from autograder.calculs import valeur_vie_client

    assert valeur_vie_client(100, 1, 1, taux_de_marque=0.2) == 20.0
    with pytest.raises(ValueError, match="taux de marque"):
        valeur_vie_client(100, 1, 1, taux_de_marque=1.5)
    with pytest.raises(TypeError) as erreur:
        valeur_vie_client(100, 1, 1, taux_de_marge=0.2)
    conseil = re.sub(ESPACE, " ", indice(erreur.value))
    assert "n'a pas de paramètre « taux_de_marge »" in conseil and "taux_de_marque=" in conseil


@pytest.mark.parametrize(
    "devoir,nom",
    [("cp6_proposition", "taux_de_marque_affaire"), ("cp7_negociation", "taux_de_marque_accord")],
)
def test_taux_de_marque_on_full_cost_is_named_as_the_case_convention(exercice, devoir, nom):
    ex = exercice(devoir, nom)
    enonce = re.sub(ESPACE, " ", ex.enonce())
    assert re.sub(ESPACE, " ", CONVENTION_COUT_DE_REVIENT) in enonce
    explication = re.sub(ESPACE, " ", ex.module.explication(ex.params))
    assert "coût de revient complet, convention du cas" in explication


def test_volume_discounts_raise_the_basket_and_lower_the_margin_rate():
    module = banque.charger_exercice("cp4_performances", "action_optimale")
    retours = dict(module.ACTIONS["panier"])
    retour = retours["Accorder des remises de volume sur les commandes groupées."]
    assert "relèvent souvent le panier" in retour and "baissent le prix unitaire" in retour
    assert "baisser le panier" not in retour


def test_surveys_record_the_channel_of_the_rated_exchange():
    parametres = json.loads((ROOT / "data/crm/parametres.json").read_text(encoding="utf-8"))
    canaux = sorted(parametres["canaux_enquete"])
    for graine in (2025, 7, 123):
        e = pd.DataFrame(donnees(graine)["enquetes_satisfaction"])
        assert set(e["canal"]) == set(canaux)
        csat = e.groupby("canal")["csat"].apply(lambda s: (s >= 4).mean())
        faible = random.Random(f"{graine}:canaux_enquete").choice(canaux)
        assert csat.idxmin() == faible, (graine, csat.to_dict())
        assert csat.drop(faible).min() - csat[faible] > 0.05


def test_canal_moins_satisfaisant_groups_by_the_touchpoint(exercice):
    ex = exercice("cp9_relation_client", "canal_moins_satisfaisant")
    assert ex.module.DONNEES == ("enquetes_satisfaction",)
    enonce = re.sub(ESPACE, " ", ex.enonce())
    assert "Canal de l'échange évalué" in enonce and "canal préféré" not in enonce
    source = (ROOT / "data/exercices/cp9_relation_client/canal_moins_satisfaisant.py").read_text()
    assert "canal_prefere" not in source  # the key is recomputed from the rated exchanges
    bonne = [o for o in ex.module.options(ex.params) if o.correct]
    assert len(bonne) == 1 and ex.evaluer(bonne[0].cle).juste


def test_a_pareto_chart_chooses_a_segment_not_a_persona():
    cp3 = _markdown("course/cp3_prospection/01_prospection.ipynb")
    assert "Un segment n'est pas un persona" in cp3
    assert "semi-fictif" in cp3 and "entretiens" in cp3
    for rubrique in ("Rôle dans le centre d'achat", "Objectifs", "Difficultés", "Objections"):
        assert f"| {rubrique}" in cp3
    assert "se déduit des chiffres (Pareto" not in cp3


def test_speaking_rates_are_named_and_explained():
    assert pitch.DEBIT_MOTS_MINUTE == DEBIT_PITCH == 150
    assert fiche.MOTS_PAR_MINUTE == DEBIT_EXPOSE == 130
    cp5 = _markdown("course/cp5_image/01_image.ipynb")
    assert "150 mots par minute" in cp5 and "130 mots par minute, parce qu" in cp5
    examen = _markdown("course/examen/01_entretien_technique.ipynb")
    assert "{DEBIT_PITCH} mots par minute du pitch" in examen


def test_elision_before_hydralis():
    for chemin, texte in _sources("course", "data", "autograder", "solutions"):
        assert not re.search(r"\bde Hydralis", texte), chemin


def test_ai_tools_totally_forbidden_at_the_exam_is_said_and_quoted():
    internet = [r for r in referentiel.plateau_technique() if "internet" in r["description"]]
    assert (
        "interdiction totale des outils d'Intelligence Artificielle" in internet[0]["observations"]
    )
    for chemin in (
        "course/00_accueil.ipynb",
        "course/cp1_veille/01_veille.ipynb",
        "course/examen/01_entretien_technique.ipynb",
        "course/examen/02_repetition.ipynb",
    ):
        texte = _markdown(chemin)
        assert "totalement interdit" in texte and "annexe 1" in texte, chemin
