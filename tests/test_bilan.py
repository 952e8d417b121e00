"""The activity review engine (CP8): period, actuals from the CRM checked against an independent
pandas computation, objectives, gaps, the HTML/PDF report and the French hints."""

import sqlite3

import pandas as pd
import pytest

from autograder.crm import ouvrir_crm
from autograder.metier.bilan import activite as bilan
from autograder.metier.bilan.rapport import (
    DEFAUTS,
    QUALITES,
    RUBRIQUES,
    Rapport,
    alternative_ecarts,
    alternative_tendance,
    controler_rapport,
    figure_ecarts,
    figure_tendance,
    pages_pdf,
    tableau_lisible,
)

COMMERCIAL = "Camille Perrin"


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    return ouvrir_crm(2025, dossier=tmp_path_factory.mktemp("crm"))


@pytest.fixture(scope="module")
def tables(con):
    noms = ("commandes", "leads", "interactions", "devis", "opportunites", "entreprises")
    return {t: pd.read_sql(f"SELECT * FROM {t}", con) for t in (*noms, "solutions_en_service")}


# -- period -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "texte,debut,fin",
    [
        ("2025-T3", "2025-07-01", "2025-09-30"),
        ("2025T1", "2025-01-01", "2025-03-31"),
        ("2024-S2", "2024-07-01", "2024-12-31"),
        ("2025", "2025-01-01", "2025-12-31"),
        (2024, "2024-01-01", "2024-12-31"),
        ("2024-02", "2024-02-01", "2024-02-29"),
    ],
)
def test_period_bounds_are_inclusive_calendar_bounds(texte, debut, fin):
    p = bilan.periode(texte)
    assert (p.debut, p.fin) == (debut, fin)


@pytest.mark.parametrize(
    "args,mot",
    [
        (("2026-T1",), "sort de la base"),
        (("2023",), "sort de la base"),
        (("2025-T5",), "illisible"),
        (("troisième trimestre",), "illisible"),
        (("2025-13",), "illisible"),
        ((None,), "illisible"),
        (("2025-09-30", "2025-07-01"), "à l'envers"),
        (("01/07/2025", "30/09/2025"), "AAAA-MM-JJ"),
    ],
)
def test_bad_period_gets_a_french_error(args, mot):
    with pytest.raises(bilan.ErreurBilan, match=mot):
        bilan.periode(*args)


def test_previous_periods():
    p = bilan.periode("2025-T1")
    assert bilan.meme_periode_annee_precedente(p).params == {
        "debut": "2024-01-01",
        "fin": "2024-03-31",
    }
    avant = bilan.periode_precedente(p)
    assert (avant.debut, avant.fin) == ("2024-10-01", "2024-12-31")
    with pytest.raises(bilan.ErreurBilan):
        bilan.meme_periode_annee_precedente(bilan.periode("2024-T2"))


# -- actuals against an independent pandas computation ----------------------------------------


@pytest.mark.parametrize("commercial", [COMMERCIAL, None])
@pytest.mark.parametrize("texte", ["2025-T3", "2024-S2", "2025-11"])
def test_activity_matches_an_independent_pandas_computation(con, tables, commercial, texte):
    p = bilan.periode(texte)
    t = tables

    def garder(df, colonne="commercial"):
        masque = (df["date"] >= p.debut) & (df["date"] <= p.fin)
        if commercial:
            masque &= df[colonne] == commercial
        return df[masque]

    cmd = garder(t["commandes"])
    devis = t["devis"].merge(
        t["opportunites"][["id", "commercial"]], left_on="opportunite_id", right_on="id"
    )
    devis = garder(devis)
    r = bilan.activite(con, p, commercial)
    assert r["commandes"] == len(cmd)
    assert r["ca"] == pytest.approx(cmd["montant_ht"].sum(), abs=0.005)
    assert r["leads"] == len(garder(t["leads"]))
    assert r["leads_convertis"] == int((garder(t["leads"])["statut"] == "converti").sum())
    assert r["visites"] == int((garder(t["interactions"])["type"] == "visite").sum())
    assert r["devis"] == len(devis)
    assert r["devis_acceptes"] == int((devis["statut"] == "accepté").sum())
    if len(cmd):
        assert r["panier_moyen"] == pytest.approx(cmd["montant_ht"].sum() / len(cmd), abs=0.01)
    assert r["taux_conversion"] == pytest.approx(len(cmd) / r["leads"])


def test_monthly_activity_adds_up_to_the_period(con):
    p = bilan.periode("2025-S1")
    mensuel = bilan.activite_mensuelle(con, p, COMMERCIAL)
    assert list(mensuel.index) == [f"2025-{m:02d}" for m in range(1, 7)]
    total = bilan.activite(con, p, COMMERCIAL)
    for col in ("leads", "visites", "commandes"):
        assert mensuel[col].sum() == total[col]
    assert mensuel["ca"].sum() == pytest.approx(total["ca"], abs=0.01)


def test_unknown_sales_rep_is_refused_in_french(con):
    with pytest.raises(bilan.ErreurBilan, match="Commercial inconnu"):
        bilan.activite(con, bilan.periode("2025"), "Camile Perin")


def test_cross_selling_leads_match_pandas(con, tables):
    s, e = tables["solutions_en_service"], tables["entreprises"]
    actives = s[s["statut"] == "en service"]
    pompes = set(actives.loc[actives["type"] == "pompe", "entreprise_id"])
    contrats = set(actives.loc[actives["type"] == "contrat", "entreprise_id"])
    portefeuille = set(e.loc[e["commercial"] == COMMERCIAL, "id"])
    attendu = (pompes - contrats) & portefeuille
    assert set(bilan.clients_sans_contrat(con, COMMERCIAL)["id"]) == attendu


# -- objectives and gaps ----------------------------------------------------------------------


def test_objectives_by_quarter_add_up():
    trimestres = [bilan.objectifs(bilan.periode(f"2025-T{t}"), COMMERCIAL) for t in range(1, 5)]
    annee = bilan.objectifs(bilan.periode("2025"), COMMERCIAL)
    for ind in ("leads", "visites", "commandes", "ca"):
        assert annee[ind] == sum(o[ind] for o in trimestres)
    assert trimestres[0]["ca"] == 33_000  # 150 000 € × 22 %, to the nearest 100 €
    equipe = bilan.objectifs(bilan.periode("2025-T2"))
    assert equipe["ca"] > trimestres[1]["ca"]


@pytest.mark.parametrize("texte,mot", [("2025-07", "trimestre entier"), ("2024-T3", "2025")])
def test_objectives_only_for_whole_quarters_of_2025(texte, mot):
    with pytest.raises(bilan.ErreurBilan, match=mot):
        bilan.objectifs(bilan.periode(texte), COMMERCIAL)


def test_comparison_uses_actual_minus_objective():
    comp = bilan.comparer({"ca": 90_000, "commandes": 12}, {"ca": 100_000, "commandes": 10})
    ca = comp.loc["Chiffre d'affaires HT"]
    assert ca["ecart"] == -10_000 and ca["taux_realisation"] == pytest.approx(0.9)
    assert ca["ecart_relatif"] == pytest.approx(-0.1)
    assert comp.loc["Commandes", "ecart"] == 2


def test_gap_decomposition_adds_up_to_the_gap(con):
    p = bilan.periode("2025-T3")
    r, o = bilan.activite(con, p, COMMERCIAL), bilan.objectifs(p, COMMERCIAL)
    dec = bilan.decomposer_ecart(r, o)
    somme = sum(dec[f"effet_{f}"] for f in bilan.FACTEURS)
    assert somme == pytest.approx(dec["ecart_total"], abs=0.01)
    assert dec["ecart_total"] == pytest.approx(r["ca"] - o["ca"], abs=0.01)
    with pytest.raises(bilan.ErreurBilan, match="Décomposition impossible"):
        bilan.decomposer_ecart({**r, "commandes": 0}, o)


# -- the report -------------------------------------------------------------------------------

TEXTE = "Le chiffre d'affaires du trimestre atteint 91 % de l'objectif, en retrait de 2 100 €."


def _rapport(con, *, texte=TEXTE, tableau=None):
    p = bilan.periode("2025-T3")
    r, o = bilan.activite(con, p, COMMERCIAL), bilan.objectifs(p, COMMERCIAL)
    comp = bilan.comparer(r, o)
    mensuel = bilan.activite_mensuelle(con, p, COMMERCIAL)
    ref = bilan.activite_mensuelle(con, bilan.meme_periode_annee_precedente(p), COMMERCIAL)
    rap = Rapport("Bilan T3 2025", COMMERCIAL, "Direction commerciale", p)
    rap.section("Synthèse", texte)
    rap.section("Activité de la période", TEXTE, tableau=tableau_lisible(comp))
    rap.section("Tendances", TEXTE, figure=figure_tendance(mensuel, ref, "CA"),
                alternative=alternative_tendance(mensuel, ref))  # fmt: skip
    rap.section("Écarts aux objectifs", TEXTE, figure=figure_ecarts(comp, "Taux"),
                alternative=alternative_ecarts(comp))  # fmt: skip
    rap.section("Mesures correctives", TEXTE)
    rap.section("Opportunités et plan d'actions", TEXTE, tableau=tableau)
    return rap


def test_report_html_is_self_contained_with_alt_text(con, tmp_path):
    fichiers = _rapport(con).ecrire("bilan", tmp_path)
    page = fichiers["html"].read_text(encoding="utf-8")
    assert page.count("<img ") == 2 == page.count("src='data:image/png;base64,")
    assert page.count("aria-describedby=") == 2 and "class='alternative'>CA HT mensuel" in page
    assert "Taux de réalisation des objectifs. Leads" in page
    for cle in RUBRIQUES:
        assert f"data-cle='{cle}'" in page
    assert "<html lang='fr'>" in page and "src='http" not in page


def test_report_pdf_has_a_title_page_a_page_per_section_and_per_chart(con, tmp_path):
    fichiers = _rapport(con).ecrire("bilan", tmp_path)
    brut = fichiers["pdf"].read_bytes()
    assert brut.startswith(b"%PDF")
    assert pages_pdf(fichiers["pdf"]) == 1 + 6 + 2
    assert b"rubriques=synthese,activite,tendances,ecarts,mesures,opportunites" in brut


def test_check_of_a_complete_report(con, tmp_path):
    fichiers = _rapport(con).ecrire("bilan", tmp_path)
    assert controler_rapport(fichiers) == [*RUBRIQUES, *QUALITES]


def test_check_flags_placeholders_and_raw_tables(con, tmp_path):
    brut = pd.DataFrame({"commande": range(40)})
    fichiers = _rapport(con, texte="À compléter", tableau=brut).ecrire("bilan", tmp_path)
    trouve = controler_rapport(fichiers)
    assert "synthese" not in trouve and set(DEFAUTS) <= set(trouve)


def test_check_refuses_a_pdf_that_does_not_match(con, tmp_path):
    fichiers = _rapport(con).ecrire("bilan", tmp_path)
    fichiers["pdf"].write_bytes(b"pas un PDF")
    assert "pdf" not in controler_rapport(fichiers)
    fichiers["pdf"].unlink()
    with pytest.raises(bilan.ErreurBilan, match="introuvable"):
        controler_rapport(fichiers)


def test_chart_without_alternative_or_empty_report_is_refused(con, tmp_path):
    rap = Rapport("Bilan", COMMERCIAL, "Direction", bilan.periode("2025-T3"))
    with pytest.raises(bilan.ErreurBilan, match="vide"):
        rap.ecrire("vide", tmp_path)
    comp = bilan.comparer({"ca": 1.0}, {"ca": 2.0})
    with pytest.raises(bilan.ErreurBilan, match="texte alternatif"):
        rap.section("Écarts", TEXTE, figure=figure_ecarts(comp, "Taux"))


# -- French hints under SQL and pandas errors ------------------------------------------------


def _erreur_sql(con, requete):
    try:
        pd.read_sql(requete, con)
    except Exception as exc:  # noqa: BLE001 - pandas wraps the sqlite3 error
        return exc
    raise AssertionError("la requête devait échouer")


@pytest.mark.parametrize(
    "requete,mot",
    [
        ("SELECT montant FROM commandes", "la colonne « montant » n'existe pas"),
        ("SELECT * FROM commande", "la table « commande » n'existe pas"),
        ("SELECT * FORM commandes", "erreur de syntaxe près de « FORM »"),
        ("SELECT * FROM commandes WHERE", "incomplète"),
        ("SELECT * FROM commandes WHERE date > '2025", "pas fermé"),
        ("SELECT date FROM commandes JOIN leads ON 1", "préfixez"),
        ("SELECT * FROM commandes WHERE SUM(montant_ht) > 0", "HAVING"),
    ],
)
def test_sql_errors_get_a_french_hint(con, requete, mot):
    assert mot in _plat(bilan.indice(_erreur_sql(con, requete)))


def test_pandas_and_python_errors_get_a_french_hint():
    df = pd.DataFrame({"date": ["2025-07-01"]})
    with pytest.raises(KeyError) as info:
        df["Date"]
    assert "columns" in bilan.indice(info.value)
    with pytest.raises(TypeError) as info:
        df["date"] < pd.Timestamp("2025-07-01")  # noqa: B015
    assert "AAAA-MM-JJ" in bilan.indice(info.value)
    assert "exécutez les cellules" in bilan.indice(NameError("name 'ca' is not defined"))
    assert bilan.indice(sqlite3.OperationalError("database is locked")).startswith("SQL")


def test_hint_is_shown_under_the_traceback_in_ipython(con, capsys):
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance()
    try:
        assert bilan.aide_en_francais()
        shell.user_ns.update(pd=pd, con=con)
        resultat = shell.run_cell('pd.read_sql("SELECT montant_htt FROM commandes", con)')
        assert resultat.error_in_exec is not None  # the cell still fails: nothing is hidden
        sortie = _plat(capsys.readouterr().out)
        assert "no such column: montant_htt" in sortie and "Indice : SQL" in sortie
        assert "réponses déjà enregistrées sont conservées" in sortie
        shell.run_cell("assert False, 'cellule notée'")
        assert "Indice" not in capsys.readouterr().out  # grade cells are left alone
    finally:
        shell.set_custom_exc((), None)
        InteractiveShell.clear_instance()


def _plat(texte: str) -> str:
    """The text with its non-breaking spaces (French typography) read as plain spaces."""
    return texte.replace("\u00a0", " ").replace("\u202f", " ")
