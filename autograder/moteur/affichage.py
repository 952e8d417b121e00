"""Affichage dans les leçons : texte Markdown, tableaux, réponses dépliables, valeurs signées.

Les nombres sont écrits par ``autograder.moteur.nombres`` (``euros``, ``pourcent``, ``nombre``,
``points``, ``duree``) ; ce module ne fait que les mettre en forme. Il ne charge ni pandas ni
matplotlib, et IPython seulement au premier affichage.
"""

import re

from autograder.moteur.nombres import euros

__all__ = ["md", "tableau", "reponse", "signe"]

_REGLES = {"g": "---", "d": "---:", "c": ":---:"}  # gauche, droite, centré
_CHIFFRE_NON_NUL = re.compile(r"[1-9]")


def md(texte: str) -> None:
    """Affiche un texte Markdown sous la cellule : ``md("**Constat** : écart de 12 %")``."""
    from IPython.display import Markdown, display

    if not isinstance(texte, str):
        raise TypeError(
            f"md() attend un texte Markdown (reçu : {texte!r}, de type {type(texte).__name__})."
        )
    display(Markdown(texte))


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
