"""Utiliser à bon escient CRM, automatisation du marketing et IA (CP3.2)."""

from autograder.moteur.formats import Classement, Element, tirer_par_categorie

TITRE = "Le bon outil pour chaque tâche de prospection"
CRITERES = ("CP3.2",)
POINTS = 2
FORMAT = Classement(
    categories=(
        ("crm", "CRM (fiches, historique, relances)"),
        ("automation", "Plateforme d'automatisation du marketing"),
        ("ia", "Outil d'IA, avec vérification humaine"),
        ("aucun", "Aucun outil : à ne pas faire"),
    )
)

BANQUE = [
    (
        "historique",
        "Retrouver tous les échanges passés avec un prospect avant de l'appeler.",
        "crm",
        "L'historique des interactions est la fonction première du CRM.",
    ),
    (
        "relance",
        "Programmer un rappel dans 15 jours après un premier appel.",
        "crm",
        "Les tâches et relances du commercial se gèrent dans le CRM.",
    ),
    (
        "dedoublonner",
        "Fusionner deux fiches d'une même entreprise (même SIREN).",
        "crm",
        "La qualification du fichier (dédoublonnage, mise à jour) se fait dans le CRM.",
    ),
    (
        "sequence",
        "Envoyer une séquence de trois e-mails aux téléchargeurs d'une fiche produit.",
        "automation",
        "Une séquence déclenchée par un comportement relève du marketing automation.",
    ),
    (
        "scoring",
        "Attribuer un score aux leads selon les pages visitées et les e-mails ouverts.",
        "automation",
        "Le lead scoring comportemental est une fonction du marketing automation.",
    ),
    (
        "desinscription",
        "Gérer automatiquement les liens de désinscription des e-mailings.",
        "automation",
        "La plateforme d'e-mailing gère les désinscriptions (droit d'opposition).",
    ),
    (
        "synthese",
        "Résumer le rapport annuel public d'un prospect avant un rendez-vous.",
        "ia",
        "L'IA fait gagner du temps sur un document public ; on vérifie les chiffres cités.",
    ),
    (
        "brouillon",
        "Rédiger un premier jet d'e-mail de prise de contact personnalisé.",
        "ia",
        "Un brouillon d'IA se relit et se corrige : ton, exactitude, promesses.",
    ),
    (
        "aspirer",
        "Aspirer les profils de réseaux sociaux pour constituer un fichier d'e-mails.",
        "aucun",
        "Collecte déloyale, interdite par le RGPD (la CNIL l'a sanctionnée).",
    ),
    (
        "confidentiel",
        "Coller la liste des clients et de leurs remises dans une IA publique.",
        "aucun",
        "Fuite de données confidentielles et personnelles : interdit.",
    ),
]


def generer(ctx):
    return {"elements": tirer_par_categorie(BANQUE, ctx.rng, par_categorie=1)}


def enonce(p):
    return (
        "Pour chaque tâche de prospection, choisissez **l'outil à utiliser** : le CRM, la "
        "plateforme d'automatisation du marketing, un outil d'IA (dont vous vérifiez le "
        "résultat), ou aucun outil parce que la tâche est contraire au RGPD ou à la "
        "confidentialité."
    )


def elements(p):
    return [Element(*item) for item in p["elements"]]
