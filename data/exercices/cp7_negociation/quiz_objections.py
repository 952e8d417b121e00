"""Quiz : objections et méthode CRAC : questions tirées de la banque (data/questions), différentes pour chaque apprenant."""

from autograder.moteur.formats import Quiz

TITRE = "Quiz : objections et méthode CRAC"
CRITERES = ()  # aucun critère : voir la règle de data/exercices/README.md
POINTS = 3
FORMAT = Quiz(themes=("objections", "techniques_crac"), nombre=5)


def generer(ctx):
    return {}


def enonce(p):
    return (
        "Répondez aux 5 questions sur les objections et leur traitement (méthode CRAC, reformulation, preuve). Chaque réponse est "
        "enregistrée aussitôt ; « Vérifier » explique chaque question."
    )
