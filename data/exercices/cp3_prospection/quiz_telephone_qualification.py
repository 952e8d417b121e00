"""Quiz : l'appel de prospection et la qualification du prospect, questions tirées de la banque
(data/questions), différentes pour chaque apprenant."""

from autograder.moteur.formats import Quiz

TITRE = "Quiz : appel de prospection et qualification"
CRITERES = ()  # un quiz prouve une connaissance, pas l'appel : voir data/exercices/README.md
POINTS = 3
FORMAT = Quiz(themes=("telephone", "qualification"), nombre=6)


def generer(ctx):
    return {}


def enonce(p):
    return (
        "Répondez aux 6 questions sur l'appel de prise de rendez-vous (standard, décideur, "
        "accroche, suite de l'appel) et sur la qualification du prospect (BANT, SPIN, pipeline). "
        "Chaque réponse est enregistrée aussitôt ; « Vérifier » explique chaque question."
    )
