"""Quiz : posture d'expert-conseil, écologie, handicap : questions tirées de la banque (data/questions), différentes pour chaque apprenant."""

from autograder.moteur.formats import Quiz

TITRE = "Quiz : posture d'expert-conseil, écologie, handicap"
CRITERES = ()  # aucun critère : voir la règle de data/exercices/README.md
POINTS = 2
FORMAT = Quiz(themes=("posture_ecologie_handicap",), nombre=4)


def generer(ctx):
    return {}


def enonce(p):
    return (
        "Répondez aux 4 questions sur la posture d'expert-conseil, la dimension écologique et l'adaptation à une situation de handicap. Chaque réponse est "
        "enregistrée aussitôt ; « Vérifier » explique chaque question."
    )
