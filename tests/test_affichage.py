"""Display helpers of the lessons: Markdown, tables, collapsible answers, signed values."""

import subprocess
import sys

import numpy as np
import pytest

from autograder.moteur.affichage import md, reponse, signe, tableau
from autograder.moteur.nombres import euros, nombre, points, pourcent

from .conftest import ROOT

FINE = "\u202f"  # espace fine insécable : milliers
INSEC = "\u00a0"  # espace insécable : avant €, %, point


@pytest.fixture
def affiche(monkeypatch):
    """What md() sends to IPython's display(), as Markdown source strings."""
    vus = []
    monkeypatch.setattr("IPython.display.display", lambda objet: vus.append(objet.data))
    return vus


# --- md, reponse ----------------------------------------------------------------------------


def test_md_affiche_du_markdown(affiche):
    assert md("**Constat** : écart de 12 %") is None
    assert affiche == ["**Constat** : écart de 12 %"]


def test_md_refuse_ce_qui_n_est_pas_du_texte(affiche):
    with pytest.raises(TypeError, match="texte Markdown"):
        md(12)
    assert affiche == []


def test_reponse_est_un_bloc_depliable(affiche):
    reponse("Il manque **5 %** de l'objectif.")
    assert affiche == [
        "<details><summary><b>Réponse</b></summary>\n\n"
        "Il manque **5 %** de l'objectif.\n\n</details>"
    ]


def test_reponse_titre(affiche):
    reponse("- une piste", titre="Indice")
    assert affiche[0].startswith("<details><summary><b>Indice</b></summary>\n\n- une piste")


# --- tableau --------------------------------------------------------------------------------


def test_tableau_aligne_a_gauche_par_defaut():
    assert tableau(["Commercial", "Région"], [("Camille Perrin", "Occitanie")]) == (
        "| Commercial | Région |\n| --- | --- |\n| Camille Perrin | Occitanie |"
    )


def test_tableau_alignements_et_valeurs_non_textuelles():
    texte = tableau(
        ["Action", "Note", "Score", "Décision"],
        [("Remise", np.int64(5), nombre(4.35, 2), "**retenue**"), ("Webinaire", 3, "3,10", "")],
        "gdcg",
    )
    assert texte.split("\n") == [
        "| Action | Note | Score | Décision |",
        "| --- | ---: | :---: | --- |",
        "| Remise | 5 | 4,35 | **retenue** |",
        "| Webinaire | 3 | 3,10 |  |",
    ]


def test_tableau_sans_ligne():
    assert tableau(["A", "B"], [], "gd") == "| A | B |\n| --- | ---: |"


def test_tableau_accepte_un_generateur_de_lignes():
    lignes = ((f"T{t}", pourcent(t / 10)) for t in (1, 2))
    assert tableau(["Trimestre", "Taux"], lignes, "gd").endswith(
        f"| T1 | 10,0{INSEC}% |\n| T2 | 20,0{INSEC}% |"
    )


def test_tableau_protege_les_barres_et_les_retours_a_la_ligne():
    texte = tableau(["Motif", "Détail"], [("prix | délai", "ligne 1\nligne 2")])
    assert texte.split("\n")[2] == r"| prix \| délai | ligne 1<br>ligne 2 |"


@pytest.mark.parametrize("alignement", ["g", "gdd", "gx", "GD"])
def test_tableau_refuse_un_alignement_incoherent(alignement):
    with pytest.raises(ValueError, match="une lettre g, d ou c par colonne, soit 2 lettres"):
        tableau(["A", "B"], [(1, 2)], alignement)


def test_tableau_refuse_une_ligne_de_mauvaise_longueur():
    with pytest.raises(ValueError, match="la ligne 2 a 1 valeurs pour 2 colonnes"):
        tableau(["A", "B"], [(1, 2), (3,)])


# --- signe ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "valeur, attendu",
    [
        (2438, f"+2{FINE}438{INSEC}€"),
        (-41437, f"-41{FINE}437{INSEC}€"),
        (2437.5, f"+2{FINE}438{INSEC}€"),  # arrondi à l'euro, demi vers le haut
        (0, f"0{INSEC}€"),
        (0.3, f"0{INSEC}€"),  # s'affiche comme zéro : pas de « +0 € »
        (-0.3, f"0{INSEC}€"),
        (np.float64(1234.4), f"+1{FINE}234{INSEC}€"),
    ],
)
def test_signe_montant_en_euros(valeur, attendu):
    assert signe(valeur) == attendu


def test_signe_avec_un_autre_format():
    assert signe(0.021, points) == f"+2,1{INSEC}points"
    assert signe(-0.005, points) == f"-0,5{INSEC}point"
    assert signe(0.05, pourcent) == f"+5,0{INSEC}%"
    assert signe(-0.123, pourcent) == f"-12,3{INSEC}%"
    assert signe(0.0004, pourcent) == f"0,0{INSEC}%"
    assert signe(1234.5, euros) == f"+1{FINE}234,50{INSEC}€"
    assert signe(12, nombre) == "+12"


def test_signe_refuse_ce_qui_n_est_pas_un_nombre():
    with pytest.raises(TypeError, match="un nombre est attendu"):
        signe("12")


# --- chargement -----------------------------------------------------------------------------


def test_import_reste_leger():
    """The lessons import it first thing: no pandas, matplotlib, nor IPython before display."""
    code = (
        "import sys, autograder.moteur.affichage; "
        "print(sorted({'pandas', 'matplotlib', 'IPython'} & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr


# --- figures and wide tables: what a keyboard or screen-reader user gets -----------------------


def test_une_figure_s_affiche_en_img_avec_son_texte_alternatif():
    from autograder.moteur.graphiques import FigurePNG, figure_html, texte_alternatif

    fig = FigurePNG(figsize=(3, 2))
    ax = fig.add_subplot()
    ax.set_title("CA mensuel")
    ax.set_xlabel("Mois")
    assert texte_alternatif(fig) == f"Graphique{INSEC}: CA mensuel (Mois)"  # from its titles
    fig.alt = "Barres du CA de janvier à mars, en hausse."
    code = fig._repr_mimebundle_()["text/html"]
    assert code.startswith('<img src="data:image/png;base64,')
    assert 'alt="Barres du CA de janvier à mars, en hausse."' in code
    assert 'alt="a &quot;b&quot;"' in figure_html(fig, alt='a "b"')


def test_montrer_affiche_la_figure_pyplot_une_seule_fois(monkeypatch):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from autograder.moteur.graphiques import montrer

    vus = []
    monkeypatch.setattr("IPython.display.display", lambda objet: vus.append(objet))
    fig, ax = plt.subplots()
    montrer(fig, "Une courbe.")
    assert 'alt="Une courbe."' in vus[0]._repr_mimebundle_()["text/html"]
    assert fig.number not in plt.get_fignums()  # closed: the inline backend will not show it again


def test_un_tableau_large_defile_au_clavier():
    import pandas as pd

    from autograder.moteur.affichage import _dataframe_html, defilant

    code = defilant("<table></table>", 'Ventes "2025"')._repr_html_()
    assert code.startswith('<div role="region" tabindex="0" aria-label="Ventes &quot;2025&quot;"')
    assert "overflow-x:auto" in code and code.endswith("<table></table></div>")
    df = pd.DataFrame({"a": [1, 2], "b": [3, 4], "c": [5, 6]})
    assert 'aria-label="Tableau de 2 lignes et 3 colonnes"' in _dataframe_html(df)
    assert "<table" in _dataframe_html(df)
