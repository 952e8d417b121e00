"""The written exam's deliverables as an exercise sees them (issue #17).

A learner's seed draws a subject (two contexts); the candidate picks one at the start. Each
deliverable is graded against the context its figures match: the checks run for both contexts
of the subject and the better result counts (a workbook, a deck or a proposal made for one context
fails most checks of the other), so grading reads only the file handed in and the seed, never
something else the learner stored. Templates and key files are written here with the same
libraries the checkers read them with.
"""

from __future__ import annotations

import io
import tempfile
from dataclasses import dataclass
from pathlib import Path

from autograder.metier.examen import chiffres, contextes
from autograder.metier.examen.diaporama import controler_contenu
from autograder.metier.examen.tableau import Attendus, attendus
from autograder.metier.examen.tableau_controle import TableauIllisible, controler_tableau
from autograder.metier.examen.tableau_modele import (
    FEUILLE_TABLEAU,
    TOTAL,
    disposition,
    ecrire_modele,
)
from autograder.moteur.controles import Controle, part_reussie

FICHIERS_MODELES = {  # beside the notebook, in modeles/: never a name nbgrader ships
    "tableau_de_bord": "tableau_de_bord.xlsx",
    "diaporama": "diaporama.pptx",
    "proposition": "proposition.docx",
}


@dataclass(frozen=True)
class Sujet:
    ident: str
    titre: str
    contextes: tuple[dict, ...]
    cas: dict  # context id -> chiffres.Cas

    def contexte(self, ident: str) -> dict:
        return next(c for c in self.contextes if c["id"] == ident)


def tirer_sujet(graine: int) -> Sujet:
    """The subject of a learner's seed and its figures for both contexts."""
    tous = contextes.sujets()
    s = tous[graine % len(tous)]
    lus = tuple(contextes.contexte(c) for c in s["contextes"])
    return Sujet(s["id"], s["titre"], lus, {c["id"]: chiffres.generer(c, graine) for c in lus})


def nom_entreprise(contexte: dict) -> str:
    return contexte["entreprise"]["nom"]


def chiffres_cles(att: Attendus) -> dict[str, float]:
    """The dashboard figures a deck's chart or table must show (label -> value)."""
    return {
        "CA réalisé de l'équipe": att.valeur("commerciaux", TOTAL, "ca"),
        "Objectif de CA de l'équipe": att.valeur("commerciaux", TOTAL, "objectif"),
        "Taux de réalisation de l'équipe": att.valeur("commerciaux", TOTAL, "taux_realisation"),
        "Écart de l'équipe": att.valeur("commerciaux", TOTAL, "ecart"),
    }


# -- grading: the better of the two contexts --------------------------------------------------
def meilleur(resultats: dict[str, list[Controle]], noms: dict[str, str]) -> tuple[float, list]:
    """(score, lines) of the context whose checks pass best; lines say which one was read."""
    ident = max(resultats, key=lambda i: part_reussie(resultats[i]))
    controles = resultats[ident]
    lignes = [f"Contexte reconnu\u00a0: {noms[ident]}."] if len(resultats) > 1 else []
    for c in controles:
        if not c.compte:
            lignes.append(f"• {c.libelle}\u00a0: {c.conseil}")
        else:
            lignes.append(f"{'✅' if c.ok else '❌'} {c.libelle}\u00a0: {c.conseil}")
    return part_reussie(controles), lignes


def noter_tableau(sujet: Sujet, contenu: bytes) -> tuple[float, list[str]]:
    """Grade a deposited workbook; raises TableauIllisible (a ValueError) when unreadable."""
    resultats, erreur = {}, None
    with tempfile.TemporaryDirectory() as d:
        chemin = Path(d) / "tableau_de_bord.xlsx"
        chemin.write_bytes(contenu)
        for ident, cas in sujet.cas.items():
            try:
                resultats[ident] = controler_tableau(chemin, attendus(cas.ventes))
            except TableauIllisible as exc:
                erreur = erreur or exc
    if not resultats:
        raise erreur
    return meilleur(resultats, {c["id"]: nom_entreprise(c) for c in sujet.contextes})


def noter_diaporama(sujet: Sujet, contenu: bytes) -> tuple[float, list[str]]:
    """Grade a deposited deck; raises ValueError when it cannot be read at all."""
    resultats = {
        ident: controler_contenu(contenu, "diaporama.pptx", chiffres_cles(attendus(cas.ventes)))
        for ident, cas in sujet.cas.items()
    }
    premier = next(iter(resultats.values()))
    if len(premier) == 1 and not premier[0].ok:  # unreadable: the same for both contexts
        raise ValueError(premier[0].conseil)
    return meilleur(resultats, {c["id"]: nom_entreprise(c) for c in sujet.contextes})


def noter_proposition(sujet: Sujet, contenu: bytes) -> tuple[float, list[str]]:
    """Grade a deposited proposal; raises ValueError when it cannot be read at all."""
    from autograder.metier.examen.proposition import controler_proposition

    resultats = {
        c["id"]: controler_proposition(contenu, c, "proposition.docx") for c in sujet.contextes
    }
    premier = next(iter(resultats.values()))
    if len(premier) == 1 and not premier[0].ok:  # unreadable: the same for both contexts
        raise ValueError(premier[0].conseil)
    return meilleur(resultats, {c["id"]: nom_entreprise(c) for c in sujet.contextes})


# -- templates handed to the learner -----------------------------------------------------------
def ecrire_modeles(dossier, sujet: Sujet, ident: str, livrables) -> dict[str, Path]:
    """The blank files of the chosen context in `dossier` (a file already there is kept: it may
    hold the learner's work)."""
    from autograder.metier.examen.diaporama import modele_diaporama

    dossier = Path(dossier)
    dossier.mkdir(parents=True, exist_ok=True)
    contexte, cas = sujet.contexte(ident), sujet.cas[ident]
    ecrits = {}
    for livrable in livrables:
        chemin = dossier / FICHIERS_MODELES[livrable]
        ecrits[livrable] = chemin
        if chemin.exists():
            continue
        if livrable == "tableau_de_bord":
            ecrire_modele(chemin, cas.ventes, entreprise=nom_entreprise(contexte))
        elif livrable == "diaporama":
            modele_diaporama(chemin, f"{nom_entreprise(contexte)} : bilan et plan d'actions")
        else:
            from autograder.metier.examen.proposition import modele_proposition

            modele_proposition(chemin, contexte)
    return ecrits


# -- key files (the solution) and flawed files (tests) ----------------------------------------
def exemple_tableau(sujet: Sujet, ident: str, juste: bool = True) -> bytes:
    """The chosen context's workbook with every expected value typed and a chart; flawed: the
    achievement rates computed the wrong way round and no chart."""
    from openpyxl import load_workbook
    from openpyxl.chart import BarChart, Reference

    cas = sujet.cas[ident]
    att = attendus(cas.ventes)
    with tempfile.TemporaryDirectory() as d:
        chemin = ecrire_modele(
            Path(d) / "t.xlsx", cas.ventes, entreprise=nom_entreprise(sujet.contexte(ident))
        )
        classeur = load_workbook(chemin)
    ws = classeur[FEUILLE_TABLEAU]
    cases = disposition(att.commerciaux, att.trimestres)
    for a in att.cellules:
        if a.valeur is None:
            continue
        valeur = a.valeur
        if not juste and a.cle == "taux_realisation" and valeur:
            valeur = 1 / valeur  # objective over actual: the classic slip
        ws.cell(*cases[(a.bloc, a.ligne, a.cle)], valeur)
    if juste:
        r0 = cases[("commerciaux", att.commerciaux[0], "ca")][0]
        graphique = BarChart()
        graphique.title = "CA réalisé et objectif par commercial"
        graphique.add_data(
            Reference(
                ws, min_col=2, max_col=3, min_row=r0 - 1, max_row=r0 + len(att.commerciaux) - 1
            ),
            titles_from_data=True,
        )
        graphique.set_categories(
            Reference(ws, min_col=1, min_row=r0, max_row=r0 + len(att.commerciaux) - 1)
        )
        ws.add_chart(graphique, "J8")
    sortie = io.BytesIO()
    classeur.save(sortie)
    return sortie.getvalue()


def exemple_proposition(sujet: Sujet, ident: str, juste: bool = True) -> bytes:
    """The chosen context's right proposal, or a flawed one."""
    from autograder.metier.examen.proposition import exemple_proposition as exemple

    return exemple(sujet.contexte(ident), juste)


def exemple_diaporama(sujet: Sujet, ident: str, juste: bool = True) -> bytes:
    """A right deck for the chosen context (11 slides, the key figures in a chart, an action
    table), or a flawed one (8 slides, no chart, actions without deadline or cost)."""
    from autograder.metier.examen.diaporama_exemple import deck

    contexte, cas = sujet.contexte(ident), sujet.cas[ident]
    att = attendus(cas.ventes)
    return deck(nom_entreprise(contexte), att, chiffres_cles(att), juste=juste)
