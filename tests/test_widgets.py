"""The answer widgets without a browser: clicks save at once, bad input is refused and keeps the
previous answer, a reopened notebook shows what was answered."""

import math

import pytest

from autograder.moteur import banque
from autograder.moteur.seance import Seance
from autograder.widgets.exercice import creer_widget

from .conftest import ASSIGNMENTS, remplir

WIDGET_EXERCICES = [
    (d, n)
    for d in ASSIGNMENTS
    for n in banque.lister(d)
    if getattr(banque.charger_exercice(d, n), "WIDGET", True)  # every item but a report to write
]


@pytest.mark.parametrize("devoir,nom", WIDGET_EXERCICES)
def test_right_answer_saved_and_restored(devoir, nom, tmp_path):
    s = Seance(devoir, tmp_path)
    ex = s.exercice(nom)
    w = creer_widget(s, ex)
    remplir(w, ex.solution())
    w.verifier()
    assert "✅" in w.retour.value
    assert ex.evaluer(Seance(devoir, tmp_path).reponses.valeur(nom)).juste  # on disk, at once

    # Reopen (new kernel): the widget comes back with the answer and the grade cell reads it.
    s2 = Seance(devoir, tmp_path)
    w2 = creer_widget(s2, s2.exercice(nom))
    assert "reprise" in w2.retour.value
    assert w2._brute() is not None
    ex2 = s2.exercice(nom)
    assert ex2.evaluer(ex2.lire(w2._brute())).juste  # the controls show the saved answer
    assert s2.noter(nom) is None  # full marks


@pytest.mark.parametrize("devoir,nom", [e for e in WIDGET_EXERCICES])
def test_wrong_answer_explained(devoir, nom, tmp_path):
    s = Seance(devoir, tmp_path)
    ex = s.exercice(nom)
    w = creer_widget(s, ex)
    if ex.format.nature == "personnalise":
        # A custom format declares a wrong answer; it may earn some credit, never full marks.
        w._derniere = ex.module.reponse_fausse(ex.params)
        w.verifier()
        entete = w.retour.value.split("</b>")[0]  # the verdict line, before the details
        assert "✅" not in entete and ("❌" in entete or "🟡" in entete)
        try:
            partiel = s.noter(nom)
        except AssertionError:
            return
        assert partiel is not None and partiel < ex.points
        return
    if ex.format.nature == "quiz":
        for q in ex.questions:
            fausser(w.saisies[q.nom], q)
    else:
        fausser(w, ex)
    w.verifier()
    assert "❌" in w.retour.value
    if ex.format.nature == "document":  # a document with defects may earn part of the points
        try:
            partiel = s.noter(nom)
        except AssertionError:
            return
        assert partiel is not None and partiel < ex.points
        return
    with pytest.raises(AssertionError):
        s.noter(nom)


def fausser(controles, ex) -> None:
    """Put a wrong answer in the controls, as a learner's clicks would."""
    nature = ex.format.nature
    if nature == "nombre":
        controles.champ.value = f"{_nombre_faux(ex):.2f}".replace(".", ",")
    elif nature == "choix":
        controles.champ.value = next(o.cle for o in ex.options() if not o.correct)
    elif nature == "choix_multiple":
        for cle, case in controles.cases.items():
            case.value = cle not in ex.solution()
    elif nature == "enregistrement":  # too short a recording
        controles.controles.recevoir(ex.format.reponse_fausse(ex)["audio"])
    elif nature == "document":  # a draft full of defects
        faux = ex.format.reponse_fausse(ex)
        controles.controles.recevoir(faux["contenu"], faux["nom"])
    else:
        sol = ex.solution()
        autres = [c for c, _ in ex.format.categories]
        for cle, liste in controles.listes.items():
            liste.value = next(c for c in autres if c != sol[cle])


def _nombre_faux(ex) -> float:
    """A wrong number the field still takes: within the format's plausible range when it has one."""
    fmt = ex.format
    juste = fmt.saisie(ex.solution())
    ecart = 10 * fmt.tolerance + 7
    bas, haut = fmt.bornes if fmt.bornes is not None else (-math.inf, math.inf)
    candidats = [juste + ecart, juste - ecart, juste + 10 * fmt.tolerance, bas, haut]
    for c in candidats:
        if bas <= c <= haut and math.isfinite(c) and not fmt.proche(fmt.interne(c), ex.solution()):
            return c
    raise AssertionError(f"{ex.nom} : aucune valeur fausse dans les bornes {fmt.bornes}")


NOMBRES = [
    (d, n) for d, n in WIDGET_EXERCICES if banque.charger_exercice(d, n).FORMAT.nature == "nombre"
]


@pytest.mark.parametrize("devoir,nom", NOMBRES)
def test_text_in_number_field_keeps_previous_answer(devoir, nom, tmp_path):
    s = Seance(devoir, tmp_path)
    ex = s.exercice(nom)
    w = creer_widget(s, ex)
    remplir(w, ex.solution())
    before = s.reponses.valeur(nom)
    for bad in ("douze", "", "12,5,3", "-1e999"):
        w.champ.value = bad
        assert "⚠️" in w.retour.value and "role='alert'" in w.retour.value
        assert Seance(devoir, tmp_path).reponses.valeur(nom) == before
    if ex.format.bornes:
        w.champ.value = str(ex.format.bornes[1] * 10 + 1)
        assert "invraisemblable" in w.retour.value
        assert Seance(devoir, tmp_path).reponses.valeur(nom) == before


def test_evaluation_mode_hides_correctness(tmp_path, monkeypatch):
    monkeypatch.setenv("NTC_MODE", "evaluation")
    devoir, nom = WIDGET_EXERCICES[0]
    s = Seance(devoir, tmp_path)
    ex = s.exercice(nom)
    w = creer_widget(s, ex)
    remplir(w, ex.solution())
    w.verifier()
    assert "enregistrée" in w.retour.value and "✅" not in w.retour.value


def controles(widget):
    """Every input control in a widget tree (what a learner types in, ticks or picks)."""
    import ipywidgets as w

    from autograder.widgets.televersement import Televersement

    saisies = (w.Text, w.Textarea, w.Dropdown, w.RadioButtons, w.Checkbox, w.ToggleButtons,
               w.ToggleButton, w.Select, w.SelectMultiple, w.Combobox, w.IntText, w.FloatText,
               w.BoundedIntText, w.BoundedFloatText, w.IntSlider, w.FloatSlider,
               w.FileUpload, Televersement)  # fmt: skip
    if isinstance(widget, saisies):
        yield widget
    for enfant in getattr(widget, "children", ()):
        yield from controles(enfant)


def test_every_input_has_a_label(tmp_path):
    for devoir, nom in WIDGET_EXERCICES:
        s = Seance(devoir, tmp_path)
        w = creer_widget(s, s.exercice(nom))
        inputs = list(controles(w))
        sans = [type(i).__name__ for i in inputs if not i.description.strip()]
        assert inputs and not sans, (devoir, nom, sans)


def test_unclassified_shows_its_label_not_a_blank(tmp_path):
    """ipywidgets renders a Dropdown value None as an empty box: « — à classer — » must show."""
    devoir, nom = next(
        (d, n)
        for d, n in WIDGET_EXERCICES
        if "classement" in str(banque.charger_exercice(d, n).FORMAT.nature)
    )
    s = Seance(devoir, tmp_path)
    w = creer_widget(s, s.exercice(nom))
    for liste in w.listes.values():
        assert liste.value == "" and liste.label == "— à classer —"
    assert all(v is None for v in w._brute().values())


def test_number_placeholder_has_the_shape_of_the_answer():
    from autograder.moteur.formats import Nombre
    from autograder.widgets.saisies import _exemple

    assert _exemple(Nombre(unite="mois", tolerance=0, bornes=(0, 12), decimales=0)) == "ex. 12"
    assert _exemple(Nombre(unite="€", bornes=(0, 1e6), decimales=0)) == "ex. 1 234"
    assert _exemple(Nombre(unite="%", decimales=1)) == "ex. 1 234,5"


def test_explanations_written_in_markdown_show_as_html(tmp_path):
    from autograder.widgets.retour import en_ligne

    assert en_ligne("jointure **externe** : `MAX(date)`, `a ** b < c`, 5 * 3") == (
        "jointure <b>externe</b> : <code>MAX(date)</code>, <code>a ** b &lt; c</code>, 5 * 3"
    )
    s = Seance("cp9_relation_client", tmp_path)
    w = creer_widget(s, s.exercice("clients_sans_contact"))
    w.champ.value = "3"  # wrong: the explanation follows the verdict
    assert "<b>externe</b>" in w.retour.value and "**" not in w.retour.value
    assert "`" not in w.retour.value
