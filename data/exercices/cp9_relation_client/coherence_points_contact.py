"""Pratiques qui rendent l'expérience cohérente d'un point de contact à l'autre."""

from autograder.moteur.formats import ChoixMultiple, Option, tirer_options

TITRE = "Une expérience cohérente sur tous les points de contact"
CRITERES = ("CP9.4",)
POINTS = 2
FORMAT = ChoixMultiple()

BANQUE = [
    (
        "historique",
        "Tracer chaque échange (appel, e-mail, visite, SAV) dans le CRM, consultable "
        "par tous ceux qui parlent au client.",
        True,
        "Le technicien, l'ADV et le commercial partent de la même information.",
    ),
    (
        "interlocuteur",
        "Donner à chaque compte un interlocuteur attitré et un suppléant nommé.",
        True,
        "Le client ne répète pas son histoire à chaque appel.",
    ),
    (
        "promesse",
        "Aligner les délais annoncés par le commercial sur ceux que le SAV peut tenir.",
        True,
        "La promesse faite sur un canal est tenue sur l'autre.",
    ),
    (
        "charte",
        "Partager une charte de réponse (délai de réponse aux e-mails, ton, "
        "signature) entre commerciaux, ADV et SAV.",
        True,
        "Même niveau de service partout.",
    ),
    (
        "mesure",
        "Mesurer la satisfaction par canal et corriger le point de contact le plus faible.",
        True,
        "La carte des points de contact se pilote avec des chiffres.",
    ),
    (
        "remise",
        "Accorder une remise différente selon le canal par lequel le client appelle.",
        False,
        "Des conditions incohérentes d'un canal à l'autre.",
    ),
    (
        "silo",
        "Laisser le SAV traiter les réclamations sans en informer le commercial.",
        False,
        "Le commercial découvre le problème en visite : expérience incohérente.",
    ),
    (
        "reseau",
        "Répondre aux réclamations publiques sur les réseaux sociaux avec un message "
        "type différent de la réponse du SAV.",
        False,
        "Deux discours pour un même problème.",
    ),
    (
        "canal_unique",
        "Imposer le téléphone à tous les clients, quel que soit leur canal préféré.",
        False,
        "Cohérent n'est pas uniforme : respecter le canal préféré.",
    ),
]


def generer(ctx):
    return {"options": tirer_options(BANQUE, ctx.rng, 3, 2)}


def enonce(p):
    return (
        "**Cochez les pratiques** qui rendent l'expérience client **cohérente à travers tous "
        "les points de contact** (commercial, ADV, SAV, e-mail, téléphone, réseaux sociaux)."
    )


def options(p):
    return [Option(*o) for o in p["options"]]
