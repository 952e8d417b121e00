"""Adapter les actions du plan aux spécificités et aux attentes de chaque secteur client."""

from autograder.moteur.formats import Classement, Element, tirer_par_categorie

TITRE = "Une action adaptée à chaque secteur"
CRITERES = ("CP2.1", "CP2.2")
POINTS = 2
FORMAT = Classement(
    categories=(
        ("agroalimentaire", "Agroalimentaire"),
        ("chimie", "Chimie"),
        ("eau", "Traitement de l'eau"),
        ("collectivites", "Collectivités"),
    )
)

BANQUE = [
    (
        "inox",
        "Présenter les pompes inox démontables compatibles avec le nettoyage en place.",
        "agroalimentaire",
        "L'hygiène (nettoyage en place, inox) est l'exigence première de l'agroalimentaire.",
    ),
    (
        "arret_ete",
        "Planifier les remplacements pendant l'arrêt de production estival.",
        "agroalimentaire",
        "Les usines agroalimentaires concentrent leurs travaux sur l'arrêt d'été.",
    ),
    (
        "atex",
        "Mettre en avant la certification ATEX des pompes devant le service HSE.",
        "chimie",
        "Les zones explosives (ATEX) et la sécurité décident des achats en chimie.",
    ),
    (
        "corrosion",
        "Proposer un essai de compatibilité des matériaux avec les fluides corrosifs du client.",
        "chimie",
        "Les fluides corrosifs imposent de valider les matériaux.",
    ),
    (
        "astreinte",
        "Vendre un contrat de maintenance avec intervention garantie sous 24 h.",
        "eau",
        "Une station fonctionne en continu : la disponibilité prime sur le prix d'achat.",
    ),
    (
        "dosage",
        "Démontrer la précision des pompes doseuses de réactifs sur site.",
        "eau",
        "Le dosage des réactifs est au cœur du traitement de l'eau.",
    ),
    (
        "marches",
        "Suivre les avis de marchés publics et préparer un mémoire technique.",
        "collectivites",
        "Les collectivités achètent par marchés publics, sur dossier.",
    ),
    (
        "budget",
        "Présenter le projet avant le vote du budget annuel de la collectivité.",
        "collectivites",
        "Une dépense publique doit être inscrite au budget voté.",
    ),
]


def generer(ctx):
    return {"elements": tirer_par_categorie(BANQUE, ctx.rng, par_categorie=1, en_plus=2)}


def enonce(p):
    return (
        "Le plan d'actions se décline par secteur : chaque secteur a ses contraintes et ses "
        "attentes. **À quel secteur chaque action est-elle la mieux adaptée ?** (La fiche des "
        "secteurs est affichée plus haut.)"
    )


def elements(p):
    return [Element(*item) for item in p["elements"]]
