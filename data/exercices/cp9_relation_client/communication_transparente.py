"""Communication régulière et transparente : les bonnes pratiques."""

from autograder.moteur.formats import ChoixMultiple, Option, tirer_options

TITRE = "Une communication régulière et transparente"
CRITERES = ()  # aucun critère : voir la règle de data/exercices/README.md
POINTS = 2
FORMAT = ChoixMultiple()

BANQUE = [
    (
        "hausse",
        "Annoncer la hausse de tarif du contrat trois mois avant l'échéance, avec ses raisons.",
        True,
        "Transparent et anticipé : le client peut s'organiser.",
    ),
    (
        "retard",
        "Prévenir le client dès qu'une livraison prend du retard, avec une nouvelle date.",
        True,
        "Mieux vaut une mauvaise nouvelle tôt qu'une surprise.",
    ),
    (
        "revue",
        "Tenir une revue annuelle de contrat avec les indicateurs du SAV (délais "
        "tenus, interventions).",
        True,
        "Régulier, et chiffres à l'appui.",
    ),
    (
        "frequence",
        "Fixer une fréquence de contact par classe de client (A : mensuelle, "
        "B : trimestrielle, C : semestrielle) et la suivre dans le CRM.",
        True,
        "La régularité se planifie et se contrôle.",
    ),
    (
        "reclamation",
        "Accuser réception d'une réclamation sous 48 h et donner un point "
        "d'avancement chaque semaine.",
        True,
        "Le client sait où en est son dossier.",
    ),
    (
        "silence",
        "Attendre que le client relance avant de l'informer d'une panne de pièce détachée.",
        False,
        "Opaque : la confiance se perd.",
    ),
    (
        "petites",
        "Glisser une nouvelle clause de reconduction en petits caractères lors du renouvellement.",
        False,
        "Contraire à la transparence (et risqué juridiquement).",
    ),
    (
        "relance",
        "Contacter le client uniquement à l'approche du renouvellement.",
        False,
        "Une relation qui ne vit qu'au moment de vendre n'est pas régulière.",
    ),
    (
        "spam",
        "Envoyer la lettre d'information chaque semaine à tous les contacts, même "
        "ceux qui s'y sont opposés.",
        False,
        "Ni respectueux, ni conforme au RGPD.",
    ),
]


def generer(ctx):
    return {"options": tirer_options(BANQUE, ctx.rng, 3, 3)}


def enonce(p):
    return (
        "**Cochez les pratiques** d'une communication **régulière et transparente** avec les "
        "entreprises clientes."
    )


def options(p):
    return [Option(*o) for o in p["options"]]
