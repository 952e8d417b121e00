"""Quiz : négocier en anglais (B2) : questions tirées de la banque (data/questions), différentes pour chaque apprenant."""

from autograder.moteur.formats import Quiz

TITRE = "Quiz : négocier en anglais (B2)"
CRITERES = ()  # aucun critère : voir la règle de data/exercices/README.md
POINTS = 2
FORMAT = Quiz(themes=("anglais_b2b",), nombre=3)


def generer(ctx):
    return {}


def enonce(p):
    return (
        "Répondez aux 3 questions sur la négociation B2B en anglais (niveau B2), expliquées en français. Chaque réponse est "
        "enregistrée aussitôt ; « Vérifier » explique chaque question."
    )
