"""Quiz : la découverte (types de questions, QQOQCP, écoute active), questions tirées de la banque
(data/questions), différentes pour chaque apprenant."""

from autograder.moteur.formats import Quiz

TITRE = "Quiz : la phase de découverte"
CRITERES = ()  # aucun critère : voir la règle de data/exercices/README.md
POINTS = 3
FORMAT = Quiz(themes=("decouverte",), nombre=5)


def generer(ctx):
    return {}


def enonce(p):
    return (
        "Répondez aux 5 questions sur la découverte : types de questions, méthode QQOQCP, écoute "
        "active, étapes de l'entretien. Chaque réponse est enregistrée aussitôt ; « Vérifier » "
        "explique chaque question."
    )
