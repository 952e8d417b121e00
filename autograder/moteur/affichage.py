"""Affichage dans les leçons : texte Markdown, tableaux, réponses dépliables, valeurs signées.

Les nombres sont écrits par ``autograder.moteur.nombres`` (``euros``, ``pourcent``, ``nombre``,
``points``, ``duree``) ; ce module ne fait que les mettre en forme. Il ne charge ni pandas ni
matplotlib, et IPython seulement au premier affichage. Dans un notebook, un DataFrame affiché l'est
dans une zone défilante atteignable au clavier (``tableaux_defilants``, dès l'import).
"""

import re
import sys

from autograder.moteur.nombres import euros

__all__ = [
    "md",
    "tableau",
    "reponse",
    "signe",
    "defilant",
    "tables_defilantes",
    "tableaux_defilants",
]

_REGLES = {"g": "---", "d": "---:", "c": ":---:"}  # gauche, droite, centré
_CHIFFRE_NON_NUL = re.compile(r"[1-9]")


def md(texte: str) -> None:
    """Affiche un texte Markdown sous la cellule : ``md("**Constat** : écart de 12 %")``."""
    from IPython.display import Markdown, display

    if not isinstance(texte, str):
        raise TypeError(
            f"md() attend un texte Markdown (reçu : {texte!r}, de type {type(texte).__name__})."
        )
    display(Markdown(tables_defilantes(texte)))


def _cellule(valeur) -> str:
    # A "|" would end the cell and a line break the row: escape the first, turn the second to <br>.
    return str(valeur).replace("|", r"\|").replace("\n", "<br>")


def tableau(entetes, lignes, alignement=None) -> str:
    """Tableau Markdown, renvoyé sous forme de texte (à passer à ``md``).

    ``entetes`` : les titres des colonnes ; ``lignes`` : une suite de lignes, chacune avec une
    valeur par colonne (les valeurs sont écrites telles quelles : formatez les nombres avec
    ``euros``, ``pourcent`` ou ``nombre`` avant) ; ``alignement`` : une lettre par colonne,
    « g » (gauche, par défaut), « d » (droite, pour les nombres) ou « c » (centré).

    >>> print(tableau(["Commercial", "CA"], [("Camille Perrin", "12 500 €")], "gd"))
    | Commercial | CA |
    | --- | ---: |
    | Camille Perrin | 12 500 € |
    """
    entetes = [_cellule(e) for e in entetes]
    alignement = "g" * len(entetes) if alignement is None else alignement
    if len(alignement) != len(entetes) or set(alignement) - set(_REGLES):
        raise ValueError(
            f"tableau() : l'alignement doit donner une lettre g, d ou c par colonne, soit "
            f"{len(entetes)} lettres (reçu : {alignement!r})."
        )
    sortie = [
        "| " + " | ".join(entetes) + " |",
        "| " + " | ".join(_REGLES[a] for a in alignement) + " |",
    ]
    for numero, ligne in enumerate(lignes, start=1):
        cellules = [_cellule(x) for x in ligne]
        if len(cellules) != len(entetes):
            raise ValueError(
                f"tableau() : la ligne {numero} a {len(cellules)} valeurs pour "
                f"{len(entetes)} colonnes."
            )
        sortie.append("| " + " | ".join(cellules) + " |")
    return "\n".join(sortie)


def reponse(texte: str, titre: str = "Réponse") -> None:
    """Affiche une réponse cachée sous un titre cliquable (« Réponse ») : l'apprenant réfléchit
    d'abord, puis déplie le bloc. ``texte`` est du Markdown."""
    md(f"<details><summary><b>{titre}</b></summary>\n\n{texte}\n\n</details>")


def _euros_arrondis(montant) -> str:
    return euros(montant, 0)


def signe(valeur, formatage=_euros_arrondis) -> str:
    """Valeur précédée de son signe, « + » compris : ``signe(2438)`` → « +2 438 € ».

    Par défaut, un montant en euros arrondi à l'euro (``signe(-41437)`` → « -41 437 € »).
    ``formatage`` choisit une autre écriture de ``autograder.moteur.nombres`` :
    ``signe(0.021, points)`` → « +2,1 points », ``signe(0.05, pourcent)`` → « +5,0 % ».
    Une valeur nulle, ou qui s'affiche comme nulle une fois arrondie, n'a pas de signe : « 0 € ».
    """
    texte = formatage(valeur)
    if valeur > 0 and _CHIFFRE_NON_NUL.search(texte):
        return "+" + texte
    return texte


# A table wider than the notebook scrolls sideways; a keyboard user reaches a scrolling area only
# if it can take the focus (WCAG 2.1.1, axe « scrollable-region-focusable »), and a screen reader
# names it by its label. JupyterLab's own output box would scroll with neither.
_DEFILANT = (
    '<div role="region" tabindex="0" aria-label="{libelle}" class="ntc-defilant" '
    'style="overflow-x:auto;max-width:100%">{contenu}</div>'
)


class _HTML:
    def __init__(self, code_html: str):
        self.code_html = code_html

    def _repr_html_(self) -> str:
        return self.code_html


def defilant(contenu, libelle: str) -> _HTML:
    """Un tableau (DataFrame pandas ou code HTML) dans une zone qui défile au clavier (Tab puis
    flèches) et que le lecteur d'écran nomme ``libelle`` : ``defilant(ventes.head(), "Ventes")``."""
    import html

    code = contenu if isinstance(contenu, str) else contenu._repr_html_()
    return _HTML(_DEFILANT.format(libelle=html.escape(libelle, quote=True), contenu=code))


_LIGNE_DE_TABLE = re.compile(r"^\s*\|.*\|\s*$")
_REGLE_DE_TABLE = re.compile(r"^\s*\|(\s*:?-{3,}:?\s*\|)+\s*$")


def tables_defilantes(texte: str) -> str:
    """Le même Markdown, chaque tableau placé dans une zone qui défile au clavier, nommée par
    ses premières colonnes (voir ``defilant``) : un tableau large reste lisible sans souris."""
    import html

    lignes, sortie, i = texte.split("\n"), [], 0
    while i < len(lignes):
        if (_LIGNE_DE_TABLE.match(lignes[i]) and i + 1 < len(lignes)
                and _REGLE_DE_TABLE.match(lignes[i + 1])):  # fmt: skip
            fin = i + 2
            while fin < len(lignes) and _LIGNE_DE_TABLE.match(lignes[fin]):
                fin += 1
            entetes = [e.strip() for e in lignes[i].strip().strip("|").split("|") if e.strip()]
            libelle = "Tableau\u00a0: " + ", ".join(entetes[:3]) + ("…" if len(entetes) > 3 else "")
            ouverture = _DEFILANT.split("{contenu}")[0].format(libelle=html.escape(libelle))
            sortie += [ouverture, "", *lignes[i:fin], "", "</div>"]
            i = fin
        else:
            sortie.append(lignes[i])
            i += 1
    return "\n".join(sortie)


def _dataframe_html(df) -> str | None:
    code = df._repr_html_()
    if code is None:
        return None
    lignes, colonnes = df.shape
    libelle = f"Tableau de {lignes} ligne{'s' if lignes > 1 else ''} et {colonnes} colonne" + (
        "s" if colonnes > 1 else ""
    )
    return defilant(code, libelle).code_html


def tableaux_defilants() -> None:
    """Dans un notebook, tout DataFrame affiché le sera dans une zone défilante atteignable au
    clavier (voir ``defilant``)."""
    ipython = sys.modules.get("IPython")  # in a notebook, already loaded: never imported here
    ip = ipython.get_ipython() if ipython is not None else None
    if ip is not None and hasattr(ip, "display_formatter"):
        formateur = ip.display_formatter.formatters["text/html"]
        for module in ("pandas", "pandas.core.frame"):  # DataFrame.__module__: pandas 3, then 2
            formateur.for_type_by_name(module, "DataFrame", _dataframe_html)


tableaux_defilants()
