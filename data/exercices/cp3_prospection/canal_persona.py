"""Contacter le prospect par le canal le plus approprié à son persona (CP3.4)."""

from autograder.moteur.formats import Classement, Element, tirer_par_categorie

TITRE = "Le canal adapté à chaque persona"
CRITERES = ("CP3.4",)
POINTS = 2
FORMAT = Classement(
    categories=(
        ("telephone", "Appel téléphonique"),
        ("email", "E-mail personnalisé"),
        ("visite", "Visite sur site"),
        ("reseau", "Message sur un réseau social professionnel"),
    )
)

BANQUE = [
    (
        "maintenance_terrain",
        "Responsable maintenance d'une PE, souvent dans l'atelier, "
        "décroche son portable professionnel mais lit peu ses e-mails.",
        "telephone",
        "Joignable au téléphone, pas derrière son écran : un appel court.",
    ),
    (
        "panne_urgente",
        "Technicien méthodes d'une TPE qui a signalé une pompe en panne répétée lors d'un salon.",
        "telephone",
        "Un besoin chaud se traite vite, de vive voix.",
    ),
    (
        "acheteur_eti",
        "Acheteur d'une ETI qui compare les offres sur dossier et veut des "
        "documents à transmettre à sa hiérarchie.",
        "email",
        "Il lui faut un écrit argumenté, avec pièces jointes à faire circuler.",
    ),
    (
        "collectivite",
        "Responsable d'une régie des eaux soumise aux marchés publics, "
        "qui demande la fiche technique et les références.",
        "email",
        "Un envoi écrit, traçable, des documents demandés.",
    ),
    (
        "directeur_usine",
        "Directeur d'usine d'une ME agroalimentaire, projet de "
        "renouvellement de toute une ligne de pompage.",
        "visite",
        "Un projet lourd et technique se découvre sur place, avec démonstration.",
    ),
    (
        "audit",
        "Responsable HSE qui veut réduire les fuites de produits chimiques de son "
        "installation et propose de vous la montrer.",
        "visite",
        "Le diagnostic se fait sur l'installation.",
    ),
    (
        "dirigeant_connecte",
        "Dirigeante d'une start-up de traitement de l'eau, très active "
        "sur un réseau professionnel, injoignable par le standard.",
        "reseau",
        "Elle publie et répond sur le réseau : un message personnalisé, sans spam.",
    ),
    (
        "nouveau_poste",
        "Directeur technique qui vient d'annoncer sa prise de poste sur son profil professionnel.",
        "reseau",
        "Féliciter et se présenter sur le réseau est une prise de contact naturelle.",
    ),
]


def generer(ctx):
    return {"elements": tirer_par_categorie(BANQUE, ctx.rng, par_categorie=1)}


def enonce(p):
    return (
        "Les personas ci-dessous ont été construits à partir du CRM (fonction, taille, "
        "secteur, habitudes de contact). Pour chacun, choisissez **le canal du premier "
        "contact le plus approprié**."
    )


def elements(p):
    return [Element(*item) for item in p["elements"]]
