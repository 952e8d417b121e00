"""Every graded item can be answered without code (issue #15 §1, DESIGN « Who uses it »).

A learner is a salesperson with a spreadsheet at the exam, never Python. So: every graded item has
its widget, and an item computed from data (one with a VARIABLE, the former code route, or one
declaring DONNEES) names the sheets it needs, and no statement sends to a notebook variable; those sheets hold the learner's whole table, the
notebook shows them (`seance.montrer_donnees()`) before the item, and the .xlsx it offers gives
back the item's answer when recomputed with plain arithmetic. An item with DONNEES = () takes all
its figures from its statement or the notebook's tables: its statement may then name no code
variable. The checker is a plain function, run on fakes too, so that it is seen failing.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pytest
from openpyxl import load_workbook

from autograder.moteur import banque, tableur
from autograder.moteur.formats import Nombre
from autograder.moteur.seance import Seance

from .conftest import ASSIGNMENTS, ROOT

# Graded items without a field, and why they still need no code.
SANS_CHAMP: dict[tuple[str, str], str] = {}
CODE_DANS_ENONCE = re.compile(r"`[A-Za-z_][\w.]*(\[|\(|`)")


def cellules_code(notebook: dict) -> list[str]:
    return ["".join(c["source"]) for c in notebook["cells"] if c["cell_type"] == "code"]


def problemes(devoir: str, notebook: dict, declarations: dict, feuilles: dict) -> list[str]:
    """What keeps a learner without code from answering (empty when nothing does).

    `declarations`: exercise name -> module; `feuilles`: sheet key -> Feuille of the workbook the
    notebook offers; `notebook`: the source notebook as JSON."""
    sortie = []
    codes = cellules_code(notebook)
    montre = next((i for i, s in enumerate(codes) if "seance.montrer_donnees()" in s), None)
    for nom, mod in declarations.items():
        if getattr(mod, "WIDGET", True) is False:
            if (devoir, nom) not in SANS_CHAMP:
                sortie.append(f"{nom}: no widget (WIDGET = False)")
            continue
        enonce = getattr(mod, "_enonce_exemple", "")
        if CODE_DANS_ENONCE.search(enonce):
            sortie.append(f"{nom}: the statement sends to a code variable")
        calcule = getattr(mod, "VARIABLE", None) or hasattr(mod, "DONNEES")
        if not calcule:
            continue
        if not hasattr(mod, "DONNEES"):
            sortie.append(f"{nom}: computed from data but declares no DONNEES")
            continue
        affiche = next((i for i, s in enumerate(codes) if f'seance.afficher("{nom}")' in s), None)
        if affiche is None:
            sortie.append(f"{nom}: never shown in the notebook")
        for cle in mod.DONNEES:
            if cle not in feuilles:
                sortie.append(f"{nom}: sheet « {cle} » is not in the workbook")
        if mod.DONNEES and (montre is None or affiche is None or montre > affiche):
            sortie.append(f"{nom}: the notebook does not show the data before the item")
        if getattr(mod, "VARIABLE", None) and f"`{mod.VARIABLE}`" in enonce:
            sortie.append(f"{nom}: the statement asks for the variable, not the field")
    return sortie


# -- the real assignments ----------------------------------------------------------------------
@pytest.fixture(scope="module")
def seances(tmp_path_factory):
    """One session per assignment, each in its own folder (CRM bases are written into .crm/)."""
    cache = {}

    def ouvrir(devoir: str) -> Seance:
        if devoir not in cache:
            dossier = tmp_path_factory.mktemp(devoir)
            avant = Path.cwd()
            os.chdir(dossier)
            try:
                s = Seance(devoir, dossier)
                s.reponses.fixer_identifiant("alice.martin")
                s.feuilles()  # builds the data while in the folder
                cache[devoir] = s
            finally:
                os.chdir(avant)
        return cache[devoir]

    return ouvrir


def declarations(seance: Seance) -> dict:
    sortie = {}
    for nom in banque.lister(seance.devoir):
        ex = seance.exercice(nom)
        mod = SimpleNamespace(**{k: getattr(ex.module, k) for k in dir(ex.module)})
        quiz = ex.format.nature == "quiz"  # a quiz's questions come from the question bank
        mod._enonce_exemple = "" if quiz or not ex.widget else ex.enonce()
        sortie[nom] = mod
    return sortie


def source(devoir: str) -> dict:
    return json.loads((ROOT / "solutions" / devoir / f"{devoir}.ipynb").read_text("utf-8"))


@pytest.mark.parametrize("devoir", ASSIGNMENTS)
def test_every_item_is_answerable_without_code(devoir, seances):
    s = seances(devoir)
    feuilles = {f.cle: f for f in s.feuilles()}
    assert problemes(devoir, source(devoir), declarations(s), feuilles) == []
    for f in feuilles.values():  # whole tables, never an extract
        if isinstance(s.donnees.get(f.cle), type(f.table)):
            assert f.lignes == len(s.donnees[f.cle]), f.cle


def test_every_former_code_item_declares_its_data():
    variables = [
        (d, n)
        for d in ASSIGNMENTS
        for n in banque.lister(d)
        if getattr(banque.charger_exercice(d, n), "VARIABLE", None)
    ]
    assert len(variables) >= 28
    for d, n in variables:
        mod = banque.charger_exercice(d, n)
        assert hasattr(mod, "DONNEES") or (d, n) in SANS_CHAMP, (d, n)


# -- the checker fails where it should ---------------------------------------------------------
def _faux_carnet(*sources: str) -> dict:
    return {"cells": [{"cell_type": "code", "source": [s]} for s in sources]}


def _fausse_declaration(**attributs):
    base = {"FORMAT": Nombre(unite="€"), "VARIABLE": "ca", "_enonce_exemple": "Tapez le CA."}
    return SimpleNamespace(**{**base, **attributs})


def test_the_check_fails_without_the_data():
    ok = _faux_carnet("seance.montrer_donnees()", 'seance.afficher("ca")')
    feuille = {"ventes": object()}
    assert problemes("faux", ok, {"ca": _fausse_declaration(DONNEES=("ventes",))}, feuille) == []
    # the notebook never shows the data, or shows it after the item
    for carnet in (
        _faux_carnet('seance.afficher("ca")'),
        _faux_carnet('seance.afficher("ca")', "seance.montrer_donnees()"),
    ):
        trouve = problemes(
            "faux", carnet, {"ca": _fausse_declaration(DONNEES=("ventes",))}, feuille
        )
        assert trouve == ["ca: the notebook does not show the data before the item"]
    # a former code-only item that says nothing of its data, or names a sheet the workbook lacks
    assert problemes("faux", ok, {"ca": _fausse_declaration()}, feuille) == [
        "ca: computed from data but declares no DONNEES"
    ]
    assert problemes("faux", ok, {"ca": _fausse_declaration(DONNEES=("clients",))}, feuille) == [
        "ca: sheet « clients » is not in the workbook"
    ]
    # no widget, a statement sending to code
    assert problemes("faux", ok, {"ca": _fausse_declaration(WIDGET=False)}, feuille) == [
        "ca: no widget (WIDGET = False)"
    ]
    code = _fausse_declaration(DONNEES=(), _enonce_exemple='Avec `chiffres["ca"]`, rangez `ca`.')
    assert problemes("faux", ok, {"ca": code}, feuille) == [
        "ca: the statement sends to a code variable",
        "ca: the statement asks for the variable, not the field",
    ]
    # an item without any code route whose statement still sends to a notebook variable
    choix = SimpleNamespace(FORMAT=object(), _enonce_exemple="Dans le tableau `sources`, …")
    assert problemes("faux", ok, {"choix": choix}, feuille) == [
        "choix: the statement sends to a code variable"
    ]


# -- the workbook ------------------------------------------------------------------------------
AVEC_CLASSEUR = [d for d in ASSIGNMENTS if hasattr(banque.charger_contexte(d), "classeur")]


@pytest.fixture(scope="module")
def classeurs(seances):
    cache = {}

    def ecrire(devoir):
        if devoir not in cache:
            s = seances(devoir)
            cache[devoir] = (s, s.ecrire_classeur(reecrire=True))
        return cache[devoir]

    return ecrire


def test_assignments_with_data_offer_a_workbook():
    assert set(AVEC_CLASSEUR) >= {
        "cp1_veille",
        "cp2_plan_actions",
        "cp3_prospection",
        "cp4_performances",
        "cp5_image",
        "cp8_bilan",
        "cp9_relation_client",
    }


@pytest.mark.parametrize("devoir", AVEC_CLASSEUR)
def test_workbook_french_formatted_and_equal_to_the_data(devoir, classeurs):
    s, chemin = classeurs(devoir)
    assert chemin == s.chemin_classeur
    assert chemin.parent.name == "donnees" and chemin.name == f"{devoir}_alice.martin.xlsx"
    classeur = load_workbook(chemin)
    feuilles = s.feuilles()
    assert classeur.sheetnames == [f.nom for f in feuilles]
    for f in feuilles:
        ws = classeur[f.nom]
        entetes = [c.value for c in ws[1]]
        assert entetes == [c.titre for c in f.colonnes]
        assert all("_" not in t for t in entetes), entetes  # words, not column codes
        assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:")
        assert all(ws.column_dimensions[chr(65 + i)].width for i in range(min(len(entetes), 26)))
        if f.lignes:
            for i, c in enumerate(f.colonnes, start=1):
                assert ws.cell(2, i).number_format == tableur.FORMATS[c.format][0], c.titre
        lignes = [list(r) for r in ws.iter_rows(min_row=2, values_only=True)]
        lignes = [[v.date() if isinstance(v, dt.datetime) else v for v in r] for r in lignes]
        attendu = f.valeurs()
        assert len(lignes) == len(attendu), f.nom
        for lue, vraie in zip(lignes, attendu, strict=True):  # a float keeps 15 digits in .xlsx
            assert lue == [
                pytest.approx(v, rel=1e-14) if isinstance(v, float) else v for v in vraie
            ]


def test_euros_percent_and_dates_use_french_spreadsheet_formats(classeurs):
    s, chemin = classeurs("cp4_performances")
    ws = load_workbook(chemin)["Ventes 2025"]
    formats = {c.value: ws.cell(2, c.column).number_format for c in ws[1]}
    assert formats["CA HT"] == '#,##0 "€"' and formats["Mois"] == "MM/YYYY"
    assert ws.max_row == 1 + len(s.donnees["ventes"])  # every row, not five
    s9, chemin9 = classeurs("cp9_relation_client")
    ws9 = load_workbook(chemin9, read_only=True)["Solutions en service"]
    entetes = [c.value for c in next(ws9.iter_rows(max_row=1))]
    ligne = next(ws9.iter_rows(min_row=2, max_row=2))
    assert ligne[entetes.index("Mise en service")].number_format == "DD/MM/YYYY"


def _feuille(chemin, nom) -> list[dict]:
    entetes, lignes = tableur.lire_feuille(chemin, nom)
    return [dict(zip(entetes, r, strict=True)) for r in lignes]


def _recalcul_cp1(chemin, ex):
    validite = {
        r["Type de veille"]: r["Validité (jours)"] for r in _feuille(chemin, "Validité par type")
    }
    ref = dt.date.fromisoformat(ex.params["date_reference"])
    return sum(
        (ref - r["Date"]).days > validite[r["Type de veille"]] for r in _feuille(chemin, "Veille")
    )


def _recalcul_cp2(chemin, ex):  # nearest neighbour, by hand, on the distance sheet
    lignes = _feuille(chemin, "Distances (km)")
    d = {r["Départ"]: {k: v for k, v in r.items() if k != "Départ"} for r in lignes}
    siege, reste, ici, total = lignes[0]["Départ"], [r["Départ"] for r in lignes[1:]], None, 0.0
    ici = siege
    while reste:
        suivant = min(reste, key=lambda n: d[ici][n])
        total, ici = total + d[ici][suivant], suivant
        reste.remove(suivant)
    return total + d[ici][siege]


def _recalcul_cp3(chemin, ex):
    par_secteur, total = Counter(), 0.0
    for r in _feuille(chemin, "Commandes"):
        total += r["Montant HT"]
        if r["Secteur de l'entreprise"]:
            par_secteur[r["Secteur de l'entreprise"]] += r["Montant HT"]
    return sum(v for _, v in par_secteur.most_common(3)) / total


def _recalcul_cp4(chemin, ex):
    p = ex.params
    lignes = [
        r
        for r in _feuille(chemin, "Ventes 2025")
        if r["Commercial"] == p["commercial"] and r["Trimestre"] == p["trimestre"]
    ]
    t = {
        k: sum(r[k] for r in lignes) for k in lignes[0] if k not in ("Mois", "Commercial", "Région")
    }
    panier_objectif = t["Objectif CA HT"] / t["Objectif ventes"]
    return (
        t["Leads"]
        * (t["Ventes"] / t["Leads"] - t["Objectif ventes"] / t["Objectif leads"])
        * (panier_objectif)
    )


def _recalcul_cp5(chemin, ex):
    debut = dt.date.fromisoformat(ex.params["debut"] + "-01")
    fin = dt.date.fromisoformat(ex.params["fin"] + "-01")
    dans = [r for r in _feuille(chemin, "Avis clients") if debut <= r["Date"].replace(day=1) <= fin]
    return sum(r["Classement du lexique"] == "négatif" for r in dans) / len(dans)


def _recalcul_cp8(chemin, ex):
    qui = ex.params["commercial"]
    portefeuille = {
        r["N° entreprise"] for r in _feuille(chemin, "Entreprises") if r["Commercial"] == qui
    }
    sol = _feuille(chemin, "Solutions en service")
    en_service = [r for r in sol if r["Statut"] == "en service"]
    contrats = {r["N° entreprise"] for r in en_service if r["Type"] == "contrat"}
    return len(
        {r["N° entreprise"] for r in en_service if r["Type"] == "pompe"} & portefeuille - contrats
    )


def _recalcul_cp9(chemin, ex):
    notes = [
        r["Recommandation (0 à 10)"]
        for r in _feuille(chemin, "Enquêtes de satisfaction")
        if r["Date"].year == 2025
    ]
    return 100 * (sum(n >= 9 for n in notes) - sum(n <= 6 for n in notes)) / len(notes)


RECALCULS = {
    "cp1_veille": ("informations_perimees", _recalcul_cp1),
    "cp2_plan_actions": ("km_tournee", _recalcul_cp2),
    "cp3_prospection": ("pareto_secteurs", _recalcul_cp3),
    "cp4_performances": ("effet_conversion", _recalcul_cp4),
    "cp5_image": ("part_avis_negatifs", _recalcul_cp5),
    "cp8_bilan": ("opportunites_contrat", _recalcul_cp8),
    "cp9_relation_client": ("nps_annuel", _recalcul_cp9),
}


@pytest.mark.parametrize("devoir", sorted(RECALCULS))
def test_the_workbook_alone_gives_the_answer(devoir, classeurs):
    s, chemin = classeurs(devoir)
    nom, recalcul = RECALCULS[devoir]
    ex = s.exercice(nom)
    valeur = recalcul(chemin, ex)
    verdict = ex.evaluer(ex.lire(valeur, depuis_code=True))
    assert verdict.juste, (nom, valeur, ex.solution(), verdict.message)


# -- what the notebook shows, and when things go wrong -----------------------------------------
def test_the_notebook_shows_the_whole_sales_table_in_a_keyboard_region(classeurs):
    from autograder.widgets.tableur import html_donnees

    s, chemin = classeurs("cp4_performances")
    html = html_donnees(s, chemin)
    assert "href='donnees/cp4_performances_alice.martin.xlsx' download" in html
    assert "role='region' tabindex='0' aria-label='Table «\u00a0Ventes 2025\u00a0»" in html
    assert html.count("<tr>") == 1 + len(s.donnees["ventes"])
    assert "\u202f€" in html or "\u00a0€" in html  # French amounts, not 48400


def test_a_long_table_is_an_extract_here_and_whole_in_the_workbook(classeurs):
    from autograder.widgets.tableur import html_donnees

    s, chemin = classeurs("cp9_relation_client")
    html = html_donnees(s, chemin, lignes_max=20)
    assert "Les 20 premières lignes sont affichées ici" in html


@pytest.mark.donnees_fraiches  # the data is built from the corrupt CRM on disk
def test_unreadable_data_or_workbook_gives_a_french_message(tmp_path, monkeypatch):
    from autograder.crm import chemin_crm
    from autograder.widgets import seance as module_seance
    from autograder.widgets import tableur as widget

    monkeypatch.chdir(tmp_path)
    s = module_seance.SeanceNotebook("cp9_relation_client", tmp_path)
    crm = chemin_crm(s.graine, ".crm")
    crm.parent.mkdir(parents=True)
    crm.write_bytes(b"ceci n'est pas une base SQLite" * 100)
    montre = []
    monkeypatch.setattr("IPython.display.display", lambda obj, **k: montre.append(obj.data))
    assert s.montrer_donnees() is None
    assert len(montre) == 1 and "role='alert'" in montre[0]
    assert "Vos données n'ont pas pu être préparées" in montre[0]
    assert "Traceback" not in montre[0]

    classeur = tmp_path / "casse.xlsx"
    classeur.write_bytes(b"PK pas un classeur")
    with pytest.raises(tableur.ClasseurIllisible, match="est illisible"):
        tableur.lire_feuille(classeur, "Ventes 2025")
    assert not tableur.classeur_lisible(classeur)
    assert widget.LIGNES_MAX > 72  # CP4's whole table fits in the notebook


def test_a_broken_workbook_beside_the_notebook_is_written_again(tmp_path):
    s = Seance("cp4_performances", tmp_path)
    s.chemin_classeur.parent.mkdir(parents=True)
    s.chemin_classeur.write_bytes(b"")
    chemin = s.ecrire_classeur()
    assert tableur.classeur_lisible(chemin)
    assert load_workbook(chemin).sheetnames == ["Ventes 2025"]
