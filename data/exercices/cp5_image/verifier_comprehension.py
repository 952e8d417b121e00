"""Vérifier que le client a compris : une question ouverte, reliée à sa situation."""

from autograder.metier import vente_sociale as vs
from autograder.moteur.formats import Choix, Option

TITRE = "Vérifier la compréhension du client"
CRITERES = ()  # choisir une question toute faite : une connaissance
POINTS = 1
FORMAT = Choix()


def generer(ctx):
    ordre = [q["id"] for q in vs.donnees()["questions_comprehension"]]
    ctx.rng.shuffle(ordre)
    return {"ordre": ordre}


def enonce(p):
    return (
        "Vous venez de montrer à une laiterie le démontage sans outil de la pompe. **Quelle "
        "question vérifie le mieux que votre interlocuteur a compris ce qu'il y gagne ?**"
    )


def options(p):
    par_id = {q["id"]: q for q in vs.donnees()["questions_comprehension"]}
    return [
        Option(i, par_id[i]["texte"], par_id[i]["correct"], par_id[i]["retour"]) for i in p["ordre"]
    ]


def explication(p):
    return (
        "Faites reformuler le client avec une question ouverte sur sa propre situation : sa "
        "réponse montre ce qu'il a retenu, et c'est lui qui dit le bénéfice."
    )
