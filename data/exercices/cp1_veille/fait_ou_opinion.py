"""Distinguer les faits (vérifiables) des opinions dans les informations collectées."""

from autograder.metier.swot import cas as swot
from autograder.moteur.formats import Classement, Element

TITRE = "Fait ou opinion ?"
CRITERES = ()  # aucun critère : voir la règle de data/exercices/README.md
POINTS = 2
FORMAT = Classement(categories=(("fait", "Fait vérifiable"), ("opinion", "Opinion")))

RETOURS = {
    "fait": "Vérifiable : un chiffre, une date ou un événement constaté, que l'on peut sourcer.",
    "opinion": "Jugement ou généralisation attribué à quelqu'un : rien ne permet de le vérifier "
    "tel quel ; à recouper avant de l'utiliser.",
}


def generer(ctx):
    cas = swot.charger_cas(ctx.donnees["cas_swot"])
    faits = [e for e in cas["enonces"] if e["fait_ou_opinion"] == "fait"]
    opinions = [e for e in cas["enonces"] if e["fait_ou_opinion"] == "opinion"]
    n_op = min(3, len(opinions))
    choisis = ctx.rng.sample(faits, 6 - n_op) + ctx.rng.sample(opinions, n_op)
    ctx.rng.shuffle(choisis)
    return {
        "titre": cas["titre"],
        "enonces": [
            [
                e["id"],
                e["texte"],
                e["fait_ou_opinion"],
                RETOURS[e["fait_ou_opinion"]],
            ]
            for e in choisis
        ],
    }


def enonce(p):
    return (
        f"Dans le dossier de veille « {p['titre']} », un stagiaire a mélangé des faits et des "
        "opinions. Une note de veille doit rester factuelle : **classez chaque information en "
        "fait vérifiable ou en opinion.**"
    )


def elements(p):
    return [Element(*e) for e in p["enonces"]]
