"""Résolution de problème : quel service associer à l'analyse de chaque difficulté."""

from autograder.moteur.formats import Classement, Element, tirer_par_categorie

TITRE = "Services à impliquer dans l'analyse"
CRITERES = ("CT5.2",)
POINTS = 2
FORMAT = Classement(
    categories=(
        ("adv", "Administration des ventes (ADV)"),
        ("technique", "Bureau d'études / service technique"),
        ("marketing", "Marketing"),
        ("sav", "Service après-vente (SAV)"),
        ("direction", "Direction commerciale"),
    )
)

BANQUE = [
    (
        "tarifs",
        "Des devis partent avec des erreurs de tarif ou de conditions de paiement.",
        "adv",
        "L'ADV gère les tarifs, les conditions et le suivi administratif des commandes.",
    ),
    (
        "factures",
        "Des factures arrivent chez le client avec un mois de retard.",
        "adv",
        "La facturation relève de l'ADV.",
    ),
    (
        "validation",
        "Les clients attendent trois semaines la validation technique d'une configuration.",
        "technique",
        "La faisabilité technique est validée par le bureau d'études.",
    ),
    (
        "dimensionnement",
        "Plusieurs pompes installées se révèlent mal dimensionnées pour l'installation du client.",
        "technique",
        "Le dimensionnement est un sujet technique.",
    ),
    (
        "leads",
        "Le nombre de leads entrants a chuté depuis l'arrêt de la présence sur les salons.",
        "marketing",
        "La génération de leads et les salons relèvent du marketing.",
    ),
    (
        "fiches",
        "Les fiches produits ne mentionnent pas les économies d'énergie des nouvelles pompes.",
        "marketing",
        "Les supports de communication sont produits par le marketing.",
    ),
    (
        "pannes",
        "Des clients se plaignent de pannes récurrentes après la mise en service.",
        "sav",
        "Le SAV intervient après la vente et remonte les défauts.",
    ),
    (
        "pieces",
        "Les pièces détachées manquent pour les interventions de maintenance.",
        "sav",
        "La maintenance et ses pièces relèvent du SAV.",
    ),
    (
        "objectifs",
        "Les objectifs du trimestre semblent irréalistes au vu du marché.",
        "direction",
        "Les objectifs sont fixés et révisés par la direction commerciale.",
    ),
    (
        "secteurs",
        "Deux commerciaux se disputent les mêmes comptes faute de découpage clair des secteurs.",
        "direction",
        "L'organisation des secteurs est une décision de la direction.",
    ),
]


def generer(ctx):
    return {"elements": tirer_par_categorie(BANQUE, ctx.rng, par_categorie=1)}


def enonce(p):
    return (
        "Pour analyser les causes d'un écart, le négociateur implique les services concernés. "
        "Pour chaque difficulté relevée, choisissez **le service à associer en priorité** à "
        "l'analyse."
    )


def elements(p):
    return [Element(*item) for item in p["elements"]]
