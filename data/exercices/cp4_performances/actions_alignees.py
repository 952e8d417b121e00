"""Des actions correctives alignées avec les objectifs de l'entreprise."""

from autograder.moteur.formats import ChoixMultiple, Option, tirer_options

TITRE = "Actions alignées avec les objectifs de l'entreprise"
CRITERES = ("CP4.7",)
POINTS = 2
FORMAT = ChoixMultiple()

OBJECTIFS = (
    "Pour 2026, la direction d'Hydralis fixe trois objectifs : **gagner 2 points de taux de "
    "marge**, **fidéliser les comptes clés** et **tenir le taux de service** (livraisons à "
    "l'heure)."
)

BANQUE = [
    (
        "maintenance",
        "Proposer des contrats de maintenance pluriannuels aux comptes clés.",
        True,
        "Marge récurrente et fidélisation des comptes clés.",
    ),
    (
        "haut_rendement",
        "Mettre en avant les pompes haut rendement, mieux margées, avec les "
        "économies d'énergie chiffrées pour le client.",
        True,
        "Plus de marge, et une vraie valeur pour le client.",
    ),
    (
        "revue",
        "Planifier une revue d'affaires semestrielle avec chaque compte clé.",
        True,
        "Elle sert directement la fidélisation.",
    ),
    (
        "relance",
        "Relancer les devis non signés en reformulant le besoin, sans remise supplémentaire.",
        True,
        "Elle récupère du chiffre sans sacrifier la marge.",
    ),
    (
        "remise",
        "Accorder 12 % de remise supplémentaire pour rattraper le volume.",
        False,
        "Elle va contre l'objectif de marge.",
    ),
    (
        "petits",
        "Concentrer les visites sur les petits prospects faciles à signer, au détriment "
        "des comptes clés.",
        False,
        "Elle néglige les comptes clés qu'il faut fidéliser.",
    ),
    (
        "delais",
        "Promettre des livraisons en 48 h que la logistique ne peut pas tenir.",
        False,
        "Elle dégrade le taux de service et la confiance.",
    ),
    (
        "solde",
        "Solder à prix coûtant le stock de pompes de l'ancienne génération.",
        False,
        "Vendre à prix coûtant ne dégage aucune marge.",
    ),
]


def generer(ctx):
    return {"options": tirer_options(BANQUE, ctx.rng, 3, 3)}


def enonce(p):
    return f"{OBJECTIFS}\n\n**Cochez les actions correctives alignées avec ces objectifs.**"


def options(p):
    return [Option(*o) for o in p["options"]]
