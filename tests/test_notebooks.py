"""Notebook hygiene and the link between graded cells and the official criteria (no kernel)."""

import re

import pytest

from autograder.moteur import banque, referentiel

from .conftest import ASSIGNMENTS, ROOT, load, notebooks

CONNUS = set(referentiel.tous_les_criteres())
ALL = notebooks("course", "solutions", "exercises")
SOURCES = notebooks("solutions")


def grade_cells(nb):
    return [c for c in load(nb)["cells"] if c["metadata"].get("nbgrader", {}).get("grade")]


@pytest.mark.parametrize("nb", ALL, ids=lambda p: str(p.relative_to(ROOT)))
def test_committed_without_outputs(nb):
    for cell in load(nb)["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None, cell["source"][:80]


@pytest.mark.parametrize("nb", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_grade_cell_names_known_criteria(nb):
    cells = grade_cells(nb)
    assert cells, "an assignment without graded cells"
    for cell in cells:
        crit = cell["metadata"].get("ntc", {}).get("criteres")
        gid = cell["metadata"]["nbgrader"]["grade_id"]
        assert crit is not None, f"{gid} has no metadata.ntc.criteres (an empty list says: none)"
        assert set(crit) <= CONNUS, f"{gid}: unknown {set(crit) - CONNUS}"


@pytest.mark.parametrize("devoir", ASSIGNMENTS)
def test_grade_cells_match_exercise_declarations(devoir):
    """Criteria and points are declared once, in data/exercices; the notebook must agree."""
    graded = {}
    for nb in (ROOT / "solutions" / devoir).glob("*.ipynb"):
        for cell in grade_cells(nb):
            nom = cell["metadata"]["ntc"].get("exercice")
            if cell["cell_type"] == "code":
                graded[nom] = cell
    assert set(graded) == set(banque.lister(devoir))
    for nom, cell in graded.items():
        mod = banque.charger_exercice(devoir, nom)
        assert cell["metadata"]["ntc"]["criteres"] == list(mod.CRITERES), nom
        assert cell["metadata"]["nbgrader"]["points"] == mod.POINTS, nom
        src = "".join(cell["source"])
        assert f'seance.noter("{nom}")' in src and "BEGIN HIDDEN TESTS" in src, nom


@pytest.mark.parametrize("devoir", ASSIGNMENTS)
def test_assignment_has_a_manually_graded_answer(devoir):
    manual = [
        c
        for nb in (ROOT / "solutions" / devoir).glob("*.ipynb")
        for c in grade_cells(nb)
        if c["metadata"]["nbgrader"].get("solution")
    ]
    assert manual, "at least one written answer graded by the trainer"
    for c in manual:
        assert "Barème" in "".join(c["source"]), "a written answer comes with its mark scheme"


# Transversal criteria graded where they live, beside each CP's own criteria (a competence id
# stands for all its criteria): CT1 in CP5 (the recorded pitch in its time) and CP8 (visuals,
# reports), CT2 in CP9 (unexpressed and future needs), CT3 in CP7, CT4/CT5 in CP4 (the monthly
# follow-up of a KPI, CT4.1, lives there only) and CP8.
TRANSVERSALES_PAR_CP = {
    "CP4": ("CT4", "CT5"),
    "CP5": ("CT1.1", "CT1.3"),
    "CP7": ("CT3",),
    "CP8": ("CT1.4", "CT1.5", "CT4.2", "CT4.3", "CT4.4", "CT5"),
    "CP9": ("CT2.1", "CT2.2", "CT2.3", "CT2.5"),
}


@pytest.mark.parametrize("devoir", [d for d in ASSIGNMENTS if re.match(r"cp\d_", d)])
def test_assignment_covers_every_criterion_of_its_competence(devoir):
    cp = "CP" + devoir.split("_")[0].removeprefix("cp")
    named = set()
    for nb in (ROOT / "solutions" / devoir).glob("*.ipynb"):
        for cell in grade_cells(nb):
            named |= set(cell["metadata"]["ntc"]["criteres"])
    competence = next(c for c in referentiel.competences() if c.id == cp)
    wanted = {c.id for c in competence.criteres}
    wanted |= {
        c.id
        for t in referentiel.transversales()
        for c in t.criteres
        if t.id in TRANSVERSALES_PAR_CP.get(cp, ()) or c.id in TRANSVERSALES_PAR_CP.get(cp, ())
    }
    assert wanted <= named, sorted(wanted - named)


@pytest.mark.parametrize("nb", notebooks("exercises"), ids=lambda p: str(p.relative_to(ROOT)))
def test_run_all_goes_on_past_a_learners_error(nb):
    """JupyterLab's « Run All » stops at a cell that raises, unless it is tagged
    `raises-exception`: every cell where the learner writes code carries the tag, so one syntax
    error does not leave every widget below it undrawn. No other cell may hide its errors."""
    for cell in load(nb)["cells"]:
        if cell["cell_type"] != "code":
            continue
        g = cell["metadata"].get("nbgrader", {})
        apprenant = bool(g.get("solution")) and not g.get("grade")
        tagged = "raises-exception" in cell["metadata"].get("tags", [])
        assert tagged == apprenant, "".join(cell["source"])[:120]


def test_no_answer_file_in_the_source():
    """autograde copies source files over the learner's: an answer file there would erase theirs."""
    assert not list((ROOT / "solutions").rglob(".reponses"))
    assert not list((ROOT / "exercises").rglob(".reponses"))
    assert not list((ROOT / "solutions").rglob("enregistrements"))  # nor a recording
    assert not list((ROOT / "exercises").rglob("enregistrements"))


@pytest.mark.parametrize("nb", notebooks("exercises"), ids=lambda p: str(p.relative_to(ROOT)))
def test_release_holds_no_solution_nor_hidden_test(nb):
    text = nb.read_text(encoding="utf-8")
    for marker in ("BEGIN SOLUTION", "END SOLUTION", "HIDDEN TESTS", "seance.noter(", "Barème"):
        assert marker not in text, marker
    assert re.search(r"VOTRE (CODE|RÉPONSE) ICI", text)


def test_every_official_criterion_is_graded_somewhere():
    """All 51 CP criteria and all 23 transversal ones are named by at least one graded cell."""
    named = set()
    for nb in SOURCES:
        for cell in grade_cells(nb):
            named |= set(cell["metadata"]["ntc"]["criteres"])
    missing = set(referentiel.tous_les_criteres()) - named
    assert not missing, f"criteria graded nowhere: {sorted(missing)}"


def test_home_page_shows_the_path_without_running_anything():
    """The home page opens without outputs: its first cell, plain Markdown, must already give the
    path through every lesson and graded notebook, with links that exist."""
    accueil = ROOT / "course" / "00_accueil.ipynb"
    premiere = "".join(load(accueil)["cells"][0]["source"])
    liens = re.findall(r"\]\(([^)]+\.ipynb)\)", premiere)
    for lien in liens:
        assert (accueil.parent / lien).resolve().is_file(), lien
    vises = {(accueil.parent / lien).resolve() for lien in liens}
    attendus = {
        p.resolve() for p in notebooks("course", "exercises") if p.name != "00_accueil.ipynb"
    }
    assert attendus - vises == set()
    assert "Exécuter toutes les cellules" in premiere
