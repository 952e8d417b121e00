"""Inbound ou outbound : classer des actions de prospection.

Critères : aucun : classer des actions toutes faites prouve une connaissance (voir
data/exercices/README.md).
"""

from autograder.moteur.formats import Classement, Element, tirer_par_categorie

TITRE = "Attirer ou aller chercher : inbound et outbound"
CRITERES = ()  # aucun critère : voir la docstring
POINTS = 1
FORMAT = Classement(
    categories=(
        ("inbound", "Inbound : attirer le prospect par le contenu"),
        ("outbound", "Outbound : aller vers le prospect"),
    )
)

BANQUE = [
    (
        "livre_blanc",
        "Publier un livre blanc « Réduire la consommation d'énergie de ses "
        "pompes », téléchargeable contre une adresse professionnelle.",
        "inbound",
        "Le contenu attire le prospect, qui vient à vous.",
    ),
    (
        "webinaire",
        "Animer un webinaire sur la maintenance préventive, annoncé sur le site et "
        "le réseau professionnel.",
        "inbound",
        "Le prospect s'inscrit : c'est lui qui vient.",
    ),
    (
        "article",
        "Écrire un article de blog sur le choix d'une pompe doseuse, optimisé pour "
        "les moteurs de recherche.",
        "inbound",
        "Il est trouvé par ceux qui cherchent.",
    ),
    (
        "post_reseau",
        "Partager chaque semaine un cas client chiffré sur son profil "
        "professionnel (social selling).",
        "inbound",
        "Le contenu crée la notoriété et fait venir les demandes.",
    ),
    (
        "phoning",
        "Appeler les responsables maintenance d'une liste de laiteries de la région.",
        "outbound",
        "Vous allez chercher le prospect, qui n'a rien demandé.",
    ),
    (
        "emailing",
        "Envoyer un e-mail personnalisé aux acheteurs des papeteries du fichier.",
        "outbound",
        "Vous prenez l'initiative du contact.",
    ),
    (
        "message_direct",
        "Écrire directement à un directeur technique repéré sur un réseau "
        "professionnel pour lui proposer un rendez-vous.",
        "outbound",
        "Le réseau est le canal, mais vous allez vers lui : c'est de l'outbound.",
    ),
    (
        "visite",
        "Passer sans rendez-vous chez les industriels d'une zone d'activité.",
        "outbound",
        "La prospection physique va au-devant du prospect.",
    ),
]


def generer(ctx):
    return {"elements": tirer_par_categorie(BANQUE, ctx.rng, par_categorie=3, en_plus=0)}


def enonce(p):
    return (
        "La démarche de prospection combine deux approches. **Classez chaque action** : "
        "attire-t-elle le prospect par le contenu (inbound) ou va-t-elle vers lui (outbound) ?"
    )


def elements(p):
    return [Element(*e) for e in p["elements"]]
