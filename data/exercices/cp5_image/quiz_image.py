"""Quiz : image de l'entreprise, réseaux sociaux, e-réputation et communication orale."""

from autograder.moteur.formats import Quiz

TITRE = "Quiz : représenter l'entreprise et communiquer"
CRITERES = ("CP5.1", "CP5.2", "CP5.3", "CT1.1", "CT1.2", "CT1.3")
POINTS = 3
FORMAT = Quiz(themes=("image_reseaux", "image_cp5"), nombre=6)


def generer(ctx):
    return {}


def enonce(p):
    return (
        "Six questions tirées pour vous dans la banque du cours. Chaque réponse est expliquée "
        "après « Vérifier »."
    )
