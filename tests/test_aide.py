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


def test_a_failed_grade_cell_shows_its_french_reason_without_the_engine_traceback(tmp_path, capsys):
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance()
    ouvrir_seance("cp9_relation_client", tmp_path)
    capsys.readouterr()
    shell.user_ns["seance"] = ouvrir_seance("cp9_relation_client", tmp_path)
    resultat = shell.run_cell('seance.noter("taux_attrition_annuel")')
    assert isinstance(resultat.error_in_exec, AssertionError)  # still 0 point for nbgrader
    sortie = _plat(capsys.readouterr().out)
    assert "AssertionError : Aucune réponse enregistrée pour « Taux d'attrition 2025 »" in sortie
    assert "seance.py" not in sortie and "Traceback" not in sortie
    # any other assertion keeps its full traceback (a learner's own check, a trainer's test)
    shell.run_cell("def f():\n    assert 1 == 2, 'mon test'\nf()")
    sortie = _plat(capsys.readouterr().out)
    assert "mon test" in sortie and "Traceback" in sortie


def test_the_data_workbook_is_not_written_when_nbgrader_grades(tmp_path, monkeypatch):
    from autograder.widgets.seance import SeanceNotebook

    correction = tmp_path / "autograded" / "alice" / "cp9_relation_client"
    correction.mkdir(parents=True)
    monkeypatch.chdir(correction)
    chemin = SeanceNotebook("cp9_relation_client", correction).ecrire_classeur()
    assert chemin is not None and not chemin.exists()  # the page links it; no file written
    monkeypatch.chdir(tmp_path)
    chemin = SeanceNotebook("cp9_relation_client", tmp_path).ecrire_classeur()
    assert chemin.is_file()  # a learner's own folder gets the workbook


def test_under_autograde_an_exercise_shows_its_statement_without_a_live_widget(
    tmp_path, monkeypatch
):
    from autograder.widgets.seance import SeanceNotebook

    correction = tmp_path / "autograded" / "alice" / "cp9_relation_client"
    correction.mkdir(parents=True)
    monkeypatch.chdir(correction)
    seance = SeanceNotebook("cp9_relation_client", correction)
    seance.afficher("taux_attrition_annuel")
    assert "taux_attrition_annuel" not in seance.widgets
    monkeypatch.chdir(tmp_path)
    seance = SeanceNotebook("cp9_relation_client", tmp_path)
    seance.afficher("taux_attrition_annuel")
    assert "taux_attrition_annuel" in seance.widgets  # a learner gets the widget
