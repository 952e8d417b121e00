"""Le déroulé d'une démonstration : chaque étape à sa place."""

from autograder.metier import vente_sociale as vs
from autograder.moteur.formats import Classement, Element

TITRE = "Les étapes d'une démonstration"
CRITERES = ()  # remettre une méthode dans l'ordre : une connaissance
POINTS = 1
FORMAT = Classement(
    categories=tuple(
        (e["id"], f"Étape {i}") for i, e in enumerate(vs.donnees()["etapes_demonstration"], 1)
    )
)


def generer(ctx):
    ordre = [e["id"] for e in vs.donnees()["etapes_demonstration"]]
    ctx.rng.shuffle(ordre)
    return {"ordre": ordre}


def enonce(p):
    return (
        "Vous préparez une démonstration chez un client. **Donnez à chaque action son rang "
        "dans le déroulé** (étape 1 : la première)."
    )


def elements(p):
    par_id = {e["id"]: e for e in vs.donnees()["etapes_demonstration"]}
    return [Element(i, par_id[i]["libelle"], i, par_id[i]["pourquoi"]) for i in p["ordre"]]


def explication(p):
    return (
        "On part des besoins validés, on annonce le déroulé, on montre (une fonction, un "
        "besoin, une preuve), on fait manipuler et on vérifie la compréhension, puis on "
        "reformule les bénéfices et on propose l'étape suivante."
    )
