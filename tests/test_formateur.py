"""`ntc` (issue #8) on a small real cohort: init from CSV, parallel grading equal to serial
`nbgrader autograde`, every hostile submission survived, flagged and harmless to the others,
criteria report and feedback. One course is built and graded once for the whole module."""

from __future__ import annotations

import csv
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
from tests.conftest import ROOT, nbgrader, une_fois

pytestmark = pytest.mark.xdist_group("formateur")

DEVOIR = "cp6_proposition"  # the lightest assignment to autograde (tests/bench.py)
NORMAUX = {"alice": "juste", "bob": "distribue", "carla": "partiel"}
DELAI = 6  # per-cell timeout for the infinite loop (s)
CONF = "NTC_CONFINEMENT_INDISPONIBLE"

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
    # Ignores the interrupt nbclient would send (+ a corrupted answer file, below).
    "boucle": "import signal\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nwhile True:\n    pass\n",
    "suicide": "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)\n",
    "bavard": "for i in range(3000):\n    print('x' * 100)\ntas = bytearray(6 * 1024**3)\n",
    "pirate": VANDALE + ESPION,  # writes everywhere it can, looks for the hidden tests
}


# By absolute path, what a confined kernel must not do (#16); each try is recorded in sonde.json.
INTRUS = """
import json, os, signal, socket
R = {{}}
def essai(nom, f):
    try:
        f()
        R[nom] = "permis"
    except Exception as exc:
        R[nom] = type(exc).__name__
COURS, DEVOIR, MAISON = {cours!r}, {devoir!r}, os.path.expanduser("~")
def ecrire(chemin, mode="w", texte="{{}}"):
    with open(chemin, mode) as f:
        f.write(texte)
def gros(chemin):
    with open(chemin, "wb") as f:
        for _ in range(32):
            f.write(bytes(64 * 1024 * 1024))
essai("carnet", lambda: ecrire(COURS + "/gradebook.db", "r+b", b"ruine" * 1000))
essai("autre_apprenant", lambda: ecrire(f"{{COURS}}/submitted/alice/{{DEVOIR}}/.reponses/{{DEVOIR}}.json"))
essai("solutions", lambda: ecrire(f"{{COURS}}/solutions/{{DEVOIR}}/pirate.txt"))
essai("maison", lambda: ecrire(MAISON + "/pirate.txt"))
essai("tests_caches", lambda: print(open(f"{{COURS}}/solutions/{{DEVOIR}}/{{DEVOIR}}.ipynb").read()))
essai("tcp", lambda: socket.create_connection(("127.0.0.1", {port}), timeout=3).close())
essai("gros_tmp", lambda: gros({gros!r}))
def plafond():  # the fork-bomb cap this kernel runs under (the bomb itself: unit test)
    import resource
    for ligne in open("/proc/self/cgroup"):
        _, controleurs, chemin = ligne.strip().split(":", 2)
        if "ntc-noyau-" in chemin and ("pids" in controleurs.split(",") or ligne.startswith("0::")):
            base = "/sys/fs/cgroup/pids" if controleurs else "/sys/fs/cgroup"
            return "pids " + open(base + chemin + "/pids.max").read().strip()
    return "nproc " + str(resource.getrlimit(resource.RLIMIT_NPROC)[0])
R["plafond"] = plafond()
with open("sonde.json", "w") as f:
    json.dump(R, f)
essai("parent", lambda: os.kill(os.getppid(), signal.SIGKILL))
essai("groupe", lambda: os.killpg(os.getpgid(os.getppid()), signal.SIGKILL))
with open("sonde.json", "w") as f:
    json.dump(R, f)
"""


def _serveur_tcp():
    """A server on 127.0.0.1 counting the connections it accepts (none expected)."""
    import socket
    import threading

    srv = socket.create_server(("127.0.0.1", 0))
    vus = []

    def accepter():
        while True:
            try:
                vus.append(srv.accept()[0])
            except OSError:
                return

    threading.Thread(target=accepter, daemon=True).start()
    return srv, vus


def _intrus(root: Path, port: int, gros: str) -> None:
    code = INTRUS.format(cours=str(root), devoir=DEVOIR, port=port, gros=gros)
    _ajouter_code(deposer(root, DEVOIR, "intrus", "juste") / f"{DEVOIR}.ipynb", code)


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

    srv, connexions = _serveur_tcp()
    gros = f"/tmp/ntc-gros-{os.getpid()}"
    _intrus(root, srv.getsockname()[1], gros)
    maison = tmp / "maison"
    maison.mkdir()
    indispo = tmp / "indisponible"  # the same intruder, confinement simulated unavailable
    shutil.copytree(serie, indispo)
    _intrus(indispo, srv.getsockname()[1], gros)
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
        env={"HOME": str(maison)},
    )
    sortie = {"stdout": grade.stdout, "stderr": grade.stderr, "returncode": grade.returncode}
    confine = {"connexions": len(connexions), "gros": os.path.exists(gros)}
    confine["maison"] = sorted(p.name for p in maison.iterdir())
    args = ("--cours", str(indispo), "grade", DEVOIR, "--sans-progression", "--delai", str(DELAI))
    qui = ("--student", "intrus", "--student", "alice")
    sans = ntc(tmp, *args, *qui, check=False, env={"HOME": str(maison), CONF: "1"})
    strict = ntc(tmp, *args, "--confinement", "strict", check=False, env={CONF: "1"})
    indisponible = {
        "stdout": sans.stdout,
        "stderr": sans.stderr,
        "returncode": sans.returncode,
        "connexions": len(connexions),
        "strict": strict.stdout + strict.stderr,
        "strict_rc": strict.returncode,
    }
    srv.close()
    if os.path.exists(gros):
        os.unlink(gros)
    return {
        "indisponible": indisponible,
        "indispo": str(indispo),
        "confine": confine,
        "root": str(root),
        "serie": str(serie),
        "init": {"stdout": init.stdout},
        "grade": sortie,
        "avant": avant,
    }


@pytest.fixture(scope="session")
def cohorte(tmp_path_factory):
    """Built once per run, even when xdist spreads this module's tests over several workers."""
    data = une_fois(tmp_path_factory, "formateur-cohorte", _construire)
    data["root"], data["serie"] = Path(data["root"]), Path(data["serie"])
    data["indispo"] = Path(data["indispo"])
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


def _flux_fusionnes(sorties: list | None) -> list | None:
    """Consecutive stream outputs of one name joined, as Jupyter front ends show them: a kernel
    flushes print()'s text and its newline in one message or two depending on timing (the cause
    of a comparison that failed about one run in five under load)."""
    if sorties is None:
        return None
    fusion = []
    for o in sorties:
        if (
            o.get("output_type") == "stream"
            and fusion
            and fusion[-1].get("output_type") == "stream"
            and fusion[-1].get("name") == o.get("name")
        ):
            fusion[-1] = {**fusion[-1], "text": "".join(fusion[-1]["text"]) + "".join(o["text"])}
        else:
            fusion.append(o)
    return [
        {**o, "text": "".join(o["text"])} if o.get("output_type") == "stream" else o for o in fusion
    ]


def _sorties(notebook: Path) -> list[str]:
    """Each cell's outputs, widget model ids (random per run) left out, streams joined."""
    cellules = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return [
        re.sub(
            r'"model_id": "[0-9a-f]+"',
            "",
            json.dumps(_flux_fusionnes(c.get("outputs")), sort_keys=True),
        )
        for c in cellules
    ]


def test_streams_split_differently_compare_equal_and_other_changes_do_not():
    un = [{"output_type": "stream", "name": "stdout", "text": ["Exact.\n"]}]
    deux = [{"output_type": "stream", "name": "stdout", "text": ["Exact."]},
            {"output_type": "stream", "name": "stdout", "text": ["\n"]}]  # fmt: skip
    assert _flux_fusionnes(un) == _flux_fusionnes(deux)
    autre = [{"output_type": "stream", "name": "stdout", "text": ["Faux.\n"]}]
    assert _flux_fusionnes(un) != _flux_fusionnes(autre)
    erreur = [{"output_type": "stream", "name": "stderr", "text": ["Exact.\n"]}]
    assert _flux_fusionnes(un) != _flux_fusionnes(erreur)


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
    assert "corrigées : 7 · échecs : 4" in sortie, sortie
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
    # CP6.2 is evidenced by automatic items (the offers compared), CP6.1 only by the letter.
    assert par[("alice", "CP6.2")]["niveau"] in ("acquis", "en cours de maîtrise")
    assert par[("bob", "CP6.2")]["niveau"] != "acquis"
    # Written answers not yet graded by the trainer are pending, not zero.
    assert par[("alice", "CP6.1")]["niveau"] == "non évalué"
    assert int(par[("alice", "CP6.1")]["en_attente"]) >= 1
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


# ---- confinement (#16): the intruder, confined, then with confinement simulated unavailable -------


def _integre(db: Path) -> bool:
    import sqlite3

    with sqlite3.connect(db) as con:
        ok = con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    con.close()
    return ok


def test_confined_kernel_is_refused_everything_outside_its_copy(cohorte):
    """As root too (CI): Landlock restricts root like any user."""
    root = cohorte["root"]
    chemin = root / "autograded" / "intrus" / DEVOIR / "sonde.json"
    assert chemin.exists(), cohorte["grade"].stdout + cohorte["grade"].stderr
    sonde = json.loads(chemin.read_text())
    refuse = {"PermissionError"}
    for cas in ("carnet", "autre_apprenant", "solutions", "maison", "tests_caches", "tcp"):
        assert sonde[cas] in refuse, (cas, sonde)
    assert sonde["gros_tmp"] in refuse, sonde
    assert sonde["parent"] in refuse and sonde["groupe"] in refuse, sonde
    # Fork bomb: the kernel runs capped (pids cgroup as root, RLIMIT_NPROC for another user).
    from autograder.formateur import groupe_pids

    if groupe_pids._dossier_courant() is not None:  # a pids cgroup here (root on CI): used
        assert sonde["plafond"] == f"pids {groupe_pids.TACHES_MAX}", sonde
    elif os.geteuid() != 0:
        assert sonde["plafond"].startswith("nproc ") and int(sonde["plafond"][6:]) > 0, sonde
    confine = cohorte["confine"]
    assert confine["connexions"] == 0 and not confine["gros"], confine
    assert "pirate.txt" not in confine["maison"], confine  # the worker's own caches may be there
    assert _integre(root / "gradebook.db")
    sortie = cohorte["grade"].stdout
    assert "confinement : actif (Landlock ABI" in sortie, sortie
    assert any("« intrus »" in ligne and "code suspect" in ligne for ligne in sortie.splitlines())
    # The others' grades are those of the serial run without any hostile submission.
    serie = notes(cohorte["serie"])
    assert {k: v for k, v in notes(root).items() if k[0] in NORMAUX} == serie
    sauvegardes = sorted((root / ".ntc-sauvegardes").glob("gradebook-*.db"))
    assert sauvegardes and _integre(sauvegardes[-1])


def test_without_confinement_the_gradebook_is_restored_and_named(cohorte):
    sans = cohorte["indisponible"]
    sortie = sans["stdout"]
    assert sans["returncode"] == 1, sortie + sans["stderr"]
    assert "confinement : indisponible" in sortie, sortie
    assert "le carnet de notes a été abîmé" in sortie and "« intrus »" in sortie, sortie
    assert "Traceback" not in sans["stderr"], sans["stderr"]
    indispo = cohorte["indispo"]
    assert _integre(indispo / "gradebook.db")
    assert list(indispo.glob("gradebook.db.abime-*"))
    # Restored to the state before the run: the serial grades of every learner.
    assert notes(indispo) == notes(cohorte["serie"])
    assert sans["strict_rc"] == 2 and "correction refusée (--confinement strict)" in sans["strict"]


def test_damaged_gradebook_before_grading_is_refused_in_french(tmp_path):
    from autograder.formateur import sauvegarde

    db = tmp_path / "gradebook.db"
    db.write_bytes(b"pas une base" * 100)
    with pytest.raises(sauvegarde.CarnetAbime, match="abîmé avant la correction"):
        sauvegarde.sauvegarder(db)
