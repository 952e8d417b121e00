"""Intégrer le développement durable : des éléments vérifiables, pas des slogans."""

from autograder.moteur.formats import ChoixMultiple, Option, tirer_options

TITRE = "Les éléments de développement durable de la proposition"
CRITERES = ("CP6.4",)
POINTS = 2
FORMAT = ChoixMultiple()

BANQUE = [
    (
        "fin_de_vie",
        "La reprise de l'ancienne station et des pompes en fin de vie, avec leur taux de "
        "recyclabilité (94 % en masse pour la HX-30E).",
        True,
        "L'après-vie des matériels est une obligation d'information (loi AGEC) et un argument.",
    ),
    (
        "pieces",
        "La durée de disponibilité des pièces détachées (10 ans) et la réparation plutôt que le remplacement.",
        True,
        "Allonger la durée d'usage est au cœur de la loi AGEC.",
    ),
    (
        "co2_chiffre",
        "Les kWh et les kg de CO₂e évités par an, avec la source des facteurs d'émission.",
        True,
        "Un gain environnemental chiffré et sourcé est vérifiable par la responsable RSE.",
    ),
    (
        "livraison",
        "Une livraison groupée depuis Lyon avec les emballages consignés et repris.",
        True,
        "Moins de transport et de déchets d'emballage.",
    ),
    (
        "neutre",
        "La mention « station neutre en carbone ».",
        False,
        "Allégation interdite sans bilan complet et publié (loi Climat et résilience) : c'est de l'écoblanchiment.",
    ),
    (
        "vert",
        "Un logo vert et une photo de prairie en couverture de l'offre.",
        False,
        "L'image ne prouve rien : sans données, c'est de l'écoblanchiment.",
    ),
    (
        "ecolo",
        "L'affirmation « nos pompes sont écologiques » sans chiffre.",
        False,
        "Une affirmation vague et invérifiable ne convainc pas une responsable RSE.",
    ),
]


def generer(ctx):
    return {"options": tirer_options(BANQUE, ctx.rng, 3, 2)}


def enonce(p):
    return (
        "La responsable qualité-environnement relira l'offre. **Cochez les éléments de "
        "développement durable qui ont leur place dans la proposition.**"
    )


def options(p):
    return [Option(*o) for o in p["options"]]
