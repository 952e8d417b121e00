"""L'ordre des étapes du recouvrement d'une facture impayée.

CRITERES = () : connaître la procédure de recouvrement est une connaissance du cadre de la
vente, pas un critère de CP8 (voir data/exercices/README.md).

Sources (relevées le 7 décembre 2026) : injonction de payer, Code de procédure civile, art. 1405 à
1425 (https://www.litige.fr/articles/conditions-d-une-injonction-de-payer,
https://jcl06.fr/la-procedure-dinjonction-de-payer/) ; tribunaux des activités économiques,
loi n° 2023-1059 du 20 novembre 2023, art. 26, expérimentation du 1er janvier 2025 au
31 décembre 2028 (https://village-justice.com/articles/que-sont-tribunaux-des-activites-economiques,51966.html) ;
mise en demeure et intérêts moratoires, C. civ., art. 1231-6 ; pénalités sans rappel, C. com.,
art. L441-10 II.
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
     "Dernière étape amiable : elle fixe un délai et prouve la demande (entre professionnels, "
     "les pénalités de retard courent déjà, sans rappel, depuis le lendemain de l'échéance)."),
    ("injonction", "Requête en injonction de payer auprès du tribunal de commerce", "4",
     "La voie judiciaire simplifiée (Code de procédure civile, art. 1405 à 1425), "
     "après l'échec des relances ; dans douze villes, le tribunal de commerce est devenu, de 2025 "
     "à 2028, le tribunal des activités économiques."),
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
