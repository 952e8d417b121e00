"""`ntc feedback DEVOIR`: nbgrader's feedback, plus the learner's official criteria grid.

Runs `nbgrader generate_feedback` (the trainer's own command, unchanged: the feedback HTML is what
formgrader shows), then inserts, before `</body>` of each `feedback/<apprenant>/<devoir>/*.html`, a
section with the criteria this assignment evaluates: rate, level and official wording. Running it
again replaces the section (marked by an HTML comment), it never piles up. `nbgrader
release_feedback` then hands the completed files out as usual.
"""

from __future__ import annotations

import html
import subprocess
import sys
from pathlib import Path

from autograder.formateur.cours import ErreurCours, dossier_cours, env_nbgrader, verifier_devoir

DEBUT, FIN = "<!-- ntc-criteres -->", "<!-- /ntc-criteres -->"


def section_criteres(lignes) -> str:
    from autograder.formateur.rapport import _pourcent, couleurs, seuils_html

    c = couleurs()
    corps = "".join(
        f"<tr><td>{html.escape(ligne.critere)}</td><td>{html.escape(ligne.libelle)}</td>"
        f"<td style='text-align:right'>{ligne.points:g} / {ligne.maximum:g}</td>"
        f"<td style='text-align:right'>{_pourcent(ligne.taux)}</td>"
        f"<td style='border-left:8px solid {c[ligne.niveau]}'>{ligne.niveau}"
        f"{f' ({ligne.en_attente} en attente)' if ligne.en_attente else ''}</td></tr>"
        for ligne in lignes
    )
    return (
        f"{DEBUT}<section id='ntc-criteres' lang='fr' style='margin:2rem 1rem'>"
        "<h2>Critères officiels évalués dans ce devoir</h2>"
        f"{seuils_html()}<table style='border-collapse:collapse' border='1' cellpadding='4'>"
        "<thead><tr><th>Critère</th><th>Libellé officiel</th><th>Points</th><th>Taux</th>"
        f"<th>Niveau</th></tr></thead><tbody>{corps}</tbody></table></section>{FIN}"
    )


def inserer(page: str, section: str) -> str:
    if DEBUT in page and FIN in page:
        avant, _, reste = page.partition(DEBUT)
        page = avant + reste.partition(FIN)[2]
    if "</body>" in page:
        i = page.rindex("</body>")
        return page[:i] + section + page[i:]
    return page + section


def retours(cours: Path, devoirs: list[str], etudiants: list[str] | None = None) -> str:
    from autograder.formateur.criteres import grilles

    coursedir = dossier_cours(Path(cours).resolve())
    racine = Path(coursedir.root)
    bilan = []
    for devoir in devoirs:
        verifier_devoir(coursedir, devoir)
        for e in etudiants or [None]:
            cmd = [sys.executable, "-m", "nbgrader", "generate_feedback", devoir, "--force"]
            cmd += [f"--student={e}"] if e else []
            res = subprocess.run(
                cmd, cwd=racine, capture_output=True, text=True, env=env_nbgrader()
            )
            if res.returncode != 0:
                derniere = (res.stderr.strip().splitlines() or ["?"])[-1]
                qui = f" pour l'apprenant « {e} »" if e else ""
                raise ErreurCours(
                    f"nbgrader generate_feedback {devoir}{qui} a échoué ({derniere}). Les copies "
                    f"sont-elles corrigées (« ntc grade {devoir} ») ?"
                )
        g = grilles(coursedir, [devoir])
        n = 0
        for dossier in sorted((racine / coursedir.feedback_directory).glob(f"*/{devoir}")):
            etudiant = dossier.parent.name
            if etudiants and etudiant not in etudiants:
                continue
            lignes = [ligne for ligne in g.get(etudiant, []) if ligne.maximum or ligne.en_attente]
            for page in sorted(dossier.glob("*.html")):
                page.chmod(0o644)  # nbgrader may leave it read-only
                page.write_text(
                    inserer(page.read_text(encoding="utf-8"), section_criteres(lignes)),
                    encoding="utf-8",
                )
                n += 1
        bilan.append(f"{devoir} : {n} retour(s) complété(s) par la grille de critères")
    return "\n".join(bilan) + "\nPour les distribuer : nbgrader release_feedback DEVOIR"
