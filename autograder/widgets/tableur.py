"""« Vos données » : the learner's tables shown in the notebook and offered as a spreadsheet file.

`seance.montrer_donnees()` writes `donnees/<devoir>_<identifiant>.xlsx` beside the notebook, shows a
link to download it, then each table in a scrollable region reachable from the keyboard (tabindex,
role="region", aria-label). A long table shows its first rows here; the workbook has every row.
"""

from __future__ import annotations

from html import escape

from autograder.moteur.nombres import nombre
from autograder.moteur.tableur import ClasseurIllisible, tableau_html

LIGNES_MAX = 150  # rows shown in the notebook per table; the workbook has them all

STYLE = (
    "<style>"
    ".ntc-defilement{max-height:22em;overflow:auto;border:1px solid #bbb;margin:.3em 0 1em}"
    ".ntc-defilement:focus{outline:3px solid #1a5fb4;outline-offset:2px}"
    ".ntc-donnees{border-collapse:collapse;font-size:.9em}"
    ".ntc-donnees th{position:sticky;top:0;background:#ddebf7;color:#000}"
    ".ntc-donnees th,.ntc-donnees td{padding:.2em .6em;border-bottom:1px solid #ddd;"
    "white-space:nowrap}"
    "</style>"
)


def _lignes(n: int) -> str:
    return f"{nombre(n)}\u00a0ligne{'s' if n > 1 else ''}"


def html_donnees(seance, chemin, lignes_max: int = LIGNES_MAX) -> str:
    """The whole « Vos données » block (link + tables) as HTML, for display or for tests."""
    relatif = f"{chemin.parent.name}/{chemin.name}"
    lien = (
        f"<p>📊 <b>Vos données dans un tableur</b>\u00a0: <a href='{escape(relatif)}' download>"
        f"télécharger le classeur <code>{escape(chemin.name)}</code></a> (une feuille par "
        "table, filtres et formats français), puis ouvrez-le dans votre tableur. Dans "
        f"JupyterLab, il est aussi dans le dossier <code>{escape(chemin.parent.name)}</code> "
        "de l'explorateur de fichiers, à côté de ce notebook. Ce sont <b>vos</b> chiffres "
        "personnels.</p>"
    )
    return html_feuilles(seance.feuilles(), lien, lignes_max)


def html_feuilles(feuilles, entete: str, lignes_max: int = LIGNES_MAX) -> str:
    """Tables shown one per folding block, each a keyboard-reachable region, under `entete`."""
    blocs = [STYLE, "<div class='ntc-tableur'>", entete]
    for f in feuilles:
        complet = f.lignes <= lignes_max
        etiquette = f"Table « {f.nom} », {_lignes(f.lignes)}"
        note = (
            ""
            if complet
            else f"<p><small>Les {nombre(lignes_max)} premières lignes sont affichées ici ; "
            f"le classeur contient les {_lignes(f.lignes)}.</small></p>"
        )
        description = f"<p>{escape(f.description)}</p>" if f.description else ""
        blocs.append(
            f"<details{' open' if complet and len(feuilles) == 1 else ''}>"
            f"<summary><b>{escape(f.nom)}</b> ({_lignes(f.lignes)}"
            f"{'' if complet else ', extrait'})</summary>{description}{note}"
            f"<div class='ntc-defilement' role='region' tabindex='0' "
            f"aria-label='{escape(etiquette, quote=True)}'>"
            f"{tableau_html(f, None if complet else lignes_max)}</div></details>"
        )
    blocs.append("</div>")
    return "".join(blocs)


def afficher_donnees(seance, lignes_max: int = LIGNES_MAX):
    """Write the workbook and show the data; a problem is explained in French, never a traceback."""
    from IPython.display import HTML, display

    from autograder.widgets.retour import alerte

    try:
        chemin = seance.ecrire_classeur()
        if chemin is None:
            display(
                HTML("<p>Ce devoir n'a pas de tableau de données : tout est dans les énoncés.</p>")
            )
            return None
        display(HTML(html_donnees(seance, chemin, lignes_max)))
    except ClasseurIllisible as exc:
        display(HTML(alerte(exc)))
        return None
    return chemin
