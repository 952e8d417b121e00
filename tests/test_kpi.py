"""Hydralis KPI engine (autograder.metier.kpi.donnees) and its dashboard (autograder.metier.kpi.tableau_de_bord)."""

from __future__ import annotations

import dataclasses
import math
import re
import subprocess
import sys
import time

import pandas as pd
import pytest

from autograder.calculs import (
    ecart,
    ecart_relatif,
    panier_moyen,
    taux_de_conversion,
    taux_de_realisation,
)
from autograder.metier.kpi.donnees import (
    FACTEURS,
    MOIS,
    SEUIL_ALERTE,
    Scenario,
    commerciaux,
    decomposer_ecart_ca,
    filtrer,
    generer_ventes,
    scenario,
    synthese,
)
from autograder.widgets.tableau_de_bord import tableau_de_bord

COLONNES = [
    "mois",
    "trimestre",
    "commercial",
    "region",
    "leads",
    "rendez_vous",
    "devis",
    "ventes",
    "ca",
    "objectif_leads",
    "objectif_ventes",
    "objectif_ca",
]
NOMBRES = COLONNES[4:]


@pytest.fixture(scope="module")
def ventes() -> pd.DataFrame:
    return generer_ventes(2025)


@pytest.fixture(scope="module")
def tb():
    pytest.importorskip("matplotlib")
    pytest.importorskip("ipywidgets")
    from autograder.metier.kpi import tableau_de_bord

    return tableau_de_bord


# --- generer_ventes -----------------------------------------------------------------------


def test_shape_columns_and_types(ventes):
    assert list(ventes.columns) == COLONNES
    assert len(ventes) == 72
    assert not ventes.isna().any().any()
    assert ventes.groupby(["mois", "commercial"]).size().eq(1).all()
    assert ventes["commercial"].nunique() == 6 and ventes["region"].nunique() == 3
    assert ventes.groupby("commercial")["region"].nunique().eq(1).all()
    assert (ventes["mois"].dt.day == 1).all() and (ventes["mois"].dt.year == 2025).all()
    assert sorted(ventes["mois"].dt.month.unique()) == list(range(1, 13))
    assert (ventes["trimestre"] == (ventes["mois"].dt.month - 1) // 3 + 1).all()
    for colonne in ["trimestre", *NOMBRES]:
        assert pd.api.types.is_integer_dtype(ventes[colonne]), colonne


def test_same_seed_same_data_other_seed_other_data():
    pd.testing.assert_frame_equal(generer_ventes(7), generer_ventes(7))
    assert generer_ventes().equals(generer_ventes(2025))
    a, b = generer_ventes(7), generer_ventes(8)
    assert not a[NOMBRES].equals(b[NOMBRES])
    assert (a["ca"] != b["ca"]).mean() > 0.9


@pytest.mark.parametrize("graine", [0, 1, 2025, 123_456_789_012, *range(10, 60)])
def test_funnel_is_coherent(graine):
    v = generer_ventes(graine)
    assert (v["leads"] >= v["rendez_vous"]).all()
    assert (v["rendez_vous"] >= v["devis"]).all()
    assert (v["devis"] >= v["ventes"]).all()
    assert (v["ventes"] >= 1).all()
    assert (v["ca"] > 0).all()
    assert (v[["objectif_leads", "objectif_ventes", "objectif_ca"]] >= 1).all().all()
    assert (v["objectif_ca"] % 100 == 0).all()
    # B2B average baskets of a few thousand euros
    panier = v["ca"].sum() / v["ventes"].sum()
    assert 3_000 <= panier <= 15_000


def test_generation_is_fast():
    generer_ventes(1)
    durees = []
    for graine in range(10):
        debut = time.perf_counter()
        generer_ventes(graine)
        durees.append(time.perf_counter() - debut)
    assert sorted(durees)[5] < 0.05


@pytest.mark.parametrize("graine", [-1, 1.5, "2025", True])
def test_invalid_seed(graine):
    with pytest.raises(ValueError, match="graine"):
        generer_ventes(graine)


# --- scenario and decomposition -----------------------------------------------------------


def test_scenario_is_a_frozen_story():
    s = scenario(2025)
    assert isinstance(s, Scenario)
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.trimestre = 1
    assert scenario(2025) == s
    histoires = [scenario(g) for g in range(200)]
    assert {h.facteur for h in histoires} == set(FACTEURS)
    assert {h.trimestre for h in histoires} == {2, 3, 4}
    assert {h.commercial for h in histoires} == set(commerciaux())


@pytest.mark.parametrize("graine", range(200))
def test_decomposition_finds_the_injected_factor(graine):
    v, s = generer_ventes(graine), scenario(graine)
    d = decomposer_ecart_ca(v, s.commercial, s.trimestre)
    assert set(d) == {
        "ecart_total",
        "effet_leads",
        "effet_conversion",
        "effet_panier",
        "facteur_principal",
    }
    somme = d["effet_leads"] + d["effet_conversion"] + d["effet_panier"]
    assert math.isclose(somme, d["ecart_total"], rel_tol=1e-9, abs_tol=1e-6)
    lignes = filtrer(v, trimestre=s.trimestre, commercial=s.commercial)
    assert d["ecart_total"] == lignes["ca"].sum() - lignes["objectif_ca"].sum()
    # clearly negative gap, mainly due to the injected factor
    assert d["ecart_total"] / lignes["objectif_ca"].sum() < -0.10
    assert d["facteur_principal"] == s.facteur
    assert d[f"effet_{s.facteur}"] < 0.6 * d["ecart_total"]


def test_decomposition_by_hand():
    # L0 = 100, c0 = 10 %, p0 = 5 000 € ; L1 = 80, c1 = 12,5 %, p1 = 4 500 €.
    v = pd.DataFrame(
        {
            "mois": pd.to_datetime(["2025-04-01", "2025-05-01"]),
            "trimestre": [2, 2],
            "commercial": ["A B", "A B"],
            "region": ["Grand Est"] * 2,
            "leads": [50, 30],
            "rendez_vous": [30, 20],
            "devis": [20, 15],
            "ventes": [6, 4],
            "ca": [27_000, 18_000],
            "objectif_leads": [60, 40],
            "objectif_ventes": [6, 4],
            "objectif_ca": [30_000, 20_000],
        }
    )
    d = decomposer_ecart_ca(v, "A B", 2)
    assert d["ecart_total"] == pytest.approx(-5_000)
    assert d["effet_leads"] == pytest.approx(-10_000)  # (80 − 100) × 0,10 × 5 000
    assert d["effet_conversion"] == pytest.approx(10_000)  # 80 × (0,125 − 0,10) × 5 000
    assert d["effet_panier"] == pytest.approx(-5_000)  # 80 × 0,125 × (4 500 − 5 000)
    assert d["facteur_principal"] == "leads"
    with pytest.raises(ValueError, match="Aucune donnée"):
        decomposer_ecart_ca(v, "A B", 3)


# --- filtrer and synthese -----------------------------------------------------------------


def test_filtrer(ventes):
    assert len(filtrer(ventes)) == 72
    t2 = filtrer(ventes, trimestre=2)
    assert len(t2) == 18 and set(t2["mois"].dt.month) == {4, 5, 6}
    s1 = filtrer(ventes, trimestre=(1, 6))
    assert len(s1) == 36 and set(s1["mois"].dt.month) == set(range(1, 7))
    assert len(filtrer(ventes, trimestre=(8, 8))) == 6
    nom = commerciaux()[3]
    un = filtrer(ventes, commercial=nom)
    assert len(un) == 12 and set(un["commercial"]) == {nom}
    ge = filtrer(ventes, region="Grand Est")
    assert len(ge) == 24 and set(ge["region"]) == {"Grand Est"}
    assert len(filtrer(ventes, trimestre=4, region="Occitanie", commercial=None)) == 6
    assert len(filtrer(ventes, commercial=commerciaux()[:2])) == 24
    region_de_nom = un["region"].iloc[0]
    autre = next(r for r in ventes["region"].unique() if r != region_de_nom)
    vide = filtrer(ventes, commercial=nom, region=autre)
    assert vide.empty and list(vide.columns) == COLONNES
    assert list(t2.index) == list(range(18))


@pytest.mark.parametrize("trimestre", [0, 5, (6, 1), (0, 3), (1, 13), True, "T2", 2.0])
def test_filtrer_refuses_bad_periods(ventes, trimestre):
    with pytest.raises(ValueError, match="trimestre"):
        filtrer(ventes, trimestre=trimestre)


def _attendu(lignes: pd.DataFrame) -> dict:
    s = lignes[NOMBRES].sum()
    return {
        "taux_conversion": taux_de_conversion(s["ventes"], s["leads"]),
        "panier_moyen": panier_moyen(s["ca"], s["ventes"]),
        "ecart_ca": ecart(s["ca"], s["objectif_ca"]),
        "ecart_relatif_ca": ecart_relatif(s["ca"], s["objectif_ca"]),
        "taux_realisation_ca": taux_de_realisation(s["ca"], s["objectif_ca"]),
        **{c: s[c] for c in NOMBRES},
    }


def test_synthese_by_commercial_matches_calculs(ventes):
    table = synthese(ventes)
    assert list(table.index) == commerciaux()
    for nom in (commerciaux()[0], commerciaux()[4]):
        attendu = _attendu(filtrer(ventes, commercial=nom))
        for colonne, valeur in attendu.items():
            assert table.loc[nom, colonne] == pytest.approx(valeur), colonne


def test_synthese_other_groupings(ventes):
    total = synthese(ventes, par=None)
    assert list(total.index) == ["Total"]
    for colonne, valeur in _attendu(ventes).items():
        assert total.loc["Total", colonne] == pytest.approx(valeur), colonne
    par_region = synthese(ventes, par="region")
    assert len(par_region) == 3
    attendu = _attendu(filtrer(ventes, region="Occitanie"))
    assert par_region.loc["Occitanie", "taux_realisation_ca"] == pytest.approx(
        attendu["taux_realisation_ca"]
    )
    par_trimestre = synthese(ventes, par="trimestre")
    assert list(par_trimestre.index) == [1, 2, 3, 4]
    assert par_trimestre["ca"].sum() == ventes["ca"].sum()
    croise = synthese(filtrer(ventes, trimestre=3), par=["region", "commercial"])
    assert len(croise) == 6
    with pytest.raises(ValueError, match="inconnue"):
        synthese(ventes, par="vendeur")
    with pytest.raises(ValueError, match="Aucune"):
        synthese(filtrer(ventes, trimestre=(1, 1), commercial="Personne"))


# --- dashboard: pure functions ------------------------------------------------------------

ESPACE_AVANT = re.compile(r" [:;!?%€]")  # ordinary space before : ; ! ? % € (should be NBSP)


def _mois_sous_seuil(lignes: pd.DataFrame, realise="ca", objectif="objectif_ca") -> list[str]:
    m = lignes.groupby("mois")[[realise, objectif]].sum()
    return [MOIS[d.month - 1] for d, r in m.iterrows() if r[realise] / r[objectif] < SEUIL_ALERTE]


def test_texte_alternatif_names_the_flagged_months(ventes, tb):
    vus = 0
    for nom in commerciaux():
        lignes = filtrer(ventes, commercial=nom)
        texte = tb.texte_alternatif(lignes, "Chiffre d'affaires")
        alertes = _mois_sous_seuil(lignes)
        assert texte.startswith(f"Chiffre d'affaires de {nom}, de janvier à décembre\u00a0:")
        assert f"{len(alertes)} mois sous 90\u00a0% de l'objectif" in texte or not alertes
        for mois in alertes:
            assert re.search(rf"\b{mois}\b", texte), (mois, texte)
        vus += len(alertes)
        assert not ESPACE_AVANT.search(texte), texte
        assert "\u00a0€" in texte
    assert vus > 0
    s = scenario(2025)
    lignes = filtrer(ventes, trimestre=s.trimestre, commercial=s.commercial)
    texte = tb.texte_alternatif(lignes, "Ventes")
    assert "ventes pour un objectif de" in texte
    for mois in _mois_sous_seuil(lignes, "ventes", "objectif_ventes"):
        assert mois in texte


def test_texte_alternatif_without_flag(tb):
    v = generer_ventes(3)
    v = v.assign(ca=v["objectif_ca"])
    texte = tb.texte_alternatif(filtrer(v, trimestre=(8, 8)), "ca")
    assert texte.startswith("Chiffre d'affaires de toute l'équipe, en août\u00a0:")
    assert "aucun mois sous 90\u00a0% de l'objectif." in texte
    assert "(taux de réalisation\u00a0: 100,0\u00a0%)" in texte
    texte = tb.texte_alternatif(filtrer(v, trimestre=(4, 6), region="Occitanie"), "Leads")
    assert texte.startswith("Leads de la région Occitanie, d'avril à juin\u00a0: réalisé")


def test_tableau_html(ventes, tb):
    page = tb.tableau_html(ventes)
    for nom in commerciaux():
        assert nom in page
    assert page.count("<tr") == 1 + 6 + 1  # header, 6 reps, total
    assert "Total" in page and "Taux de réalisation" in page and "<caption" in page
    sous = synthese(ventes).query("taux_realisation_ca < @SEUIL_ALERTE")
    assert page.count("⚠\u00a0sous 90\u00a0%") == len(sous) + (
        synthese(ventes, None)["taux_realisation_ca"].iloc[0] < SEUIL_ALERTE
    )
    s = scenario(2025)
    seul = tb.tableau_html(filtrer(ventes, trimestre=s.trimestre, commercial=s.commercial))
    assert "⚠\u00a0sous 90\u00a0%" in seul and "Total" not in seul
    assert (
        "\u202f€" not in seul
    )  # numbers use autograder.moteur.nombres: NBSP before €, thin in 1 234


def test_palette_is_okabe_ito(ventes, tb):
    okabe_ito = {
        "#000000",
        "#E69F00",
        "#56B4E9",
        "#009E73",
        "#F0E442",
        "#0072B2",
        "#D55E00",
        "#CC79A7",
    }
    assert {c.upper() for c in tb.OKABE_ITO.values()} == okabe_ito
    from matplotlib.colors import to_hex

    s = scenario(2025)
    lignes = filtrer(ventes, commercial=s.commercial)
    fig = tb.figure_objectif_realise(lignes, "Chiffre d'affaires")
    ax = fig.axes[0]
    barres = list(ax.patches)
    assert len(barres) == 12
    alertes = _mois_sous_seuil(lignes)
    assert alertes
    drapeaux = [MOIS[i] for i, b in enumerate(barres) if b.get_hatch()]
    assert drapeaux == alertes  # hatch on exactly the flagged months
    couleurs = {to_hex(b.get_facecolor()).upper() for b in barres}
    assert couleurs <= okabe_ito and len(couleurs) == 2
    for ligne in ax.lines:
        assert to_hex(ligne.get_color()).upper() in okabe_ito
    marqueurs = [ligne for ligne in ax.lines if ligne.get_marker() == tb.MARQUEUR_ALERTE]
    assert len(marqueurs) == 1 and len(marqueurs[0].get_xdata()) == len(alertes)
    png = tb.figure_en_png(fig)
    assert png.startswith(b"\x89PNG")


def test_pure_functions_refuse_empty_data(ventes, tb):
    vide = filtrer(ventes, commercial="Personne")
    for fonction in (tb.texte_alternatif, tb.figure_objectif_realise, tb.tableau_html):
        with pytest.raises(ValueError, match="Aucune donnée"):
            fonction(vide)
    with pytest.raises(ValueError, match="Indicateur inconnu"):
        tb.texte_alternatif(ventes, "Marge")


# --- dashboard: widgets -------------------------------------------------------------------


def test_dashboard_controls(ventes, tb):
    d = tableau_de_bord(ventes)
    assert d.periode.options == ("Année 2025", "T1", "T2", "T3", "T4")
    assert d.commercial.options == ("Tous", *commerciaux())
    assert d.region.options == ("Toutes", "Auvergne-Rhône-Alpes", "Grand Est", "Occitanie")
    assert d.indicateur.options == ("Chiffre d'affaires", "Ventes", "Leads")
    for controle, libelle in [
        (d.periode, "Période"),
        (d.commercial, "Commercial"),
        (d.region, "Région"),
        (d.indicateur, "Indicateur"),
    ]:
        assert controle.description.startswith(libelle)
    assert "toute l'équipe, de janvier à décembre" in d.texte.value
    assert "data:image/png;base64," in d.graphique.value and 'alt="' in d.graphique.value
    # A wide table scrolls in a region reached by keyboard (axe scrollable-region-focusable).
    assert d.tableau.value.startswith('<div role="region" tabindex="0" aria-label="Tableau')
    assert "<table" in d.tableau.value


def test_dashboard_updates_on_change(ventes, tb):
    d = tableau_de_bord(ventes)
    texte, tableau, image = d.texte.value, d.tableau.value, d.graphique.value
    nom = commerciaux()[2]
    d.commercial.value = nom
    assert d.texte.value != texte and f"de {nom}, de janvier à décembre" in d.texte.value
    assert d.tableau.value != tableau and "Total" not in d.tableau.value
    assert d.graphique.value != image
    d.periode.value = "T3"
    assert "de juillet à septembre" in d.texte.value
    d.indicateur.value = "Leads"
    assert d.texte.value.startswith(f"<p>Leads de {nom}")
    d.commercial.value = "Tous"
    d.region.value = "Occitanie"
    assert "Leads de la région Occitanie" in d.texte.value


def test_dashboard_empty_filter_message(ventes, tb):
    d = tableau_de_bord(ventes)
    nom = commerciaux()[0]
    region = filtrer(ventes, commercial=nom)["region"].iloc[0]
    autre = next(r for r in d.region.options[1:] if r != region)
    d.commercial.value = nom
    d.region.value = autre
    assert "Aucune donnée pour ce filtre (" in d.texte.value
    assert nom in d.texte.value and autre in d.texte.value
    assert "Traceback" not in d.texte.value and "Error" not in d.texte.value
    assert d.graphique.value == "" and d.tableau.value == ""
    d.region.value = region
    assert "Aucune donnée" not in d.texte.value and d.graphique.value


def test_package_import_stays_light():
    code = (
        "import sys, autograder, autograder.metier.kpi.donnees; "
        "assert 'matplotlib' not in sys.modules and 'ipywidgets' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
