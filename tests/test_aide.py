"""The French hint: installed by ouvrir_seance in every graded notebook, never on a grade cell."""

from autograder.widgets.seance import ouvrir_seance


def test_graded_notebooks_get_french_hints_but_grade_cells_stay_as_they_are(tmp_path, capsys):
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance()
    ouvrir_seance("cp9_relation_client", tmp_path)
    resultat = shell.run_cell('import pandas as pd\npd.DataFrame({"date": [1]})["Date"]')
    assert resultat.error_in_exec is not None  # the cell still fails
    sortie = capsys.readouterr().out
    assert "KeyError" in sortie and "Indice : pandas" in sortie and "conservées" in sortie

    resultat = shell.run_cell('assert False, "Aucune réponse enregistrée"')
    assert isinstance(resultat.error_in_exec, AssertionError)
    sortie = capsys.readouterr().out
    assert "Aucune réponse enregistrée" in sortie and "Indice" not in sortie
