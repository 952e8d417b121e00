"""Préparer sa démonstration : les fonctions à montrer à ce client, celles qui servent ses besoins."""

from autograder.metier import vente_sociale as vs
from autograder.moteur.formats import ChoixMultiple, Option

TITRE = "Les fonctions à montrer à ce client"
# Comme argument_interlocuteur : l'apprenant bâtit sa propre démonstration pour l'interlocuteur
# du cas, en retenant ce qui sert ses besoins (présentation adaptée à l'interlocuteur).
CRITERES = ("CP5.1",)
POINTS = 2
FORMAT = ChoixMultiple()


def client(cle: str) -> dict:
    return next(c for c in vs.donnees()["clients"] if c["id"] == cle)


def generer(ctx):
    c = client(ctx.donnees["client_demo"])
    autres = [f["id"] for f in vs.donnees()["fonctions"] if f["besoin"] not in c["besoins"]]
    justes = [f["id"] for f in vs.donnees()["fonctions"] if f["besoin"] in c["besoins"]]
    choisies = justes + ctx.rng.sample(autres, min(3, len(autres)))
    ctx.rng.shuffle(choisies)
    return {"client": c["id"], "fonctions": choisies}


def presentation(c: dict) -> str:
    besoins = vs.donnees()["besoins"]
    liste = "\n".join(f"- {besoins[b]['libelle']}" for b in c["besoins"])
    return (
        f"Votre client : **{c['nom']}** ({c['secteur']}), votre interlocuteur est le "
        f"{c['interlocuteur']}. Lors de la découverte, il a exprimé trois besoins :\n\n{liste}"
    )


def enonce(p):
    return (
        presentation(client(p["client"]))
        + "\n\nVous avez 30 minutes de démonstration. **Cochez les fonctions que vous montrez**, "
        "celles qui servent un besoin de ce client ; les autres attendront."
    )


def options(p):
    c = client(p["client"])
    besoins = vs.donnees()["besoins"]
    sortie = []
    for i in p["fonctions"]:
        f = vs.fonction(i)
        besoin = besoins[f["besoin"]]["libelle"].lower()
        if f["besoin"] in c["besoins"]:
            retour = f"à montrer : elle sert le besoin « {besoin} »."
        else:
            retour = f"pas pour ce client : elle sert « {besoin} », qu'il n'a pas exprimé."
        sortie.append(
            Option(
                i, f"{f['caracteristique']} — {f['avantage']}", f["besoin"] in c["besoins"], retour
            )
        )
    return sortie


def explication(p):
    return (
        "Une démonstration n'est pas un catalogue : chaque fonction montrée répond à un besoin "
        "que le client a exprimé. Montrer le reste dilue le message et allonge le rendez-vous."
    )
