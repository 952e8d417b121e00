"""« Ma progression » in JupyterLab, as a learner sees it: a wrong answer saved in an assignment
shows « non acquis », the table is audited by axe-core, « Actualiser » redraws the grid, and
« Relire » opens the lesson that teaches the criterion."""

from __future__ import annotations

import shutil

import pytest

from autograder.moteur.seance import Seance

from .navigateur import (
    DELAI_WIDGET,
    audit_axe,
    executer_tout,
    ouvrir_notebook,
    violations_hors_liste,
)

pytestmark = pytest.mark.browser

DEVOIR, NOM, CRITERE = "cp1_veille", "type_a_actualiser", "CP1.3"


def test_progression_wrong_answer_lesson_anchor_and_refresh(lab_page, lab):
    page = lab_page
    dossier = lab.racine / "exercises" / DEVOIR
    try:
        seance = Seance(DEVOIR, dossier)
        ex = seance.exercice(NOM)
        seance.repondre(NOM, next(o.cle for o in ex.options() if not o.correct))

        panneau = ouvrir_notebook(page, lab, "course/ma_progression.ipynb")
        executer_tout(page)
        grille = panneau.locator("table", has_text="Critères officiels du titre")
        grille.wait_for(timeout=DELAI_WIDGET)
        ligne = grille.locator("tr", has=page.locator("th", has_text=CRITERE)).first
        assert "non acquis" in ligne.inner_text()
        assert ex.titre in ligne.inner_text()
        violations = audit_axe(
            page, inclure=[".jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea"]
        )
        assert not violations_hors_liste(violations, {}), violations

        # « Actualiser » after a right answer: the same row now says « acquis ».
        seance.repondre(NOM, next(o.cle for o in ex.options() if o.correct))
        panneau.get_by_role("button", name="Actualiser").click()
        page.wait_for_function(
            """(c) => [...document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) tr')]
                 .some((tr) => tr.querySelector('th')?.textContent === c
                               && / acquis$/.test(tr.querySelector('td:nth-of-type(2)')?.textContent
                                                  ?.trim() ?? '')
                               && !/non acquis/.test(tr.textContent))""",
            arg=CRITERE,
            timeout=DELAI_WIDGET,
        )
        seance.repondre(NOM, next(o.cle for o in ex.options() if not o.correct))
        panneau.get_by_role("button", name="Actualiser").click()
        relire = panneau.locator("tr", has=page.locator("th", has_text=CRITERE)).locator(
            "a", has_text="Des données actualisées"
        )
        relire.wait_for(timeout=DELAI_WIDGET)
        assert "#cell-id=" in relire.get_attribute("href")
        relire.click()
        # The lesson opens in JupyterLab (a new tab, the learner's page kept). Its scrolling to
        # the section is JupyterLab's (#cell-id=…): on a first opening, JupyterLab 4.6 scrolls
        # before the cells are laid out and stays at the top, so only the opening is checked.
        page.wait_for_function(
            """(c) => {
                 const w = window.jupyterapp.shell.currentWidget;
                 if (!w || !w.context || !w.context.path.endsWith('cp1_veille/01_veille.ipynb'))
                   return false;
                 return [...w.node.querySelectorAll('h2')].some(
                   (e) => e.textContent.includes('(' + c + ')'));
               }""",
            arg=CRITERE,
            timeout=DELAI_WIDGET,
        )
    finally:
        shutil.rmtree(dossier / ".reponses", ignore_errors=True)
