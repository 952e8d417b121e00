"""The learner's session in a notebook: who it greets, and graded cells that follow the widget."""

from __future__ import annotations

import IPython.display

from autograder.moteur import seance as moteur_seance
from autograder.widgets.seance import SeanceNotebook


def test_a_system_account_is_not_taken_for_the_learner(monkeypatch):
    for var in ("NTC_IDENTIFIANT", "JUPYTERHUB_USER", "NB_USER"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(moteur_seance.getpass, "getuser", lambda: "root")
    assert moteur_seance.identifiant_par_defaut() == "apprenant"
    monkeypatch.setattr(moteur_seance.getpass, "getuser", lambda: "camille.martin")
    assert moteur_seance.identifiant_par_defaut() == "camille.martin"
    monkeypatch.setenv("JUPYTERHUB_USER", "lea")
    assert moteur_seance.identifiant_par_defaut() == "lea"


class _Cadre:
    """What IPython's display(…, display_id=True) returns, recording what the frame shows."""

    def __init__(self, contenu):
        self.contenus = [contenu.data]

    def update(self, contenu):
        self.contenus.append(contenu.data)


def test_graded_cell_under_a_widget_follows_the_answer(tmp_path, monkeypatch):
    cadres = []

    def afficher(objet, display_id=None):
        cadres.append(_Cadre(objet))
        return cadres[-1]

    monkeypatch.setattr(IPython.display, "display", afficher)
    seance = SeanceNotebook("cp4_performances", tmp_path)
    seance.changer_identifiant("camille.martin")
    seance.verifier("action_optimale")  # run before answering, as « Run All » does
    assert "Pas encore de réponse" in cadres[0].contenus[-1]
    ex = seance.exercice("action_optimale")
    fausse = next(o.cle for o in ex.options() if not o.correct)
    seance.repondre("action_optimale", fausse)  # the widget's click goes through here
    assert "Pas encore" not in cadres[0].contenus[-1] and "❌" in cadres[0].contenus[-1]
    seance.repondre("action_optimale", ex.solution())
    assert "Tout est juste" in cadres[0].contenus[-1]
    # Reopened later, the graded cell shows the saved answer at once.
    SeanceNotebook("cp4_performances", tmp_path).verifier("action_optimale")
    assert "Tout est juste" in cadres[-1].contenus[0]


def test_either_route_earns_the_points_and_a_failed_code_attempt_costs_nothing(tmp_path):
    from IPython.core.interactiveshell import InteractiveShell

    ns = InteractiveShell.instance().user_ns
    seance = SeanceNotebook("cp4_performances", tmp_path)
    seance.changer_identifiant("camille.martin")
    ex = seance.exercice("ca_annuel")
    assert ex.variable == "ca_annuel" and ex.widget
    ns["ca_annuel"] = None  # the code cell left as released
    try:
        # Widget route only: typed like a learner, full marks.
        seance.repondre("ca_annuel", f"{ex.solution():.2f}".replace(".", ","))
        assert seance.noter("ca_annuel") is None
        # A wrong attempt by code afterwards: shown, not saved over the better answer, not graded.
        ns["ca_annuel"] = ex.solution() * 2
        assert not seance.repondre("ca_annuel", ns["ca_annuel"], depuis_code=True).juste
        assert ex.evaluer(seance.reponses.valeur("ca_annuel")).juste
        assert seance.noter("ca_annuel") is None
        # Code route only (a fresh learner): full marks too.
        autre = SeanceNotebook("cp4_performances", tmp_path / "b")
        autre.changer_identifiant("camille.martin")
        ns["ca_annuel"] = autre.exercice("ca_annuel").solution()
        assert autre.noter("ca_annuel") is None
        # Neither: 0, with a French reason.
        ns["ca_annuel"] = None
        vide = SeanceNotebook("cp4_performances", tmp_path / "c")
        try:
            vide.noter("ca_annuel")
        except AssertionError as exc:
            assert "Aucune réponse" in str(exc)
        else:
            raise AssertionError("an unanswered exercise must not earn points")
    finally:
        ns.pop("ca_annuel", None)


def test_a_report_to_write_shows_no_answer_field(tmp_path, monkeypatch):
    montres = []
    monkeypatch.setattr(IPython.display, "display", lambda objet, **_k: montres.append(objet))
    seance = SeanceNotebook("cp8_bilan", tmp_path)
    # No declaration says WIDGET = False any more (the CP8 report is a deposited document): the
    # path is kept for a production with no field, and checked on the report made one.
    seance.exercice("rapport_bilan").widget = False
    seance.afficher("rapport_bilan")
    assert seance.widgets == {} and len(montres) == 1  # the statement alone
