"""Les jours et heures de démarchage téléphonique des consommateurs (CP3.5)."""

from autograder.moteur.formats import ChoixMultiple, Option

TITRE = "Créneaux d'appel autorisés"
CRITERES = ()  # aucun critère : voir la règle de data/exercices/README.md
POINTS = 2
FORMAT = ChoixMultiple()

PERMIS = "Autorisé : jour ouvré, entre 10 h et 13 h ou entre 14 h et 20 h."
BANQUE = [
    ("mardi_1030", "Mardi à 10 h 30, premier appel", True, PERMIS),
    ("jeudi_1415", "Jeudi à 14 h 15, deuxième appel du mois", True, PERMIS),
    ("lundi_1945", "Lundi à 19 h 45, premier appel", True, PERMIS),
    ("vendredi_1200", "Vendredi à 12 h, troisième appel en 30 jours", True, PERMIS),
    ("mercredi_1130", "Mercredi à 11 h 30, premier appel", True, PERMIS),
    ("lundi_0915", "Lundi à 9 h 15", False, "Trop tôt : pas avant 10 h."),
    ("mardi_1330", "Mardi à 13 h 30", False, "Interdit entre 13 h et 14 h."),
    ("jeudi_2030", "Jeudi à 20 h 30", False, "Trop tard : pas après 20 h."),
    ("samedi_1100", "Samedi à 11 h", False, "Interdit le samedi et le dimanche."),
    ("ferie_1500", "Le 14 juillet (un mardi) à 15 h", False, "Interdit les jours fériés."),
    (
        "cinquieme",
        "Mercredi à 15 h, cinquième appel à la même personne en 30 jours",
        False,
        "Au plus 4 sollicitations en 30 jours pour une même personne.",
    ),
]


def generer(ctx):
    oui = [b for b in BANQUE if b[2]]
    non = [b for b in BANQUE if not b[2]]
    tirage = ctx.rng.sample(oui, 3) + ctx.rng.sample(non, 4)
    ctx.rng.shuffle(tirage)
    return {"creneaux": tirage}


def enonce(p):
    return (
        "Un contact a donné son **mobile personnel** et son consentement préalable au "
        "démarchage téléphonique, noté dans le CRM (obligatoire depuis le 11 août 2026) : pour cet "
        "appel, les règles du démarchage téléphonique **des consommateurs** s'appliquent "
        "(décret n° 2022-1313 du 13 octobre 2022) : **du lundi au vendredi, de 10 h à 13 h "
        "et de 14 h à 20 h**, **jamais le samedi, le dimanche ni un jour férié**, et **au "
        "plus 4 appels en 30 jours** à une même personne. (Les numéros professionnels d'un "
        "acheteur B2B ne sont pas visés par ce décret, mais l'appliquer reste une bonne "
        "pratique.)\n\n**Cochez les appels autorisés.**"
    )


def options(p):
    return [Option(cle, lib, correct, retour) for cle, lib, correct, retour in p["creneaux"]]
