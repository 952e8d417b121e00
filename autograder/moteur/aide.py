"""A French hint under the traceback of a common SQL, pandas or Python error in a notebook.

`aide_en_francais()` is installed by `ouvrir_seance` in every graded notebook: the cell still
fails (nothing is hidden, a grade cell's AssertionError is left as it is), and one or two
sentences say what to check. Stdlib only: `import autograder` stays light.
"""

from __future__ import annotations

import re
import sqlite3

_SCHEMA = "le schéma des tables est dans data/crm/README.md"
_CONSERVEES = "Vos réponses déjà enregistrées sont conservées."


# (pattern in sqlite's message, French hint); {0} is the pattern's first group.
_INDICES_SQL = [
    (r"no such column: ([\w.]+)", "la colonne « {0} » n'existe pas dans les tables de la "
     "requête. Vérifiez son nom (sans accent, en minuscules : montant_ht, date, commercial)."),
    (r"no such table: ([\w.]+)", "la table « {0} » n'existe pas. Tables : entreprises, "
     "contacts, interactions, leads, opportunites, devis, commandes, solutions_en_service, "
     "enquetes_satisfaction, resiliations, commerciaux."),
    (r'near "([^"]*)": syntax error', "erreur de syntaxe près de « {0} ». Vérifiez l'ordre "
     "SELECT … FROM … WHERE … GROUP BY …, les virgules entre les colonnes, et les dates entre "
     "apostrophes droites : date BETWEEN '2025-07-01' AND '2025-09-30'."),
    (r"incomplete input|unrecognized token", "la requête est incomplète : une condition manque "
     "après WHERE ou AND, ou une parenthèse, une apostrophe ou un guillemet n'est pas fermé."),
    (r"ambiguous column", "une colonne existe dans deux tables jointes ; préfixez-la par "
     "l'alias de sa table (c.date, o.commercial)."),
    (r"binding|parameter", "les paramètres ne correspondent pas à la requête : chaque :nom doit "
     "être une clé de params={...}, par exemple periode.params pour :debut et :fin."),
    (r"misuse of aggregate", "une somme ou un comptage va dans SELECT ou HAVING, pas dans WHERE."),
]  # fmt: skip


_MOT_CLE_INCONNU = r"(\w+)\(\) got an unexpected keyword argument '(\w+)'"


def indice(exc: BaseException) -> str:
    """Indice en français pour une erreur fréquente en SQL ou en pandas (une phrase ou deux)."""
    texte = str(exc)
    if type(exc).__module__.startswith(("autograder", "ntc_exercices")):
        return "Lisez le message ci-dessus : il dit quoi corriger."
    if isinstance(exc, sqlite3.Error) or type(exc).__name__ == "DatabaseError":
        for motif, conseil in _INDICES_SQL:
            if m := re.search(motif, texte):
                return "SQL : " + conseil.format(*m.groups())
        return f"SQL : la base a refusé la requête ; relisez-la ligne à ligne ({_SCHEMA})."
    if isinstance(exc, KeyError):
        return (
            f"pandas : la colonne ou la clé {texte} n'existe pas. Affichez les noms exacts avec "
            "tableau.columns (ou list(dictionnaire)) ; attention aux accents et aux majuscules."
        )
    if isinstance(exc, AttributeError) and ("DataFrame" in texte or "Series" in texte):
        return (
            "pandas : ce nom n'est ni une colonne ni une méthode du tableau. Pour une colonne, "
            'écrivez tableau["nom"] ; affichez tableau.columns pour voir les noms exacts.'
        )
    if isinstance(exc, TypeError) and (m := re.search(_MOT_CLE_INCONNU, texte)):
        fonction, nom = m.groups()
        conseil = (
            f"la fonction {fonction}() n'a pas de paramètre « {nom} ». Affichez ses paramètres "
            f"avec help({fonction})."
        )
        if nom == "taux_de_marge":
            conseil += (
                " Une marge rapportée au chiffre d'affaires (ou au prix de vente) HT est un taux "
                "de marque : écrivez taux_de_marque=…"
            )
        return conseil
    if isinstance(exc, TypeError) and ("'<'" in texte or "'>'" in texte or "'str'" in texte):
        return (
            "Types mélangés : dans le CRM, les dates sont des textes « AAAA-MM-JJ ». Comparez-"
            "les à un texte ('2025-07-01') ou convertissez avec pd.to_datetime."
        )
    if isinstance(exc, NameError):
        return (
            "Ce nom n'est pas encore défini : exécutez les cellules au-dessus dans l'ordre "
            "(menu Exécution, ou Run en anglais), ou vérifiez son orthographe."
        )
    if isinstance(exc, ZeroDivisionError):
        return "Division par zéro : la base du taux est vide sur la période ; vérifiez le filtre."
    return "Lisez la dernière ligne du message d'erreur : elle nomme ce qui a échoué."


# (pattern in Python's message, French hint) for a cell Python cannot even read.
_INDICES_SYNTAXE = [
    (r"unterminated string|EOL while scanning|unterminated triple",
     "un texte ouvert par un guillemet n'est pas refermé : \"Nord\" et non \"Nord."),
    (r"was never closed|unexpected EOF", "une parenthèse ou un crochet ouvert n'est pas refermé."),
    (r"unmatched|does not match", "une parenthèse ou un crochet fermant n'a pas d'ouvrant."),
    (r"invalid character", "un caractère typographique s'est glissé (’ « » – ×…) : en Python, les "
     "guillemets sont \" ou ', le moins -, la multiplication *."),
    (r"indent", "le décalage en début de ligne (indentation) est incohérent : alignez la ligne sur "
     "celles du même bloc."),
    (r"forgot a comma", "deux nombres ou deux noms se suivent sans opérateur : le séparateur "
     "décimal est le point (0.5) et les milliers ne s'écrivent pas (12500, pas 12 500)."),
    (r"decimal literal|leading zeros", "un nombre est mal écrit : en Python, le séparateur décimal "
     "est le point (0.5) et les milliers ne s'écrivent pas (12500, pas 12 500)."),
    (r"'=' | = |assign|Maybe you meant '=='", "pour comparer, écrivez == ; un seul = range une "
     "valeur dans un nom."),
]  # fmt: skip


def indice_syntaxe(exc: SyntaxError) -> str:
    """Indice en français pour une cellule que Python ne peut pas lire."""
    texte = f"{exc.msg or ''}"
    ligne = f" (ligne {exc.lineno})" if exc.lineno else ""
    for motif, conseil in _INDICES_SYNTAXE:
        if re.search(motif, texte):
            return f"Python ne peut pas lire cette cellule{ligne} : {conseil}"
    return (
        f"Python ne peut pas lire cette cellule{ligne} : vérifiez les parenthèses et les "
        "guillemets refermés, les deux-points, le point décimal (0.5, pas 0,5) et les "
        "milliers écrits sans espace (12500, pas 12 500)."
    )


_ERREURS_AIDEES = (
    sqlite3.Error,
    OSError,  # pandas.errors.DatabaseError, without importing pandas here
    KeyError,
    IndexError,
    ValueError,
    TypeError,
    AttributeError,
    NameError,
    ZeroDivisionError,
)


def _gestionnaire(shell, etype, valeur, tb, tb_offset=None):
    if getattr(valeur, "ntc_note_nulle", False):  # a grade cell's French reason is the message
        stb = [f"{etype.__name__}\u00a0: {valeur}"]
        shell._showtraceback(etype, valeur, stb)
        return stb
    stb = shell.InteractiveTB.structured_traceback(etype, valeur, tb, tb_offset=tb_offset)
    if isinstance(valeur, _ERREURS_AIDEES) and not isinstance(valeur, AssertionError):
        stb = [*stb, f"\n💡 Indice : {indice(valeur)} {_CONSERVEES}"]
    shell._showtraceback(etype, valeur, stb)
    return stb


def _montrer_avec_indice(montrer):
    """Wrap the shell's traceback display: a SyntaxError (shown without the custom handler, since
    the cell never ran) gets its French hint too."""

    def montrer_trace(etype, valeur, stb):
        if isinstance(valeur, SyntaxError):
            stb = [*stb, f"\n💡 Indice : {indice_syntaxe(valeur)} {_CONSERVEES}"]
        return montrer(etype, valeur, stb)

    montrer_trace.ntc = True
    return montrer_trace


def aide_en_francais() -> bool:
    """Sous une erreur SQL, pandas ou Python courante, ajoute un indice en français au message.

    Les erreurs de syntaxe aussi. Les erreurs d'assertion (cellules notées) ne sont pas
    touchées. Renvoie False hors IPython.
    """
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    shell = get_ipython()
    if shell is None:
        return False
    shell.set_custom_exc((Exception,), _gestionnaire)
    if not getattr(shell._showtraceback, "ntc", False):
        shell._showtraceback = _montrer_avec_indice(shell._showtraceback)
    return True
