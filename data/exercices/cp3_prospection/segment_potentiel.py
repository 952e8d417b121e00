"""Choisir, parmi les segments proposés par une IA, celui au plus fort potentiel calculé.

Critères : aucun, comme `secteur_panier` : choisir le segment au plus fort potentiel parmi des
options ne prouve ni un persona créé (CP3.3) ni un recueil de données (CP3.1, CP3.2) ; le
savoir-faire « recourir aux outils de l'IA pour segmenter et cibler » n'est pas un critère.
"""

from autograder.metier.canaux import libelle_segment, segmentation_ia
from autograder.moteur.formats import Choix, Option
from autograder.moteur.nombres import euros, nombre

TITRE = "Le segment à cibler en priorité"
CRITERES = ()  # aucun critère : voir la docstring
POINTS = 2
FORMAT = Choix()
DONNEES = ("entreprises",)


def generer(ctx):
    seg = segmentation_ia(ctx.donnees)["segments"]
    meilleur = max(seg, key=lambda s: s["potentiel"])["cle"]
    plus_nombreux = max(seg, key=lambda s: s["prospects"])["cle"]
    plus_gros_panier = max(seg, key=lambda s: s["panier"])["cle"]
    return {
        "segments": seg,
        "meilleur": meilleur,
        "plus_nombreux": plus_nombreux,
        "plus_gros_panier": plus_gros_panier,
    }


def enonce(p):
    lignes = ["| Segment proposé par l'IA | Panier moyen du secteur (HT) |", "|---|---:|"]
    lignes += [f"| {libelle_segment(s)} | {euros(s['panier'], 0)} |" for s in p["segments"]]
    return (
        "Pour choisir le segment de votre prochaine campagne, vous estimez son **potentiel** : "
        "nombre de prospects du segment × panier moyen de son secteur (calculé sur vos "
        "commandes signées) :\n\n"
        + "\n".join(lignes)
        + "\n\nComptez les prospects de chaque segment dans le tableau « Entreprises » (statut "
        "« prospect », secteur et taille), sans vous fier aux effectifs annoncés par l'IA. "
        "**Quel segment a le plus fort potentiel ?**"
    )


def options(p):
    opts = []
    for s in p["segments"]:
        retour = (
            f"{nombre(s['prospects'])} prospects × {euros(s['panier'], 0)} = "
            f"{euros(s['potentiel'], 0)} de potentiel."
        )
        if s["cle"] != p["meilleur"] and s["cle"] == p["plus_nombreux"]:
            retour += " C'est le segment le plus nombreux, pas le plus fort potentiel."
        elif s["cle"] != p["meilleur"] and s["cle"] == p["plus_gros_panier"]:
            retour += " C'est le plus gros panier, mais avec trop peu de prospects."
        opts.append(
            Option(
                cle=s["cle"],
                libelle=libelle_segment(s),
                correct=s["cle"] == p["meilleur"],
                retour=retour,
            )
        )
    return opts
