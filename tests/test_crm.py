"""Hydralis CRM database: determinism, speed, integrity, funnel, defects, relationship data."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time

import pandas as pd
import pytest

from autograder.calculs import nps
from autograder.crm import (
    TABLES,
    cle_raison_sociale,
    defauts,
    generer_crm,
    indicateurs,
    ouvrir_crm,
)

from .conftest import ROOT

PARAMS = json.loads((ROOT / "data" / "crm" / "parametres.json").read_text(encoding="utf-8"))
DEBUT, FIN = PARAMS["periode"]["debut"], PARAMS["periode"]["fin"]
EMAIL = r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$"
TELEPHONE = r"^(?:0[1-9]\d{8}|\+33[1-9]\d{8})$"


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    dossier = tmp_path_factory.mktemp("crm")
    debut = time.perf_counter()
    chemin = generer_crm(dossier / "a.sqlite", graine=2025)
    duree = time.perf_counter() - debut
    print(f"\ngenerer_crm(graine=2025) : {duree:.2f} s")
    return {"chemin": chemin, "duree": duree, "dossier": dossier}


@pytest.fixture(scope="module")
def con(base):
    connexion = sqlite3.connect(base["chemin"])
    yield connexion
    connexion.close()


@pytest.fixture(scope="module")
def t(con):
    """Every table as a DataFrame."""
    return {nom: pd.read_sql_query(f"SELECT * FROM {nom}", con) for nom in TABLES}


# --- determinism and speed ----------------------------------------------------------------


def test_same_seed_gives_byte_identical_file(base):
    autre = generer_crm(base["dossier"] / "b.sqlite", graine=2025)
    assert base["chemin"].read_bytes() == autre.read_bytes()


def test_same_seed_identical_across_processes(base):
    """No dependence on set/dict hashing: another interpreter writes the same bytes."""
    chemin = base["dossier"] / "autre_processus.sqlite"
    code = f"from autograder.crm import generer_crm; generer_crm({str(chemin)!r}, graine=2025)"
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, env=env)
    assert chemin.read_bytes() == base["chemin"].read_bytes()


def test_different_seeds_differ(base, t):
    autre = generer_crm(base["dossier"] / "c.sqlite", graine=7)
    assert base["chemin"].read_bytes() != autre.read_bytes()
    with sqlite3.connect(autre) as c:
        noms = {r[0] for r in c.execute("SELECT raison_sociale FROM entreprises")}
    assert noms != set(t["entreprises"]["raison_sociale"])


def test_generation_is_fast(base):
    print(f"temps de génération : {base['duree']:.2f} s (objectif < 5 s)")
    assert base["duree"] < 15  # loose guard; the real figure goes in the benchmark


def test_ouvrir_crm_generates_once_then_reuses(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    con = ouvrir_crm(graine=3)
    (fichier,) = (tmp_path / ".crm").iterdir()
    avant = fichier.stat().st_mtime_ns
    assert con.execute("PRAGMA foreign_keys").fetchone() == (1,)
    con.close()
    ouvrir_crm(graine=3).close()
    assert fichier.stat().st_mtime_ns == avant
    ailleurs = tmp_path / "ailleurs"
    ouvrir_crm(graine=3, dossier=ailleurs).close()
    assert [f.read_bytes() for f in ailleurs.iterdir()] == [fichier.read_bytes()]


def test_import_stays_light():
    code = "import sys, autograder.crm; print('pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip() == "False", out.stderr


# --- structure --------------------------------------------------------------------------


def test_sizes(t):
    assert len(t["entreprises"]) >= 500
    for nom in TABLES:
        assert len(t[nom]) > 0, nom


def test_foreign_keys(con):
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_commerciaux_and_regions_are_hydralis(t):
    fiche = json.loads((ROOT / "data" / "kpi" / "entreprise.json").read_text(encoding="utf-8"))
    noms = {f"{c['prenom']} {c['nom']}" for c in fiche["commerciaux"]}
    assert set(t["commerciaux"]["nom_complet"]) == noms
    assert set(t["entreprises"]["region"]) == set(fiche["regions"])
    rep = t["entreprises"].merge(t["commerciaux"], left_on="commercial", right_on="nom_complet")
    assert (rep["region_x"] == rep["region_y"]).all()


def test_activity_dates_within_the_24_months(t):
    colonnes = {
        "interactions": ["date"],
        "leads": ["date"],
        "opportunites": ["date_creation", "date_cloture"],
        "devis": ["date"],
        "commandes": ["date"],
        "enquetes_satisfaction": ["date"],
        "resiliations": ["date"],
    }
    for table, cols in colonnes.items():
        for col in cols:
            dates = t[table][col].dropna()
            assert dates.between(DEBUT, FIN).all(), (table, col, dates.min(), dates.max())
            pd.to_datetime(dates, format="%Y-%m-%d")  # all ISO dates


# --- sales funnel -------------------------------------------------------------------------


def test_funnel_coherence(t):
    opp, cmd, devis, leads = t["opportunites"], t["commandes"], t["devis"], t["leads"]
    gagnees = opp[opp["statut"] == "gagnée"]
    assert len(gagnees) > 0
    assert set(gagnees["id"]) == set(cmd["opportunite_id"])  # won ⇔ one order
    assert (gagnees["etape"] == PARAMS["etapes_entonnoir"][-1]).all()
    assert set(opp["etape"]) <= set(PARAMS["etapes_entonnoir"])
    perdues = opp[opp["statut"] == "perdue"]
    assert perdues["motif_perte"].notna().all() and perdues["date_cloture"].notna().all()
    assert opp.loc[opp["statut"] != "perdue", "motif_perte"].isna().all()
    assert (opp["montant"] > 0).all() and (devis["montant_ht"] > 0).all()
    assert (cmd["montant_ht"] > 0).all() and (cmd["montant_ttc"] > cmd["montant_ht"]).all()
    m = cmd.merge(devis, left_on="devis_id", right_on="id", suffixes=("", "_devis"))
    assert (m["statut"] == "accepté").all()
    assert (m["montant_ht"] == m["montant_ht_devis"]).all()
    assert (m["opportunite_id"] == m["opportunite_id_devis"]).all()
    assert (m["date"] >= m["date_devis"]).all()
    m = opp.merge(leads, left_on="lead_id", right_on="id", suffixes=("", "_lead"))
    assert (m["date_creation"] >= m["date"]).all()
    assert (m["entreprise_id"] == m["entreprise_id_lead"]).all()
    assert (leads.loc[leads["id"].isin(opp["lead_id"]), "statut"] == "converti").all()
    assert (devis["montant_ht"] <= devis["montant_brut_ht"]).all()


def test_conversion_rates_are_plausible(con):
    ind = indicateurs(con, 2025)
    assert 0.05 < ind["taux_de_conversion"] < 0.25
    assert 2000 < ind["panier_moyen"] < 20000
    assert 0 < ind["taux_attrition"] < 0.3
    notes = pd.read_sql_query("SELECT nps FROM enquetes_satisfaction WHERE date LIKE '2025%'", con)[
        "nps"
    ]
    assert ind["nps"] == nps(notes.tolist())


# --- client relationship ------------------------------------------------------------------


def test_nps_and_csat_ranges(t):
    e = t["enquetes_satisfaction"]
    assert e["nps"].between(0, 10).all() and e["csat"].between(1, 5).all()
    assert e["verbatim"].notna().any() and e["verbatim"].isna().any()


def test_surveys_only_about_solutions_in_service(t):
    m = t["enquetes_satisfaction"].merge(
        t["solutions_en_service"], left_on="solution_id", right_on="id", suffixes=("", "_sol")
    )
    assert (m["entreprise_id"] == m["entreprise_id_sol"]).all()
    assert (m["date"] >= m["date_mise_en_service"]).all()
    assert (m["date_fin"].isna() | (m["date"] < m["date_fin"])).all()
    contacts = t["contacts"].set_index("id")
    assert (
        contacts.loc[t["enquetes_satisfaction"]["contact_id"], "entreprise_id"].values
        == t["enquetes_satisfaction"]["entreprise_id"].values
    ).all()


def test_churn_consistent_with_solutions(t):
    sol, res = t["solutions_en_service"], t["resiliations"]
    resiliees = sol[sol["statut"] == "résiliée"]
    assert set(resiliees["id"]) == set(res["solution_id"])
    m = res.merge(sol, left_on="solution_id", right_on="id", suffixes=("", "_sol"))
    assert (m["entreprise_id"] == m["entreprise_id_sol"]).all()
    assert (m["date"] == m["date_fin"]).all() and (m["date"] > m["date_mise_en_service"]).all()
    assert sol.loc[sol["statut"] == "en service", "date_fin"].isna().all()
    assert (sol["date_mise_en_service"] <= FIN).all()


def test_company_status_follows_solutions(t):
    ent, sol, cmd = t["entreprises"], t["solutions_en_service"], t["commandes"]
    actives = set(sol.loc[sol["statut"] == "en service", "entreprise_id"])
    statut = ent.set_index("id")["statut"]
    assert (statut[list(actives)] == "client").all()
    anciens = statut[statut == "ancien_client"].index
    assert set(anciens) <= set(t["resiliations"]["entreprise_id"]) - actives
    prospects = set(statut[statut == "prospect"].index)
    assert not prospects & (set(sol["entreprise_id"]) | set(cmd["entreprise_id"]))


def test_churned_clients_were_less_satisfied(t):
    e = t["enquetes_satisfaction"].merge(t["entreprises"], left_on="entreprise_id", right_on="id")
    moyenne = e.groupby("statut")["nps"].mean()
    assert moyenne["ancien_client"] < moyenne["client"] - 1


# --- deliberate defects: each class present, at its documented rate, found by a query -------


def _proche(n: int, total: int, taux: float) -> bool:
    return 0.4 * taux * total <= n <= 1.8 * taux * total


def test_duplicate_companies(t, con):
    ent = t["entreprises"]
    doublons = ent[ent.duplicated("siren", keep="first")]
    assert len(doublons) == defauts(con)["doublons_entreprises"] > 0
    assert len(doublons) == round(
        PARAMS["taux_defauts"]["doublons_entreprises"] * (len(ent) - len(doublons))
    )
    for _, groupe in ent[ent["siren"].isin(doublons["siren"])].groupby("siren"):
        assert groupe["raison_sociale"].nunique() == len(groupe)  # spelt differently
        assert groupe["raison_sociale"].map(cle_raison_sociale).nunique() == 1  # same company
        assert groupe["ville"].nunique() == 1
    sql = "SELECT siren FROM entreprises GROUP BY siren HAVING COUNT(*) > 1"
    assert len(con.execute(sql).fetchall()) == len(doublons)


def test_missing_fields(t, con):
    d, ent, c = defauts(con), t["entreprises"], t["contacts"]
    taux = PARAMS["taux_defauts"]
    assert ent["secteur"].isna().sum() == d["secteurs_manquants"] > 0
    assert (ent["secteur"].isna() == ent["code_naf"].isna()).all()
    assert c["email"].isna().sum() == d["emails_manquants"]
    assert c["telephone"].isna().sum() == d["telephones_manquants"]
    assert _proche(d["emails_manquants"], len(c), taux["email_manquant"])
    assert _proche(d["telephones_manquants"], len(c), taux["telephone_manquant"])


def test_malformed_emails_and_phones(t, con):
    d, c = defauts(con), t["contacts"]
    taux = PARAMS["taux_defauts"]
    emails = c["email"].dropna()
    invalides = emails[~emails.str.match(EMAIL)]
    assert len(invalides) == d["emails_invalides"]
    assert _proche(len(invalides), len(c), taux["email_invalide"])
    tels = c["telephone"].dropna().str.replace(r"[ .\-]", "", regex=True)
    faux = tels[~tels.str.fullmatch(TELEPHONE)]
    assert len(faux) == d["telephones_invalides"]
    assert _proche(len(faux), len(c), taux["telephone_invalide"])
    assert c["telephone"].dropna().str.contains(r"\.").any()  # valid numbers in several formats
    assert c["telephone"].dropna().str.startswith("+33").any()


def test_opt_out_and_bloctel(t, con):
    d, c, i = defauts(con), t["contacts"], t["interactions"]
    opposes = c[c["opposition_prospection"] == 1]
    assert len(opposes) == d["contacts_opposes"] > 0
    assert _proche(len(opposes), len(c), PARAMS["taux_defauts"]["opposition_prospection"])
    assert opposes["date_opposition"].notna().all()
    assert (opposes["consentement_email"] == 0).all()
    apres = i.merge(opposes, left_on="contact_id", right_on="id", suffixes=("", "_c"))
    apres = apres[apres["date"] > apres["date_opposition"]]
    assert len(apres) == d["contacts_apres_opposition"] > 0
    bloctel = c[c["inscrit_bloctel"] == 1]
    assert len(bloctel) == d["numeros_bloctel"] > 0
    assert (bloctel["type_telephone"] == "mobile personnel").all()


def test_stale_records(t, con):
    d, c = defauts(con), t["contacts"]
    reference = pd.Timestamp(PARAMS["date_reference"])
    obsoletes = c[pd.to_datetime(c["date_maj"]) < reference - pd.DateOffset(years=2)]
    assert len(obsoletes) == d["fiches_obsoletes"]
    assert _proche(len(obsoletes), len(c), PARAMS["taux_defauts"]["fiche_obsolete"])


def test_defauts_counts_every_class(con):
    d = defauts(con)
    print("\ndéfauts :", d)
    assert set(d) == {
        "doublons_entreprises",
        "secteurs_manquants",
        "emails_manquants",
        "telephones_manquants",
        "emails_invalides",
        "telephones_invalides",
        "contacts_opposes",
        "contacts_apres_opposition",
        "numeros_bloctel",
        "fiches_obsoletes",
    }
    assert all(v > 0 for v in d.values())


# --- other seeds, code hygiene ------------------------------------------------------------


@pytest.mark.parametrize("graine", [1, 42])
def test_other_seeds_keep_the_invariants(tmp_path, graine):
    with sqlite3.connect(generer_crm(tmp_path / "crm.sqlite", graine=graine)) as c:
        assert c.execute("PRAGMA foreign_key_check").fetchall() == []
        assert all(v > 0 for v in defauts(c).values())
        sans_commande = c.execute(
            "SELECT COUNT(*) FROM opportunites o LEFT JOIN commandes k ON k.opportunite_id = o.id "
            "WHERE o.statut = 'gagnée' AND k.id IS NULL"
        ).fetchone()[0]
        assert sans_commande == 0
        hors_service = c.execute(
            "SELECT COUNT(*) FROM enquetes_satisfaction e "
            "JOIN solutions_en_service s ON s.id = e.solution_id "
            "WHERE e.date < s.date_mise_en_service OR e.date >= COALESCE(s.date_fin, '9999')"
        ).fetchone()[0]
        assert hors_service == 0


def test_doctests_and_module_sizes():
    import doctest

    import autograder.crm.qualite as module

    assert doctest.testmod(module).failed == 0
    for fichier in (ROOT / "autograder" / "crm").glob("*.py"):
        assert len(fichier.read_text(encoding="utf-8").splitlines()) < 400, fichier.name
