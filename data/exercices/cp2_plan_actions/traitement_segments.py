"""Des actions proportionnées aux attentes et au poids de chaque segment ABC."""

from autograder.moteur.formats import Classement, Element, tirer_par_categorie

TITRE = "Quel traitement pour quel segment ?"
CRITERES = ("CP2.2",)
POINTS = 2
FORMAT = Classement(
    categories=(
        ("A", "Clients A : l'essentiel du CA, à fidéliser"),
        ("B", "Clients B : à développer"),
        ("C", "Clients C : à suivre à moindre coût"),
    )
)

BANQUE = [
    (
        "revue",
        "Revue de compte trimestrielle sur site avec les achats et la maintenance.",
        "A",
        "Le temps de visite le plus coûteux va aux clients qui font l'essentiel du CA.",
    ),
    (
        "interlocuteur",
        "Un interlocuteur technique dédié et un délai d'intervention garanti.",
        "A",
        "Un client A attend un service premium : le perdre coûterait cher.",
    ),
    (
        "plan_compte",
        "Un plan de compte annuel partagé avec le client (projets, budget, calendrier).",
        "A",
        "Le plan de compte structure la relation avec les comptes clés.",
    ),
    (
        "visite_semestrielle",
        "Une visite par semestre pour détecter les besoins non couverts.",
        "B",
        "Les clients B ont du potentiel : on va chercher les besoins non couverts.",
    ),
    (
        "offre_croisee",
        "Proposer un contrat de maintenance à ceux qui n'achètent que des pompes.",
        "B",
        "La vente croisée fait grandir un client B.",
    ),
    (
        "audit",
        "Offrir un audit énergétique pour ouvrir un projet de remplacement.",
        "B",
        "Un audit crée une opportunité chez un client qui a du potentiel.",
    ),
    (
        "extranet",
        "Commandes de pièces détachées par l'extranet, sans visite.",
        "C",
        "Le coût du suivi doit rester proportionné au CA.",
    ),
    (
        "telephone",
        "Un appel du commercial sédentaire une fois par an.",
        "C",
        "Le contact à distance suffit pour les petits comptes.",
    ),
    (
        "newsletter",
        "Une lettre d'information trimestrielle par e-mail.",
        "C",
        "Une communication collective garde le lien à faible coût.",
    ),
]


def generer(ctx):
    return {"elements": tirer_par_categorie(BANQUE, ctx.rng, par_categorie=2)}


def enonce(p):
    return (
        "Le classement ABC sert à proportionner l'effort commercial au poids et aux attentes de "
        "chaque client. **Pour quel segment chaque action est-elle prévue dans le plan ?**"
    )


def elements(p):
    return [Element(*item) for item in p["elements"]]
