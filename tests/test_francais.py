"""French spelling (hunspell, Debian's hunspell-fr) and typography of every learner-facing text.

Covered: markdown of course/ and solutions/, the README's learner part, the prose fields of the case
files in data/, and what every exercise declaration renders for one learner (statement, options,
feedback, explanation, diagnosed mistakes, verdicts, widget labels). A word the dictionary lacks
goes to tests/francais/mots.txt only when it is a proper noun or correct French usage; a misspelling
is fixed in its source. Missing non-breaking spaces are put in by
`.venv/bin/python -m tests.francais.corriger`.
"""

import os
import re

import pytest

from .francais import orthographe, typographie
from .francais.corriger import corriger_prose
from .francais.prose import en_prose
from .francais.textes import (
    Texte,
    fichiers_de_donnees_sans_champs,
    textes_des_exercices,
    tous_les_textes,
)
from .francais.verification import verifier

# One worker computes the texts once for the whole module.
pytestmark = pytest.mark.xdist_group("francais")
SANS_HUNSPELL = os.environ.get("NTC_SANS_HUNSPELL") == "1"


@pytest.fixture(scope="module")
def hunspell():
    probleme = orthographe.hunspell_disponible()
    if probleme and SANS_HUNSPELL:
        pytest.skip(f"{probleme} (NTC_SANS_HUNSPELL=1 : orthographe non vérifiée)")
    if probleme:
        pytest.fail(f"{probleme} Sans droits root : NTC_SANS_HUNSPELL=1 pour sauter ce test.")


@pytest.fixture(scope="module")
def textes():
    return tous_les_textes()


@pytest.fixture(scope="module")
def rapport(textes, hunspell):
    return verifier(textes)


def _verifier_un(texte: str, langue: str = "fr"):
    return verifier([Texte("essai.md", "cellule 1", texte, langue)])


# --- the course itself -------------------------------------------------------------------------


def test_every_source_is_read(textes):
    fichiers = {t.fichier for t in textes}
    assert any(f.startswith("course/") for f in fichiers)
    assert any(f.startswith("solutions/") for f in fichiers)
    assert "README.md" in fichiers
    assert any(f.startswith("data/swot/") for f in fichiers)
    devoirs = {f.split("/")[2] for f in fichiers if f.startswith("data/exercices/")}
    assert len(devoirs) >= 10, devoirs  # every assignment rendered its exercises
    assert any(t.lieu == "widget" for t in textes)


def test_every_case_file_says_which_fields_are_prose():
    assert fichiers_de_donnees_sans_champs() == [], (
        "Nouveau fichier de données : dites ses champs rédigés dans CHAMPS (tests/francais/textes.py)."
    )


def test_spelling(rapport):
    assert not rapport.fautes, (
        f"{len(rapport.fautes)} mot(s) inconnu(s) de hunspell (fr_FR) sur "
        f"{len(rapport.formes)} mots distincts. Corrigez la source, ou ajoutez à "
        f"tests/francais/mots.txt un nom propre ou un terme du métier :\n"
        + rapport.texte_orthographe()
    )


def test_typography(rapport):
    assert not rapport.typographie, (
        f"{len(rapport.typographie)} défaut(s) de typographie. Les espaces insécables se posent "
        "avec « .venv/bin/python -m tests.francais.corriger » ; l'élision se corrige à la main :\n"
        + rapport.texte_typographie()
    )


def test_word_list_is_sorted_needed_and_used(rapport):
    mots = orthographe.liste_du_projet()
    assert mots == sorted(mots, key=orthographe.ordre_alphabetique), "mots.txt : ordre alphabétique"
    assert len(mots) == len(set(mots)), "mots.txt : mot en double"
    # A word hunspell knows without the list does not belong in it.
    connus = set(mots) - orthographe.inconnus(set(mots), liste=[])
    assert not connus, f"mots.txt : hunspell les connaît déjà : {sorted(connus)}"
    # A word no text uses any more leaves the list (« Leads » uses « leads »).
    employes = rapport.formes | {f.lower() for f in rapport.formes}
    inutiles = [m for m in mots if m not in employes]
    assert not inutiles, f"mots.txt : plus aucun texte ne les emploie : {inutiles}"


def test_exercise_texts_are_rendered_with_a_learners_data():
    textes = textes_des_exercices()
    enonces = [t for t in textes if t.lieu.endswith(", énoncé")]
    assert len(enonces) >= 100
    assert not any(
        "{" in t.texte and "}" in t.texte and re.search(r"\{\w+\}", t.texte) for t in enonces
    )


# --- each check can fail ---------------------------------------------------------------------


def test_a_misspelt_word_is_caught(hunspell):
    r = _verifier_un("Le commercial relance l'entreprize avant la fin du trimestre.")
    assert list(r.fautes) == ["entreprize"]
    fichier, lieu, extrait = r.fautes["entreprize"][0]
    assert (fichier, lieu) == ("essai.md", "cellule 1") and "▶l'entreprize" in extrait


def test_proper_nouns_come_from_the_word_list(hunspell):
    texte = "La direction d'Hydralis fixe les objectifs\u00a0; Hydralis les suit dans son CRM."
    assert _verifier_un(texte).fautes == {}
    sans_liste = verifier([Texte("essai.md", "cellule 1", texte)], liste=[])
    assert set(sans_liste.fautes) == {"Hydralis", "CRM"}


def test_code_urls_and_other_languages_are_not_checked(hunspell):
    texte = (
        "Calculez `df.groupby('regionn').sum()`, voir https://exemple.fr/docs?q=1 et "
        '<span lang="en">Let\'s schedule a follow-up call</span>.\n\n```python\nimport pandass\n```'
    )
    r = _verifier_un(texte)
    assert r.fautes == {} and r.typographie == []


def test_english_quoted_in_french_feedback(hunspell):
    texte = "Attention\u00a0: «\u00a0eventually\u00a0» signifie «\u00a0finalement\u00a0»."
    assert _verifier_un(texte, "fr+en").fautes == {}
    assert "eventually" in _verifier_un(texte).fautes


@pytest.mark.parametrize(
    "texte,regle,extrait",
    [
        ("Le taux de réalisation : 92 %.", "espace insécable", "réalisation ▶:"),
        ("Pourquoi ce taux ?", "espace insécable", "taux ▶?"),
        ("Trois leviers ; un seul suffit.", "espace insécable", "leviers ▶;"),
        ("Il dit « trop cher » sans preuve.", "guillemets", "dit ▶« trop"),
        ("Il dit «\u00a0trop cher » sans preuve.", "guillemets", "cher ▶»"),
        ("Le directeur de Hydralis signe.", "élision", "directeur ▶de Hydralis"),
        ("Je pense que il faut rappeler.", "élision", "pense ▶que il"),
        ("Le budget de un client.", "élision", "budget ▶de un"),
        ("Voyez si il accepte.", "élision", "Voyez ▶si il"),
    ],
)
def test_each_typography_rule_can_fail(texte, regle, extrait):
    defauts = typographie.defauts(en_prose(texte))
    assert defauts and {d.regle for d in defauts} == {regle}, defauts
    assert extrait in typographie.extrait(en_prose(texte), defauts[0].position).replace("⍽", " ")


@pytest.mark.parametrize(
    "texte",
    [
        "Rendez-vous à 14:30, ratio 3:1, taux de 92\u00a0%.",
        "Le taux de réalisation\u00a0: 92\u00a0%. Pourquoi\u202f? Trois leviers\u202f; un seul.",
        "Il dit «\u00a0trop cher\u00a0» sans preuve\u202f!",
        "La direction d'Hydralis, la hausse des prix, le haut du tableau, la hiérarchie.",
        "Le handicap, le hors-série, de A à Z, le oui du client, le ou les interlocuteurs.",
        "La colonne `ca : float` et le lien https://exemple.fr/a?b=1\u202f; rien à signaler.",
        "| Indicateur | Valeur |\n|:---|---:|\n| CA | 12 |",
        "<b>Score</b>\u00a0: 80\u00a0% — <code>x ? y : z</code>",
    ],
)
def test_correct_text_passes(texte):
    assert typographie.defauts(en_prose(texte)) == []


def test_the_fixer_puts_exactly_the_missing_spaces():
    source = "Calculez le taux : `a : b` ; puis « vérifiez » ! Voir https://x.fr/a?b=1 et\n"
    corrige = corriger_prose(source)
    assert typographie.defauts(en_prose(corrige)) == []
    assert "`a : b`" in corrige and "https://x.fr/a?b=1" in corrige
    assert corriger_prose(corrige) == corrige
    # Python format fields and named SQL parameters stay as they are.
    assert corriger_prose("{x:.2f} WHERE d BETWEEN :debut AND :fin") == (
        "{x:.2f} WHERE d BETWEEN :debut AND :fin"
    )
