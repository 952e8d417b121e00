"""Candidature, offre, ou pièce demandée au seul attributaire : composer sa réponse.

Critères : aucun. Ranger des pièces dans le bon pli est une connaissance de la procédure de
réponse (voir data/exercices/README.md) ; le REAC la nomme « connaissance de la procédure de
l'entreprise de réponse aux appels d'offres », un savoir et non un critère d'évaluation.
"""

from autograder.moteur.formats import Classement, Element, tirer_par_categorie

TITRE = "Candidature ou offre ?"
CRITERES = ()  # aucun critère : une connaissance
POINTS = 2
FORMAT = Classement(
    categories=(
        ("candidature", "Dossier de candidature"),
        ("offre", "Offre"),
        ("attributaire", "Demandé seulement à l'attributaire pressenti"),
    )
)

BANQUE = [
    (
        "dc1",
        "La lettre de candidature (formulaire DC1) ou le DUME",
        "candidature",
        "Le DC1 ou le DUME identifie le candidat (ou le groupement) et contient ses déclarations sur l'honneur.",
    ),
    (
        "dc2",
        "La déclaration du candidat (formulaire DC2) : chiffre d'affaires, effectifs",
        "candidature",
        "Le DC2 (ou le DUME) présente les capacités économiques et techniques : c'est la candidature.",
    ),
    (
        "references",
        "Les références de marchés semblables des trois dernières années",
        "candidature",
        "Les références prouvent la capacité technique : elles vont dans la candidature.",
    ),
    (
        "assurance",
        "L'attestation d'assurance de responsabilité civile professionnelle, si le RC la demande",
        "candidature",
        "Une capacité du candidat : pièce de candidature, quand le RC l'exige.",
    ),
    (
        "memoire",
        "Le mémoire technique (méthode, moyens, délais d'intervention)",
        "offre",
        "Le mémoire technique est noté au critère de la valeur technique : c'est l'offre.",
    ),
    (
        "bpu",
        "Le bordereau des prix unitaires rempli",
        "offre",
        "Les prix sont l'offre, notés au critère du prix.",
    ),
    (
        "ae",
        "L'acte d'engagement complété",
        "offre",
        "L'acte d'engagement porte l'engagement sur l'offre (sa signature peut n'être exigée que de l'attributaire).",
    ),
    (
        "fiches",
        "Les fiches techniques des pompes proposées",
        "offre",
        "Elles prouvent la conformité au CCTP : elles accompagnent l'offre.",
    ),
    (
        "vigilance",
        "L'attestation de vigilance de l'Urssaf",
        "attributaire",
        "Au stade de la candidature, une déclaration sur l'honneur suffit (DC1, DUME) ; l'attestation est exigée de l'attributaire avant la signature, puis tous les six mois.",
    ),
    (
        "fiscale",
        "L'attestation de régularité fiscale",
        "attributaire",
        "Comme l'attestation de vigilance, elle n'est demandée qu'au candidat retenu, avant la notification.",
    ),
]


def generer(ctx):
    return {"elements": tirer_par_categorie(BANQUE, ctx.rng, par_categorie=2, en_plus=1)}


def enonce(p):
    return (
        "Hydralis répond à un appel d'offres ouvert. Le règlement de la consultation demande "
        "deux dossiers, la candidature et l'offre, et précise que certaines pièces ne seront "
        "demandées qu'au candidat retenu. **Rangez chaque pièce.**"
    )


def elements(p):
    return [Element(*e) for e in p["elements"]]


def explication(p):
    return (
        "La candidature dit qui vous êtes et ce dont vous êtes capable (DC1 et DC2 ou DUME, "
        "références, capacités) ; l'offre dit ce que vous proposez et à quel prix (mémoire "
        "technique, prix, acte d'engagement) ; les attestations sociales et fiscales ne sont "
        "exigées que de l'attributaire pressenti."
    )
