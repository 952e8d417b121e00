"""Choisir, parmi quatre brouillons, le compte rendu de visite complet et exploitable.

CRITERES = () : juger le compte rendu d'un autre n'est pas rédiger le sien ; CP8.5 va au compte
rendu rédigé par l'apprenant (cellule corrigée par le formateur), voir data/exercices/README.md.
"""

from autograder.metier import credit_client as cc
from autograder.moteur.formats import Choix, Option
from autograder.moteur.nombres import euros

TITRE = "Le compte rendu de visite complet"
CRITERES = ()
POINTS = 1
FORMAT = Choix()
DONNEES = ()


def generer(ctx):
    cas = ctx.donnees["credit"]
    client = cc.client_a_bloquer(cas)
    o = cc.impayees(cas["factures"])
    o = o[o["client"] == client]
    ordre = ["complet", "sans_date", "avis", "sans_engagement"]
    ctx.rng.shuffle(ordre)
    return {
        "client": client,
        "encours": round(float(o["montant_ttc"].sum()), 2),
        "echu": round(float(o.loc[o["retard"] > 0, "montant_ttc"].sum()), 2),
        "ordre": ordre,
    }


def _brouillons(p):
    tete = (
        f"Visite chez {p['client']}, le 8 janvier 2026 ; présents : M. Roux, directeur "
        "financier, et moi-même. Objet : encours de "
        f"{euros(p['encours'])} TTC, dont {euros(p['echu'])} échus, et projet de ligne neuve."
    )
    constat = (
        " Le client confirme les factures impayées et annonce un projet de deux pompes pour "
        "mars ; objection : « votre délai de 60 jours est trop court pour nous »."
    )
    return {
        "complet": tete + constat + " Engagements : le client règle la facture la plus "
        "ancienne avant le 15 janvier ; j'envoie un échéancier sous 48 heures. Prochaine "
        "étape : point téléphonique le 20 janvier avec M. Roux.",
        "sans_date": tete + constat + " Engagements : le client règle la facture la plus "
        "ancienne ; j'envoie un échéancier. Prochaine étape : on se rappelle bientôt.",
        "avis": "Visite chez un client qui ne veut visiblement pas payer. Le directeur "
        "financier est de mauvaise foi, il faudra être ferme. Il parle d'un projet de pompes "
        "pour nous amadouer. Rappel à prévoir.",
        "sans_engagement": tete + constat + " Discussion cordiale, le client reste "
        "intéressé par nos solutions.",
    }


RETOURS = {
    "complet": "Date, présents, objet chiffré, faits, objection, engagements (qui, quoi, "
    "quand) et prochaine étape datée : un tiers peut reprendre le dossier.",
    "sans_date": "Les engagements n'ont ni date ni échéance, et « on se rappelle bientôt » "
    "n'est pas une prochaine étape : personne ne saura quand relancer.",
    "avis": "Des jugements présentés comme des faits, ni date, ni présents, ni chiffres : "
    "inexploitable par un tiers, et risqué si le client le lit un jour.",
    "sans_engagement": "Les faits y sont, mais aucun engagement ni prochaine étape : la visite "
    "ne débouche sur rien de suivi.",
}


def enonce(p):
    return (
        f"Après la visite chez **{p['client']}**, quatre versions du compte rendu circulent. "
        "**Laquelle votre responsable ou le service crédit peut-il exploiter sans vous "
        "appeler ?**"
    )


def options(p):
    textes = _brouillons(p)
    return [Option(k, textes[k], k == "complet", RETOURS[k]) for k in p["ordre"]]


def explication(p):
    return (
        "Un compte rendu complet : date, participants, objet, faits et besoins, objections, "
        "engagements (qui, quoi, quand) et prochaine étape datée."
    )
