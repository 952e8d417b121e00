"""The French hint: installed by ouvrir_seance in every graded notebook, never on a grade cell."""

from autograder.widgets.seance import ouvrir_seance


def _plat(texte: str) -> str:
    """The text with its non-breaking spaces (French typography) read as plain spaces."""
    return texte.replace("\u00a0", " ").replace("\u202f", " ")


def test_graded_notebooks_get_french_hints_but_grade_cells_stay_as_they_are(tmp_path, capsys):
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance()
    ouvrir_seance("cp9_relation_client", tmp_path)
    resultat = shell.run_cell('import pandas as pd\npd.DataFrame({"date": [1]})["Date"]')
    assert resultat.error_in_exec is not None  # the cell still fails
    sortie = _plat(capsys.readouterr().out)
    assert "KeyError" in sortie and "Indice : pandas" in sortie and "conservées" in sortie

    resultat = shell.run_cell('assert False, "Aucune réponse enregistrée"')
    assert isinstance(resultat.error_in_exec, AssertionError)
    sortie = _plat(capsys.readouterr().out)
    assert "Aucune réponse enregistrée" in sortie and "Indice" not in sortie


def test_a_cell_python_cannot_read_gets_a_french_hint(tmp_path, capsys):
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance()
    ouvrir_seance("cp9_relation_client", tmp_path)
    ouvrir_seance("cp9_relation_client", tmp_path)  # a second session does not add a second hint
    for cellule, attendu in [
        ('print("Nord)', "guillemet"),
        ("taux = (12 + 3", "parenthèse"),
        ("taux = 0,5 +* 2", "point décimal"),
        ("total = 12 500", "12500, pas 12 500"),
        ("x = «12»", "caractère typographique"),
    ]:
        resultat = shell.run_cell(cellule)
        assert isinstance(resultat.error_before_exec, SyntaxError), cellule
        sortie = _plat(capsys.readouterr().out)
        assert sortie.count("Indice : Python ne peut pas lire") == 1, sortie
        assert attendu in sortie and "conservées" in sortie, (cellule, sortie)
