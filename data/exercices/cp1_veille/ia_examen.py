"""Le jour de l'examen : les outils d'IA sont totalement interdits (RE, annexe 1)."""

from autograder.moteur import referentiel
from autograder.moteur.formats import ChoixMultiple, Option, tirer_options

TITRE = "L'IA le jour de l'examen"
CRITERES = ()  # aucun critère : connaître une règle de l'épreuve (data/exercices/README.md)
POINTS = 2
FORMAT = ChoixMultiple()

BANQUE = [
    (
        "interdite",
        "Pendant l'épreuve, les outils d'IA (ChatGPT, Copilot…) sont totalement interdits.",
        True,
        "c'est écrit dans le plateau technique du référentiel d'évaluation.",
    ),
    (
        "internet",
        "La connexion internet fournie sert à la prospection et à la veille.",
        True,
        "oui, c'est son usage prévu, sans outil d'IA.",
    ),
    (
        "sans_ia",
        "Il faut savoir résumer, chiffrer et rédiger soi-même, en temps limité, sans assistant.",
        True,
        "d'où l'intérêt de s'entraîner sans IA avant l'épreuve.",
    ),
    (
        "outils",
        "Le poste fourni compte un traitement de texte, un tableur et un logiciel de présentation.",
        True,
        "ce sont les outils du poste de travail du candidat.",
    ),
    (
        "integre",
        "Un assistant d'IA intégré au traitement de texte reste autorisé : ce n'est pas ChatGPT.",
        False,
        "faux : l'interdiction vise tous les outils d'IA, les noms cités ne sont que des exemples.",
    ),
    (
        "veille",
        "Pour la veille en ligne pendant la préparation, l'IA est permise puisque "
        "l'internet est fourni.",
        False,
        "faux : internet sert à la veille, mais avec interdiction totale des outils d'IA.",
    ),
    (
        "telephone",
        "Le téléphone portable peut servir à interroger un assistant d'IA.",
        False,
        "faux : il sert à la prospection téléphonique et à la prise de rendez-vous.",
    ),
    (
        "citer",
        "Une IA est autorisée si l'on cite ce qu'elle a produit.",
        False,
        "faux : citer l'outil ne lève pas l'interdiction.",
    ),
]


def regle() -> str:
    """The official wording, read from the reference (RE annex 1), never typed."""
    internet = next(
        r for r in referentiel.plateau_technique() if "Intelligence" in r["observations"]
    )
    return internet["observations"]


def generer(ctx):
    return {"options": tirer_options(BANQUE, ctx.rng, 3, 2)}


def enonce(p):
    return (
        "Vous passez l'épreuve du titre. **Cochez les affirmations exactes** sur les outils dont "
        "vous disposez et sur l'IA."
    )


def options(p):
    return [Option(*o) for o in p["options"]]


def explication(p):
    return f"Le référentiel d'évaluation (annexe 1, plateau technique) dit : « {regle()} »"
