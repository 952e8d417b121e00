"""Le dossier de consultation des entreprises (DCE) : où trouver quoi.

Critères : aucun. Savoir dans quelle pièce du DCE chercher une information est une connaissance
du cadre des marchés publics : voir la règle de data/exercices/README.md.
"""

from autograder.moteur.formats import Classement, Element, tirer_par_categorie

TITRE = "Les pièces du dossier de consultation"
CRITERES = ()  # aucun critère : une connaissance
POINTS = 2
FORMAT = Classement(
    categories=(
        ("rc", "Règlement de la consultation (RC)"),
        ("ccap", "Cahier des clauses administratives particulières (CCAP)"),
        ("cctp", "Cahier des clauses techniques particulières (CCTP)"),
        ("prix", "Bordereau des prix unitaires (BPU) ou décomposition du prix (DPGF)"),
        ("ae", "Acte d'engagement (AE)"),
    )
)

BANQUE = [
    (
        "date_limite",
        "La date et l'heure limites de remise des plis",
        "rc",
        "Le RC fixe les règles du jeu de la consultation : délais, contenu des plis, modalités de remise.",
    ),
    (
        "criteres",
        "Les critères d'attribution et leur pondération",
        "rc",
        "Les critères et leur poids sont annoncés dans le RC (ou l'avis), avant la remise des offres.",
    ),
    (
        "pieces_plis",
        "La liste des pièces à remettre dans la candidature et dans l'offre",
        "rc",
        "C'est le RC qui dit ce que chaque pli doit contenir.",
    ),
    (
        "penalites",
        "Les pénalités en cas de retard de livraison",
        "ccap",
        "Les clauses administratives (pénalités, paiement, révision des prix, garanties) sont au CCAP.",
    ),
    (
        "revision",
        "La formule de révision des prix chaque année",
        "ccap",
        "La révision des prix est une clause administrative et financière : CCAP.",
    ),
    (
        "avance",
        "Le délai de paiement et le versement d'une avance",
        "ccap",
        "Les modalités de paiement sont des clauses administratives : CCAP.",
    ),
    (
        "debit",
        "Le débit, la hauteur manométrique et le rendement minimal des pompes",
        "cctp",
        "Les exigences techniques du besoin sont décrites dans le CCTP.",
    ),
    (
        "frequence",
        "La fréquence des visites de maintenance préventive",
        "cctp",
        "Le contenu des prestations à exécuter est technique : CCTP.",
    ),
    (
        "intervention",
        "Le délai d'intervention exigé en cas de panne",
        "cctp",
        "Le niveau de service attendu est une exigence technique du CCTP.",
    ),
    (
        "prix_visite",
        "Le prix d'une visite de maintenance, appliqué aux visites réellement faites",
        "prix",
        "Un prix appliqué aux quantités réellement exécutées est un prix unitaire : BPU.",
    ),
    (
        "prix_pompe",
        "Le prix de chaque modèle de pompe, ligne par ligne",
        "prix",
        "Le candidat remplit le bordereau des prix unitaires (ou la décomposition d'un prix global).",
    ),
    (
        "signature",
        "La signature du candidat qui s'engage sur son offre",
        "ae",
        "L'acte d'engagement est la pièce par laquelle le candidat s'engage ; signé par l'acheteur, il devient le contrat.",
    ),
    (
        "montant_engage",
        "Le montant total de l'offre sur lequel le candidat s'engage",
        "ae",
        "Le montant de l'offre est reporté dans l'acte d'engagement, que le candidat signe.",
    ),
]


def generer(ctx):
    return {"elements": tirer_par_categorie(BANQUE, ctx.rng, par_categorie=1, en_plus=2)}


def enonce(p):
    return (
        "Vous avez téléchargé le dossier de consultation d'un appel d'offres sur le profil "
        "d'acheteur. **Dans quelle pièce trouvez-vous (ou remplissez-vous) chacune de ces "
        "informations ?**"
    )


def elements(p):
    return [Element(*e) for e in p["elements"]]


def explication(p):
    return (
        "Le RC dit comment concourir ; le CCAP, les règles administratives et financières du "
        "contrat ; le CCTP, ce qu'il faut livrer ou faire ; le BPU ou la DPGF, les prix ; l'acte "
        "d'engagement, l'engagement signé sur l'offre."
    )
