"""L'IA pour actualiser les personas (REAC 2024) : ce qu'elle apporte, ce qu'on vérifie."""

from autograder.moteur.formats import ChoixMultiple, Option, tirer_options

TITRE = "L'IA et la mise à jour des personas"
CRITERES = ()  # aucun critère : un quiz de connaissance (CP3.3 va au persona construit)
POINTS = 2
FORMAT = ChoixMultiple()

BANQUE = [
    (
        "regrouper",
        "L'IA peut regrouper des comptes rendus de visite anonymisés pour faire "
        "ressortir les besoins nouveaux d'un segment.",
        True,
        "c'est un bon usage : trier beaucoup de texte pour repérer des tendances.",
    ),
    (
        "valider",
        "Une mise à jour proposée par l'IA se valide avec les données (CRM, ventes, "
        "veille) avant d'entrer dans le persona.",
        True,
        "un persona est créé à partir des données : l'IA propose, les données tranchent.",
    ),
    (
        "profil_type",
        "Un persona décrit un profil type : on n'y met ni le nom ni les coordonnées "
        "d'un vrai client.",
        True,
        "c'est aussi ce qui permet de le travailler avec un outil d'IA.",
    ),
    (
        "dater",
        "On date chaque version du persona et on note d'où vient chaque changement.",
        True,
        "on sait ainsi quand et pourquoi le persona a changé.",
    ),
    (
        "sans_donnees",
        "L'IA connaît le secteur : elle peut créer un persona sans les données de l'entreprise.",
        False,
        "faux : sans vos données, elle produit un portrait générique, pas vos clients.",
    ),
    (
        "fichier",
        "On colle le fichier clients complet pour que l'IA construise les personas.",
        False,
        "faux : données personnelles en masse (RGPD, art. 5 et 6) et secret des affaires.",
    ),
    (
        "fige",
        "Une fois créé avec l'IA, le persona n'a plus à changer.",
        False,
        "faux : le référentiel demande de l'actualiser en continu, au fil des retours clients.",
    ),
    (
        "details",
        "Les détails inventés par l'IA (âge, loisirs, citation) rendent le persona plus fiable.",
        False,
        "faux : un détail inventé est une hallucination, pas une donnée.",
    ),
]


def generer(ctx):
    return {"options": tirer_options(BANQUE, ctx.rng, 3, 2)}


def enonce(p):
    return (
        "Le référentiel de 2024 attend du négociateur qu'il utilise les outils de l'IA pour "
        "« actualiser en continu les personas ». **Cochez les affirmations exactes.**"
    )


def options(p):
    return [Option(*o) for o in p["options"]]
