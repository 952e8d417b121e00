"""Choisir un geste commercial proportionné : dans le plafond, lié au préjudice, après enquête."""

from autograder.metier.fidelisation import PART_GESTE, client_mecontent, plafond_geste
from autograder.moteur.formats import Choix, Option
from autograder.moteur.nombres import euros, pourcent

TITRE = "Un geste commercial proportionné"
CRITERES = ()  # choisir parmi des gestes tout faits n'est pas négocier une concession (README)
POINTS = 1
FORMAT = Choix()
DONNEES = ("entreprises", "commandes")


def generer(ctx):
    d = ctx.donnees
    client = client_mecontent(d["commandes"], d["enquetes_satisfaction"], d["entreprises"])
    plafond = plafond_geste(client["ca_ht"], d["taux_de_marque"], PART_GESTE)
    return {
        "client": client["raison_sociale"],
        "ca_ht": client["ca_ht"],
        "plafond": plafond,
        "intervention": max(10.0, round(plafond * ctx.rng.choice([0.6, 0.7, 0.8]), -1)),
        "avoir": round(plafond * ctx.rng.choice([1.8, 2.0, 2.5]), -1),
        "remise": ctx.rng.choice([0.08, 0.10, 0.12]),
        "ordre": ctx.rng.sample(range(4), 4),
    }


def enonce(p):
    return (
        f"L'enquête interne est faite : la pompe de **{p['client']}** s'est arrêtée à cause "
        "d'un réglage mal fait à la mise en service, et le dépannage a pris trois jours au "
        "lieu des 48 heures du contrat. Votre plafond de geste commercial, calculé avec la "
        f"procédure, est de **{euros(p['plafond'], 0)} HT** (CA HT 2025 du client : "
        f"{euros(p['ca_ht'], 0)}). **Quel geste proposez-vous ?**"
    )


def options(p):
    annuel = p["ca_ht"] * p["remise"]
    toutes = [
        Option(
            "intervention",
            f"Une visite préventive gratuite avec reprise des réglages et formation de "
            f"l'opérateur, d'une valeur de {euros(p['intervention'], 0)} HT, confirmée par "
            "écrit.",
            True,
            "Le geste répare la cause (le réglage), reste sous le plafond et se confirme par "
            "écrit : il est proportionné.",
        ),
        Option(
            "avoir",
            f"Un avoir de {euros(p['avoir'], 0)} HT sur la prochaine facture, pour clore le "
            "sujet tout de suite.",
            False,
            f"Il dépasse votre plafond ({euros(p['plafond'], 0)}) : seul votre responsable peut "
            "le décider, et un avoir ne règle pas la cause de la panne.",
        ),
        Option(
            "remise",
            f"Une remise permanente de {pourcent(p['remise'], 0)} sur tous ses futurs contrats.",
            False,
            f"Au rythme de 2025, elle coûterait environ {euros(annuel, 0)} HT **chaque année** : "
            "c'est une baisse de prix durable, pas un geste, et elle crée un précédent.",
        ),
        Option(
            "rien",
            "Aucun geste : un e-mail d'excuses type suffit, le client a été dépanné.",
            False,
            "Le délai contractuel n'a pas été tenu et le client est détracteur : sans réparation "
            "ni écoute, le risque de départ reste entier.",
        ),
    ]
    return [toutes[i] for i in p["ordre"]]


def explication(p):
    return (
        "Un geste proportionné répare le préjudice (ici sa cause, le réglage), tient dans la "
        f"délégation ({pourcent(PART_GESTE, 0)} de la marge des 12 derniers mois), ne touche "
        "pas durablement au prix et se confirme par écrit."
    )
