"""Repérer, dans une segmentation proposée par une IA, le segment bâti sur une donnée sensible.

Critères : aucun. Reconnaître une donnée interdite par le RGPD (article 9) est une connaissance
du cadre légal : voir la règle de data/exercices/README.md.
"""

from autograder.metier.canaux import libelle_segment, segmentation_ia
from autograder.moteur.formats import Choix, Option

TITRE = "Le segment que l'IA n'aurait pas dû proposer"
CRITERES = ()  # aucun critère : voir la docstring
POINTS = 1
FORMAT = Choix()
DONNEES = ()


def generer(ctx):
    seg = segmentation_ia(ctx.donnees)
    options = [[s["cle"], libelle_segment(s)] for s in seg["segments"]]
    options.append(["sensible", f"Prospects ciblés selon {seg['sensible']}"])
    ctx.rng.shuffle(options)
    return {"options": options}


def enonce(p):
    return (
        "Un assistant d'IA, à qui vous avez demandé de segmenter vos prospects pour la "
        "prochaine campagne, propose les cinq segments ci-dessous. **Lequel ne devez-vous "
        "en aucun cas utiliser ?**"
    )


def options(p):
    opts = []
    for cle, libelle in p["options"]:
        if cle == "sensible":
            retour = (
                "Juste : c'est une donnée sensible au sens de l'article 9 du RGPD (opinions, "
                "religion, syndicat, santé…). Son traitement est interdit sauf exceptions qui "
                "ne couvrent pas la prospection, et elle ne dit rien du besoin en pompes."
            )
        else:
            retour = (
                "Ce segment repose sur le secteur et la taille, des données professionnelles "
                "utiles pour cibler : il est utilisable (après vérification de ses effectifs)."
            )
        opts.append(Option(cle=cle, libelle=libelle, correct=cle == "sensible", retour=retour))
    return opts
