"""Reconnaître le risque professionnel d'une situation de commercial itinérant (documentation INRS)."""

from autograder.moteur.formats import Classement, Element, tirer_par_categorie

TITRE = "Quel risque, dans quelle situation ?"
CRITERES = ()  # reconnaître un risque : une connaissance (data/exercices/README.md)
POINTS = 2
FORMAT = Classement(
    categories=(
        ("routier", "Risque routier"),
        ("tms", "Troubles musculosquelettiques (TMS)"),
        ("stress", "Stress et risques psychosociaux"),
    )
)

# (clé, situation, catégorie, justification)
BANQUE = [
    (
        "sms",
        "Vous lisez le message d'un client sur votre téléphone à un feu rouge.",
        "routier",
        "Le véhicule est en circulation, même arrêté au feu : lire détourne l'attention (R412-6-1).",
    ),
    (
        "nuit",
        "Après un salon, vous reprenez la route à 22 h pour rentrer 300 km plus loin.",
        "routier",
        "Fatigue et somnolence : la nuit et la longue distance multiplient le risque d'accident.",
    ),
    (
        "retard",
        "En retard, vous roulez vite pour tenir l'heure du rendez-vous suivant.",
        "routier",
        "Un planning trop serré pousse à la vitesse : c'est l'organisation qui crée le risque.",
    ),
    (
        "gps",
        "Vous réglez le GPS en roulant pour trouver l'usine du client.",
        "routier",
        "Un distracteur : l'itinéraire se prépare à l'arrêt, avant de partir.",
    ),
    (
        "valise",
        "Vous portez à bout de bras une valise d'échantillons de pompes de 18 kg, du coffre au 3e étage.",
        "tms",
        "Port de charge lourde, bras tendus, escaliers : le dos et les épaules souffrent (TMS).",
    ),
    (
        "coffre",
        "Vous chargez chaque jour le coffre en vous penchant et en tournant le buste.",
        "tms",
        "Flexion et torsion du dos répétées : geste typique des lombalgies.",
    ),
    (
        "ordinateur",
        "Vous rédigez vos comptes rendus sur l'ordinateur portable posé sur vos genoux, dans la voiture.",
        "tms",
        "Posture contrainte de la nuque et des poignets, prolongée : TMS du cou et des membres supérieurs.",
    ),
    (
        "objectifs",
        "Votre objectif trimestriel a été relevé de 20 % sans moyens en plus.",
        "stress",
        "Une exigence jugée inatteignable : facteur de risque psychosocial reconnu par l'INRS.",
    ),
    (
        "client",
        "Un client vous reproche vivement, devant son équipe, un retard de livraison.",
        "stress",
        "Tension avec le public, agressivité verbale : facteur de stress au travail.",
    ),
    (
        "soir",
        "Vous répondez aux courriels des clients tous les soirs jusqu'à 23 h.",
        "stress",
        "Pas de coupure entre travail et repos : fatigue et stress s'installent (droit à la déconnexion).",
    ),
]


def generer(ctx):
    return {"elements": tirer_par_categorie(BANQUE, ctx.rng, 2, 1)}


def enonce(p):
    return (
        "La documentation de l'INRS pour les commerciaux itinérants distingue trois grandes "
        "familles de risques. **Classez chaque situation selon le risque principal qu'elle "
        "fait courir.**"
    )


def elements(p):
    return [Element(*e) for e in p["elements"]]


def explication(p):
    return (
        "Route : distracteurs, fatigue, vitesse due au planning. TMS : charges, postures, "
        "gestes répétés. Stress : exigences, tensions, absence de coupure."
    )
