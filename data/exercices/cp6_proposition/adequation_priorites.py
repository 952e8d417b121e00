"""Une proposition personnalisée : chaque élément répond à une priorité exprimée par le client."""

from autograder.moteur.formats import ChoixMultiple, Option, tirer_options
from autograder.moteur.nombres import euros

TITRE = "Une proposition en adéquation avec les priorités du client"
CRITERES = ("CP6.3",)
POINTS = 2
FORMAT = ChoixMultiple()

BANQUE = [
    (
        "secours",
        "Une pompe de secours montée sur le skid, qui prend le relais automatiquement en cas de panne.",
        True,
        "Elle répond aux arrêts de production subis l'an dernier (continuité).",
    ),
    (
        "planning",
        "Une installation planifiée pendant l'arrêt technique du 18 au 22 août, avec essais en usine avant.",
        True,
        "Elle respecte la contrainte de calendrier de la laiterie.",
    ),
    (
        "energie",
        "Un bilan énergétique chiffré (kWh, euros et CO₂e par an) comparé à la station actuelle.",
        True,
        "Il répond à l'objectif RSE de −15 % d'électricité, avec des chiffres vérifiables.",
    ),
    (
        "inox",
        "Toutes les parties en contact avec le produit en inox 316L, pompes démontables sans outil.",
        True,
        "C'est l'exigence d'hygiène de la responsable qualité.",
    ),
    (
        "maintenance",
        "Le contrat de maintenance préventive avec dépannage sous 8 h et formation de l'équipe.",
        True,
        "Il répond au départ en retraite du technicien, un besoin non exprimé.",
    ),
    (
        "surdim",
        "Des pompes deux fois plus puissantes que nécessaire, « pour être tranquille ».",
        False,
        "Le surdimensionnement coûte plus cher à l'achat et à l'usage, contre l'objectif énergie.",
    ),
    (
        "catalogue",
        "Le catalogue général d'Hydralis (120 pages) joint à l'offre, sans sélection.",
        False,
        "Une proposition personnalisée sélectionne ; le catalogue noie les priorités du client.",
    ),
    (
        "delai",
        "Une livraison « dès que possible » sans date d'intervention.",
        False,
        "La laiterie ne peut intervenir que pendant l'arrêt d'août : il faut un planning.",
    ),
    (
        "acompte",
        "Un acompte de 50 % à la commande, au-delà des conditions générales de vente.",
        False,
        "Ni le client ni les conditions générales ne le demandent : c'est un frein inutile.",
    ),
]


def generer(ctx):
    return {"options": tirer_options(BANQUE, ctx.rng, 4, 3), "budget": ctx.donnees["budget"]}


def enonce(p):
    return (
        "Relisez l'entretien de découverte (budget voté : "
        f"{euros(p['budget'], 0)} HT). **Cochez les éléments à mettre dans la proposition parce "
        "qu'ils répondent à une priorité ou à une contrainte de la laiterie.**"
    )


def options(p):
    return [Option(*o) for o in p["options"]]
