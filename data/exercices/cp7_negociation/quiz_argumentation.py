"""Quiz : mobiles d'achat et argumentation : questions tirées de la banque (data/questions), différentes pour chaque apprenant."""

from autograder.moteur.formats import Quiz

TITRE = "Quiz : mobiles d'achat et argumentation"
CRITERES = ()  # aucun critère : voir la règle de data/exercices/README.md
POINTS = 3
FORMAT = Quiz(themes=("soncas", "argumentation"), nombre=5)


def generer(ctx):
    return {}


def enonce(p):
    return (
        "Répondez aux 5 questions sur les mobiles d'achat (SONCAS) et l'argumentation caractéristique → avantage → preuve. Chaque réponse est "
        "enregistrée aussitôt ; « Vérifier » explique chaque question."
    )
