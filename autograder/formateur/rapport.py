"""`ntc report`: the official criteria grid per learner (HTML with a chart) and the cohort view
(heat map criteria × learners, HTML + CSV), written to `rapports/` in the course directory.

Charts use the Okabe–Ito palette (`autograder.moteur.graphiques.OKABE_ITO`, readable with colour
vision deficiencies), never colour alone (the level is written in every cell) and each chart has a
text alternative (`alt` plus the table it summarises). Official wording from `autograder.moteur.referentiel`.
"""

from __future__ import annotations

import base64
import csv
import html
import io
from pathlib import Path

from autograder.formateur.criteres import (
    NIVEAUX,
    SEUIL_ACQUIS,
    SEUIL_EN_COURS,
    LigneCritere,
    grilles,
)

STYLE = """<style>
body{font-family:system-ui,sans-serif;max-width:70rem;margin:1rem auto;padding:0 1rem;color:#111}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #999;padding:.3rem .5rem;
vertical-align:top}th{background:#eee}td.n{text-align:right}.seuils{font-size:.9rem}
</style>"""


def couleurs() -> dict[str, str]:
    from autograder.moteur.graphiques import OKABE_ITO

    return {
        "acquis": OKABE_ITO["vert"],
        "en cours de maîtrise": OKABE_ITO["orange"],
        "non acquis": OKABE_ITO["vermillon"],
        "non évalué": "#BBBBBB",
    }


def _pourcent(taux: float | None) -> str:
    return "—" if taux is None else f"{taux * 100:.0f} %".replace(".", ",")


def _png(fig) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=96, bbox_inches="tight")
    return base64.b64encode(buf.getvalue()).decode()


def seuils_html() -> str:
    return (
        f"<p class='seuils'>Seuils : <b>acquis</b> à partir de {SEUIL_ACQUIS:.0%} des points des "
        f"questions notées qui évaluent le critère, <b>en cours de maîtrise</b> à partir de "
        f"{SEUIL_EN_COURS:.0%}, <b>non acquis</b> en dessous ; <b>non évalué</b> quand aucune "
        "question notée de ce critère n'a encore de note (réponse rédigée en attente de "
        "correction, devoir non rendu). Indicatif : c'est le jury qui évalue le titre.</p>"
    ).replace("%", " %")


def graphique_apprenant(lignes: list[LigneCritere]) -> str:
    """Horizontal bars, one per criterion, coloured by level, with the two thresholds drawn."""
    from matplotlib.figure import Figure

    c = couleurs()
    fig = Figure(figsize=(7, 0.35 * len(lignes) + 1.2))
    ax = fig.subplots()
    noms = [ligne.critere for ligne in lignes][::-1]
    taux = [(ligne.taux or 0) * 100 for ligne in lignes][::-1]
    teintes = [c[ligne.niveau] for ligne in lignes][::-1]
    ax.barh(noms, taux, color=teintes, edgecolor="black", linewidth=0.5)
    for x, style in ((SEUIL_EN_COURS * 100, ":"), (SEUIL_ACQUIS * 100, "--")):
        ax.axvline(x, color="black", linestyle=style, linewidth=1)
    ax.set_xlim(0, 100)
    ax.set_xlabel("Taux de réussite des questions notées (%)")
    from matplotlib.patches import Patch

    ax.legend(
        handles=[Patch(color=c[n], label=n) for n in NIVEAUX],
        loc="lower center",
        bbox_to_anchor=(0.5, 1.0),
        ncol=4,
        fontsize=8,
        frameon=False,
    )
    return _png(fig)


def html_apprenant(etudiant: str, lignes: list[LigneCritere], devoirs: list[str]) -> str:
    evalues = [ligne for ligne in lignes if ligne.niveau != "non évalué"]
    resume = ", ".join(f"{sum(1 for ligne in lignes if ligne.niveau == n)} {n}" for n in NIVEAUX)
    alt = "Barres du taux de réussite par critère : " + "; ".join(
        f"{ligne.critere} {_pourcent(ligne.taux)} ({ligne.niveau})" for ligne in lignes
    )
    lignes_html = "".join(
        f"<tr><td>{html.escape(ligne.critere)}</td><td>{html.escape(ligne.libelle)}</td>"
        f"<td class='n'>{ligne.points:g} / {ligne.maximum:g}</td>"
        f"<td class='n'>{_pourcent(ligne.taux)}</td><td>{ligne.niveau}"
        f"{f' ({ligne.en_attente} en attente)' if ligne.en_attente else ''}</td></tr>"
        for ligne in lignes
    )
    image = (
        f"<img src='data:image/png;base64,{graphique_apprenant(evalues)}' alt='{html.escape(alt)}'>"
        if evalues
        else "<p>Aucun critère encore évalué.</p>"
    )
    return (
        f"<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'>"
        f"<title>Critères officiels — {html.escape(etudiant)}</title>{STYLE}</head><body>"
        f"<h1>Grille des critères officiels — {html.escape(etudiant)}</h1>"
        f"<p>Titre professionnel Négociateur technico-commercial (TP-00338, RE 2024). Devoirs pris "
        f"en compte : {html.escape(', '.join(devoirs))}. Bilan : {resume}.</p>{seuils_html()}"
        f"{image}<table><caption>Critères, points obtenus et niveau</caption><thead><tr>"
        "<th>Critère</th><th>Libellé officiel</th><th>Points</th><th>Taux</th><th>Niveau</th>"
        f"</tr></thead><tbody>{lignes_html}</tbody></table></body></html>"
    )


def carte_de_chaleur(g: dict[str, list[LigneCritere]]) -> str:
    """Heat map criteria (rows) × learners (columns); grey = not evaluated."""
    import numpy as np
    from matplotlib.colors import ListedColormap
    from matplotlib.figure import Figure

    c = couleurs()
    etudiants = list(g)
    criteres = [ligne.critere for ligne in next(iter(g.values()))]
    rang = {n: i for i, n in enumerate(NIVEAUX)}
    m = np.array([[rang[g[e][i].niveau] for e in etudiants] for i in range(len(criteres))])
    fig = Figure(figsize=(max(4, 0.45 * len(etudiants) + 2), 0.32 * len(criteres) + 1.5))
    ax = fig.subplots()
    ax.imshow(m, cmap=ListedColormap([c[n] for n in NIVEAUX]), vmin=0, vmax=3, aspect="auto")
    ax.set_xticks(range(len(etudiants)), etudiants, rotation=60, ha="right", fontsize=8)
    ax.set_yticks(range(len(criteres)), criteres, fontsize=8)
    ax.set_xlabel("Apprenants")
    ax.set_ylabel("Critères officiels")
    lettres = {"acquis": "A", "en cours de maîtrise": "EC", "non acquis": "NA", "non évalué": ""}
    for i in range(len(criteres)):
        for j, e in enumerate(etudiants):
            ax.text(j, i, lettres[g[e][i].niveau], ha="center", va="center", fontsize=6)
    return _png(fig)


def html_cohorte(g: dict[str, list[LigneCritere]], devoirs: list[str]) -> str:
    c = couleurs()
    etudiants = list(g)
    lignes = next(iter(g.values()))
    entete = "".join(f"<th scope='col'>{html.escape(e)}</th>" for e in etudiants)
    corps = ""
    for i, ligne in enumerate(lignes):
        cellules = "".join(
            f"<td style='background:{c[g[e][i].niveau]}' title='{g[e][i].niveau}'>"
            f"{_pourcent(g[e][i].taux)}</td>"
            for e in etudiants
        )
        corps += (
            f"<tr><th scope='row' title='{html.escape(ligne.libelle)}'>{ligne.critere}</th>"
            f"{cellules}</tr>"
        )
    alt = (
        "Carte de chaleur des niveaux par critère (lignes) et apprenant (colonnes) ; "
        "le tableau ci-dessous donne les mêmes valeurs en texte."
    )
    return (
        "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'>"
        f"<title>Critères officiels — cohorte</title>{STYLE}</head><body>"
        f"<h1>Critères officiels — vue de la cohorte</h1><p>Devoirs : "
        f"{html.escape(', '.join(devoirs))} ; {len(etudiants)} apprenants. Lettres : A acquis, EC "
        f"en cours de maîtrise, NA non acquis, vide non évalué.</p>{seuils_html()}"
        f"<img src='data:image/png;base64,{carte_de_chaleur(g)}' alt='{alt}'>"
        f"<table><caption>Taux de réussite par critère et apprenant</caption><thead><tr>"
        f"<th>Critère</th>{entete}</tr></thead><tbody>{corps}</tbody></table>"
        "<p>Export : cohorte.csv (une ligne par apprenant et critère).</p></body></html>"
    )


def ecrire_csv(g: dict[str, list[LigneCritere]], chemin: Path) -> None:
    with open(chemin, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(
            ["apprenant", "critere", "competence", "libelle", "points", "maximum", "taux",
             "niveau", "en_attente"]
        )  # fmt: skip
        for e, lignes in g.items():
            for ligne in lignes:
                taux = "" if ligne.taux is None else f"{ligne.taux:.4f}"
                w.writerow(
                    [e, ligne.critere, ligne.competence, ligne.libelle, f"{ligne.points:g}",
                     f"{ligne.maximum:g}", taux, ligne.niveau, ligne.en_attente]
                )  # fmt: skip


def rapporter(cours: Path, devoirs: list[str] | None = None, sortie: Path | None = None) -> str:
    """Write rapports/<apprenant>.html, rapports/cohorte.html and rapports/cohorte.csv."""
    from autograder.formateur.cours import ErreurCours, devoirs_du_carnet, dossier_cours

    coursedir = dossier_cours(Path(cours).resolve())
    connus = devoirs_du_carnet(coursedir)
    devoirs = devoirs or connus
    inconnus = sorted(set(devoirs) - set(connus))
    if inconnus:
        raise ErreurCours(f"Devoir(s) absent(s) du carnet de notes : {', '.join(inconnus)}.")
    g = grilles(coursedir, devoirs)
    if not g:
        raise ErreurCours("Aucun apprenant dans le carnet de notes : rien à rapporter.")
    if not next(iter(g.values())):
        raise ErreurCours("Aucune cellule notée de ces devoirs ne nomme de critère officiel.")
    dossier = Path(sortie) if sortie else Path(coursedir.root) / "rapports"
    dossier.mkdir(parents=True, exist_ok=True)
    for e, lignes in g.items():
        (dossier / f"{e}.html").write_text(html_apprenant(e, lignes, devoirs), encoding="utf-8")
    (dossier / "cohorte.html").write_text(html_cohorte(g, devoirs), encoding="utf-8")
    ecrire_csv(g, dossier / "cohorte.csv")
    return (
        f"Rapports écrits dans {dossier} : {len(g)} grilles d'apprenant, cohorte.html "
        f"(carte de chaleur) et cohorte.csv."
    )
