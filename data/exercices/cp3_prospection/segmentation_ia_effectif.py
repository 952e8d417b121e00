"""Vérifier un effectif annoncé par une segmentation proposée par une IA.

Critères : aucun. Recompter un segment dans ses données est une technique de contrôle ; le
critère CP3.2 (« les outils de l'IA sont utilisés à bon escient pour recueillir des données »)
porte sur le recueil de données, et « recourir aux outils de l'IA pour segmenter et cibler »
est un savoir-faire du REAC, pas un critère d'évaluation : voir data/exercices/README.md.
"""

from autograder.metier.canaux import libelle_segment, segmentation_ia
from autograder.moteur.formats import Nombre, pieges_distincts
from autograder.moteur.nombres import nombre

TITRE = "L'effectif d'un segment proposé par l'IA"
CRITERES = ()  # aucun critère : voir la docstring
POINTS = 1
FORMAT = Nombre(unite="prospects", tolerance=0, bornes=(0, 1000), decimales=0)
DONNEES = ("entreprises",)


def generer(ctx):
    seg = segmentation_ia(ctx.donnees)
    cible = next(s for s in seg["segments"] if s["cle"] == seg["faux"])
    return {"segments": seg["segments"], "cible": cible}


def _tableau(segments):
    lignes = ["| Segment proposé par l'IA | Prospects annoncés |", "|---|---:|"]
    lignes += [f"| {libelle_segment(s)} | {nombre(s['annonce'])} |" for s in segments]
    return "\n".join(lignes)


def enonce(p):
    return (
        "Un assistant d'IA a segmenté votre base de prospects (secteur × taille) et annonce "
        "ces effectifs :\n\n"
        + _tableau(p["segments"])
        + "\n\nAvant de bâtir une campagne sur ces chiffres, vous les contrôlez. Dans le "
        "tableau « Entreprises » de vos données, filtrez le secteur **"
        + p["cible"]["secteur"]
        + "**, la taille **"
        + p["cible"]["taille"]
        + "** et le **statut « prospect »**. **Combien de prospects compte réellement ce "
        "segment ?**"
    )


def solution(p):
    return p["cible"]["prospects"]


def diagnostics(p):
    return pieges_distincts(
        FORMAT,
        solution(p),
        [
            (
                p["cible"]["annonce"],
                "C'est le chiffre annoncé par l'IA : elle a compté aussi les clients et les "
                "anciens clients. Filtrez le statut « prospect ».",
            )
        ],
    )


def explication(p):
    return (
        f"Entreprises du secteur {p['cible']['secteur']}, taille {p['cible']['taille']}, statut "
        f"« prospect » : {nombre(p['cible']['prospects'])}. L'IA en annonçait "
        f"{nombre(p['cible']['annonce'])} : une segmentation proposée se vérifie toujours sur "
        "les données."
    )
