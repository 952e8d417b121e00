"""Traiter une réclamation, étape par étape (l'ordre de la méthode du cours)."""

from autograder.moteur.formats import Classement, Element, tirer_par_categorie

TITRE = "Les étapes du traitement d'une réclamation"
CRITERES = ()  # connaître l'ordre n'est pas traiter une réclamation (data/exercices/README.md)
POINTS = 2
FORMAT = Classement(
    categories=(
        ("ecouter", "1. Écouter sans interrompre"),
        ("reformuler", "2. Reformuler"),
        ("reconnaitre", "3. Reconnaître la gêne"),
        ("enqueter", "4. Enquêter sur les faits"),
        ("proposer", "5. Proposer une solution"),
        ("confirmer", "6. Confirmer par écrit"),
        ("suivre", "7. Suivre après la clôture"),
    )
)

BANQUE = [
    (
        "laisser_parler",
        "Laisser le client exposer tout le problème, noter les faits et les mots qu'il emploie.",
        "ecouter",
        "Un client coupé se répète et s'énerve : on écoute d'abord, jusqu'au bout.",
    ),
    (
        "questions_ouvertes",
        "« Racontez-moi ce qui s'est passé sur la ligne 2 depuis lundi. »",
        "ecouter",
        "Une question ouverte fait parler le client : c'est encore l'écoute.",
    ),
    (
        "si_je_comprends",
        "« Si je vous comprends bien, la pompe s'est arrêtée deux fois cette semaine et le "
        "technicien n'est venu que jeudi. »",
        "reformuler",
        "La reformulation vérifie qu'on a compris avant d'agir.",
    ),
    (
        "resume_enjeux",
        "Résumer le problème et son enjeu pour le client (production perdue) et lui demander "
        "de valider ce résumé.",
        "reformuler",
        "Faire valider le résumé, c'est la reformulation.",
    ),
    (
        "gene",
        "« Je comprends que ces arrêts vous pénalisent : c'est légitime d'être mécontent. »",
        "reconnaitre",
        "On reconnaît la gêne sans reconnaître encore une faute : l'enquête n'est pas faite.",
    ),
    (
        "merci",
        "Remercier le client d'avoir signalé le problème plutôt que d'être parti sans rien dire.",
        "reconnaitre",
        "Une réclamation est une chance de garder le client : on le lui dit.",
    ),
    (
        "sav",
        "Vérifier dans le CRM et auprès du SAV les dates d'appel, d'intervention et le "
        "diagnostic du technicien.",
        "enqueter",
        "Les faits avant la solution : on impliquera les services qui savent.",
    ),
    (
        "cause",
        "Chercher la cause de l'arrêt avec le bureau d'études (réglage, usure, utilisation).",
        "enqueter",
        "Identifier la cause dit quelle solution proposer, et qui en a la charge.",
    ),
    (
        "solution",
        "Proposer une intervention préventive gratuite, dans la limite de geste commercial de "
        "la procédure.",
        "proposer",
        "La solution vient après l'enquête et reste dans la délégation du commercial.",
    ),
    (
        "choix",
        "Présenter deux solutions au client et le laisser choisir celle qui l'arrange.",
        "proposer",
        "Proposer, c'est aussi associer le client à la solution.",
    ),
    (
        "courriel",
        "Envoyer un e-mail qui récapitule le problème, la solution retenue, qui fait quoi et "
        "quand.",
        "confirmer",
        "L'écrit engage et évite les malentendus : c'est la confirmation.",
    ),
    (
        "crm",
        "Confirmer au client par écrit la date de l'intervention et tracer la réclamation "
        "dans le CRM.",
        "confirmer",
        "Confirmation écrite et traçabilité, pour le client et pour les collègues.",
    ),
    (
        "rappel",
        "Rappeler le client quinze jours après l'intervention pour vérifier que tout fonctionne.",
        "suivre",
        "Le suivi vérifie que la solution a marché : c'est lui qui regagne la confiance.",
    ),
    (
        "mesure",
        "Vérifier un mois plus tard que la mesure corrective a supprimé les arrêts et le "
        "noter dans le CRM.",
        "suivre",
        "On évalue l'efficacité de la mesure : la réclamation est vraiment close.",
    ),
]


def generer(ctx):
    return {"elements": tirer_par_categorie(BANQUE, ctx.rng, par_categorie=1, en_plus=0)}


def enonce(p):
    return (
        "Un responsable maintenance vous appelle, très mécontent : sa pompe s'est arrêtée "
        "deux fois et le dépannage a tardé. Rangez chaque action dans **l'étape** du "
        "traitement de la réclamation où elle vient (une action par étape)."
    )


def elements(p):
    return [Element(*item) for item in p["elements"]]


def explication(p):
    return (
        "Écouter, reformuler, reconnaître la gêne, enquêter, proposer, confirmer par écrit, "
        "suivre : on ne propose rien avant d'avoir établi les faits, et rien n'est clos avant "
        "d'avoir vérifié que la solution a marché."
    )
