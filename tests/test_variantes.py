"""Practice variants (issue #15 §5): « Nouvelle variante » gives fresh numbers from the same
declaration, feedback as usual, and never touches the graded answer.

Checked over the whole bank: every exercise that offers variants really changes (its statement,
its choices, its expected answer or the tables it computes from); one whose answer depends on data
outside its statement declares those tables, so the variant can show them; the variant's expected
answer scores full marks in the variant and the answer file of the graded notebook stays
byte-identical; evaluation mode offers no variant.
"""

from __future__ import annotations

import pytest

from autograder.moteur import banque, variantes
from autograder.moteur.seance import Seance
from autograder.moteur.variantes import Variante

from .conftest import ASSIGNMENTS
from .test_sans_code import RECALCULS

TIRAGES = (1, 2, 3)


def _vu(ex) -> str:
    """Everything the learner reads of an exercise: statement, choices, items, quiz questions."""
    parts = [ex.enonce()]
    for source in (ex, *ex.questions):
        for lister in ("options", "elements"):
            try:
                parts += [getattr(o, "libelle", repr(o)) for o in getattr(source, lister)()]
            except (AttributeError, TypeError, KeyError):
                pass  # this format has no such list
        if source is not ex:
            parts.append(source.enonce())
    if ex.format.nature == "personnalise":  # its widget shows what its parameters hold
        parts.append(repr(sorted(ex.params.items())))
    return "\n".join(map(str, parts))


def _tables(seance, ex) -> str:
    cles = tuple(getattr(ex.module, "DONNEES", ()) or ())
    return "\n".join(f.table.to_csv() for f in seance.feuilles() if f.cle in cles)


@pytest.fixture(scope="module")
def tirages(tmp_path_factory):
    """Per assignment: the graded session, then three variants, and the answer file's bytes."""
    cache = {}

    def ouvrir(devoir):
        if devoir not in cache:
            dossier = tmp_path_factory.mktemp(devoir)
            s = Seance(devoir, dossier)
            premier = banque.lister(devoir)[0]
            s.reponses.enregistrer(premier, s.exercice(premier).solution())
            avant = s.reponses.chemin.read_bytes()
            cache[devoir] = (s, [Variante(s, n) for n in TIRAGES], avant)
        return cache[devoir]

    return ouvrir


@pytest.mark.parametrize("devoir", ASSIGNMENTS)
def test_every_variant_changes_and_shows_the_data_it_needs(devoir, tirages):
    s, vs, _ = tirages(devoir)
    problemes = []
    for nom in banque.lister(devoir):
        ex = s.exercice(nom)
        if not variantes.proposee(ex):
            continue
        tous = [s, *vs]
        vus = [_vu(t.exercice(nom)) for t in tous]
        solutions = [repr(t.exercice(nom).solution()) for t in tous]
        tables = [_tables(t, t.exercice(nom)) for t in tous]
        if len(set(zip(vus, solutions, tables, strict=True))) == 1:
            problemes.append(f"{nom}: every variant is the graded exercise again")
        cache = any(
            vus[0] == v and solutions[0] != sol
            for v, sol in zip(vus[1:], solutions[1:], strict=True)
        )
        if cache and not vs[0].feuilles_de(vs[0].exercice(nom)):
            problemes.append(f"{nom}: its answer depends on data it neither shows nor declares")
    assert not problemes, problemes


@pytest.mark.parametrize("devoir", ASSIGNMENTS)
def test_a_variant_is_graded_on_its_own_numbers_and_saves_nothing(devoir, tirages):
    s, vs, avant = tirages(devoir)
    v = vs[0]
    offertes = [n for n in banque.lister(devoir) if variantes.proposee(s.exercice(n))]
    if not offertes:  # an exam of deposited files: no numbers to draw again
        assert all(s.exercice(n).format.nature == "document" for n in banque.lister(devoir))
        return
    for nom in offertes:
        vex = v.exercice(nom)
        verdict = v.repondre(nom, vex.solution(), depuis_code=True)
        assert verdict.juste, (nom, verdict.message)
        assert v.reponses.valeur(nom) is not None  # kept for the variant's widget, in memory
    assert s.reponses.chemin.read_bytes() == avant
    assert Seance(devoir, s.reponses.dossier).reponses.cles() == s.reponses.cles()
    with pytest.raises(AssertionError, match="jamais notée"):
        v.noter(offertes[0])


@pytest.mark.parametrize("devoir", sorted(RECALCULS))
def test_the_practice_workbook_alone_gives_the_variant_answer(devoir, tirages):
    s, vs, _ = tirages(devoir)
    nom, recalcul = RECALCULS[devoir]
    v = vs[1]
    vex = v.exercice(nom)
    chemin, feuilles = v.ecrire_classeur_de(vex)
    assert chemin.parent.name == "entrainement" and chemin != s.chemin_classeur
    assert {f.cle for f in feuilles} == set(vex.module.DONNEES)
    valeur = recalcul(chemin, vex)
    assert vex.evaluer(vex.lire(valeur, depuis_code=True)).juste
    graded = s.exercice(nom)
    assert not graded.evaluer(graded.lire(valeur, depuis_code=True)).juste, "same numbers?"


def test_the_check_fails_on_a_variant_that_does_not_change(tmp_path, monkeypatch, tirages):
    """Shown able to fail: a variant drawn with the graded seeds is the graded exercise again."""
    s, _, _ = tirages("cp4_performances")
    figee = Variante(s, 1)
    monkeypatch.setattr(Variante, "graine", property(lambda self: s.graine))
    monkeypatch.setattr(Variante, "graine_exercice", lambda self, nom: s.graine_exercice(nom))
    ex, fex = s.exercice("ecart_ca_trimestre"), figee.exercice("ecart_ca_trimestre")
    assert (_vu(ex), repr(ex.solution()), _tables(s, ex)) == (
        _vu(fex),
        repr(fex.solution()),
        _tables(figee, fex),
    )


def test_no_variant_for_a_recording_an_opt_out_or_in_evaluation_mode(tmp_path, monkeypatch):
    s = Seance("cp5_image", tmp_path)
    assert not variantes.proposee(s.exercice("pitch_oral"))  # a recording has no numbers
    assert variantes.proposee(s.exercice("reduire_pitch"))
    t = Seance("entretien_swot", tmp_path)
    assert not variantes.proposee(t.exercice("ca_par_salarie"))  # VARIANTES = False
    monkeypatch.setenv("NTC_MODE", "evaluation")
    assert not variantes.offerte(s.exercice("reduire_pitch"))
    monkeypatch.setenv("NTC_MODE", "entrainement")
    assert variantes.offerte(s.exercice("reduire_pitch"))


# -- the widget ----------------------------------------------------------------------------------
def test_the_button_draws_a_variant_answered_in_its_own_widget(tmp_path, monkeypatch):
    from autograder.moteur.nombres import nombre
    from autograder.widgets.seance import SeanceNotebook

    monkeypatch.setenv("NTC_MODE", "entrainement")
    s = SeanceNotebook("cp4_performances", tmp_path)
    s.afficher("ecart_ca_trimestre")
    note = s.widgets["ecart_ca_trimestre"]
    note.champ.value = "1 000"
    note.verifier()
    avant, retour = s.reponses.chemin.read_bytes(), note.retour.value

    panneau = note.variantes
    assert panneau.bouton.description == "Nouvelle variante"
    panneau.bouton.click()
    premier = panneau.variante.numero
    panneau.bouton.click()
    assert panneau.variante.numero != premier and panneau.tirees == 2
    vex = panneau.variante.exercice("ecart_ca_trimestre")
    textes = [str(getattr(c, "value", "")) for c in panneau.widget.children]
    assert not any("Python" in t for t in textes)  # the code route answers the graded numbers
    assert "Python" in note.children[0].value
    panneau.widget.champ.value = "trois mille"  # a bad input: a French message, nothing lost
    panneau.widget.verifier()
    assert "⚠️" in panneau.widget.retour.value
    panneau.widget.champ.value = nombre(vex.solution(), 2)
    panneau.widget.verifier()
    assert "✅" in panneau.widget.retour.value, panneau.widget.retour.value

    assert s.reponses.chemin.read_bytes() == avant  # the graded answer is untouched
    assert note.retour.value == retour and note.champ.value == "1 000"
    classeur = tmp_path / "donnees" / "entrainement" / "cp4_performances_ecart_ca_trimestre.xlsx"
    assert classeur.exists()
    assert sorted(p.name for p in (tmp_path / "donnees" / "entrainement").iterdir()) == [
        classeur.name
    ]  # replaced by each new variant, not piled up


def test_evaluation_mode_shows_no_variant_button(tmp_path, monkeypatch):
    from autograder.widgets.seance import SeanceNotebook

    monkeypatch.setenv("NTC_MODE", "evaluation")
    s = SeanceNotebook("cp4_performances", tmp_path)
    s.afficher("ecart_ca_trimestre")
    assert not hasattr(s.widgets["ecart_ca_trimestre"], "variantes")


def test_a_quiz_variant_draws_other_questions(tmp_path, monkeypatch):
    from autograder.widgets.seance import SeanceNotebook

    monkeypatch.setenv("NTC_MODE", "entrainement")
    s = SeanceNotebook("cp7_negociation", tmp_path)
    s.afficher("quiz_objections")
    panneau = s.widgets["quiz_objections"].variantes
    panneau.nouvelle(numero=5)
    graded = [q.nom for q in s.exercice("quiz_objections").questions]
    tirees = [q.nom for q in panneau.variante.exercice("quiz_objections").questions]
    assert graded != tirees
    panneau.widget.verifier()  # nothing answered: feedback, nothing saved
    assert not s.reponses.chemin.exists() or "quiz_objections" not in s.reponses.cles()
