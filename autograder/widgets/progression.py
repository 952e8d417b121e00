"""« Ma progression »: the learner's official-criteria grid as an HTML page, with « Actualiser ».

The page is a plain HTML output (readable in JupyterLab, Voila and an HTML export) and the button a
widget that redraws it. Scoring is the engine's (`autograder.moteur.progression`); this module only
words it: a real table with caption and header cells, levels written in words (a symbol and a
tint only repeat them), links to each assignment to redo and the lesson section to reread.
"""

from __future__ import annotations

import html
import os
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from autograder.moteur import lecons, referentiel
from autograder.moteur.criteres import NIVEAUX, SEUIL_ACQUIS, SEUIL_EN_COURS
from autograder.moteur.nombres import pourcent
from autograder.moteur.progression import ETATS, Devoir, Progression, Question, progression
from autograder.widgets.retour import alerte

NBSP, FINE = "\u00a0", "\u202f"  # before « : » ; before « ; ! ? »
SYMBOLES = {"acquis": "✔", "en cours de maîtrise": "◐", "non acquis": "✘", "non évalué": "○"}
STYLE = """<style>
.ntc-progression{color:#111;background:#fff;max-width:72rem}
.ntc-progression table{border-collapse:collapse;margin:.8rem 0;width:100%}
.ntc-progression caption{text-align:left!important;font-weight:bold;padding:.3rem 0;
 font-size:1.05rem}
.ntc-progression th,.ntc-progression td{border:1px solid #888!important;
 padding:.3rem .5rem!important;vertical-align:top!important;text-align:left!important}
.ntc-progression thead th{background:#e8e8e8}
.ntc-progression th.groupe{background:#f3f3f3;font-size:1rem}
.ntc-progression td.nombre{text-align:right!important;white-space:nowrap}
.ntc-progression .n-acquis{background:#e3f2e5}.ntc-progression .n-en-cours{background:#fff3dc}
.ntc-progression .n-non-acquis{background:#fde4dc}
.ntc-progression ul{margin:.2rem 0;padding-left:1.2rem}.ntc-progression p{margin:.3rem 0}
.ntc-progression a{color:#0b4f9c}
.ntc-progression .c-critere{width:5.5rem}.ntc-progression .c-libelle{width:32%}
.ntc-progression .c-niveau{width:11rem}.ntc-progression .c-points{width:9rem}
</style>"""


def _e(texte) -> str:
    return html.escape(str(texte), quote=True)


def _deux_points(texte: str) -> str:
    return f"{texte}{NBSP}:"


def _pts(x: float) -> str:
    return f"{x:g}".replace(".", ",")


def _points(obtenus: float, sur: float) -> str:
    return f"{_pts(obtenus)}{NBSP}/{NBSP}{_pts(sur)}{NBSP}point{'s' if sur >= 2 else ''}"


def _lien(chemin: Path, texte: str, ancre: str = "") -> str:
    """A link relative to the page's folder (the kernel's working directory)."""
    relatif = Path(os.path.relpath(chemin, Path.cwd())).as_posix()
    href = quote(relatif) + (f"#{quote(ancre, safe='=')}" if ancre else "")
    return f"<a href='{_e(href)}'>{_e(texte)}</a>"


def dossier_cours() -> Path:
    """The lessons beside the page (its folder holds the home page), else the installed ones."""
    ici = Path.cwd()
    return ici if (ici / "00_accueil.ipynb").is_file() else lecons.DOSSIER_COURS


def _court(devoir: Devoir) -> str:
    """« devoir CP4 » from the notebook title « CP4 — … »."""
    return f"devoir {devoir.titre.split(' — ')[0]}" if devoir.titre else f"devoir {devoir.nom}"


def _classe(niveau: str) -> str:
    return {
        "acquis": "n-acquis",
        "en cours de maîtrise": "n-en-cours",
        "non acquis": "n-non-acquis",
    }.get(niveau, "")


def _question_html(p: Progression, q: Question) -> str:
    d = p.devoir(q.devoir)
    lien = _lien(d.carnet, _court(d)) if d.carnet else _e(_court(d))
    suite = (
        f"{_points(q.obtenus, q.points)}, {ETATS[q.etat]}"
        if q.obtenus is not None
        else ETATS[q.etat]
    )
    return f"<li>{lien} — {_e(q.titre)} ({_e(suite)})</li>"


def a_reprendre(p: Progression, critere: str, niveau: str) -> str:
    """What to do for one criterion: questions to redo or to do, and the lesson to reread."""
    questions = p.questions(critere)
    if niveau == "acquis":
        return "Rien à reprendre."
    blocs = []
    refaire = [q for q in questions if q.a_refaire]
    if refaire:
        items = "".join(_question_html(p, q) for q in refaire)
        blocs.append(f"<p>{_deux_points('À refaire')}</p><ul>{items}</ul>")
    a_faire = [q for q in questions if q.etat in ("sans_reponse", "code")]
    if a_faire and niveau != "non évalué":
        items = "".join(_question_html(p, q) for q in a_faire)
        blocs.append(f"<p>{_deux_points('Pas encore répondu')}</p><ul>{items}</ul>")
    elif a_faire:
        par_devoir: dict[str, list[Question]] = {}
        for q in a_faire:
            par_devoir.setdefault(q.devoir, []).append(q)
        items = []
        for nom, qs in par_devoir.items():
            d = p.devoir(nom)
            lien = _lien(d.carnet, _court(d)) if d.carnet else _e(_court(d))
            code = [q for q in qs if q.etat == "code"]
            items.append(
                f"<li>{lien} ({len(qs)}{NBSP}question{'s' if len(qs) > 1 else ''}"
                + (f", dont {len(code)} {_e(ETATS['code'])}" if code else "")
                + ")</li>"
            )
        blocs.append(f"<p>{_deux_points('À faire')}</p><ul>{''.join(items)}</ul>")
    if any(q.etat == "formateur" for q in questions):
        blocs.append(f"<p>Réponse rédigée{NBSP}: évaluée par le formateur.</p>")
    if not questions:
        blocs.append("<p>Aucune question du cours ne l'évalue encore.</p>")
    if niveau in ("non acquis", "en cours de maîtrise"):
        devoirs = list(dict.fromkeys(q.devoir for q in questions))
        liens = [
            _lien(lien.chemin, lien.titre, lien.ancre)
            for lien in lecons.a_relire(critere, devoirs, dossier_cours())
        ]
        if liens:
            blocs.append(f"<p>{_deux_points('Relire')} {f'{FINE}; '.join(liens)}</p>")
    return "".join(blocs)


def _grille(p: Progression) -> str:
    par_competence: dict[str, list] = {}
    for ligne in p.lignes:
        par_competence.setdefault(ligne.competence, []).append(ligne)
    titres = {c.id: c.titre for c in (*referentiel.competences(), *referentiel.transversales())}
    corps = ""
    for comp, lignes in par_competence.items():
        groupe = f"{comp} — {titres[comp]}" if comp in titres else comp
        corps += (
            f"<tbody><tr><th colspan='5' scope='rowgroup' class='groupe'>{_e(groupe)}</th></tr>"
        )
        for ligne in lignes:
            taux = "—" if ligne.taux is None else pourcent(ligne.taux, 0)
            points = f"{_points(ligne.points, ligne.maximum)} ({taux})" if ligne.maximum else "—"
            corps += (
                f"<tr><th scope='row'>{_e(ligne.critere)}</th><td>{_e(ligne.libelle)}</td>"
                f"<td class='{_classe(ligne.niveau)}'><span aria-hidden='true'>"
                f"{SYMBOLES[ligne.niveau]}</span> {ligne.niveau}</td>"
                f"<td class='nombre'>{points}</td>"
                f"<td>{a_reprendre(p, ligne.critere, ligne.niveau)}</td></tr>"
            )
        corps += "</tbody>"
    return (
        f"<table><caption>Critères officiels du titre{NBSP}: votre niveau et ce qu'il faut "
        "reprendre</caption><colgroup><col class='c-critere'><col class='c-libelle'>"
        "<col class='c-niveau'><col class='c-points'><col></colgroup><thead><tr>"
        "<th scope='col'>Critère</th><th scope='col'>Libellé officiel</th>"
        "<th scope='col'>Niveau</th><th scope='col'>Points obtenus</th>"
        f"<th scope='col'>À reprendre</th></tr></thead>{corps}</table>"
    )


def _devoirs(p: Progression) -> str:
    lignes = ""
    for d in p.devoirs:
        auto = [q for q in d.questions if q.etat != "formateur"]
        faites = d.repondues
        titre = _lien(d.carnet, d.titre or d.nom) if d.carnet else _e(d.nom)
        points = (
            _points(sum(q.obtenus for q in faites), sum(q.points for q in faites))
            if faites
            else "—"
        )
        lignes += (
            f"<tr><th scope='row'>{titre}</th>"
            f"<td class='nombre'>{len(faites)} sur {len(auto)}</td><td class='nombre'>{points}</td>"
            f"<td>{'à commencer' if not faites and not d.messages else ''}"
            f"{'<br>'.join(_e(m) for m in d.messages)}</td></tr>"
        )
    return (
        "<table><caption>Vos devoirs</caption><thead><tr><th scope='col'>Devoir</th>"
        "<th scope='col'>Questions répondues</th><th scope='col'>Points obtenus</th>"
        f"<th scope='col'>Remarque</th></tr></thead><tbody>{lignes}</tbody></table>"
    )


def seuils() -> str:
    return (
        f"<p>Seuils (les mêmes que la grille du formateur){NBSP}: <b>acquis</b> à partir de "
        f"{pourcent(SEUIL_ACQUIS, 0)} des points des questions répondues qui évaluent le critère, "
        f"<b>en cours de maîtrise</b> à partir de {pourcent(SEUIL_EN_COURS, 0)}, <b>non acquis</b> "
        f"en dessous{FINE}; <b>non évalué</b> tant qu'aucune question de ce critère n'a de "
        "réponse enregistrée. Une question sans réponse ne compte pas (elle est à faire), une "
        f"réponse rédigée est évaluée par le formateur. Indicatif{NBSP}: c'est le jury qui évalue "
        "le titre.</p>"
    )


def page_html(dossier=None) -> str:
    """The whole page; a problem outside any assignment becomes a French message, never a trace."""
    try:
        p = progression(dossier)
    except Exception as exc:  # the page must always say something readable
        return alerte(
            f"Votre progression n'a pas pu être calculée ({_e(type(exc).__name__)}{NBSP}: "
            f"{_e(exc)}). Vos réponses ne sont pas touchées{FINE}; prévenez votre formateur."
        )
    if not p.devoirs:
        return alerte(f"Aucun dossier de devoir trouvé dans {_e(dossier or 'exercises/')}.")
    comptes = {n: sum(1 for ligne in p.lignes if ligne.niveau == n) for n in NIVEAUX}
    bilan = ", ".join(f"{n}{NBSP}: {comptes[n]}" for n in NIVEAUX)
    commences = sum(1 for d in p.devoirs if d.repondues)
    alertes = "".join(
        alerte(f"<b>{_e(d.titre or d.nom)}</b>{NBSP}: {_e(' '.join(d.messages))}")
        for d in p.devoirs
        if d.messages
    )
    heure = datetime.now().strftime("%H h %M")
    return (
        f"<section class='ntc-progression' lang='fr'>{STYLE}"
        f"<p role='status'>Mis à jour à {heure}{NBSP}: {commences} devoir"
        f"{'s' if commences > 1 else ''} commencé{'s' if commences > 1 else ''} sur "
        f"{len(p.devoirs)}.</p>{alertes}"
        f"<p><b>Vos critères</b>{NBSP}: {bilan}.</p>{seuils()}{_grille(p)}{_devoirs(p)}</section>"
    )


def afficher_progression(dossier=None) -> None:
    """Affiche votre grille des critères officiels, avec un bouton « Actualiser »."""
    from IPython.display import HTML, display

    try:
        import ipywidgets as w
    except ImportError:  # no widgets: the page alone
        display(HTML(page_html(dossier)))
        return
    bouton = w.Button(
        description="Actualiser",
        icon="refresh",
        tooltip="Relire vos réponses et recalculer la grille",
        layout=w.Layout(width="auto"),
    )
    display(bouton)
    cadre = display(HTML(page_html(dossier)), display_id=True)

    def actualiser(_bouton=None) -> None:
        bouton.disabled = True
        try:
            if cadre is not None:
                cadre.update(HTML(page_html(dossier)))
        finally:
            bouton.disabled = False

    bouton.on_click(actualiser)
