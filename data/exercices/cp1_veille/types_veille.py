"""Reconnaître le type de veille dont relève chaque information (concurrentielle, technologique…)."""

from autograder.moteur.formats import Classement, Element, tirer_par_categorie

TITRE = "À quel type de veille appartient chaque information ?"
CRITERES = ()  # aucun critère : voir la règle de data/exercices/README.md
POINTS = 2
FORMAT = Classement(
    categories=(
        ("concurrentielle", "Concurrentielle"),
        ("technologique", "Technologique"),
        ("commerciale", "Commerciale (clients, marché)"),
        ("reglementaire", "Réglementaire"),
        ("environnementale", "Environnementale (technologies vertes)"),
    )
)

BANQUE = [
    (
        "salon_concurrent",
        "Au salon Pollutec, un concurrent présente une gamme de pompes doseuses à prix cassés.",
        "concurrentielle",
        "L'offre et les prix d'un concurrent relèvent de la veille concurrentielle.",
    ),
    (
        "recrutement",
        "Un concurrent recrute cinq technico-commerciaux pour la région Auvergne-Rhône-Alpes.",
        "concurrentielle",
        "Les moyens commerciaux d'un concurrent annoncent son offensive : veille concurrentielle.",
    ),
    (
        "materiau",
        "Un nouveau polymère résiste aux acides concentrés et pourrait remplacer l'inox.",
        "technologique",
        "Un matériau nouveau est une évolution technique : veille technologique.",
    ),
    (
        "jumeau",
        "Des logiciels de jumeau numérique simulent le comportement d'une installation de pompage.",
        "technologique",
        "Un nouvel outil technique de conception : veille technologique.",
    ),
    (
        "client_extension",
        "Un client de la chimie annonce l'extension de son usine de Saint-Fons.",
        "commerciale",
        "Un projet d'un client est une opportunité d'affaires : veille commerciale.",
    ),
    (
        "attentes_acheteurs",
        "Une enquête montre que les acheteurs industriels veulent des devis sous 48 heures.",
        "commerciale",
        "Les attentes des clients relèvent de la veille commerciale (marché).",
    ),
    (
        "norme_rendement",
        "Un règlement européen relève le rendement minimal exigé des moteurs électriques.",
        "reglementaire",
        "Une obligation légale nouvelle : veille réglementaire.",
    ),
    (
        "marches_publics",
        "Les seuils de procédure des marchés publics sont modifiés au 1er janvier.",
        "reglementaire",
        "Une règle de droit qui encadre la vente : veille réglementaire.",
    ),
    (
        "pompe_solaire",
        "Des pompes alimentées par panneaux solaires équipent des stations de relevage isolées.",
        "environnementale",
        "Une technologie verte qui réduit l'empreinte énergétique : veille environnementale.",
    ),
    (
        "eau_reutilisation",
        "La réutilisation des eaux usées traitées progresse pour l'irrigation et l'industrie.",
        "environnementale",
        "Une évolution liée à la préservation des ressources : veille environnementale.",
    ),
]


def generer(ctx):
    return {"elements": tirer_par_categorie(BANQUE, ctx.rng, par_categorie=1, en_plus=2)}


def enonce(p):
    return (
        "Votre responsable vous transmet des informations repérées cette semaine. Pour les "
        "ranger dans le bon dossier de veille, **indiquez le type de veille dont relève chaque "
        "information**."
    )


def elements(p):
    return [Element(*item) for item in p["elements"]]
