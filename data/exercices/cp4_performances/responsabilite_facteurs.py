"""Part de responsabilité : ce qui dépend de moi, de l'entreprise, ou de l'extérieur."""

from autograder.moteur.formats import Classement, Element, tirer_par_categorie

TITRE = "Facteurs : ma part de responsabilité et ses limites"
CRITERES = ("CT4.3", "CT4.4")
POINTS = 2
FORMAT = Classement(
    categories=(
        ("moi", "Interne, dans ma responsabilité : j'agis"),
        ("entreprise", "Interne, hors de ma responsabilité : j'alerte le service concerné"),
        ("externe", "Externe (marché, clients, concurrence) : je m'adapte"),
    )
)

BANQUE = [
    (
        "relances",
        "J'ai relancé moins de la moitié des devis envoyés ce trimestre.",
        "moi",
        "La relance des devis est une action du commercial lui-même.",
    ),
    (
        "crm",
        "Mes comptes rendus de visite n'ont pas été saisis dans le CRM pendant trois semaines.",
        "moi",
        "La mise à jour du CRM fait partie de mon travail.",
    ),
    (
        "ciblage",
        "J'ai privilégié les petits comptes proches plutôt que les prospects à fort potentiel.",
        "moi",
        "Le choix des cibles de ma tournée m'appartient.",
    ),
    (
        "argumentaire",
        "Je n'ai pas préparé d'argumentaire sur la nouvelle gamme basse consommation.",
        "moi",
        "Préparer ses arguments relève du commercial.",
    ),
    (
        "delais",
        "Les délais de livraison annoncés par l'ADV sont passés de 3 à 7 semaines.",
        "entreprise",
        "Je ne fixe pas les délais : j'alerte l'ADV et j'informe mes clients.",
    ),
    (
        "emailing",
        "Le service marketing a suspendu les campagnes qui généraient des leads.",
        "entreprise",
        "La décision appartient au marketing : je peux en montrer l'effet chiffré.",
    ),
    (
        "prix",
        "La direction a relevé les prix catalogue de 6 % au 1er avril.",
        "entreprise",
        "La politique tarifaire est décidée par la direction, pas par le commercial.",
    ),
    (
        "bureau_etudes",
        "Le bureau d'études met deux semaines à valider les configurations spéciales.",
        "entreprise",
        "C'est un délai interne d'un autre service.",
    ),
    (
        "concurrent",
        "Un concurrent casse les prix sur les pompes standard.",
        "externe",
        "La concurrence est un facteur externe : on adapte son argumentaire, on ne la contrôle pas.",
    ),
    (
        "gel",
        "Deux gros clients de l'agroalimentaire ont gelé leurs investissements.",
        "externe",
        "La décision vient des entreprises clientes.",
    ),
    (
        "taux",
        "La hausse des taux d'intérêt retarde les projets d'équipement des PME.",
        "externe",
        "C'est l'environnement économique.",
    ),
    (
        "reglementation",
        "Une nouvelle réglementation impose un audit énergétique avant tout remplacement de pompe.",
        "externe",
        "La réglementation s'impose à tous les acteurs.",
    ),
]


def generer(ctx):
    return {"elements": tirer_par_categorie(BANQUE, ctx.rng, par_categorie=2)}


def enonce(p):
    return (
        "Lors du bilan du trimestre, ces constats sont relevés. Pour chacun, dites s'il relève de "
        "**votre responsabilité**, de l'**entreprise** (un autre service ou la direction) ou de "
        "l'**environnement externe**. Savoir où s'arrête sa responsabilité, c'est savoir qui "
        "doit agir."
    )


def elements(p):
    return [Element(*item) for item in p["elements"]]
