"""E-réputation: the French lexicon, the fictitious reviews and the monthly trend."""

import json
import runpy

import pandas as pd
import pytest

from autograder.metier import ereputation as e
from autograder.moteur.graphiques import OKABE_ITO
from autograder.moteur.paths import data_path


@pytest.fixture(scope="module")
def notes():
    return e.scorer(e.charger_avis())


def test_lexicon_is_consistent():
    lex = e.charger_lexique()
    assert not set(lex["positifs"]) & set(lex["negatifs"])
    for poids in [*lex["positifs"].values(), *lex["negatifs"].values()]:
        assert 0 < poids <= 2.5
    assert lex["seuils"]["negatif"] < 0 < lex["seuils"]["positif"]


def test_reviews_cover_18_to_24_months_on_four_channels(notes):
    assert len(notes) >= 150
    assert notes["id"].is_unique and notes["date"].is_monotonic_increasing
    mois = notes["date"].dt.to_period("M").nunique()
    assert 18 <= mois <= 24
    assert set(notes["canal"]) == set(e.CANAUX)
    assert notes["note"].between(1, 5).all()
    assert {"negation", "ironie", "implicite"} <= set(notes["piege"].dropna())


def test_reviews_file_is_the_seeded_generators_output():
    module = runpy.run_path(str(data_path("ereputation", "generer_avis.py")))
    with open(data_path("ereputation", "avis.json"), encoding="utf-8") as f:
        assert module["generer"]() == json.load(f)


@pytest.mark.parametrize(
    "texte,attendu",
    [
        ("Pas déçu du tout par la pompe.", "positif"),
        ("Aucune panne depuis l'installation.", "positif"),
        ("Jamais eu le moindre souci avec le contrat.", "positif"),
        ("Intervention sans retard, rien à redire.", "positif"),
        ("Pas cher pour ce niveau de service.", "positif"),
        ("Le technicien n'est pas à la hauteur.", "négatif"),
        ("Le SAV n'est jamais joignable.", "négatif"),
        ("Commercial peu réactif.", "négatif"),
        ("SAV très réactif, merci.", "positif"),
        ("Pompe fiable mais SAV lent à répondre.", "neutre"),
        ("Produit correct mais délai un peu long.", "neutre"),
    ],
)
def test_negations_intensifiers_and_but(texte, attendu):
    assert e.polarite(e.score_avis(texte)) == attendu, e.detail_score(texte)


def test_intensifier_and_negation_window_stop_at_punctuation():
    assert e.score_avis("Très réactif.") == pytest.approx(1.5 * e.score_avis("Réactif."))
    # « pas » ends its clause at the comma: « efficace » stays positive.
    assert e.score_avis("Pas de retard, efficace.") > e.score_avis("Efficace.")


def test_lexicon_agrees_with_stars_on_most_reviews(notes):
    assert e.accord_etoiles(notes) >= 0.85


def test_known_negation_traps_are_handled(notes):
    pieges = notes[notes["piege"] == "negation"]
    assert len(pieges) >= 10
    assert (pieges["polarite"] == pieges["note"].map(e.polarite_etoiles)).all()


def test_what_the_lexicon_misses_is_irony_or_unloaded_facts(notes):
    """The documented limit: every disagreement on a clear-cut review is an irony or an
    implicit-fact trap, and most of those traps are indeed misread."""
    tranches = notes[notes["note"] != 3]
    rates = tranches[tranches["polarite"] != tranches["note"].map(e.polarite_etoiles)]
    assert set(rates["piege"]) <= {"ironie", "implicite"}
    ironie = notes[notes["piege"] == "ironie"]
    assert (ironie["polarite"] == "positif").mean() >= 0.8


def test_monthly_trend_shows_the_after_sales_crisis(notes):
    t = e.tendance_mensuelle(notes)
    assert int(t["avis"].sum()) == len(notes)
    assert t["part_negatifs"].between(0, 1).all()
    pire = t["score_moyen"].idxmin()
    assert pd.Period("2025-04", "M") <= pire <= pd.Period("2025-07", "M")
    assert t["part_negatifs"].iloc[-1] < t["part_negatifs"].max()


def test_chart_uses_okabe_ito_and_has_a_text_alternative(notes):
    t = e.tendance_mensuelle(notes)
    fig = e.figure_tendance(t)
    ax = fig.axes[0]
    assert ax.lines[0].get_color().lower() == OKABE_ITO["bleu"].lower()
    assert len(ax.get_xticklabels()) == len(t)
    texte = e.texte_alternatif(t)
    assert e.mois_en_clair(t["score_moyen"].idxmin()) in texte
    assert f"{int(t['avis'].sum())} avis" in texte


def test_month_names_are_french():
    assert e.mois_en_clair("2025-08") == "août 2025"
    assert e.mois_en_clair(pd.Period("2024-02", "M")) == "févr. 2024"
