"""Repérer, dans une note de veille rédigée par une IA, les phrases que vos données contredisent."""

from autograder.metier import veille_ia
from autograder.moteur.formats import ChoixMultiple, Option

TITRE = "Les phrases inventées d'une note rédigée par l'IA"
CRITERES = ()  # juger le texte d'un autre (ici d'une IA) n'est pas faire : data/exercices/README.md
POINTS = 3
FORMAT = ChoixMultiple()
DONNEES = ("veille", "carte")


def generer(ctx):
    d = ctx.donnees
    return {"note": d["note_ia"], "date_reference": d["date_reference"]}


def enonce(p):
    return (
        "Un assistant d'IA a rédigé ce brouillon de note à partir de votre dossier de veille :\n\n"
        f"{veille_ia.texte_note(p['note'], p['date_reference'])}\n\n"
        "Vérifiez chaque phrase avec vos tableaux « Veille » et « Carte des concurrents ». "
        "**Cochez les phrases fausses ou invérifiables** : chiffre qui ne correspond pas, "
        "information attribuée au mauvais concurrent, source qui n'existe pas dans votre dossier."
    )


def options(p):
    return [
        Option(ph["cle"], f"[{k}] {ph['texte']}", not ph["juste"], ph["retour"])
        for k, ph in enumerate(p["note"]["phrases"], start=1)
    ]


def explication(p):
    return (
        "Chaque phrase se confronte à la donnée d'origine : le chiffre de la carte, la ligne du "
        "fichier de veille (même concurrent, même chiffre, même date), la source citée. Une "
        "source absente de votre dossier et un chiffre que rien ne confirme ne passent pas dans "
        "une note : on les retire ou on les vérifie à la source."
    )
