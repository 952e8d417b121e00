"""Illustrer les avantages avec le support adapté aux interlocuteurs présents."""

from autograder.moteur.formats import ChoixMultiple, Option, tirer_options

TITRE = "Les supports pour illustrer les avantages"
CRITERES = ("CP7.2", "CP7.4")
POINTS = 2

BANQUE = [
    (
        "tco",
        "Un graphique du coût total de possession sur 10 ans, calculé avec les données du client "
        "(heures de marche, prix du kWh).",
        True,
        "L'avantage économique devient visible et vérifiable, avec SES chiffres.",
    ),
    (
        "reference",
        "Le relevé d'exploitation d'un client comparable (même secteur, même usage), avec son "
        "accord.",
        True,
        "Une preuve par un pair rassure plus qu'une affirmation du vendeur.",
    ),
    (
        "demo",
        "Une courte vidéo de la solution en fonctionnement et la fiche technique commentée des "
        "points qui répondent aux besoins exprimés.",
        True,
        "Le support technique est réduit à ce qui concerne le client : il illustre sans noyer.",
    ),
    (
        "synthese",
        "Une page de synthèse « vos besoins → notre réponse → le bénéfice pour vous », à laisser "
        "au client pour sa direction.",
        True,
        "Support personnalisé, utile au circuit de décision du client.",
    ),
    (
        "catalogue",
        "Le catalogue général de 80 pages, à feuilleter ensemble.",
        False,
        "Support non personnalisé : le client doit chercher lui-même ce qui le concerne.",
    ),
    (
        "histoire",
        "Quinze diapositives sur l'histoire et les chiffres d'Hydralis.",
        False,
        "Le client achète une réponse à ses besoins, pas l'histoire du fournisseur : quelques "
        "mots suffisent.",
    ),
    (
        "slogan",
        "Une plaquette qui qualifie la gamme d'« écologique » et de « n° 1 », sans chiffres.",
        False,
        "Affirmations invérifiables : elles n'illustrent aucun avantage et risquent "
        "l'écoblanchiment.",
    ),
]
FORMAT = ChoixMultiple()


def generer(ctx):
    p = ctx.donnees["persona"]
    return {
        "options": tirer_options(BANQUE, ctx.rng, 3, 2),
        "inter": f"{p['interlocuteur']['nom']}, {p['interlocuteur']['fonction']}",
        "profil": p["interlocuteur"]["profil"],
    }


def enonce(p):
    return (
        f"Interlocuteurs : {p['inter']}. {p['profil']} **Cochez les supports adaptés pour "
        "illustrer les avantages de votre solution devant eux.**"
    )


def options(p):
    return [Option(*o) for o in p["options"]]
