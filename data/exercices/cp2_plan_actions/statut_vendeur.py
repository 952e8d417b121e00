"""Reconnaître le statut d'un commercial dans un extrait de contrat."""

from autograder.moteur.formats import Classement, Element, tirer_par_categorie

TITRE = "Quel statut pour ce commercial ?"
CRITERES = ()  # reconnaître un statut : une connaissance (data/exercices/README.md)
POINTS = 2
FORMAT = Classement(
    categories=(
        ("vrp_exclusif", "VRP exclusif"),
        ("vrp_multicarte", "VRP multicarte"),
        ("agent", "Agent commercial"),
        ("salarie", "Salarié non VRP"),
    )
)

BANQUE = [
    (
        "excl_1",
        "« M. Rivoire, salarié, représente exclusivement les pompes Hydralis auprès des industriels du Rhône et de l'Ain ; il s'interdit de représenter toute autre entreprise. Rémunération : fixe et commission de 3 %. »",
        "vrp_exclusif",
        "Salarié, un seul employeur, secteur et produits fixés, taux de rémunération : VRP (C. trav. L7311-3), exclusif par la clause.",
    ),
    (
        "excl_2",
        "« Mme Fayolle consacre toute son activité professionnelle à la prospection des laiteries de la région pour le compte de la seule société Hydralis, qui l'emploie et fixe ses commissions. »",
        "vrp_exclusif",
        "Un seul employeur, une activité exclusive de représentation, une clientèle fixée : VRP exclusif.",
    ),
    (
        "multi_1",
        "« M. Novel, salarié, représente sur le même secteur trois fabricants non concurrents (pompes, vannes, capteurs) ; chaque employeur lui verse ses commissions. »",
        "vrp_multicarte",
        "Salarié de plusieurs employeurs, sans autre activité que la représentation : VRP multicarte.",
    ),
    (
        "multi_2",
        "« Mme Genin est liée par un contrat de représentation à Hydralis et à un fabricant de compresseurs ; chacun fixe son secteur et son taux de commission. Elle ne vend rien pour son propre compte. »",
        "vrp_multicarte",
        "Les conditions de L7311-3 réunies pour deux employeurs : VRP multicarte.",
    ),
    (
        "agent_1",
        "« La société Servant Représentation, immatriculée au registre spécial des agents commerciaux, négocie au nom et pour le compte d'Hydralis ; elle organise librement son activité et perçoit une commission de 8 %. »",
        "agent",
        "Mandataire indépendant, non salarié, qui négocie au nom du mandant : agent commercial (C. com. L134-1).",
    ),
    (
        "agent_2",
        "« Le mandat confie à M. Perrier, travailleur indépendant, la négociation des contrats de maintenance d'Hydralis en Savoie ; préavis de trois mois à partir de la troisième année. »",
        "agent",
        "Un mandat, un indépendant, le préavis de L134-11 : agent commercial.",
    ),
    (
        "sal_1",
        "« Mme Olagnier, technico-commerciale sédentaire, répond aux demandes entrantes, établit les devis et assure le suivi administratif des commandes ; salaire fixe et prime annuelle. »",
        "salarie",
        "Salariée, mais sans activité exclusive et constante de représentation : salariée non VRP (convention collective de l'entreprise).",
    ),
    (
        "sal_2",
        "« M. Thivolle, ingénieur d'affaires, partage son temps entre les visites aux clients, la conduite de chantiers et la formation des techniciens ; salaire fixe. »",
        "salarie",
        "La représentation n'est pas son activité exclusive et constante : salarié non VRP.",
    ),
]


def generer(ctx):
    return {"elements": tirer_par_categorie(BANQUE, ctx.rng, 1, 1)}


def enonce(p):
    return "**Classez chaque extrait de contrat selon le statut du commercial.**"


def elements(p):
    return [Element(*e) for e in p["elements"]]


def explication(p):
    return (
        "VRP : salarié qui ne fait que représenter, pour un employeur (exclusif) ou plusieurs "
        "(multicarte), avec produits, secteur et taux fixés (C. trav. L7311-3). Agent commercial : "
        "mandataire indépendant (C. com. L134-1). Salarié non VRP : les autres commerciaux salariés."
    )
