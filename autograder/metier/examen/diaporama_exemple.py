"""A key deck for the exam's grading round trip: built from the dashboard's expected figures, the
way a candidate would build it in Impress or PowerPoint (python-pptx, the checker's library). The
flawed version breaks what the checker looks for: too few slides, no chart, incomplete actions."""

from __future__ import annotations

import io

from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE
from pptx.util import Inches, Pt

from autograder.metier.examen.tableau import Attendus
from autograder.metier.examen.tableau_modele import TOTAL
from autograder.moteur.nombres import euros, pourcent

COLONNES = ("Action", "Objectif", "Moyens", "Délai", "Coût", "Indicateur")


def _diapo(prs, titre: str, puces=()):
    d = prs.slides.add_slide(prs.slide_layouts[1] if puces else prs.slide_layouts[5])
    d.shapes.title.text = titre
    if puces:
        cadre = d.placeholders[1].text_frame
        cadre.text = puces[0]
        for p in puces[1:]:
            cadre.add_paragraph().text = p
    return d


def _tableau(d, lignes) -> None:
    forme = d.shapes.add_table(
        len(lignes),
        len(lignes[0]),
        Inches(0.3),
        Inches(1.5),
        Inches(9.4),
        Inches(0.5 * len(lignes)),
    )
    for i, ligne in enumerate(lignes):
        for j, texte in enumerate(ligne):
            cellule = forme.table.cell(i, j)
            cellule.text = texte
            for p in cellule.text_frame.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(14)


def _taux(att: Attendus, ligne: str) -> float:
    return att.valeur("commerciaux", ligne, "taux_realisation") or 0.0


def deck(entreprise: str, att: Attendus, cles: dict[str, float], *, juste: bool = True) -> bytes:
    prs = Presentation()
    titre = prs.slides.add_slide(prs.slide_layouts[0])
    titre.shapes.title.text = f"{entreprise} : bilan et plan d'actions"
    titre.placeholders[1].text = "Négociateur technico-commercial"
    ca, objectif = cles["CA réalisé de l'équipe"], cles["Objectif de CA de l'équipe"]
    ecart = cles["Écart de l'équipe"]
    if juste:
        d = _diapo(prs, "Chiffres clés de la période")
        donnees = CategoryChartData()
        donnees.categories = ["CA réalisé HT", "Objectif de CA HT"]
        donnees.add_series("Équipe", (ca, objectif))
        d.shapes.add_chart(
            XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(1), Inches(1.5), Inches(8), Inches(5), donnees
        )
    noms = sorted(att.commerciaux, key=lambda n: _taux(att, n))
    _tableau(
        _diapo(prs, "Résultats par commercial"),
        [("Commercial", "CA réalisé", "Objectif", "Réalisation")]
        + [
            (
                n,
                euros(att.valeur("commerciaux", n, "ca"), 0),
                euros(att.valeur("commerciaux", n, "objectif"), 0),
                pourcent(_taux(att, n)),
            )
            for n in [*att.commerciaux, TOTAL]
        ],
    )
    _diapo(
        prs,
        "Les écarts à l'objectif",
        [
            f"Équipe : {pourcent(_taux(att, TOTAL))} de l'objectif",
            f"Écart de l'équipe : {euros(ecart, 0)}",
            f"Plus en retard : {noms[0]} ({pourcent(_taux(att, noms[0]))})",
            f"Plus en avance : {noms[-1]} ({pourcent(_taux(att, noms[-1]))})",
        ],
    )
    _diapo(
        prs,
        "Ce qui a porté les résultats",
        ["Les commerciaux au-dessus de l'objectif", "Les mois forts de la saison"],
    )
    _diapo(prs, "Les obstacles rencontrés", ["Des devis peu transformés", "Un creux saisonnier"])
    actions = [
        ("Accompagner le commercial en retard", "Atteindre 100 % de l'objectif", "Binôme et revue des devis", "Trimestre prochain", "1 200 €", "Taux de réalisation mensuel"),
        ("Relancer les devis en attente", "Transformer 5 points de plus", "Relance sous 8 jours", "Fin du mois prochain", "300 €", "Taux de transformation"),
        ("Préparer le creux saisonnier", "Maintenir le CA du creux", "Offre de saison et prospection", "Avant le creux", "2 500 €", "CA des mois creux"),
    ]  # fmt: skip
    if not juste:
        actions = [(a, o, m, "", "", i) for a, o, m, _, _, i in actions]
    _tableau(_diapo(prs, "Plan d'actions"), [COLONNES, *actions])
    if juste:
        _diapo(
            prs,
            "Suivi des actions",
            ["Un point chaque mois en réunion d'équipe", "Les indicateurs dans le tableau de bord"],
        )
        _diapo(
            prs,
            "Les ressources demandées",
            ["Budget total : 4 000 €", "Temps : deux demi-journées par mois"],
        )
        _diapo(prs, "Les risques", ["Un creux plus long que prévu", "Un commercial absent"])
    _diapo(prs, "Conclusion", ["Trois actions chiffrées", "Un suivi mensuel"])
    sortie = io.BytesIO()
    prs.save(sortie)
    return sortie.getvalue()
