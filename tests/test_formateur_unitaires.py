"""`ntc` pieces that need no grading run: CSV import, thresholds, French errors, light imports."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from autograder.formateur import criteres
from autograder.formateur.cohorte import lire_apprenants
from autograder.formateur.cours import ErreurCours
from autograder.formateur.retours import inserer, section_criteres
from tests.conftest import ROOT


def test_csv_nbgrader_and_french_headers(tmp_path):
    a = tmp_path / "a.csv"
    a.write_text("id,first_name,last_name,email\nalice,Alice,Martin,a@x.fr\nbob,,,\n", "utf-8")
    assert lire_apprenants(a) == [
        {"id": "alice", "first_name": "Alice", "last_name": "Martin", "email": "a@x.fr"},
        {"id": "bob"},
    ]
    b = tmp_path / "b.csv"
    b.write_text("\ufeffIdentifiant;Prénom;Nom\ncarla;Carla;Petit\n", "utf-8")
    assert lire_apprenants(b) == [{"id": "carla", "first_name": "Carla", "last_name": "Petit"}]


@pytest.mark.parametrize(
    "contenu, attendu",
    [
        ("nom,prenom\nMartin,Alice\n", "colonne « id »"),
        ("id\nalice\nalice\n", "ligne 3 : identifiant « alice » en double"),
        ("id\nalice martin\n", "ligne 2 : identifiant « alice martin » invalide"),
        ("id\n\n", "aucun apprenant"),
    ],
)
def test_csv_errors_are_french_and_name_the_line(tmp_path, contenu, attendu):
    f = tmp_path / "f.csv"
    f.write_text(contenu, "utf-8")
    with pytest.raises(ErreurCours, match=attendu):
        lire_apprenants(f)


def test_levels_and_thresholds():
    assert criteres.niveau(None) == "non évalué"
    assert criteres.niveau(0.75) == "acquis"
    assert criteres.niveau(0.74) == "en cours de maîtrise"
    assert criteres.niveau(0.40) == "en cours de maîtrise"
    assert criteres.niveau(0.39) == "non acquis"
    ligne = criteres.LigneCritere("CP2.1", "libellé", "CP2", points=3, maximum=4)
    assert ligne.taux == 0.75 and ligne.niveau == "acquis"
    assert criteres.LigneCritere("CP2.1", "l", "CP2").niveau == "non évalué"


def test_every_graded_source_cell_maps_to_criteria():
    carte = criteres.criteres_des_cellules(ROOT / "solutions" / "cp2_plan_actions")
    assert carte[("cp2_plan_actions", "note-nombre_clients_a")] == ["CP2.1"]
    # A knowledge check is graded but evidences no criterion (data/exercices/README.md); the
    # cells where the learner does the job still name theirs.
    assert carte[("cp2_plan_actions", "note-objectif_smart")] == []
    assert carte[("cp2_plan_actions", "note-statut_vendeur")] == []
    assert carte[("cp2_plan_actions", "note-semaine_visites")] == ["CP2.1"]
    assert sum(bool(c) for c in carte.values()) >= 15


def test_feedback_section_replaced_not_piled_up():
    page = "<html><body><p>retour</p></body></html>"
    lignes = [criteres.LigneCritere("CP2.1", "Objectifs", "CP2", points=1, maximum=2)]
    une = inserer(page, section_criteres(lignes))
    deux = inserer(une, section_criteres(lignes))
    assert une == deux and une.count("Critères officiels") == 1 and "50 %" in une


def _ntc(*args, cwd=ROOT):
    return subprocess.run(
        [sys.executable, "-m", "autograder", *args], cwd=cwd, capture_output=True, text=True
    )


def test_cli_help_and_french_errors(tmp_path):
    aide = _ntc("--help")
    assert aide.returncode == 0 and "grade" in aide.stdout and "report" in aide.stdout
    sans_cours = _ntc("--cours", str(tmp_path), "grade", "cp2_plan_actions")
    assert sans_cours.returncode == 2
    assert "Pas de nbgrader_config.py" in sans_cours.stderr and "Traceback" not in sans_cours.stderr


def test_unknown_assignment_and_no_submission_messages(course):
    inconnu = _ntc("--cours", str(course), "grade", "cp0_inexistant")
    assert inconnu.returncode == 2, inconnu.stderr
    assert "« cp0_inexistant » n'est pas dans le carnet de notes" in inconnu.stderr


def test_import_of_the_cli_stays_light():
    code = (
        "import sys, autograder.__main__, autograder.formateur.cli; "
        "print(sorted({'pandas','matplotlib','ipywidgets','nbgrader'} & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr


def test_flag_cleared_on_clean_regrade_only_if_ntc_set_it(tmp_path, monkeypatch):
    from nbgrader.api import Gradebook

    from .conftest import ENV

    monkeypatch.setenv("PATH", ENV["PATH"])  # nbgrader runs `alembic` by name, whatever ran before

    from autograder.formateur.fusion import marquer

    registre = tmp_path / ".ntc-signalements.json"
    with Gradebook(f"sqlite:///{tmp_path / 'gradebook.db'}") as gb:
        gb.add_assignment("cp6")
        gb.add_notebook("cp6", "cp6")
        for nom in ("alice", "bob"):
            gb.add_student(nom)
            gb.add_submission("cp6", nom)

        def drapeau(nom):
            return gb.find_submission_notebook("cp6", "cp6", nom).flagged

        marquer(gb, "cp6", "alice", True, registre)  # a hostile run
        gb.find_submission_notebook("cp6", "cp6", "bob").flagged = True  # the trainer, by hand
        gb.db.commit()
        assert drapeau("alice") and drapeau("bob")
        marquer(gb, "cp6", "alice", False, registre)  # clean regrades
        marquer(gb, "cp6", "bob", False, registre)
        assert not drapeau("alice") and drapeau("bob")
        registre.write_text("{pas du json", encoding="utf-8")  # unreadable record: nothing cleared
        marquer(gb, "cp6", "alice", True, registre)
        marquer(gb, "cp6", "bob", False, registre)
        assert drapeau("alice") and drapeau("bob")


def test_wall_clock_limit_kills_the_worker_and_the_next_copy_is_graded(tmp_path, monkeypatch):
    """A kernel stuck where no per-cell timeout reaches it: the submission's total limit kills the
    worker (and its kernel server), the copy fails with its reason, a new worker grades the next."""
    from autograder.formateur import correction, limites
    from tests.bench_cohorte import cours_vide, deposer
    from tests.test_formateur import DEVOIR, _ajouter_code, _notes_de

    root = cours_vide(tmp_path / "cours", [DEVOIR])
    _ajouter_code(
        deposer(root, DEVOIR, "a_dormeur", "juste") / f"{DEVOIR}.ipynb",
        f"import os, time\nopen({str(tmp_path / 'pid')!r}, 'w').write(str(os.getpid()))\n"
        "time.sleep(600)",
    )
    deposer(root, DEVOIR, "b_normal", "juste")
    # Generous enough for a loaded machine to grade the normal copy once its worker is ready
    # (3.3 s measured with a load of 5 on 2 cores); every second of it is waited for the sleeper.
    monkeypatch.setattr(limites, "delai_copie", lambda *_: 10.0)
    # Unconfined: the kernel tells its pid through a file outside its copy.
    bilan = correction.corriger(
        root, DEVOIR, jobs=1, delai=300, progression=False, confinement="non"
    )
    dormeur, normal = bilan.resultats
    assert not dormeur.ok and "délai total dépassé (10 s)" in dormeur.erreur
    assert normal.ok, normal.erreur
    assert sum(v or 0 for v in _notes_de(root, "b_normal").values()) > 0
    assert not _notes_de(root, "a_dormeur")  # nothing half-written for the failed copy
    # The stuck kernel does not outlive its killed worker (ipykernel's parent poller, 1 s).
    etat = Path(f"/proc/{int((tmp_path / 'pid').read_text())}/stat")

    def vivant():
        try:
            return etat.read_text().rsplit(")", 1)[1].split()[0] != "Z"
        except OSError:
            return False

    for _ in range(50):
        if not vivant():
            break
        time.sleep(0.1)
    assert not vivant(), "noyau orphelin toujours vivant"


def _travailleurs_vivants() -> list:
    import psutil

    vivants = []
    for p in psutil.Process().children(recursive=True):
        try:  # an exited worker not reaped yet (a zombie) is not running
            if p.status() != psutil.STATUS_ZOMBIE and "formateur.travailleur" in " ".join(
                p.cmdline()
            ):
                vivants.append(p)
        except psutil.Error:
            pass
    return vivants


def test_workers_started_in_advance_never_outlive_the_run(tmp_path):
    """Workers start before the run is prepared (their start-up overlaps it): a run with nothing
    to grade, or fewer copies than workers, stops the ones it did not need."""
    from autograder.formateur import correction
    from autograder.formateur.cours import ErreurCours
    from tests.bench_cohorte import cours_vide, deposer
    from tests.test_formateur import DEVOIR

    root = cours_vide(tmp_path / "cours", [DEVOIR])
    avant = set(Path(tempfile.gettempdir()).glob("ntc-correction-*"))
    with pytest.raises(ErreurCours, match="Aucune copie"):
        correction.corriger(root, DEVOIR, jobs=2, progression=False, confinement="non")
    assert not _travailleurs_vivants()
    assert set(Path(tempfile.gettempdir()).glob("ntc-correction-*")) == avant
    deposer(root, DEVOIR, "seule", "juste")
    bilan = correction.corriger(root, DEVOIR, jobs=2, progression=False, confinement="non")
    assert [r.ok for r in bilan.resultats] == [True] and bilan.jobs == 1
    # The worker that graded ends on its own once its input is closed (its kernels stopped).
    for _ in range(100):
        if not _travailleurs_vivants():
            break
        time.sleep(0.1)
    assert not _travailleurs_vivants()


def test_fork_bomb_in_a_confined_kernel_stops_at_the_cap(tmp_path):
    """The kernel's own path (limiter_processus then Landlock, in a forked child), as root too: a
    bomb of 1,000 sleepers is refused after a few hundred tasks, and the group is removed after."""
    import signal

    from autograder.formateur import confinement, groupe_pids

    if os.geteuid() == 0 and groupe_pids._dossier_courant() is None:
        pytest.skip("root sans groupe pids modifiable : seule limite, les délais (README)")
    regles = confinement.regles(confinement.lectures_de_base([]), [str(tmp_path)], [], [])
    regles["processus"] = confinement.processus_de_l_utilisateur() + 256
    lecture, ecriture = os.pipe()
    pid = os.fork()
    if pid == 0:  # the kernel
        os.close(lecture)
        enfants, refus = [], "aucun"
        try:
            confinement.limiter_processus(regles)
            confinement.appliquer(regles)
            for _ in range(1000):
                p = os.fork()
                if p == 0:
                    time.sleep(60)
                    os._exit(0)
                enfants.append(p)
        except OSError as exc:
            refus = type(exc).__name__
        finally:
            for p in enfants:
                os.kill(p, signal.SIGKILL)
                os.waitpid(p, 0)
            os.write(ecriture, f"{len(enfants)} {refus}".encode())
            os._exit(0)
    os.close(ecriture)
    os.waitpid(pid, 0)
    nombre, refus = os.read(lecture, 100).decode().split()
    os.close(lecture)
    assert refus == "BlockingIOError" and int(nombre) < 400, (nombre, refus)
    groupe_pids.nettoyer()
    base = groupe_pids._dossier_courant()
    assert base is None or not list(base.glob(f"{groupe_pids.PREFIXE}{pid}"))
