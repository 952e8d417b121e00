"""The written exam in its three sizes as nbgrader assignments (examen_ecrit, examen_ccp_*): each
assignment declares its size, its deliverables and its clock come from the reference data, the CCP
sizes reuse the title's declarations and barèmes, and a deposit is read once."""

from __future__ import annotations

import html
import json
import re

import pytest

from autograder.metier.examen import livrables, tailles
from autograder.metier.examen.passation import Passation
from autograder.moteur import banque, referentiel
from autograder.moteur.chrono import duree_en_clair
from autograder.moteur.seance import Seance

from .conftest import ROOT, load

DEVOIRS = {"examen_ecrit": "titre", "examen_ccp_prospection": "ccp_prospection",
           "examen_ccp_negociation": "ccp_negociation"}  # fmt: skip
# The trainer's barème cell of each deliverable (the same cell in every size that asks for it).
BAREMES = {
    "tableau_de_bord": "analyse-tableau-de-bord",
    "diaporama": "actions-diaporama",
    "proposition": "pertinence-proposition",
}


def _cellules(devoir: str) -> dict[str, dict]:
    nb = load(ROOT / "solutions" / devoir / f"{devoir}.ipynb")
    return {c["metadata"]["nbgrader"]["grade_id"]: c for c in nb["cells"]}


def test_every_size_has_its_assignment():
    assert sorted(DEVOIRS.values()) == sorted(tailles.TAILLES)
    for devoir in DEVOIRS:
        assert (ROOT / "exercises" / devoir / f"{devoir}.ipynb").is_file(), "make release"


@pytest.mark.parametrize("devoir", DEVOIRS)
def test_the_assignment_declares_its_size_and_the_clock_follows_the_reference(devoir, tmp_path):
    taille = DEVOIRS[devoir]
    assert banque.charger_contexte(devoir).TAILLE == taille
    assert tuple(banque.lister(devoir)) == tailles.TAILLES[taille]
    p = Passation(Seance(devoir, tmp_path))
    e = tailles.epreuve(taille)
    assert p.epreuve == e and p.livrables == e.livrables
    assert p.chrono.secondes == e.duree_minutes * 60  # 90, 180 or 240 min in the reference
    from autograder.widgets.examen import PanneauEpreuve

    panneau = PanneauEpreuve(Seance(devoir, tmp_path))
    texte = panneau.children[0].value
    assert duree_en_clair(e.duree_minutes * 60) in texte and html.escape(e.intitule) in texte
    for livrable, libelle in tailles.LIVRABLES.items():
        assert (html.escape(libelle) in texte) == (livrable in e.livrables)


@pytest.mark.parametrize("devoir", ["examen_ccp_prospection", "examen_ccp_negociation"])
def test_a_ccp_size_reuses_the_title_declarations_and_barèmes(devoir):
    for nom in banque.lister(devoir):
        ccp, titre = (
            banque.charger_exercice(devoir, nom),
            banque.charger_exercice("examen_ecrit", nom),
        )
        for attribut in ("TITRE", "CRITERES", "POINTS", "FORMAT", "generer", "enonce",
                         "evaluer_document", "exemple"):  # fmt: skip
            assert getattr(ccp, attribut) is getattr(titre, attribut), (nom, attribut)
    cellules, du_titre = _cellules(devoir), _cellules("examen_ecrit")
    manuelles = {g for g, c in cellules.items() if c["metadata"]["nbgrader"].get("solution")}
    assert manuelles == {BAREMES[x] for x in tailles.TAILLES[DEVOIRS[devoir]]}
    for g in manuelles:  # one barème, three notebooks: they must not drift apart
        assert cellules[g]["source"] == du_titre[g]["source"], g
        assert cellules[g]["metadata"] == du_titre[g]["metadata"], g


@pytest.mark.parametrize("devoir", ["examen_ccp_prospection", "examen_ccp_negociation"])
def test_a_ccp_notebook_names_its_certificate_and_types_no_duration(devoir):
    e = tailles.epreuve(DEVOIRS[devoir])
    ref = referentiel.charger()
    ccp = next(c for c in ref.certificats if c.id == DEVOIRS[devoir])
    cellules = _cellules(devoir)
    titre = "".join(cellules["texte-1"]["source"])
    assert titre.startswith("# Examen blanc") and e.intitule in titre
    textes = "".join(
        "".join(c["source"]) for c in cellules.values() if c["cell_type"] == "markdown"
    )
    assert not re.search(r"\d\s*(h|heures?|min)\b", textes), "the duration comes from the data"
    # Under the mapping rule, every criterion named is one of the certificate's, or transversal.
    competences = next(a for a in ref.activites if a["id"] == ccp.activite)["competences"]
    for c in cellules.values():
        for critere in c["metadata"].get("ntc", {}).get("criteres", []):
            assert critere.startswith("CT") or critere.split(".")[0] in competences, critere


def test_a_deposit_is_read_once_and_graded_from_that_reading(tmp_path, monkeypatch):
    """Deposit, save, feedback and the grade cell used to read the workbook three or four times;
    one file is one reading now, kept by its SHA-256."""
    from autograder.widgets.exercice import ExerciceWidget
    from autograder.widgets.seance import SeanceNotebook

    lectures = []
    vraie = livrables.noter_tableau

    def compter(sujet, contenu):
        lectures.append(len(contenu))
        return vraie(sujet, contenu)

    monkeypatch.setattr(livrables, "noter_tableau", compter)
    s = SeanceNotebook("examen_ccp_prospection", tmp_path)
    ex = s.exercice("tableau_de_bord")
    juste = livrables.exemple_tableau(s.donnees["sujet"], s.donnees["sujet"].contextes[0]["id"])
    w = ExerciceWidget(s, ex)
    w.controles.recevoir(juste, "mon tableau.xlsx")
    assert len(lectures) == 1
    assert "Tout est juste" in w.retour.value and "déposé" in w.controles.statut.value
    w.verifier()  # « Vérifier », then the grade cell: the same file, no new reading
    s.verifier("tableau_de_bord")
    assert s.noter("tableau_de_bord") is None  # full marks
    assert len(lectures) == 1
    faux = ex.format.reponse_fausse(ex)
    w.controles.recevoir(faux["contenu"], faux["nom"])  # another file: read once
    assert len(lectures) == 2
    assert json.loads((tmp_path / ".reponses" / "examen_ccp_prospection.json").read_text())
    relue = SeanceNotebook(
        "examen_ccp_prospection", tmp_path
    )  # grading, in a new kernel: read once
    relue.verifier("tableau_de_bord")
    relue.noter("tableau_de_bord")
    assert len(lectures) == 3


def test_a_refused_file_is_read_once_and_keeps_its_message(tmp_path, monkeypatch):
    from autograder.moteur.formats import ReponseInvalide

    lectures = []
    monkeypatch.setattr(
        livrables, "noter_tableau", lambda sujet, contenu: lectures.append(1) or _illisible()
    )
    s = Seance("examen_ccp_prospection", tmp_path)
    contenu = livrables.exemple_tableau(s.donnees["sujet"], s.donnees["sujet"].contextes[0]["id"])
    for _ in range(2):
        with pytest.raises(ReponseInvalide, match="Ouvrez-le et enregistrez-le"):
            s.repondre("tableau_de_bord", {"contenu": contenu, "nom": "t.xlsx"})
    assert lectures == [1] and s.reponses.valeur("tableau_de_bord") is None


def _illisible():
    raise ValueError("Classeur sans valeurs calculées. Ouvrez-le et enregistrez-le.")


def test_the_lesson_lets_the_learner_choose_the_size_until_the_start(tmp_path):
    """The self-learner's lesson: the size is chosen in the panel (no code to edit), the clock,
    the instructions and the deliverables shown follow it, and it is fixed once started."""
    from autograder.widgets.examen import PanneauEpreuve
    from autograder.widgets.seance import SeanceNotebook

    s = SeanceNotebook("examen_ecrit", tmp_path)
    montres = []
    s.afficher = montres.append
    panneau = PanneauEpreuve(s, choix_taille=True)
    assert panneau.taille.value == "titre" and montres == list(tailles.TAILLES["titre"])
    assert not hasattr(PanneauEpreuve(s), "taille")  # a graded assignment: its own size only
    montres.clear()
    panneau.taille.value = "ccp_negociation"
    e = tailles.epreuve("ccp_negociation")
    assert panneau.passation.epreuve == e and montres == ["proposition"]
    assert duree_en_clair(e.duree_minutes * 60) in panneau.consigne.value
    assert panneau.chrono.chrono.secondes == e.duree_minutes * 60
    assert panneau.chrono in panneau.children
    relu = PanneauEpreuve(SeanceNotebook("examen_ecrit", tmp_path), choix_taille=True)
    assert relu.taille.value == "ccp_negociation"  # kept in the answer store
    relu.choix.value = relu.passation.sujet.contextes[0]["id"]
    relu.chrono.commencer()
    assert relu.taille.disabled and relu.passation.chrono.debut is not None
    relu.taille.value = "titre"  # ignored once the clock runs
    assert relu.passation.epreuve.taille == relu.taille.value == "ccp_negociation"
    assert (tmp_path / "modeles" / "proposition.docx").exists()
    assert not (tmp_path / "modeles" / "tableau_de_bord.xlsx").exists()
