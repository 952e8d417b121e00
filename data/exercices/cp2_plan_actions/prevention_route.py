"""Les mesures de prévention du risque routier qui respectent le Code de la route."""

from autograder.moteur.formats import ChoixMultiple, Option, tirer_options

TITRE = "Prévenir le risque routier"
CRITERES = ()  # reconnaître des bonnes pratiques : une connaissance (data/exercices/README.md)
POINTS = 1
FORMAT = ChoixMultiple()

# (clé, mesure, correcte, retour)
BANQUE = [
    (
        "pause",
        "Prévoir dans le planning une pause d'au moins 15 minutes toutes les 2 heures de route.",
        True,
        "Oui : c'est la recommandation de la Sécurité routière, reprise dans les règles du cas.",
    ),
    (
        "messagerie",
        "Laisser le téléphone sur messagerie en roulant et rappeler les clients à l'arrêt.",
        True,
        "Oui : l'INRS recommande de ne pas téléphoner du tout en conduisant, même en mains libres.",
    ),
    (
        "itineraire",
        "Préparer l'itinéraire et régler le GPS avant de démarrer.",
        True,
        "Oui : tout réglage en roulant est un distracteur.",
    ),
    (
        "marge",
        "Laisser une marge de temps entre deux rendez-vous pour ne pas avoir à rattraper un retard.",
        True,
        "Oui : la prévention commence par l'organisation du planning.",
    ),
    (
        "oreillette",
        "Téléphoner avec une oreillette Bluetooth : les mains restent sur le volant.",
        False,
        "Non : le port à l'oreille de tout dispositif émettant du son est interdit en conduisant (C. route, R412-6-1).",
    ),
    (
        "feu",
        "Consulter ses messages uniquement aux feux rouges.",
        False,
        "Non : arrêté au feu, le véhicule est toujours en circulation ; l'interdiction s'applique.",
    ),
    (
        "cafe",
        "Enchaîner 4 heures de route avec un café fort pour tenir jusqu'au client.",
        False,
        "Non : le café ne remplace pas le repos ; seule la pause (ou une courte sieste) fait baisser la somnolence.",
    ),
    (
        "nuit",
        "Rentrer de nuit après une longue journée pour éviter une nuit d'hôtel.",
        False,
        "Non : fatigue plus nuit, c'est le cumul de risques à éviter ; l'hôtel est une mesure de prévention.",
    ),
]


def generer(ctx):
    return {"options": tirer_options(BANQUE, ctx.rng, 3, 3)}


def enonce(p):
    return "**Quelles mesures réduisent le risque routier tout en respectant le Code de la route ?** (Cochez tout ce qui convient.)"


def options(p):
    return [Option(*o) for o in p["options"]]


def explication(p):
    return (
        "Organiser (pauses, marges, itinéraire préparé) et supprimer les distracteurs : pas de "
        "téléphone tenu en main ni d'oreillette en circulation (C. route, R412-6-1)."
    )
