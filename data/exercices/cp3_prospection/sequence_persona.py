"""La séquence multicanale adaptée à un persona.

Critères : aucun : choisir une séquence toute faite pour un persona donné est un jugement sur
des propositions ; CP3.4 est évalué par `canal_persona` et par le plan de contact rédigé.
"""

from autograder.moteur.formats import Choix, Option

TITRE = "La séquence de contact d'un persona"
CRITERES = ()  # aucun critère : voir la docstring
POINTS = 1
FORMAT = Choix()

PERSONAS = {
    "acheteur": (
        "Acheteuse d'une ETI de la chimie : compare les offres sur dossier, répond aux e-mails "
        "dans la journée, refuse les appels non annoncés, rend compte à sa direction.",
        "ecrit",
    ),
    "maintenance": (
        "Responsable maintenance d'une PE agroalimentaire : dans l'atelier toute la journée, "
        "décroche son portable professionnel, lit ses e-mails le soir.",
        "appel",
    ),
    "dirigeante": (
        "Dirigeante d'une start-up du traitement de l'eau : publie chaque semaine sur un réseau "
        "professionnel, injoignable par le standard, a visité votre stand au salon.",
        "reseau",
    ),
}

SEQUENCES = {
    "ecrit": "E-mail personnalisé avec une fiche technique → appel annoncé dans l'e-mail à J+3 "
    "→ visioconférence de présentation avec un support envoyé avant.",
    "appel": "Appel sur la ligne professionnelle en fin de matinée → e-mail récapitulatif le "
    "jour même → visite sur site avec démonstration.",
    "reseau": "Message personnalisé sur le réseau rappelant la rencontre au salon → "
    "commentaire utile sur une de ses publications → visioconférence courte.",
    "masse": "Campagne d'e-mails identiques à tout le fichier, relance automatique tous les "
    "deux jours jusqu'à réponse.",
}

RETOURS = {
    "ecrit": "Un écrit argumenté qu'elle peut faire circuler, et un appel annoncé, pas subi.",
    "appel": "Il décroche son portable dans l'atelier ; l'écrit vient en confirmation.",
    "reseau": "Elle est active sur le réseau et vous a déjà rencontré : la rencontre du salon "
    "ouvre la conversation.",
    "masse": "Jamais : un envoi identique et des relances sans fin ignorent le persona et lassent.",
}


def generer(ctx):
    cle = ctx.rng.choice(sorted(PERSONAS))
    ordre = sorted(SEQUENCES)
    ctx.rng.shuffle(ordre)
    return {"persona": cle, "ordre": ordre}


def enonce(p):
    return f"Persona : {PERSONAS[p['persona']][0]}\n\n**Quelle séquence de contact lui convient ?**"


def options(p):
    bonne = PERSONAS[p["persona"]][1]
    return [
        Option(
            cle=s,
            libelle=SEQUENCES[s],
            correct=s == bonne,
            retour=RETOURS[s]
            if s == bonne or s == "masse"
            else "Elle convient à un autre persona : " + RETOURS[s][0].lower() + RETOURS[s][1:],
        )
        for s in p["ordre"]
    ]
