"""Quiz : concessions et conclusion : questions tirées de la banque (data/questions), différentes pour chaque apprenant."""

from autograder.moteur.formats import Quiz

TITRE = "Quiz : concessions et conclusion"
CRITERES = ()  # aucun critère : voir la règle de data/exercices/README.md
POINTS = 3
FORMAT = Quiz(themes=("concessions", "conclusion"), nombre=5)


def generer(ctx):
    return {}


def enonce(p):
    return (
        "Répondez aux 5 questions sur les concessions (donnant-donnant, point de rupture) et la conclusion de la vente. Chaque réponse est "
        "enregistrée aussitôt ; « Vérifier » explique chaque question."
    )
