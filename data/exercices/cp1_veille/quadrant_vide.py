"""Carte perceptuelle : repérer le positionnement que personne n'occupe."""

from autograder.moteur import banque
from autograder.moteur.formats import Choix, Option

TITRE = "Le quadrant inoccupé de la carte"
CRITERES = ("CP1.5",)
POINTS = 1
FORMAT = Choix()
DONNEES = ("carte",)

LIBELLES = {
    "premium": "Prix élevé (≥ 100), service élevé (≥ 50)",
    "rapport_qualite_prix": "Prix bas (< 100), service élevé (≥ 50)",
    "economique": "Prix bas (< 100), service faible (< 50)",
    "cher_peu_servi": "Prix élevé (≥ 100), service faible (< 50)",
}


def generer(ctx):
    carte = ctx.donnees["carte"]
    quadrant = banque.charger_contexte("cp1_veille").quadrant
    occupes = {}
    for r in carte.itertuples():
        occupes.setdefault(quadrant(r.prix, r.service), []).append(str(r.acteur))
    return {"occupes": occupes, "vide": ctx.donnees["quadrant_vide"]}


def enonce(p):
    return (
        "Coupez la carte en quatre avec les axes prix = 100 et service = 50. **Quel quadrant "
        "n'est occupé par aucun acteur ?**"
    )


def options(p):
    return [
        Option(
            q,
            libelle,
            correct=q == p["vide"],
            retour="aucun acteur : c'est le quadrant vide."
            if q == p["vide"]
            else "occupé par " + ", ".join(p["occupes"].get(q, [])) + ".",
        )
        for q, libelle in LIBELLES.items()
    ]
