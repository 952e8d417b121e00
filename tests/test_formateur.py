"""`ntc` (issue #8) on a small real cohort: init from CSV, parallel grading equal to serial
`nbgrader autograde`, every hostile submission survived, flagged and harmless to the others,
criteria report and feedback. One course is built and graded once for the whole module."""

from __future__ import annotations

import csv
import fcntl
import hashlib
import html
import json
import os
import re
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.bench_cohorte import deposer, notes, ntc
from tests.conftest import ROOT, nbgrader

pytestmark = pytest.mark.xdist_group("formateur")

DEVOIR = "cp6_proposition"  # the lightest assignment to autograde (tests/bench.py)
NORMAUX = {"alice": "juste", "bob": "distribue", "carla": "partiel"}
DELAI = 6  # per-cell timeout for the infinite loop (s)

VANDALE = f"""
import glob, os, sqlite3
for cible in ["../../alice/{DEVOIR}/.reponses/{DEVOIR}.json",
              "../../../submitted/alice/{DEVOIR}/{DEVOIR}.ipynb",
              "../../../gradebook.db", "../../../nbgrader_config.py",
              "../../../solutions/{DEVOIR}/pirate.txt",
              "../../../autograded/alice/{DEVOIR}/{DEVOIR}.ipynb"]:
    try:
        os.makedirs(os.path.dirname(cible), exist_ok=True)
        open(cible, "w").write("{{}}")
    except OSError:
        pass
for db in glob.glob("../../../../../carnet-*/gradebook.db"):
    with sqlite3.connect(db) as con:
        con.execute("UPDATE grade SET auto_score = 999, manual_score = 999")
"""

ESPION = """
import glob, os
trouves = []
for motif in ["*.ipynb", "../../../solutions/**/*.ipynb", "../../../**/*.ipynb"]:
    for p in glob.glob(motif, recursive=True):
        try:
            if "BEGIN HIDDEN" + " TESTS" in open(p).read():  # not in this cell's own source
                trouves.append(p)
        except OSError:
            pass
open("espion.txt", "w").write(str(len(trouves)))
"""

# One learner per kind of harm (a few share a learner to keep the suite short).
HOSTILES = {
    "boucle": "while True:\n    pass\n",  # + a corrupted answer file, below
    "suicide": "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)\n",
    "bavard": "for i in range(3000):\n    print('x' * 100)\ntas = bytearray(6 * 1024**3)\n",
    "pirate": VANDALE + ESPION,  # writes everywhere it can, looks for the hidden tests
}


def _ajouter_code(nb_path: Path, code: str) -> None:
    """Add the learner's `code` at the end of the first answer cell (reponse-*)."""
    nb = json.loads(nb_path.read_text(encoding="utf-8"))
    cell = next(c for c in nb["cells"] if c["metadata"].get("nbgrader", {}).get("solution"))
    cell["source"] = "".join(cell["source"]) + "\n" + code
    nb_path.write_text(json.dumps(nb), encoding="utf-8")


def _modifier_cellules_notees(nb_path: Path) -> None:
    nb = json.loads(nb_path.read_text(encoding="utf-8"))
    notees = [c for c in nb["cells"] if c["metadata"].get("nbgrader", {}).get("grade")]
    notees[0]["source"] = "pass  # plus de test"
    nb["cells"].remove(notees[1])
    nb_path.write_text(json.dumps(nb), encoding="utf-8")


def _empreinte(dossier: Path) -> dict[str, str]:
    return {
        str(p.relative_to(dossier)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(dossier.rglob("*"))
        if p.is_file()
    }


def _construire(tmp: Path) -> dict:
    """Build, submit and grade the cohort once; returns what the tests check (JSON-able)."""
    liste = tmp / "apprenants.csv"
    liste.write_text(
        "identifiant;prenom;nom;courriel\nalice;Alice;Martin;alice@exemple.fr\n"
        "bob;Bob;Durand;\ncarla;Carla;Petit;carla@exemple.fr\n",
        encoding="utf-8",
    )
    root = tmp / "cours"
    init = ntc(tmp, "init", str(root), "--apprenants", str(liste), "--devoirs", DEVOIR)
    for nom, variante in NORMAUX.items():
        deposer(root, DEVOIR, nom, variante, rang=1)
    # Serial reference on the same normal submissions, in a copy of the course.
    serie = tmp / "serie"
    shutil.copytree(root, serie)
    nbgrader(serie, "autograde", DEVOIR, "--force")
    # The hostile ones.
    for nom, code in HOSTILES.items():  # the pirate hands in the release (no hidden test in it)
        variante = "distribue" if nom == "pirate" else "juste"
        _ajouter_code(deposer(root, DEVOIR, nom, variante) / f"{DEVOIR}.ipynb", code)
    # Edits and deletes grade cells, and hands in alice's answer file.
    tricheur = deposer(root, DEVOIR, "tricheur", "juste")
    _modifier_cellules_notees(tricheur / f"{DEVOIR}.ipynb")
    shutil.copy(
        root / "submitted" / "alice" / DEVOIR / ".reponses" / f"{DEVOIR}.json",
        tricheur / ".reponses" / f"{DEVOIR}.json",
    )
    corrompu = root / "submitted" / "boucle" / DEVOIR / ".reponses" / f"{DEVOIR}.json"
    corrompu.write_text("{pas du json", encoding="utf-8")
    (deposer(root, DEVOIR, "sans_notebook", "juste") / f"{DEVOIR}.ipynb").unlink()
    casse = deposer(root, DEVOIR, "casse", "juste") / f"{DEVOIR}.ipynb"
    casse.write_text(casse.read_text(encoding="utf-8")[:5000], encoding="utf-8")

    avant = {
        "normaux": {n: _empreinte(root / "submitted" / n) for n in NORMAUX},
        "config": _empreinte(root)["nbgrader_config.py"],
        "solutions": _empreinte(root / "solutions"),
    }
    grade = ntc(
        tmp,
        "--cours",
        str(root),
        "grade",
        DEVOIR,
        "--jobs",
        "2",
        "--delai",
        str(DELAI),
        "--sans-progression",
        check=False,
    )
    sortie = {"stdout": grade.stdout, "stderr": grade.stderr, "returncode": grade.returncode}
    return {
        "root": str(root),
        "serie": str(serie),
        "init": {"stdout": init.stdout},
        "grade": sortie,
        "avant": avant,
    }


@pytest.fixture(scope="session")
def cohorte(tmp_path_factory):
    """Built once per run, even when xdist spreads this module's tests over several workers:
    the workers share the run's temporary root and take turns with a file lock."""
    base = tmp_path_factory.getbasetemp()
    partage = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    dossier = partage / "formateur-cohorte"
    with open(partage / "formateur-cohorte.lock", "w") as verrou:
        fcntl.flock(verrou, fcntl.LOCK_EX)
        fait = partage / "formateur-cohorte.json"
        if not fait.exists():
            dossier.mkdir(exist_ok=True)
            fait.write_text(json.dumps(_construire(dossier)), encoding="utf-8")
        data = json.loads(fait.read_text(encoding="utf-8"))
    data["root"], data["serie"] = Path(data["root"]), Path(data["serie"])
    data["init"] = SimpleNamespace(**data["init"])
    data["grade"] = SimpleNamespace(**data["grade"])
    return data


def _notes_de(root: Path, etudiant: str) -> dict[str, float | None]:
    return {k[3]: v for k, v in notes(root).items() if k[0] == etudiant}


def test_init_from_csv(cohorte):
    from nbgrader.api import Gradebook

    root = cohorte["root"]
    assert "3 apprenants inscrits" in cohorte["init"].stdout
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
        alice = gb.find_student("alice")
        assert (alice.first_name, alice.last_name, alice.email) == (
            "Alice",
            "Martin",
            "alice@exemple.fr",
        )
        assert gb.find_student("bob").email is None
        assert DEVOIR in {a.name for a in gb.assignments}
    assert (root / "exercises" / DEVOIR / f"{DEVOIR}.ipynb").exists()
    assert (root / "nbgrader_config.py").read_bytes() == (ROOT / "nbgrader_config.py").read_bytes()


def _sorties(notebook: Path) -> list[str]:
    """Each cell's outputs, widget model ids (random per run) left out."""
    cellules = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return [
        re.sub(r'"model_id": "[0-9a-f]+"', "", json.dumps(c.get("outputs"), sort_keys=True))
        for c in cellules
    ]


def test_parallel_grades_equal_serial(cohorte):
    serie, par = notes(cohorte["serie"]), notes(cohorte["root"])
    normaux = {k: v for k, v in par.items() if k[0] in NORMAUX}
    assert serie and normaux == serie
    # Outputs too: the pre-warmed kernels print, draw and size tables as nbgrader's fresh ones.
    for nom in NORMAUX:
        chemin = Path("autograded") / nom / DEVOIR / f"{DEVOIR}.ipynb"
        assert _sorties(cohorte["root"] / chemin) == _sorties(cohorte["serie"] / chemin), nom
    alice = _notes_de(cohorte["root"], "alice")
    assert sum(v or 0 for v in alice.values()) > 0
    assert sum(v or 0 for v in _notes_de(cohorte["root"], "bob").values()) < sum(
        v or 0 for v in alice.values()
    )


def test_summary_names_learner_and_notebook(cohorte):
    sortie = cohorte["grade"].stdout
    assert cohorte["grade"].returncode == 1, sortie + cohorte["grade"].stderr  # failures exist
    assert "corrigées : 7 · échecs : 3" in sortie, sortie
    nb = f"notebook « {DEVOIR}/{DEVOIR}.ipynb »"
    for nom, motif in [
        ("suicide", "le noyau Python s'est arrêté"),
        ("casse", "notebook illisible"),
        ("boucle", "délai dépassé"),
        ("bavard", "sortie trop longue tronquée"),
        ("bavard", "mémoire épuisée"),
        ("tricheur", "modifiée (nbgrader l'a rétablie"),
        ("boucle", "illisible ou altéré"),
        ("sans_notebook", "aucun notebook du devoir"),
        ("pirate", "a écrit hors de son dossier"),
    ]:
        lignes = [ligne for ligne in sortie.splitlines() if f"apprenant « {nom} »" in ligne]
        assert any(motif in ligne and nb in ligne for ligne in lignes), (nom, lignes)
    tricheur = [ligne for ligne in sortie.splitlines() if "« tricheur »" in ligne]
    assert any("supprimée" in ligne for ligne in tricheur), tricheur
    assert any("au nom de « alice »" in ligne for ligne in tricheur), tricheur


def test_hostile_submissions_leave_the_others_untouched(cohorte):
    root, avant = cohorte["root"], cohorte["avant"]
    for n in NORMAUX:
        assert _empreinte(root / "submitted" / n) == avant["normaux"][n], n
        assert (root / "autograded" / n / DEVOIR / f"{DEVOIR}.ipynb").exists()
    assert _empreinte(root)["nbgrader_config.py"] == avant["config"]
    assert _empreinte(root / "solutions") == avant["solutions"]
    assert not (root / "gradebook.db").read_bytes().startswith(b"{}")
    # The vandal's writes to the working gradebook changed nothing: its grades are the right
    # answers' grades, nothing above a cell's maximum, no manual score appeared.
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
        for sub in gb.assignment_submissions(DEVOIR):
            for nb in sub.notebooks:
                for g in nb.grades:
                    assert g.manual_score is None
                    assert g.auto_score is None or 0 <= g.auto_score <= g.max_score
    # Same work as bob (release, widget answers right): same grades, whatever it wrote.
    assert _notes_de(root, "pirate") == _notes_de(root, "bob")


def test_hidden_tests_not_reachable_from_the_working_copy(cohorte):
    espion = cohorte["root"] / "autograded" / "pirate" / DEVOIR / "espion.txt"
    assert espion.read_text() == "0"


def test_formgrader_flag_set_on_flagged_submissions(cohorte):
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{cohorte['root'] / 'gradebook.db'}") as gb:
        flags = {
            s.student_id: any(nb.flagged for nb in s.notebooks)
            for s in gb.assignment_submissions(DEVOIR)
        }
    assert flags["tricheur"] and flags["pirate"] and not flags["alice"]


def test_report_grids_and_cohort(cohorte):
    root = cohorte["root"]
    from autograder.formateur.rapport import rapporter

    sortie = rapporter(root)  # in process: `ntc report` is this call
    assert "cohorte.csv" in sortie
    rapports = root / "rapports"
    alice = (rapports / "alice.html").read_text(encoding="utf-8")
    assert "CP6.1" in alice and "acquis" in alice and "data:image/png;base64," in alice
    assert "alt='Barres du taux de réussite par critère" in alice
    from autograder.moteur import referentiel

    assert html.escape(referentiel.critere("CP6.1").libelle) in alice
    lignes = list(csv.DictReader(open(rapports / "cohorte.csv", encoding="utf-8"), delimiter=";"))
    par = {(r["apprenant"], r["critere"]): r for r in lignes}
    assert par[("alice", "CP6.1")]["niveau"] in ("acquis", "en cours de maîtrise")
    assert par[("bob", "CP6.1")]["niveau"] != "acquis"
    # Written answers not yet graded by the trainer are pending, not zero.
    assert int(par[("alice", "CP6.1")]["en_attente"]) >= 0
    cohorte_html = (rapports / "cohorte.html").read_text(encoding="utf-8")
    assert "carla" in cohorte_html and "Carte de chaleur" in cohorte_html


def test_feedback_gets_the_criteria_grid(cohorte):
    root = cohorte["root"]
    sortie = ntc(root, "feedback", DEVOIR, "--student", "alice").stdout
    assert "1 retour(s) complété(s)" in sortie
    page = (root / "feedback" / "alice" / DEVOIR / f"{DEVOIR}.html").read_text(encoding="utf-8")
    assert page.count("Critères officiels évalués dans ce devoir") == 1
    assert "CP6.1" in page and page.index("ntc-criteres") < page.rindex("</body>")
    from autograder.formateur.retours import inserer

    again = inserer(page, "<!-- ntc-criteres -->X<!-- /ntc-criteres -->")  # a second run
    assert "Critères officiels évalués" not in again and again.count("ntc-criteres") == 2
