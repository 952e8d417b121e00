"""The self-evaluation sheet of the oral rehearsal, in HTML and in a one-page A4 PDF.

The PDF is drawn as the entretien technique's handout is (a matplotlib Figure saved as PDF,
imported only when a sheet is written): no new dependency. Long texts are wrapped and cut so that
the page never overflows.
"""

from __future__ import annotations

import html
import textwrap
from pathlib import Path

from autograder.metier.oral.compte_rendu import min_s

__all__ = ["fiche_html", "fiche_pdf", "min_s"]

LARGEUR = 74  # characters per line of a criterion's wording (9 pt, left of the level column)
REMARQUES_MAX = 8  # lines of the learner's remarks on the page


def _lignes(texte: str, largeur: int, maximum: int) -> list[str]:
    sortie: list[str] = []
    for paragraphe in (texte or "").strip().splitlines():
        sortie += textwrap.wrap(paragraphe, largeur) or [""]
    if len(sortie) > maximum:
        sortie = sortie[:maximum]
        sortie[-1] = sortie[-1][: largeur - 2].rstrip() + " …"
    return sortie


def fiche_html(d: dict) -> str:
    """A standalone page. `d`: titre, identifiant, date, temps, enregistrement, lignes
    [(id, wording, level)], synthese, remarques."""
    e = html.escape
    lignes = "".join(
        f"<tr><th scope='row'>{e(i)}</th><td>{e(lib)}</td><td>{e(niv)}</td></tr>"
        for i, lib, niv in d["lignes"]
    )
    remarques = "<br>".join(e(x) for x in (d.get("remarques") or "").strip().splitlines())
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Auto-évaluation de l'oral — {e(d["titre"])}</title>
<style>
@page {{ size: A4; margin: 12mm; }}
body {{ font-family: Arial, Helvetica, sans-serif; font-size: 10pt; line-height: 1.25;
       max-width: 190mm; margin: auto; color: #111; }}
h1 {{ font-size: 13pt; margin: 0 0 2mm; }} h2 {{ font-size: 11pt; margin: 4mm 0 1mm; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: 1px solid #999; padding: 1mm 2mm; text-align: left; vertical-align: top; }}
.entete {{ font-size: 9pt; color: #333; margin: 0.5mm 0; }}
</style></head><body>
<h1>Auto-évaluation de l'oral — {e(d["titre"])}</h1>
<p class="entete">Candidat : {e(d["identifiant"])} · {e(d["date"])}</p>
<p class="entete">{e(d["temps"])}</p>
<p class="entete">Enregistrement : {e(d["enregistrement"])}</p>
<h2>Critères du référentiel (RE §3.2 et REAC)</h2>
<table><thead><tr><th scope="col">Critère</th><th scope="col">Libellé officiel</th>
<th scope="col">Mon niveau</th></tr></thead><tbody>{lignes}</tbody></table>
<p>{e(d["synthese"])}</p>
<h2>Ce que je travaille pour la prochaine fois</h2>
<p>{remarques or "<i>(rien de noté)</i>"}</p>
</body></html>
"""


def fiche_pdf(d: dict, chemin: str | Path) -> Path:
    """The same sheet as a one-page A4 PDF at `chemin`."""
    from matplotlib.figure import Figure

    hauteur, largeur, marge = 841.89, 595.28, 40.0
    fig = Figure(figsize=(8.27, 11.69))  # A4 portrait, in inches
    y = hauteur - marge

    def ecrire(texte, taille=9.0, gras=False, x=marge, gris=0.07, avancer=True):
        nonlocal y
        if avancer:
            y -= taille * 1.3
        fig.text(x / largeur, y / hauteur, texte, fontsize=taille,
                 weight="bold" if gras else "normal", color=str(gris))  # fmt: skip

    for ligne in _lignes(f"Auto-évaluation de l'oral — {d['titre']}", 62, 2):
        ecrire(ligne, 13, gras=True)
    for texte in (f"Candidat : {d['identifiant']} · {d['date']}", d["temps"],
                  f"Enregistrement : {d['enregistrement']}"):  # fmt: skip
        ecrire(texte[:130], 8.5, gris=0.2)
    y -= 6
    ecrire("Critères du référentiel (RE §3.2 et REAC)", 11, gras=True)
    for ident, libelle, niveau in d["lignes"]:
        y -= 3
        texte = _lignes(libelle, LARGEUR, 3)
        ecrire(ident, 9, gras=True)
        ecrire(niveau, 9, gras=True, x=largeur - marge - 70, avancer=False)
        ecrire(texte[0], 9, x=marge + 40, avancer=False)
        for suite in texte[1:]:
            ecrire(suite, 9, x=marge + 40)
    y -= 4
    ecrire(d["synthese"], 9, gras=True)
    y -= 6
    ecrire("Ce que je travaille pour la prochaine fois", 11, gras=True)
    for ligne in _lignes(d.get("remarques") or "(rien de noté)", 100, REMARQUES_MAX):
        ecrire(ligne, 9)
    if y < marge / 2:
        raise ValueError("la fiche déborde de la page")  # guarded by the line limits above
    chemin = Path(chemin)
    fig.savefig(
        chemin,
        format="pdf",
        metadata={"Title": f"Auto-évaluation de l'oral — {d['titre']}", "Author": d["identifiant"]},
    )
    return chemin
