"""Quelle publication a le mieux engagé son public ? Le taux, pas le nombre de réactions."""

from autograder.metier import vente_sociale as vs
from autograder.moteur.formats import Choix, Option
from autograder.moteur.nombres import nombre, pourcent

TITRE = "La publication qui engage le mieux"
CRITERES = ()  # lire un indicateur sur des chiffres donnés : aucun critère
POINTS = 1
FORMAT = Choix()


def generer(ctx):
    return {"publications": ctx.donnees["publications"]}


def enonce(p):
    return (
        "Avec les mêmes statistiques :\n\n"
        + vs.tableau_publications(p["publications"])
        + "\n\n**Quel sujet a le mieux engagé ceux qui l'ont vu ?** C'est ce type de contenu que "
        "vous referez."
    )


def options(p):
    pubs = p["publications"]
    taux = [vs.taux_engagement(x) for x in pubs]
    meilleur = max(range(len(pubs)), key=taux.__getitem__)
    plus = max(range(len(pubs)), key=lambda i: pubs[i]["reactions"])
    sortie = []
    for i, x in enumerate(pubs):
        retour = f"taux d'engagement de {pourcent(taux[i], 2)}"
        if i == plus and i != meilleur:
            retour += (
                f" : le plus de réactions ({nombre(x['reactions'])}), mais aussi beaucoup "
                "d'impressions ; rapporté à ce qui a été vu, il engage moins."
            )
        elif i == meilleur:
            retour += " : le plus élevé des cinq."
        sortie.append(Option(f"p{i + 1}", f"{i + 1}. {x['sujet']}", i == meilleur, retour))
    return sortie


def explication(p):
    return (
        "Comparez des taux, pas des nombres : (réactions + commentaires + partages) ÷ "
        "impressions pour chaque publication, puis prenez le plus élevé."
    )
