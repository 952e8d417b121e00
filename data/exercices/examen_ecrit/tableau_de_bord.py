"""Le tableau de bord de l'étude de cas, rempli dans un tableur et déposé (.xlsx).

Critères : calculer soi-même, à partir des données fournies, les KPI de chaque commercial et de
l'équipe (CA, objectif, panier moyen, taux de transformation) est le suivi des KPI (CP4.1) ;
calculer l'écart et le taux de réalisation de chacun évalue les écarts aux objectifs (CP4.2).
L'analyse de ces chiffres (facteurs, obstacles) est rédigée et notée par le formateur.
"""

from autograder.metier.examen import livrables
from autograder.moteur.formats import Document

TITRE = "Le tableau de bord (classeur de tableur)"
CRITERES = ("CP4.1", "CP4.2")
POINTS = 6
FORMAT = Document(extensions=(".xlsx",))


def generer(ctx):
    return {"sujet": ctx.donnees["sujet"]}


def enonce(p):
    return (
        "Ouvrez le classeur `modeles/tableau_de_bord.xlsx` de votre contexte dans LibreOffice "
        "Calc ou Excel. La feuille « Données » contient les chiffres du dossier ; complétez chaque "
        "cellule jaune de la feuille « Tableau de bord » (de préférence par des formules), "
        "insérez au moins un graphique sur cette feuille, enregistrez au format .xlsx, puis "
        "déposez le classeur ci-dessous. Vous pouvez le déposer autant de fois que vous voulez ; "
        "le dernier dépôt compte."
    )


def evaluer_document(p, contenu):
    return livrables.noter_tableau(p["sujet"], contenu)


def exemple(p, juste):
    sujet = p["sujet"]
    return livrables.exemple_tableau(sujet, sujet.contextes[0]["id"], juste)
