"""L'ordre des étapes du recouvrement d'une facture impayée.

CRITERES = () : connaître la procédure de recouvrement est une connaissance du cadre de la
vente, pas un critère de CP8 (voir data/exercices/README.md).
"""

from autograder.moteur.formats import Classement, Element

TITRE = "Les étapes du recouvrement, dans l'ordre"
CRITERES = ()
POINTS = 1
FORMAT = Classement(
    categories=(
        ("1", "1re étape"),
        ("2", "2e étape"),
        ("3", "3e étape"),
        ("4", "4e étape"),
    )
)
VARIANTES = False  # four fixed steps: a variant would be the same exercise

ETAPES = (
    ("amiable", "Relance amiable écrite : courriel ou lettre de rappel avec la copie de la "
     "facture", "1", "On commence par supposer un oubli : un rappel courtois, dès les premiers "
     "jours de retard."),
    ("telephone", "Relance téléphonique au service comptable, puis au décideur", "2",
     "Le téléphone obtient une date de paiement et la cause du retard (litige, trésorerie)."),
    ("demeure", "Mise en demeure par lettre recommandée avec accusé de réception", "3",
     "Dernière étape amiable : elle fixe un délai et fait courir les intérêts."),
    ("injonction", "Requête en injonction de payer auprès du tribunal de commerce", "4",
     "La voie judiciaire simplifiée (Code de procédure civile, art. 1405 et suivants, à vérifier), "
     "après l'échec des relances."),
)  # fmt: skip


def generer(ctx):
    return {}


def enonce(p):
    return (
        "Une facture de votre portefeuille reste impayée après sa date limite. **Classez les "
        "étapes du recouvrement dans l'ordre où vous les menez**, de la première à la dernière."
    )


def elements(p):
    return [Element(*e) for e in ETAPES]


def explication(p):
    return (
        "Du plus amiable au plus contraignant : on préserve la relation tant que le client "
        "peut payer, et chaque étape est datée dans le CRM."
    )
