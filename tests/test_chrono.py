"""The countdown of a timed exam part: its start survives a closed notebook and a restarted
kernel (saved in the answer store), what is left comes from the clock, a late deposit is named,
and the widget shows the same end after a restart."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from autograder.moteur.chrono import Chrono, duree_en_clair, horloge
from autograder.moteur.reponses import Reponses

T0 = datetime(2026, 12, 7, 9, 0).astimezone()


def _chrono(dossier, secondes=4 * 3600):
    return Chrono(Reponses("examen_ecrit", dossier), "ecrit", secondes, "Épreuve écrite")


def test_the_start_is_saved_and_read_back_after_a_restart(tmp_path):
    c = _chrono(tmp_path)
    assert c.debut is None and c.restant() == 4 * 3600 and not c.fini()
    c.demarrer(T0)
    assert c.demarrer(T0 + timedelta(hours=1)) == T0  # starting again changes nothing
    relu = _chrono(tmp_path)  # a new kernel: a new store, the same file
    assert relu.debut == T0 and relu.fin == T0 + timedelta(hours=4)
    assert relu.restant(T0 + timedelta(minutes=90)) == 150 * 60
    assert not relu.fini(T0 + timedelta(hours=3, minutes=59))
    assert relu.fini(T0 + timedelta(hours=4))
    assert "pas encore commencée" in _chrono(tmp_path / "autre").etat()
    assert "2\u00a0h\u00a030 restantes" in relu.etat(T0 + timedelta(minutes=90))
    assert "temps écoulé" in relu.etat(T0 + timedelta(hours=5))


def test_a_deposit_after_the_end_is_named_late(tmp_path):
    c = _chrono(tmp_path, 90 * 60)
    assert c.retard("2026-12-07T10:45:00") == 0  # never started: nothing is late
    c.demarrer(T0)
    assert c.retard("2026-12-07T10:29:59") == 0
    assert c.retard("2026-12-07T10:32:00") == 120  # naive, as the answer store dates
    assert c.retard(T0 + timedelta(hours=2)) == 1800


def test_a_new_sitting_keeps_the_earlier_starts(tmp_path):
    c = _chrono(tmp_path)
    c.demarrer(T0)
    c.recommencer(T0 + timedelta(days=2))
    assert c.debut == T0 + timedelta(days=2)
    assert c.reponses.valeur(c.cle)["precedents"] == [T0.isoformat(timespec="seconds")]


def test_a_hand_edited_record_reads_as_not_started(tmp_path):
    c = _chrono(tmp_path)
    c.reponses.enregistrer(c.cle, {"debut": "demain matin"})
    assert c.debut is None and c.restant() == c.secondes


@pytest.mark.parametrize(
    ("secondes", "texte", "affiche"),
    [
        (4 * 3600, "4\u00a0h", "4:00:00"),
        (90 * 60, "1\u00a0h\u00a030", "1:30:00"),
        (15 * 60, "15\u00a0min", "0:15:00"),
        (40, "40\u00a0s", "0:00:40"),
        (-3, "0\u00a0s", "0:00:00"),
    ],
)
def test_durations_in_french_and_on_the_clock(secondes, texte, affiche):
    assert duree_en_clair(secondes) == texte
    assert horloge(secondes) == affiche


def test_the_widget_starts_once_and_shows_the_same_end_after_a_restart(tmp_path):
    from autograder.widgets.chrono import ChronoEpreuve

    vue = ChronoEpreuve(_chrono(tmp_path))
    assert vue.minuteur.fin_ms == 0 and vue.bouton.layout.display is None
    assert "4\u00a0h" in vue.bouton.description
    vue.bouton.click()
    fin = vue.minuteur.fin_ms
    assert fin > 0 and vue.bouton.layout.display == "none"
    assert fin == pytest.approx(vue.chrono.fin.timestamp() * 1000)
    apres = ChronoEpreuve(_chrono(tmp_path))  # the cell run again in a new kernel
    assert apres.minuteur.fin_ms == fin and apres.bouton.layout.display == "none"


def test_a_start_that_cannot_be_saved_is_said_and_does_not_start(tmp_path, monkeypatch):
    from autograder.widgets.chrono import ChronoEpreuve

    vue = ChronoEpreuve(_chrono(tmp_path))

    def refus(*_a, **_k):
        raise PermissionError(13, "Permission non accordée")

    monkeypatch.setattr(Reponses, "enregistrer", refus)
    vue.bouton.click()
    assert "n'a pas pu être enregistré" in vue.etat.value and vue.minuteur.fin_ms == 0


def test_a_new_subject_moves_the_sitting_aside_and_draws_new_figures(tmp_path):
    """A self-learner sits the exam again: new subject or new figures, the earlier answers, blank
    files and deposits kept in sessions/, the identifier unchanged, the new seed stable."""
    from autograder.metier.examen.passation import Passation
    from autograder.moteur.seance import Seance

    s = Seance("examen_ecrit", tmp_path)
    p = Passation(s)
    avant = (s.graine, s.donnees["sujet"].ident, repr(s.exercice("tableau_de_bord").params))
    p.choisir(p.sujet.contextes[0]["id"])
    p.chrono.demarrer()
    p.preparer()
    s.repondre("tableau_de_bord", s.exercice("tableau_de_bord").format.reponse_fausse(
        s.exercice("tableau_de_bord")))  # fmt: skip
    identifiant = s.identifiant
    archive = p.nouveau_sujet()
    assert (archive / ".reponses" / "examen_ecrit.json").exists()
    assert (archive / "modeles" / "dossier.pdf").exists()
    assert (archive / "rendus" / "tableau_de_bord.xlsx").exists()
    assert not (tmp_path / "modeles").exists() and not (tmp_path / "rendus").exists()
    relue = Seance("examen_ecrit", tmp_path)  # a new kernel
    assert relue.identifiant == identifiant and relue.tirage == 1
    assert relue.reponses.valeur("tableau_de_bord") is None and Passation(relue).choix is None
    assert Passation(relue).chrono.debut is None  # a new clock for the new sitting
    apres = (
        relue.graine,
        relue.donnees["sujet"].ident,
        repr(relue.exercice("tableau_de_bord").params),
    )
    assert apres[0] != avant[0] and apres != avant
    assert Seance("examen_ecrit", tmp_path).graine == relue.graine  # stable from then on
    encore = Passation(relue).nouveau_sujet()
    assert encore != archive and Seance("examen_ecrit", tmp_path).tirage == 2


def test_the_new_subject_button_asks_to_confirm_and_only_in_a_lesson(tmp_path):
    from autograder.moteur.seance import Seance
    from autograder.widgets.examen import PanneauEpreuve

    assert not hasattr(PanneauEpreuve(Seance("examen_ecrit", tmp_path)), "bouton_sujet")
    vue = PanneauEpreuve(Seance("examen_ecrit", tmp_path), nouveau_sujet=True)
    vue.bouton_sujet.click()
    assert "Cliquez de nouveau pour confirmer" in vue.etat_sujet.value
    assert Seance("examen_ecrit", tmp_path).tirage == 0
    vue.bouton_sujet.click()
    assert "Réexécutez le carnet" in vue.etat_sujet.value and vue.bouton_sujet.disabled
    assert Seance("examen_ecrit", tmp_path).tirage == 1
