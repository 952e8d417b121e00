"""Le diaporama de l'étude de cas : 10 à 12 diapositives avec les actions envisagées (.pptx).

Critère : la forme que le correcteur lit (un titre par diapositive, les chiffres du tableau de bord
en graphique ou en vrai tableau, un texte lisible en projection, aucune diapositive surchargée)
évalue des visuels adaptés à l'objet et aux destinataires (CT1.4). Que les actions aient un
objectif, des moyens, un délai, un coût et un indicateur est vérifié ici, mais leur pertinence
(CP4.4 à CP4.7) est notée par le formateur avec le barème.
"""

from autograder.metier.examen import livrables
from autograder.moteur.formats import Document

TITRE = "Le diaporama (logiciel de présentation)"
CRITERES = ("CT1.4",)
POINTS = 4
FORMAT = Document(extensions=(".pptx",))


def generer(ctx):
    return {"sujet": ctx.donnees["sujet"]}


def enonce(p):
    return (
        "Préparez dans Impress ou PowerPoint, à partir de `modeles/diaporama.pptx`, une "
        "présentation de 10 à 12 diapositives : vos constats, les chiffres clés de votre tableau "
        "de bord (en graphique ou en tableau, pas en image) et une diapositive d'actions qui donne, "
        "pour chaque action, son objectif, ses moyens, son délai, son coût et son indicateur. "
        "Enregistrez au format .pptx, puis déposez le fichier ci-dessous."
    )


def evaluer_document(p, contenu):
    return livrables.noter_diaporama(p["sujet"], contenu)


def exemple(p, juste):
    sujet = p["sujet"]
    return livrables.exemple_diaporama(sujet, sujet.contextes[0]["id"], juste)
