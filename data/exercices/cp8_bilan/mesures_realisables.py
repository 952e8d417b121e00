"""Des mesures correctives réalisables et réalistes (CP8.3, CT5.4)."""

from autograder.moteur.formats import ChoixMultiple, Option, tirer_options

TITRE = "Des mesures correctives réalisables"
CRITERES = ("CP8.3", "CT5.4")
POINTS = 2
FORMAT = ChoixMultiple()

BANQUE = [
    ("relance_j7", "Relancer chaque devis à J+7 et J+21 par téléphone, avec une tâche "
     "programmée dans le CRM.", True,
     "Réalisable à moyens constants, mesurable (taux de transformation des devis)."),
    ("tournees", "Regrouper les visites par secteur pour gagner une journée de terrain par "
     "quinzaine.", True, "Une réorganisation de son temps, sans coût ajouté."),
    ("be", "Convenir avec le bureau d'études d'un chiffrage sous 8 jours pour les devis de "
     "plus de 20 000 €.", True,
     "Un ajustement négocié avec le service concerné, daté et vérifiable."),
    ("contrat", "Proposer un contrat de maintenance aux clients équipés d'une pompe sans "
     "contrat, au rythme de cinq appels par semaine.", True,
     "Une cible tirée du CRM et un rythme tenable."),
    ("webinaire", "Organiser avec le marketing un webinaire « économies d'énergie » pour "
     "relancer les leads en qualification.", True, "Moyens existants, cible identifiée."),
    ("embauche", "Recruter trois commerciaux supplémentaires dès le mois prochain.", False,
     "Hors de votre décision et irréaliste à court terme, à budget constant."),
    ("remise", "Accorder 25 % de remise sur toute la gamme jusqu'à la fin de l'année.", False,
     "Détruit la marge, hors de votre délégation : ce n'est pas un ajustement."),
    ("motivation", "Être plus motivé et faire plus d'efforts.", False,
     "Ni mesurable ni datée : ce n'est pas une mesure."),
    ("doubler", "Doubler le nombre de visites sans rien retirer à son agenda.", False,
     "Irréaliste : le temps disponible ne double pas."),
]  # fmt: skip


def generer(ctx):
    return {"options": tirer_options(BANQUE, ctx.rng, 3, 3)}


def enonce(p):
    return (
        "Parmi ces propositions, **cochez les mesures correctives réalisables** : à votre "
        "portée (ou négociées avec le service concerné), à moyens constants, datées ou "
        "mesurables."
    )


def options(p):
    return [Option(*o) for o in p["options"]]
