"""L'appel de prise de rendez-vous, étape par étape (CP3.4, CT1.2)."""

from autograder.moteur.formats import Classement, Element, tirer_par_categorie

TITRE = "Les étapes de l'appel de prise de rendez-vous"
CRITERES = ()  # aucun critère : voir la règle de data/exercices/README.md
POINTS = 2
FORMAT = Classement(
    categories=(
        ("standard", "1. Franchir le standard"),
        ("accroche", "2. Accrocher le décideur"),
        ("questions", "3. Vérifier l'enjeu (questions)"),
        ("rendez_vous", "4. Proposer le rendez-vous"),
        ("conclure", "5. Conclure et confirmer"),
    )
)

BANQUE = [
    (
        "nom",
        "« Qui s'occupe de la maintenance de vos pompes, s'il vous plaît ? »",
        "standard",
        "On obtient d'abord l'identité du bon interlocuteur.",
    ),
    (
        "moment",
        "« Quel est le meilleur moment pour joindre M. Roux ? »",
        "standard",
        "La standardiste connaît l'agenda : on en fait une alliée.",
    ),
    (
        "interet",
        "« Plusieurs laiteries de la région ont réduit leurs arrêts de ligne avec notre "
        "maintenance préventive. »",
        "accroche",
        "L'accroche parle de l'intérêt du client, en une phrase.",
    ),
    (
        "presentation",
        "« Bonjour Monsieur Roux, Camille Perrin, d'Hydralis, fabricant de pompes à Lyon. »",
        "accroche",
        "Se présenter clairement ouvre l'échange avec le décideur.",
    ),
    (
        "organisation",
        "« Comment gérez-vous la maintenance de vos pompes aujourd'hui ? »",
        "questions",
        "Une question ouverte vérifie qu'il y a un enjeu.",
    ),
    (
        "arrets",
        "« Avez-vous eu des arrêts de production cette année ? »",
        "questions",
        "On qualifie le besoin avant de proposer.",
    ),
    (
        "alternative",
        "« Je vous propose 30 minutes : mardi 10 h ou jeudi 14 h ? »",
        "rendez_vous",
        "Alternative fermée, durée courte.",
    ),
    (
        "objection",
        "« Je comprends ; justement, 30 minutes suffiront pour voir si c'est utile "
        "chez vous. Mardi vous conviendrait ? »",
        "rendez_vous",
        "On traite l'objection et on repropose le rendez-vous.",
    ),
    (
        "reformuler",
        "« Je récapitule : jeudi 14 h, à votre usine de Feurs, avec votre "
        "responsable production. »",
        "conclure",
        "On reformule date, heure, lieu et participants.",
    ),
    (
        "confirmer",
        "« Je vous envoie une confirmation par e-mail dans la journée. »",
        "conclure",
        "La confirmation écrite (et la saisie dans le CRM) clôt l'appel.",
    ),
]


def generer(ctx):
    return {"elements": tirer_par_categorie(BANQUE, ctx.rng, par_categorie=1)}


def enonce(p):
    return (
        "À l'épreuve, vous avez 15 minutes au téléphone pour obtenir **l'identité du "
        "responsable** puis **un rendez-vous** avec lui. Rangez chaque réplique dans "
        "**l'étape de l'appel** où elle doit venir."
    )


def elements(p):
    return [Element(*item) for item in p["elements"]]
