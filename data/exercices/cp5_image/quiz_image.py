"""Quiz : image de l'entreprise, réseaux sociaux, e-réputation et communication orale."""

from autograder.moteur.formats import Quiz

TITRE = "Quiz : représenter l'entreprise et communiquer"
CRITERES = ()  # aucun critère : voir la règle de data/exercices/README.md
POINTS = 3
FORMAT = Quiz(themes=("image_reseaux", "image_cp5"), nombre=6)


def generer(ctx):
    return {}


def enonce(p):
    return (
        "Six questions tirées pour vous dans la banque du cours. Chaque réponse est expliquée "
        "après « Vérifier »."
    )
