"""Recueillir des données ciblées par rapport à l'objectif et au produit (CP3.1)."""

from autograder.moteur.formats import ChoixMultiple, Option

TITRE = "Données à recueillir pour une campagne ciblée"
CRITERES = ("CP3.1",)
POINTS = 2
FORMAT = ChoixMultiple()

CAMPAGNES = {
    "contrat": (
        "proposer le **contrat de maintenance préventive** aux entreprises déjà équipées de "
        "pompes (de toute marque)",
        [
            ("parc", "Le nombre, l'âge et la marque des pompes installées", True),
            ("pannes", "Les arrêts de production subis et leur coût", True),
            (
                "maintenance",
                "L'organisation actuelle de la maintenance (interne, prestataire)",
                True,
            ),
            ("produits", "Les produits chimiques dosés dans le procédé", False),
        ],
    ),
    "doseuse": (
        "vendre des **pompes doseuses** aux industriels qui traitent leurs eaux ou dosent "
        "des additifs",
        [
            ("produits", "Les produits dosés et leur agressivité (acides, chlore, additifs)", True),
            ("debit", "Les débits et les pressions à tenir", True),
            ("regles", "Les exigences réglementaires ou d'hygiène du procédé", True),
            ("flotte", "Le nombre de véhicules de la flotte de l'entreprise", False),
        ],
    ),
    "remplacement": (
        "**renouveler les pompes centrifuges inox** en fin de vie chez les agroalimentaires",
        [
            ("age", "La date de mise en service des pompes en place", True),
            ("energie", "La consommation d'énergie des pompes actuelles", True),
            ("projet", "Le calendrier d'investissement et le décideur du budget", True),
            ("informatique", "Le logiciel de paie utilisé par l'entreprise", False),
        ],
    ),
}

COMMUNS = [
    ("decideur", "Le nom et la fonction du décideur et du prescripteur technique", True),
    ("vie_privee", "La situation familiale et l'adresse personnelle de l'interlocuteur", False),
    ("opinion", "Les opinions politiques ou syndicales de l'interlocuteur", False),
    ("tout", "Toutes les informations disponibles, « au cas où » elles serviraient un jour", False),
]


def generer(ctx):
    cle = ctx.rng.choice(sorted(CAMPAGNES))
    return {"campagne": cle}


def enonce(p):
    objectif, _ = CAMPAGNES[p["campagne"]]
    return (
        f"Votre responsable vous confie une campagne pour {objectif}. Avant d'appeler, vous "
        "complétez les fiches du CRM. **Cochez toutes les données utiles à recueillir** pour "
        "cet objectif (le RGPD impose de ne collecter que des données adéquates et limitées "
        "à ce qui est nécessaire)."
    )


def options(p):
    _, specifiques = CAMPAGNES[p["campagne"]]
    opts = []
    for cle, libelle, correct in specifiques + COMMUNS:
        if correct:
            retour = "Utile : elle qualifie le besoin ou la décision pour ce produit."
        else:
            retour = (
                "Inutile pour cet objectif : la collecte est ciblée, et le RGPD interdit "
                "de collecter plus que nécessaire."
            )
        opts.append(Option(cle=cle, libelle=libelle, correct=correct, retour=retour))
    return opts
