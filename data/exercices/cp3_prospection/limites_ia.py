"""Les limites de l'IA dans le recueil de données (CP3.2)."""

from autograder.moteur.formats import Choix, Option

TITRE = "Une liste de prospects produite par une IA"
CRITERES = ()  # a knowledge quiz: knowing the limits is not using the tools (mapping rule)
POINTS = 1
FORMAT = Choix()

SECTEURS = ("Agroalimentaire", "Chimie", "Papeterie", "Traitement des eaux", "Boissons")


def generer(ctx):
    return {"secteur": ctx.rng.choice(SECTEURS), "nombre": ctx.rng.choice((30, 40, 50))}


def enonce(p):
    return (
        f"Un assistant d'IA générative vous propose une liste de {p['nombre']} entreprises du "
        f"secteur « {p['secteur']} » de votre région, avec pour chacune un nom de dirigeant, "
        "une adresse e-mail nominative et un numéro de portable. **Que faites-vous ?**"
    )


def options(p):
    return [
        Option(
            "verifier",
            "Je vérifie chaque entreprise (SIREN, site officiel) et ne garde que les données "
            "professionnelles dont je connais la source, avant de les saisir dans le CRM.",
            correct=True,
            retour="Oui : une IA peut inventer des noms, des e-mails et des numéros ; la source "
            "doit être connue et licite (RGPD), et la fiche vérifiée.",
        ),
        Option(
            "importer",
            "J'importe la liste telle quelle dans le CRM et je lance l'e-mailing.",
            retour="Non : données non vérifiées (parfois inventées) et d'origine inconnue ; "
            "l'e-mailing partirait vers de fausses adresses ou sans base légale.",
        ),
        Option(
            "appeler",
            "J'appelle les portables tout de suite : en B2B, tout numéro peut être démarché.",
            retour="Non : un portable peut être personnel (Bloctel, règles du démarchage "
            "des consommateurs) et la donnée n'est pas vérifiée.",
        ),
        Option(
            "rejeter",
            "Je n'utilise jamais l'IA en prospection.",
            retour="Trop radical : l'IA aide à repérer des pistes ou à résumer des documents "
            "publics, à condition de vérifier ce qu'elle produit.",
        ),
    ]
