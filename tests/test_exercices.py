"""Every exercise declaration of every devoir: valid, personal, right key, helpful feedback."""

import re

import pytest

from autograder.moteur import banque, referentiel
from autograder.moteur.formats import ReponseInvalide
from autograder.moteur.seance import Seance

from .conftest import ASSIGNMENTS

EXERCICES = [(d, n) for d in ASSIGNMENTS for n in banque.lister(d)]
CONNUS = set(referentiel.tous_les_criteres())


@pytest.fixture
def seances(tmp_path):
    made = {}

    def ouvrir(devoir, identifiant):
        key = (devoir, identifiant)
        if key not in made:
            s = Seance(devoir, tmp_path / identifiant)
            s.changer_identifiant(identifiant)
            made[key] = s
        return made[key]

    return ouvrir


@pytest.mark.parametrize("devoir,nom", EXERCICES)
def test_declaration(devoir, nom, seances):
    ex = seances(devoir, "alice").exercice(nom)
    assert set(ex.criteres) <= CONNUS, ex.criteres  # () : evidences no criterion (README)
    assert ex.points > 0
    assert ex.enonce().strip()
    # The key scores full marks, and an empty answer scores nothing.
    assert ex.evaluer(ex.solution()).juste
    assert ex.evaluer(None).score == 0


@pytest.mark.parametrize("devoir,nom", EXERCICES)
def test_traps_are_not_the_answer(devoir, nom, seances):
    """A diagnosed typical mistake must never coincide with the expected answer."""
    for ident in ("alice", "bob", "carla", "dris", "emma"):
        ex = seances(devoir, ident).exercice(nom)
        diag = getattr(ex.module, "diagnostics", None)
        if ex.format.nature != "nombre" or diag is None:
            continue
        for valeur, message in diag(ex.params):
            assert not ex.format.proche(valeur, ex.solution()), (ident, message)
            verdict = ex.evaluer(valeur)
            assert verdict.score == 0 and message in verdict.details


def test_learners_get_different_numbers(seances):
    for devoir in ASSIGNMENTS:
        a, b = seances(devoir, "alice"), seances(devoir, "bob")
        differs = [
            n
            for n in banque.lister(devoir)
            if a.exercice(n).params != b.exercice(n).params
            or a.exercice(n).solution() != b.exercice(n).solution()
        ]
        assert len(differs) >= len(banque.lister(devoir)) // 2, differs


@pytest.mark.donnees_fraiches
def test_same_identifier_same_numbers(tmp_path):
    for devoir in ASSIGNMENTS:
        a, b = Seance(devoir, tmp_path / "a"), Seance(devoir, tmp_path / "b")
        a.changer_identifiant("alice")
        b.changer_identifiant("alice")
        for nom in banque.lister(devoir):
            assert a.exercice(nom).solution() == b.exercice(nom).solution()


@pytest.mark.parametrize("devoir,nom", EXERCICES)
def test_bad_input_refused_in_french_and_previous_answer_kept(devoir, nom, seances):
    s = seances(devoir, "alice")
    ex = s.exercice(nom)
    if ex.variable:
        s.repondre(nom, ex.solution(), depuis_code=True)
    else:
        s.repondre(nom, _typed(ex))
    kept = s.reponses.valeur(nom)
    bad = {"nombre": ["douze", "", "1,2,3", "1e400"], "choix": ["zzz", None]}.get(
        ex.format.nature, ["n'importe quoi", 42]
    )
    for brute in bad:
        with pytest.raises(ReponseInvalide) as info:
            s.repondre(nom, brute)
        assert any(c in str(info.value) for c in "éèàùç") or re.search(
            "[ \u00a0]: ", str(info.value)
        )
    assert s.reponses.valeur(nom) == kept


def _typed(ex):
    """The answer as a learner would type or click it in the widget."""
    sol = ex.solution()
    if ex.format.nature == "nombre":
        return f"{ex.format.saisie(sol):.6f}".replace(".", ",")
    return sol


def test_absurd_numbers_are_refused():
    for devoir in ASSIGNMENTS:
        for nom in banque.lister(devoir):
            mod = banque.charger_exercice(devoir, nom)
            if getattr(mod.FORMAT, "bornes", None):
                low, high = mod.FORMAT.bornes
                with pytest.raises(ReponseInvalide, match="invraisemblable"):
                    mod.FORMAT.lire(str(high * 10 + 1).replace(".", ","))


TAMPERED = [[1, 2], {"a": [1]}, "texte", 3.5, True, {"x": None}, [["nested"]]]


@pytest.mark.parametrize("devoir,nom", EXERCICES)
def test_tampered_stored_answer_scores_zero_without_crash(devoir, nom, seances):
    s = seances(devoir, "alice")
    ex = s.exercice(nom)
    for valeur in TAMPERED:
        if valeur == ex.solution():
            continue
        s.reponses.enregistrer(nom, valeur)
        assert ex.evaluer(valeur).score < 1
        with pytest.raises(AssertionError):
            s.noter(nom)


@pytest.mark.parametrize(
    ("brute", "attendu"),
    [
        ((0, 174), "0.174"),  # « 0,174 » typed in Python is a pair of numbers
        ("texte".upper, "parenthèses"),  # a method, not its result
        ({"a": 1}, "type dict"),
    ],
)
def test_a_value_by_code_that_is_not_a_number_is_explained_in_french(brute, attendu):
    from autograder.moteur.formats import Nombre, ReponseInvalide

    with pytest.raises(ReponseInvalide, match=re.escape(attendu)):
        Nombre(unite="%").lire_interne(brute)
