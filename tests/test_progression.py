"""« Ma progression » (course/ma_progression.ipynb): the learner's own answer files scored by the
engine, graded into the trainer's criteria levels, without nbgrader and without a kernel."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from autograder.moteur import banque, referentiel
from autograder.moteur.progression import cellules_notees, progression
from autograder.moteur.seance import Seance
from autograder.widgets.exercice import creer_widget
from autograder.widgets.progression import a_reprendre, page_html

from .conftest import ENV, ROOT, remplir

DEVOIR = "cp4_performances"
FAUSSES = ("facteur_principal", "action_optimale")  # single-choice items answered wrong below


@pytest.fixture
def exercices(tmp_path: Path) -> Path:
    """A learner's copy of the released assignments (notebooks only, no answer yet)."""
    base = tmp_path / "exercises"
    for carnet in sorted((ROOT / "exercises").glob("*/*.ipynb")):
        (base / carnet.parent.name).mkdir(parents=True, exist_ok=True)
        shutil.copy(carnet, base / carnet.parent.name)
    return base


def repondre(dossier: Path, devoir: str, fausses: tuple[str, ...] = ()) -> Seance:
    """Answer every widget item of an assignment as a learner would click: the right answer,
    except a wrong option for the exercises in `fausses`."""
    seance = Seance(devoir, dossier)
    seance.changer_identifiant("alice")
    for nom in banque.lister(devoir):
        ex = seance.exercice(nom)
        w = creer_widget(seance, ex)
        if nom in fausses:
            w.champ.value = next(o.cle for o in ex.options() if not o.correct)
        else:
            remplir(w, ex.solution())
        w.verifier()
    return seance


def automatiques(devoir: str) -> dict[str, tuple[str, ...]]:
    """criteria named by the auto-graded cells of an assignment, per exercise."""
    carnet = next((ROOT / "exercises" / devoir).glob("*.ipynb"))
    return {c["exercice"]: c["criteres"] for c in cellules_notees(carnet) if not c["manuelle"]}


def test_empty_learner_every_criterion_not_evaluated(exercices):
    p = progression(exercices)
    assert len(p.devoirs) == len(list((ROOT / "exercises").iterdir()))
    assert {ligne.critere for ligne in p.lignes} == set(referentiel.tous_les_criteres())
    assert {ligne.niveau for ligne in p.lignes} == {"non évalué"}
    page = page_html(exercices)
    assert page.count("non évalué</td>") == len(p.lignes)
    assert page.count("<th scope='row'>") >= len(p.lignes) and "<caption>" in page
    assert not list(exercices.rglob(".reponses"))  # reading wrote nothing


def test_solution_answers_acquire_the_assignment_criteria(exercices):
    repondre(exercices / DEVOIR, DEVOIR)
    p = progression(exercices)
    niveaux = {ligne.critere: ligne.niveau for ligne in p.lignes}
    evalues = {c for cs in automatiques(DEVOIR).values() for c in cs}
    assert evalues and all(niveaux[c] == "acquis" for c in evalues), niveaux
    assert all(niveaux[c] == "non évalué" for c in niveaux if c not in evalues)
    devoir = p.devoir(DEVOIR)
    assert len(devoir.repondues) == len(banque.lister(DEVOIR)) and not devoir.messages


def _grille_du_formateur(course: Path, devoir: str, dossier: Path) -> dict:
    """The trainer's `ntc report` lines for one learner whose grade cells ran on `dossier`: a
    gradebook filled the way autograde fills it (the grade cell's seance.noter: None is full
    marks, a number partial credit, AssertionError zero; written answers not graded yet)."""
    from autograder.formateur import criteres
    from autograder.formateur.cours import carnet, dossier_cours

    cellules = cellules_notees(course / "solutions" / devoir / f"{devoir}.ipynb")
    seance = Seance(devoir, dossier)  # the grade cells' session, as in the collected notebook
    coursedir = dossier_cours(course)
    with carnet(coursedir) as gb:
        gb.add_assignment(devoir)
        gb.add_notebook(devoir, devoir)
        for c in cellules:
            gb.add_grade_cell(
                c["grade_id"], devoir, devoir, max_score=c["points"],
                cell_type="markdown" if c["manuelle"] else "code",
            )  # fmt: skip
        gb.add_student("alice")
        gb.add_submission(devoir, "alice")
        for c in cellules:
            if c["manuelle"]:
                continue
            try:
                resultat = seance.noter(c["exercice"])
                score = c["points"] if resultat is None else resultat
            except AssertionError:
                score = 0
            gb.find_grade(c["grade_id"], devoir, devoir, "alice").auto_score = score
        gb.db.commit()
    return {ligne.critere: ligne for ligne in criteres.grilles(coursedir, [devoir])["alice"]}


def test_same_levels_as_the_trainers_report(exercices, course, monkeypatch):
    monkeypatch.setenv("PATH", ENV["PATH"])  # nbgrader creates the gradebook with `alembic`
    repondre(exercices / DEVOIR, DEVOIR, fausses=FAUSSES)
    formateur = _grille_du_formateur(course, DEVOIR, exercices / DEVOIR)
    apprenant = {ligne.critere: ligne for ligne in progression(exercices).lignes}
    niveaux = {c: ligne.niveau for c, ligne in formateur.items()}
    assert "acquis" in niveaux.values() and "non acquis" in niveaux.values(), niveaux
    assert any(ligne.en_attente for ligne in formateur.values())  # the written answer waits
    for c, ligne in formateur.items():
        assert apprenant[c].niveau == ligne.niveau, c
        assert (apprenant[c].points, apprenant[c].maximum) == pytest.approx(
            (ligne.points, ligne.maximum)
        ), c
        assert apprenant[c].en_attente == ligne.en_attente, c


def test_wrong_answer_not_acquired_and_listed_to_redo(exercices):
    nom = FAUSSES[0]
    seance = Seance(DEVOIR, exercices / DEVOIR)
    ex = seance.exercice(nom)
    w = creer_widget(seance, ex)
    w.champ.value = next(o.cle for o in ex.options() if not o.correct)
    w.verifier()
    p = progression(exercices)
    for c in ex.criteres:
        ligne = next(ligne for ligne in p.lignes if ligne.critere == c)
        assert ligne.niveau == "non acquis" and ligne.maximum == ex.points, c
        texte = a_reprendre(p, c, ligne.niveau)
        assert f"{DEVOIR}.ipynb" in texte and ex.titre.replace("'", "&#x27;") in texte, texte
        assert "Relire" in texte and ".ipynb" in texte.split("Relire")[1]
    page = page_html(exercices)
    assert "non acquis</td>" in page and "Traceback" not in page


@pytest.mark.parametrize(
    "contenu", ["{ pas du json", "[1, 2]", '{"identifiant": 42, "reponses": {}}', "\udcff"]
)
def test_corrupt_answer_file_french_message_rest_shown(exercices, contenu):
    repondre(exercices / DEVOIR, DEVOIR)
    fichier = exercices / "cp2_plan_actions" / ".reponses" / "cp2_plan_actions.json"
    fichier.parent.mkdir(parents=True)
    fichier.write_bytes(contenu.encode("utf-8", "surrogateescape"))
    p = progression(exercices)
    messages = " ".join(p.devoir("cp2_plan_actions").messages)
    assert "illisible" in messages and "ne sont pas comptées" in messages
    assert fichier.read_bytes() == contenu.encode("utf-8", "surrogateescape")  # not moved aside
    assert len(p.devoir(DEVOIR).repondues) == len(banque.lister(DEVOIR))  # the rest is scored
    page = page_html(exercices)
    assert "role='alert'" in page and "illisible" in page and "Traceback" not in page
    assert "acquis</td>" in page


def test_home_page_links_to_the_progression_page():
    accueil = json.loads((ROOT / "course" / "00_accueil.ipynb").read_text(encoding="utf-8"))
    assert "(ma_progression.ipynb)" in "".join(accueil["cells"][0]["source"])


def test_page_notebook_runs_without_error(exercices, tmp_path):
    """The page itself, run top to bottom in a kernel on a learner's answers."""
    import nbformat
    from nbclient import NotebookClient

    repondre(exercices / DEVOIR, DEVOIR, fausses=FAUSSES)
    nb = nbformat.read(ROOT / "course" / "ma_progression.ipynb", as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert len(code) == 1 and "afficher_progression()" in code[0].source and not code[0].outputs
    env = {**ENV, "NTC_EXERCICES": str(exercices)}
    client = NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    )
    client.execute(env=env)
    sorties = code[0].outputs
    assert not [o for o in sorties if o.output_type == "error" or o.get("name") == "stderr"]
    page = "".join(o.get("data", {}).get("text/html", "") for o in sorties)
    assert "Critères officiels du titre" in page and "acquis</td>" in page
    assert "non acquis</td>" in page or "en cours de maîtrise</td>" in page
    widgets = [
        o for o in sorties if "application/vnd.jupyter.widget-view+json" in o.get("data", {})
    ]
    assert widgets  # the « Actualiser » button


def test_refresh_button_redraws_the_page_with_new_answers(exercices, monkeypatch):
    import IPython.display

    from autograder.widgets.progression import afficher_progression

    affiches, mises_a_jour = [], []

    class Cadre:
        def update(self, objet):
            mises_a_jour.append(objet.data)

    def display(objet, display_id=None):
        affiches.append(objet)
        return Cadre() if display_id else None

    monkeypatch.setattr(IPython.display, "display", display)
    afficher_progression(exercices)
    bouton, page = affiches
    assert bouton.description == "Actualiser" and "acquis</td>" not in page.data
    repondre(exercices / DEVOIR, DEVOIR)
    bouton.click()
    assert len(mises_a_jour) == 1 and "acquis</td>" in mises_a_jour[0]
    assert not bouton.disabled
