"""Adapter l'argument à l'interlocuteur : à qui parle chaque argument de l'offre Hydralis ?"""

from autograder.moteur.formats import Classement, Element, tirer_par_categorie

TITRE = "Un argument pour chaque interlocuteur"
CRITERES = ("CP5.1",)
POINTS = 2
FORMAT = Classement(
    categories=(
        ("dirigeant", "Dirigeant"),
        ("acheteur", "Acheteur"),
        ("technicien", "Responsable technique"),
        ("utilisateur", "Utilisateur (opérateur)"),
    )
)

POURQUOI = {
    "dirigeant": "le dirigeant pense rentabilité, risque et stratégie : parlez-lui marge, "
    "retour sur investissement, image.",
    "acheteur": "l'acheteur compare des offres : prix, coût total, délais, garanties, conditions "
    "de paiement, nombre de fournisseurs.",
    "technicien": "le responsable technique veut des caractéristiques vérifiables : débit, "
    "pression, rendement, normes, intégration à l'installation.",
    "utilisateur": "l'opérateur vit avec la pompe au quotidien : facilité, sécurité, bruit, "
    "nettoyage, formation.",
}

BANQUE = [
    (
        "d1",
        "Le contrat de maintenance réduit le risque d'arrêt de production et protège votre marge.",
        "dirigeant",
    ),
    (
        "d2",
        "La pompe à haut rendement est remboursée en 18 mois par les économies d'énergie.",
        "dirigeant",
    ),
    (
        "d3",
        "Notre certification ISO 50001 valorise votre démarche bas carbone auprès de vos propres clients.",
        "dirigeant",
    ),
    ("a1", "Prix ferme pendant 12 mois, garantie trois ans et paiement à 45 jours.", "acheteur"),
    (
        "a2",
        "Sur dix ans, le coût total de possession est inférieur de 14 % à l'offre la moins chère.",
        "acheteur",
    ),
    (
        "a3",
        "Un seul fournisseur pour les pompes et leur maintenance : un contrat, un interlocuteur.",
        "acheteur",
    ),
    (
        "t1",
        "Débit de 40 m³/h à 6 bars, rendement de 82 %, conforme à la norme EN 809.",
        "technicien",
    ),
    (
        "t2",
        "Capteurs de vibration intégrés : les données remontent dans votre supervision.",
        "technicien",
    ),
    (
        "t3",
        "Brides au standard européen : installation sans modifier votre tuyauterie.",
        "technicien",
    ),
    (
        "u1",
        "Démontage sans outil pour le nettoyage : dix minutes au lieu d'une heure.",
        "utilisateur",
    ),
    ("u2", "Moins de bruit au poste de travail : 68 dB au lieu de 80 dB.", "utilisateur"),
    (
        "u3",
        "Une formation d'une demi-journée sur site pour chaque équipe de production.",
        "utilisateur",
    ),
]


def generer(ctx):
    return {"elements": tirer_par_categorie(BANQUE, ctx.rng, 2, 0)}


def enonce(p):
    return (
        "Vous préparez la présentation de la nouvelle pompe centrifuge inox d'Hydralis dans une "
        "laiterie. Quatre personnes assisteront au rendez-vous. **Pour chaque argument, indiquez "
        "l'interlocuteur qu'il touche le plus directement.**"
    )


def elements(p):
    return [Element(cle, lib, cat, POURQUOI[cat]) for cle, lib, cat in p["elements"]]


def explication(p):
    return (
        "Un même produit se présente de quatre façons : le bénéfice change selon ce que "
        "l'interlocuteur doit défendre dans son entreprise. Une présentation valorisante parle "
        "le langage de chacun."
    )
