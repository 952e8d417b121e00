"""Préparer une démonstration en visioconférence : ce qui se fait, ce qui ne se fait pas."""

from autograder.metier import vente_sociale as vs
from autograder.moteur.formats import ChoixMultiple, Option, tirer_options

TITRE = "Préparer une réunion en visioconférence"
CRITERES = ()  # cocher une liste de bonnes pratiques : une connaissance
POINTS = 2
FORMAT = ChoixMultiple()


def generer(ctx):
    banque = [(v["id"], v["texte"], v["correct"], v["retour"]) for v in vs.donnees()["visio"]]
    return {"options": tirer_options(banque, ctx.rng, 4, 3)}


def enonce(p):
    return (
        "Votre client, à 400 km, préfère une démonstration à distance. **Cochez ce que vous "
        "faites pour préparer et mener cette réunion en visioconférence.**"
    )


def options(p):
    return [Option(*o) for o in p["options"]]


def explication(p):
    return (
        "À distance, on prépare davantage : technique testée, image et son soignés, ordre du "
        "jour envoyé, écran partagé avec soin (une seule fenêtre), client sollicité souvent, "
        "enregistrement seulement avec son accord."
    )
