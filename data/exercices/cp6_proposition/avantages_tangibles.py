"""Avantages tangibles (mesurables) et intangibles (perçus) de la proposition."""

from autograder.moteur.formats import Classement, Element, tirer_par_categorie

TITRE = "Avantages tangibles et intangibles"
CRITERES = ()  # aucun critère : voir la règle de data/exercices/README.md
POINTS = 2
FORMAT = Classement(
    categories=(
        ("tangible", "Avantage tangible : mesurable, chiffrable, vérifiable"),
        ("intangible", "Avantage intangible : perçu (confiance, image, sérénité)"),
    )
)

BANQUE = [
    (
        "kwh",
        "Une consommation d'électricité réduite, chiffrée en kWh et en euros par an.",
        "tangible",
        "Elle se mesure au compteur.",
    ),
    (
        "garantie",
        "Une garantie de 3 ans pièces et main-d'œuvre.",
        "tangible",
        "Sa durée et son contenu sont écrits dans le contrat.",
    ),
    (
        "depannage",
        "Un dépannage sous 8 heures inscrit au contrat de maintenance.",
        "tangible",
        "Un délai contractuel se vérifie.",
    ),
    (
        "secours",
        "Une pompe de secours qui évite l'arrêt de l'atelier.",
        "tangible",
        "Les heures d'arrêt évitées se comptent.",
    ),
    (
        "pieces",
        "Des pièces détachées disponibles pendant 10 ans.",
        "tangible",
        "Un engagement daté et vérifiable.",
    ),
    (
        "serenite",
        "La tranquillité d'esprit d'un interlocuteur unique, de l'étude au dépannage.",
        "intangible",
        "C'est un ressenti, pas une mesure.",
    ),
    (
        "image",
        "L'image d'une laiterie engagée dans la transition écologique auprès de son enseigne.",
        "intangible",
        "La réputation se perçoit, elle ne se chiffre pas directement.",
    ),
    (
        "fabricant",
        "La confiance dans un fabricant français reconnu dans l'agroalimentaire.",
        "intangible",
        "La notoriété rassure, sans être mesurable.",
    ),
    (
        "relation",
        "La relation suivie avec un négociateur qui connaît l'installation.",
        "intangible",
        "La qualité de la relation est perçue.",
    ),
]


def generer(ctx):
    return {"elements": tirer_par_categorie(BANQUE, ctx.rng, par_categorie=3)}


def enonce(p):
    return (
        "Pour l'argumentaire, classez ces avantages de la proposition Hydralis : **tangibles** "
        "(on peut les mesurer) ou **intangibles** (le client les perçoit) ? Une bonne proposition "
        "met en avant les deux."
    )


def elements(p):
    return [Element(*item) for item in p["elements"]]
