"""Ce qu'on saisit dans le CRM après une visite.

CRITERES = () : reconnaître les bonnes pratiques de saisie est une connaissance ; « alimenter le
CRM en continu » est un savoir du REAC, pas un critère de CP8 (voir data/exercices/README.md).
"""

from autograder.moteur.formats import ChoixMultiple, Option, tirer_options

TITRE = "Saisir la visite dans le CRM"
CRITERES = ()
POINTS = 1
FORMAT = ChoixMultiple()

BANQUE = [
    ("interaction", "Une interaction de type « visite », datée du jour, rattachée au contact "
     "rencontré et à son entreprise", True, "C'est la trace que retrouvera tout collègue qui "
     "ouvre la fiche."),
    ("resume", "Un résumé factuel : besoins, objections, engagements de chacun", True,
     "Les faits et les engagements, pas les notes brutes."),
    ("tache", "Une tâche datée pour la prochaine étape, avec son responsable", True,
     "Le CRM vous la rappellera, et un collègue peut la reprendre en votre absence."),
    ("opportunite", "La mise à jour de l'opportunité : étape, montant estimé, date de "
     "décision", True, "Le prévisionnel de l'équipe en dépend."),
    ("credit", "Une note au service crédit sur le compte : retard constaté et échéancier "
     "promis", True, "Le service crédit suit l'encours : il doit savoir ce qui a été promis."),
    ("humeur", "Votre avis sur la personnalité du contact (« pénible, de mauvaise foi »)",
     False, "Un jugement n'a pas sa place : le client peut demander à lire ses données (RGPD)."),
    ("sante", "La raison médicale de l'absence du comptable, confiée pendant la visite", False,
     "Une donnée de santé ne s'enregistre pas dans un CRM commercial (RGPD, données "
     "sensibles)."),
    ("fin_mois", "Rien tout de suite : tout saisir en fin de mois, d'un coup", False,
     "Saisie tardive = oublis ; on saisit dans les 24 heures."),
    ("brut", "La photo de vos notes manuscrites, sans résumé", False,
     "Illisible pour un tiers et impossible à rechercher : on résume."),
]  # fmt: skip


def generer(ctx):
    return {"options": tirer_options(BANQUE, ctx.rng, justes=3, fausses=2)}


def enonce(p):
    return (
        "De retour de visite, vous saisissez le compte rendu dans le CRM d'Hydralis. **Cochez "
        "tout ce qui doit y figurer.**"
    )


def options(p):
    return [Option(*o) for o in p["options"]]


def explication(p):
    return (
        "Le CRM garde une trace exploitable par un tiers : l'interaction datée, un résumé "
        "factuel, la prochaine étape en tâche datée ; ni jugement, ni donnée sensible."
    )
