"""Le diaporama que le candidat présente au compte rendu de l'oral (.pptx), déposé de nouveau.

Contrôle honnête et sans critère : le fichier se relit, compte le nombre de diapositives que fixe
le RE (lu dans le référentiel) et présente l'entreprise d'un contexte du sujet. Sa qualité a été
notée à l'écrit (examen_ecrit/diaporama, CT1.4) ; l'oral qui s'appuie sur lui est noté par le
jury avec la grille du compte rendu. Déposer un fichier ne prouve aucun critère : CRITERES = ().
"""

from autograder.metier.examen import livrables
from autograder.metier.examen.diaporama_fichier import lire_diaporama
from autograder.metier.examen.diaporama_lecture import bornes, plat
from autograder.moteur.formats import Document, Option

TITRE = "Le diaporama de votre compte rendu (logiciel de présentation)"
CRITERES = ()
POINTS = 1
FORMAT = Document(extensions=(".pptx",))


def generer(ctx):
    return {"sujet": ctx.donnees["sujet"]}


def enonce(p):
    mini, maxi = bornes()
    noms = " ou ".join(f"« {livrables.nom_entreprise(c)} »" for c in p["sujet"].contextes)
    return (
        "Déposez ci-dessous le diaporama que vous allez projeter au jury : celui de votre "
        f"mise en situation écrite ({mini} à {maxi} diapositives, entreprise {noms}), au "
        "format .pptx. Le jury l'ouvre avant le compte rendu ; vous pouvez le déposer de "
        "nouveau, le dernier dépôt compte."
    )


def options(p):
    mini, maxi = bornes()
    return [
        Option("nombre", f"Le diaporama compte {mini} à {maxi} diapositives, comme le demande "
               "le RE", True, ""),
        Option("entreprise", "Il présente l'entreprise d'un contexte de votre sujet", True, ""),
    ]  # fmt: skip


def controler(p, contenu):
    diaporama = lire_diaporama(contenu, "diaporama.pptx")
    mini, maxi = bornes()
    textes = " ".join(
        forme.text_frame.text
        for diapo in diaporama.slides
        for forme in diapo.shapes
        if forme.has_text_frame
    )
    trouve = []
    if mini <= len(diaporama.slides) <= maxi:
        trouve.append("nombre")
    if any(plat(livrables.nom_entreprise(c)) in plat(textes) for c in p["sujet"].contextes):
        trouve.append("entreprise")
    return trouve


def exemple(p, juste):
    sujet = p["sujet"]
    return livrables.exemple_diaporama(sujet, sujet.contextes[0]["id"], juste)
