"""Causes de l'écart : ma part, celle d'un autre service, ce qui ne dépend pas de nous (CT4.3)."""

from autograder.moteur.formats import Classement, Element, tirer_par_categorie

TITRE = "Causes de l'écart : la part de chacun"
CRITERES = ("CT4.3", "CT4.4", "CT5.2")
POINTS = 2
FORMAT = Classement(
    categories=(
        ("moi", "Ma part : je peux agir moi-même"),
        ("service", "Un autre service de l'entreprise"),
        ("externe", "Externe : marché ou client"),
    )
)

BANQUE = [
    ("relance", "Un tiers des devis émis n'ont jamais été relancés.", "moi",
     "La relance des devis est le travail du commercial."),
    ("decouverte", "Les besoins n'ont pas été découverts en rendez-vous : devis hors sujet.",
     "moi", "La qualité de la découverte dépend du commercial."),
    ("crm", "Les visites ne sont pas saisies dans le CRM, le suivi des comptes se perd.", "moi",
     "Alimenter le CRM fait partie de son activité."),
    ("tournees", "Les tournées mal préparées laissent trois jours par mois sans visite.", "moi",
     "L'organisation de son temps relève du commercial."),
    ("delais", "Le bureau d'études met trois semaines à chiffrer les groupes sur mesure.",
     "service", "Le délai de chiffrage dépend du bureau d'études : à traiter avec lui."),
    ("livraison", "Des retards de livraison ont fait annuler deux commandes.", "service",
     "La logistique et la production sont d'autres services."),
    ("leads_web", "Le formulaire du site ne transmet plus les demandes depuis août.", "service",
     "Le site relève du marketing ou de l'informatique."),
    ("sav", "Les interventions SAV tardives ont mécontenté des clients.", "service",
     "Le SAV est un autre service : le commercial remonte le problème."),
    ("budget", "Un grand compte a gelé ses investissements jusqu'à l'an prochain.", "externe",
     "La décision budgétaire du client ne dépend pas d'Hydralis."),
    ("concurrent", "Un concurrent casse ses prix de 15 % sur les pompes doseuses.", "externe",
     "La politique d'un concurrent est une donnée du marché."),
    ("energie", "La hausse du prix de l'énergie retarde les projets des laiteries.", "externe",
     "La conjoncture ne dépend pas de l'entreprise."),
]  # fmt: skip


def generer(ctx):
    return {"elements": tirer_par_categorie(BANQUE, ctx.rng, 2, 1)}


def enonce(p):
    return (
        "Votre responsable vous demande d'analyser l'écart **en évaluant votre propre part**. "
        "Classez chaque cause : dépend-elle **de vous**, d'**un autre service** d'Hydralis (à "
        "impliquer dans l'analyse), ou est-elle **externe** (à prendre en compte sans pouvoir "
        "la changer) ?"
    )


def elements(p):
    return [Element(*e) for e in p["elements"]]
