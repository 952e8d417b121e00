"""Choisir l'action corrective optimale compte tenu des deux contextes."""

from autograder.moteur.formats import Choix, Option

TITRE = "L'action corrective la plus adaptée"
CRITERES = ("CP4.4", "CP4.6")
POINTS = 2
FORMAT = Choix()

CONTEXTE = (
    "**Contexte de l'entreprise** : budget marketing gelé jusqu'à la fin de l'année, aucune "
    "embauche possible, objectif de marge maintenu. **Contexte des clients** : des PME "
    "industrielles attentives à leur facture énergétique, qui font valider tout achat de plus de "
    "10 000 € par leur direction."
)

# Per factor: the optimal action first, then plausible but flawed ones, each with its feedback.
ACTIONS = {
    "leads": [
        (
            "Réactiver les clients inactifs du portefeuille et demander des recommandations aux "
            "clients satisfaits, avec une séquence de relance dans le CRM, à moyens constants.",
            "Elle agit sur la cause (le volume de leads), sans budget ni embauche.",
        ),
        (
            "Recruter un commercial supplémentaire sur le secteur.",
            "Elle ajouterait des contacts, mais aucune embauche n'est possible : la ressource "
            "n'existe pas.",
        ),
        (
            "Former le commercial aux techniques de conclusion.",
            "La conclusion n'est pas le problème : le taux de conversion tient, ce sont les leads "
            "qui manquent.",
        ),
        (
            "Accorder 10 % de remise à tous les clients existants.",
            "La remise ne crée pas de nouveaux contacts et détruit la marge que l'entreprise veut "
            "maintenir.",
        ),
    ],
    "conversion": [
        (
            "Analyser avec le commercial les devis perdus (motifs de refus), puis coacher la "
            "découverte des besoins et chiffrer les économies d'énergie pour la direction du client.",
            "Elle part des causes de la perte et répond à ce qui fait décider le client (son "
            "économie chiffrée, validée par sa direction).",
        ),
        (
            "Acheter un fichier de 5 000 prospects pour compenser.",
            "Plus de leads mal convertis ne corrige pas la conversion, et le budget est gelé.",
        ),
        (
            "Baisser les prix de 15 % pour signer plus vite.",
            "La marge doit être maintenue, et le prix n'est pas la cause établie.",
        ),
        (
            "Relever l'objectif du commercial pour le motiver.",
            "Un objectif plus haut ne traite aucune cause et décourage.",
        ),
    ],
    "panier": [
        (
            "Proposer systématiquement le contrat de maintenance et les options haut rendement, "
            "avec le coût total de possession chiffré pour la direction du client.",
            "Elle relève le panier par une vraie valeur pour le client (économies d'énergie, "
            "disponibilité), argumentée pour sa direction.",
        ),
        (
            "Augmenter le nombre de visites par semaine.",
            "Plus de visites agit sur le volume, pas sur le montant par vente.",
        ),
        (
            "Accorder des remises de volume sur les commandes groupées.",
            "Des remises de volume relèvent souvent le panier (plus d'unités par commande), mais "
            "elles baissent le prix unitaire et le taux de marque : l'objectif de marge maintenu "
            "ne le permet pas, et elles ne traitent pas la cause (la valeur perçue par le client).",
        ),
        (
            "Refuser les commandes de moins de 5 000 €.",
            "Elle dégrade la relation client et fait perdre du chiffre d'affaires.",
        ),
    ],
}


def generer(ctx):
    sc = ctx.donnees["scenario"]
    ordre = list(range(4))
    ctx.rng.shuffle(ordre)
    return {"commercial": sc.commercial, "facteur": sc.facteur, "ordre": ordre}


def enonce(p):
    return (
        f"L'analyse a montré que l'écart de {p['commercial']} vient de son **{p['facteur']}** "
        f"(leads, conversion ou panier moyen). {CONTEXTE}\n\n**Quelle action corrective "
        "proposez-vous à votre hiérarchie ?**"
    )


def options(p):
    actions = ACTIONS[p["facteur"]]
    return [
        Option(cle=f"a{i}", libelle=actions[i][0], correct=i == 0, retour=actions[i][1])
        for i in p["ordre"]
    ]
