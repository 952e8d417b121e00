"""A graded quiz in JupyterLab under Chromium: every question answered with its own control,
per-question feedback shown, the answers on disk as the grade cell will read them."""

from __future__ import annotations

import json

import pytest

from .navigateur import (
    DELAI_WIDGET,
    assert_libelles,
    assert_widgets_ok,
    devoir_execute,
)

pytestmark = pytest.mark.browser

DEVOIR, QUIZ = "cp5_image", "quiz_image"


def test_quiz_au_clavier_et_a_la_souris(lab_page, lab):
    page = lab_page
    quiz, ex, fichier = devoir_execute(page, lab, DEVOIR, QUIZ, ".ntc-quiz")
    blocs = quiz.locator(".ntc-question")
    blocs.first.wait_for(timeout=DELAI_WIDGET)
    assert blocs.count() == len(ex.questions)

    solution = ex.solution()
    for bloc, q in zip(blocs.all(), ex.questions, strict=True):
        nature, attendu = q.format.nature, solution[q.nom]
        if nature == "choix":
            libelle = next(o.libelle for o in q.options() if o.cle == attendu)
            bloc.get_by_role("radio", name=libelle, exact=True).focus()
            page.keyboard.press("Space")
        elif nature == "choix_multiple":
            for o in q.options():
                if o.cle in attendu:
                    bloc.get_by_role("checkbox", name=o.libelle, exact=True).focus()
                    page.keyboard.press("Space")
        elif nature == "nombre":
            champ = bloc.get_by_role("textbox")
            champ.click()
            champ.fill("")
            page.keyboard.type(f"{attendu:g}".replace(".", ","))
            page.keyboard.press("Enter")
        else:
            categories = dict(q.format.categories)
            for e in q.elements():
                bloc.get_by_role("combobox", name=e.libelle, exact=True).select_option(
                    label=categories[attendu[e.cle]]
                )
    quiz.get_by_role("button", name="Vérifier").click()
    n = len(ex.questions)
    quiz.get_by_text(f"{n} questions justes sur {n}").first.wait_for(timeout=DELAI_WIDGET)
    for bloc in blocs.all():  # each question explained where it is
        assert "✅" in bloc.inner_text()

    enregistre = json.loads(fichier.read_text(encoding="utf-8"))["reponses"][QUIZ]["valeur"]
    assert ex.evaluer(enregistre).juste
    assert_libelles(page, minimum=n)
    assert_widgets_ok(page)
