"""The jury kit of the oral (role briefs, observation grids, question bank, HTML and PDF, `ntc
jury`) and the nbgrader assignment examen_oral whose manual cells follow the grids."""

from __future__ import annotations

import copy
import json
import re

import pytest

from autograder.__main__ import main as ntc
from autograder.metier.examen import contextes
from autograder.metier.examen import jury_donnees as donnees
from autograder.metier.examen.jury import identifiants, kit, kit_appel
from autograder.metier.examen.jury_roles import chiffres_acheteur, membre, roles_contexte
from autograder.metier.examen.proposition_exemple import offre_reference
from autograder.metier.telephone import cas as telephone
from autograder.metier.telephone import jury as appel
from autograder.moteur import banque, referentiel
from autograder.moteur.nombres import euros

from .conftest import ROOT, load

CONTEXTES = contextes.contextes()
CAS = telephone.lister_cas()


# -- role briefs -------------------------------------------------------------------------------
@pytest.mark.parametrize("ident", sorted(CONTEXTES))
def test_every_context_gives_three_briefs_with_limits_from_its_figures(ident):
    c = CONTEXTES[ident]
    roles = roles_contexte(c)
    assert [r.cle for r in roles] == ["standard", "decideur", "acheteur"]
    orales = donnees.parties_orales()
    assert [r.duree_minutes for r in roles] == [
        orales["Prospection téléphonique"].duree_minutes,
        orales["Prospection téléphonique"].duree_minutes,
        orales["Négociation en face à face"].duree_minutes,
    ]
    standard, decideur, acheteur = roles
    dec = membre(c, "décideur")
    assert any(dec["nom"] in s for s in standard.sait)
    assert dec["nom"] in decideur.personnage
    assert membre(c, "acheteur")["nom"] in acheteur.personnage
    for r in roles:
        assert r.sait and r.objections and r.limites and r.ceder

    f = acheteur.valeurs
    assert f == chiffres_acheteur(c)
    assert f["plafond_ht"] == c["prospect"]["budget_ht"]  # the walk-away is the budget
    assert euros(c["prospect"]["budget_ht"], 0) in acheteur.limites[0]
    lignes = offre_reference(c)
    total = sum(p["prix_ht"] * q for p, q in lignes)
    cout = sum(p["cout_ht"] * q for p, q in lignes)
    assert f["total_reference_ht"] == pytest.approx(total)
    assert f["remise_max_sans_perte"] == pytest.approx(1 - cout / total)
    # the opening demand covers the largest gap to a cheaper competitor, and leaves room to yield
    for e in f["ecarts"]:
        assert e["son_prix"] < e["prix_accord"] < e["notre_prix"]
        assert e["ecart"] <= f["remise_entree"]
    assert 0 < f["remise_entree"] < f["remise_max_sans_perte"]
    # the buyer asks an unlawful payment term, the context's own terms are lawful
    assert f["paiement_demande"] > f["paiement_plafond"] >= c["conditions"]["paiement"]["jours"]
    assert any(str(f["paiement_demande"]) in question for question, _ in acheteur.objections)


@pytest.mark.parametrize("ident", CAS)
def test_every_phone_case_gives_the_switchboard_and_the_decision_maker(ident):
    cas = telephone.charger_cas(ident)
    standard, decideur = appel.roles(cas)
    assert standard["cle"] in ("standard", "assistante") and decideur["cle"] == "decideur"
    assert cas["decideur"]["nom"] in decideur["personnage"]
    assert decideur["valeurs"]["duree_min"] == cas["rdv"]["duree_min"]
    objections = {n["dit"] for n in cas["appel"]["noeuds"].values() if "objection" in n}
    dits = " ".join(texte for texte, _ in decideur["objections"])
    assert any(o in dits for o in objections)  # the case's objections are the ones to raise
    k = kit_appel(ident, cas["entreprise"], [standard, decideur])
    assert [s[0] for s in k.sections] == [
        "deroulement",
        f"{ident}-{standard['cle']}",
        f"{ident}-decideur",
        "grille-telephone",
    ]


def test_ids_of_contexts_subjects_and_phone_cases_do_not_collide():
    assert not set(identifiants()) & set(CAS)


# -- grids and question bank ---------------------------------------------------------------------
def test_grids_name_official_criteria_of_the_oral_and_its_parts():
    connus = referentiel.tous_les_criteres()
    observables = donnees.criteres_observables()
    orales = donnees.parties_orales()
    grilles = donnees.grilles()
    assert [g.id for g in grilles] == [
        "compte_rendu", "echange_travaux", "telephone", "negociation", "echange_negociation"
    ]  # fmt: skip
    # every timed part of the oral with the candidate before the jury has its grid
    assert {g.partie for g in grilles} == set(orales) - {"Préparation"}
    for g in grilles:
        assert g.duree_minutes == orales[g.partie].duree_minutes
        for c in g.criteres:
            assert c in connus and c in observables
            assert donnees.source_critere(c).startswith("RE §3.2" if c[:2] == "CP" else "REAC")
    assert "CT1.3" in donnees.grille("telephone").criteres  # timed orals: time kept
    assert set(donnees.grille("negociation").criteres) >= {f"CP7.{i}" for i in range(1, 8)}


def test_question_bank_covers_both_exchanges_and_fills_its_variables():
    q = donnees.questions()
    assert set(q) == {"echange_travaux", "echange_negociation"}
    for c in CONTEXTES.values():
        k = kit(c["id"])
        texte = json.dumps(k.sections, ensure_ascii=False)
        assert not [v for v in donnees.VARIABLES if "{" + v + "}" in texte]
    for questions in q.values():
        assert len(questions) >= 4
        for question in questions:
            assert len(question.bonne_reponse_contient) >= 2 and question.criteres


def _plat(texte: str) -> str:
    return texte.replace("\u00a0", " ").replace("\u202f", " ")


def _questions():
    return json.loads((ROOT / "data/examen/jury/questions.json").read_text(encoding="utf-8"))


def _grilles():
    return json.loads((ROOT / "data/examen/jury/grilles.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "abimer, attendu",
    [
        (lambda d: d["echanges"][0]["questions"][1].pop("question"),
         "jury/questions.json, echanges[0].questions[1].question : texte non vide attendu"),
        (lambda d: d["echanges"][1]["questions"][0].update(question="Et {client} ?"),
         "echanges[1].questions[0].question : variable « {client} » inconnue"),
        (lambda d: d["echanges"][0]["questions"][2].update(criteres=["CP1.1"]),
         "echanges[0].questions[2].criteres[0] : critère « CP1.1 » inconnu ou hors de la mise"),
        (lambda d: d["echanges"][0]["questions"][0].update(bonne_reponse_contient=[]),
         "echanges[0].questions[0].bonne_reponse_contient : liste non vide attendue"),
        (lambda d: d["echanges"][0].update(partie="Pause"),
         "echanges[0].partie : « Pause » n'est pas une partie de l'oral"),
    ],
)  # fmt: skip
def test_a_broken_question_bank_is_refused_in_french_naming_file_and_field(abimer, attendu):
    d = copy.deepcopy(_questions())
    abimer(d)
    with pytest.raises(donnees.ErreurJury) as exc:
        donnees.valider_questions(d)
    assert attendu in _plat(str(exc.value))


@pytest.mark.parametrize(
    "abimer, attendu",
    [
        (lambda d: d["parties"][2]["lignes"][0].update(points="un"),
         "jury/grilles.json, parties[2].lignes[0].points : nombre de 0 (exclu) à 5 attendu"),
        (lambda d: d["parties"][0]["lignes"][1].update(criteres=["CP9.9"]),
         "parties[0].lignes[1].criteres[0] : critère « CP9.9 » inconnu"),
        (lambda d: d["parties"][1].update(partie="Oral"),
         "parties[1].partie : « Oral » n'est pas une partie de l'oral du référentiel"),
        (lambda d: d["parties"][3].update(id=d["parties"][0]["id"]),
         "parties[3].id : identifiant unique attendu"),
    ],
)  # fmt: skip
def test_a_broken_grid_is_refused_in_french_naming_file_and_field(abimer, attendu):
    d = copy.deepcopy(_grilles())
    abimer(d)
    with pytest.raises(donnees.ErreurJury) as exc:
        donnees.valider_grilles(d)
    assert attendu in _plat(str(exc.value))


def test_the_data_files_as_shipped_are_valid():
    donnees.valider_grilles(_grilles())
    donnees.valider_questions(_questions())


# -- the printable kit ---------------------------------------------------------------------------
def test_kit_html_has_one_page_per_brief_and_grid(tmp_path):
    sujet = contextes.sujets()[0]
    html = kit(sujet["id"]).html()
    sections = re.findall(r"<section id='([^']+)'><h2>([^<]+)</h2>", html)
    roles = [cle for cle, _ in sections if cle.endswith(("-standard", "-decideur", "-acheteur"))]
    assert len(roles) == 6  # three briefs per context of the subject
    assert sum(cle.startswith("grille-") for cle, _ in sections) == 5
    assert sum("-questions-" in cle for cle, _ in sections) == 4
    assert html.count("<section") == len(sections) == 1 + 6 + 5 + 4
    assert "page-break-before: always" in html and "break-before: page" in html
    assert "<h1>Kit du jury — " in html and "<html lang='fr'>" in html
    assert "Fiche de rôle — L'acheteur" in html.replace("&#x27;", "'")
    libelle = referentiel.critere("CP7.7").libelle
    assert libelle.replace("'", "&#x27;") in html  # official wording, quoted


def test_kit_pdf_is_written_and_not_empty(tmp_path):
    chemin = kit("logistique").pdf(tmp_path / "kit.pdf")
    contenu = chemin.read_bytes()
    assert contenu.startswith(b"%PDF") and len(contenu) > 20_000
    assert len(re.findall(rb"/Type\s*/Page[^s]", contenu)) >= 11  # a page per section at least


def test_ntc_jury_writes_the_kit_and_refuses_an_unknown_id(tmp_path, capsys):
    assert ntc(["--cours", str(tmp_path), "jury", "hotel", "--pdf"]) == 0
    assert (tmp_path / "jury" / "jury_hotel.html").is_file()
    assert (tmp_path / "jury" / "jury_hotel.pdf").read_bytes().startswith(b"%PDF")
    assert ntc(["--cours", str(tmp_path), "jury", "inconnu"]) == 2
    erreur = _plat(capsys.readouterr().err)
    assert "« inconnu » est inconnu" in erreur and "logistique" in erreur and "hotel" in erreur
    assert "Traceback" not in erreur


# -- the nbgrader assignment ---------------------------------------------------------------------
def _cellules():
    return load(ROOT / "solutions" / "examen_oral" / "examen_oral.ipynb")["cells"]


def test_oral_assignment_has_one_manual_cell_per_grid_following_it():
    manuelles = {
        c["metadata"]["nbgrader"]["grade_id"]: c
        for c in _cellules()
        if c["metadata"].get("nbgrader", {}).get("grade") and c["cell_type"] == "markdown"
    }
    assert list(manuelles) == [f"oral-{g.id}" for g in donnees.grilles()]
    for g in donnees.grilles():
        c = manuelles[f"oral-{g.id}"]
        assert (
            c["metadata"]["nbgrader"]["solution"]
            and c["metadata"]["nbgrader"]["points"] == g.points
        )
        assert c["metadata"]["ntc"]["criteres"] == list(g.criteres)
        source = "".join(c["source"])
        assert "Barème" in source and "### BEGIN SOLUTION" in source
        bareme = re.findall(r"^\| (.+?) \| ([A-Z0-9., ]+) \| ([\d,]+) \|$", source, re.M)
        assert [(o, tuple(cs.split(", ")), float(p.replace(",", "."))) for o, cs, p in bareme] == [
            (ligne.observable, ligne.criteres, ligne.points) for ligne in g.lignes
        ]


def test_oral_assignment_automatic_part_is_only_the_deck_deposit():
    assert banque.lister("examen_oral") == ["diaporama_oral"]
    module = banque.charger_exercice("examen_oral", "diaporama_oral")
    assert module.CRITERES == ()  # depositing a deck evidences no criterion
    automatiques = [
        c for c in _cellules()
        if c["metadata"].get("nbgrader", {}).get("grade") and c["cell_type"] == "code"
    ]  # fmt: skip
    assert [c["metadata"]["nbgrader"]["grade_id"] for c in automatiques] == ["note-diaporama_oral"]


def test_oral_notebook_types_no_duration():
    """Durations come from data/referentiel: the notebook's markdown states none."""
    for c in _cellules():
        if c["cell_type"] == "markdown":
            assert not re.search(r"\d+\s*(min|h\b|heure)", "".join(c["source"])), c["source"][:1]
