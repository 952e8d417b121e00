"""What the buyer says at each phase and the replies offered to the seller (choices 0 to 2 points).

Phases: ouverture (choice) → decouverte (typed recap) → solution (choice) → prix (typed sandwich)
→ objection (choice) → proposition (conditional offers, up to MAX_PROPOSITIONS) → accord (typed
restatement) → conclusion (choice) → signed order, or rdv (closing appointment) → end.
"""

from __future__ import annotations

from autograder.moteur.nombres import euros

TECHNIQUES = {
    "cadrer": "cadrer l'entretien et le faire valider",
    "deballer": "présenter sans cadrer",
    "prix_d_abord": "parler prix avant la valeur",
    "argumenter_besoins": "argumenter besoin par besoin, avec une preuve",
    "catalogue": "réciter des caractéristiques sans lien avec les besoins",
    "sans_preuve": "affirmer sans preuve",
    "creuser_valoriser": "creuser l'objection puis comparer la valeur",
    "ceder": "céder sans contrepartie",
    "denigrer": "dénigrer le concurrent",
    "justifier": "justifier le prix sans le relier aux besoins",
    "conclure": "conclure : demander la signature",
    "rdv_conclusion": "fixer un rendez-vous de conclusion",
    "laisser_filer": "laisser filer la décision",
}


def _c(ident, texte, technique, points, retour, suivant) -> dict:
    return {
        "id": ident,
        "texte": texte,
        "technique": technique,
        "points": points,
        "retour": retour,
        "suivant": suivant,
    }


def noeud(cas: dict, phase: str) -> dict:
    """{"dit": the buyer's line, "choix": [...]} of a choice phase."""
    cl, v = cas["client"], cas["vendeur"]
    if phase == "ouverture":
        return {
            "dit": f"Bonjour, {v['prenom']} {v['nom']}. Installez-vous : je vous écoute.",
            "choix": [
                _c(
                    "cadrer",
                    "Merci de me recevoir. Je vous propose de rappeler d'abord ce que vous m'avez "
                    "confié lors de notre premier échange, puis de vous présenter notre solution et "
                    "ses conditions. Nous avons une heure : ce déroulé vous convient\u202f?",
                    "cadrer",
                    2,
                    "Vous fixez l'objectif, le déroulé et la durée, et vous les faites valider : "
                    "l'acheteur sait où vous allez.",
                    "decouverte",
                ),
                _c(
                    "deballer",
                    "Je vous ai apporté toute notre documentation : je vous la présente\u202f?",
                    "deballer",
                    1,
                    "Poli, mais sans objectif ni déroulé : l'entretien part sans cadre.",
                    "decouverte",
                ),
                _c(
                    "prix",
                    "Allons droit au but : je sais que c'est le prix qui vous intéresse.",
                    "prix_d_abord",
                    0,
                    "Parler prix avant la valeur réduit votre offre à un coût : c'est "
                    "l'acheteur qui mène.",
                    "decouverte",
                ),
            ],
        }
    if phase == "solution":
        return {
            "dit": "C'est bien cela. Alors, que nous proposez-vous\u202f?",
            "choix": [
                _c(
                    "besoins",
                    "Je reprends vos besoins un par un : pour chacun, voici la réponse de notre "
                    "proposition et sa preuve (références de clients de votre secteur, essais, "
                    f"garantie : {cas['conditions']['garantie'].rstrip('.')}).",
                    "argumenter_besoins",
                    2,
                    "Caractéristique, avantage, preuve, besoin par besoin : la valeur est posée "
                    "avant le prix.",
                    "prix",
                ),
                _c(
                    "catalogue",
                    "Voici les caractéristiques techniques de chacun de nos produits, fiche "
                    "par fiche.",
                    "catalogue",
                    1,
                    "Exact mais sans lien avec ses besoins : le client doit faire le tri seul.",
                    "prix",
                ),
                _c(
                    "meilleur",
                    "Notre solution est tout simplement la meilleure du marché, tout le monde "
                    "vous le dira.",
                    "sans_preuve",
                    0,
                    "Une affirmation sans preuve ne convainc pas un acheteur : elle l'inquiète.",
                    "prix",
                ),
            ],
        }
    if phase == "objection":
        k = cas["concurrent"]
        return {
            "dit": f"C'est cher. Notre budget pour cette commande est de "
            f"{euros(cas['budget_ht'], 0)} HT, et {k['nom']} est moins cher que vous.",
            "choix": [
                _c(
                    "creuser",
                    "Je comprends. Qu'est-ce qui vous paraît cher, exactement\u202f? Comparons "
                    f"le coût complet : chez {k['nom']}, {k['faiblesse'][0].lower()}"
                    f"{k['faiblesse'][1:]}. Chez nous, ce risque est couvert.",
                    "creuser_valoriser",
                    2,
                    "Vous faites préciser l'objection, puis vous comparez la valeur et le coût "
                    "complet plutôt que le seul prix.",
                    "proposition",
                ),
                _c(
                    "cinq",
                    "Je peux vous faire 5 % tout de suite si cela vous aide.",
                    "ceder",
                    0,
                    "Une remise offerte d'emblée, sans rien demander : votre prix perd sa "
                    "crédibilité et l'acheteur en demandera davantage.",
                    "proposition",
                ),
                _c(
                    "denigrer",
                    f"{k['nom']}\u202f? Franchement, leur matériel ne vaut rien.",
                    "denigrer",
                    0,
                    "Dénigrer un concurrent vous discrédite et met en cause le jugement de "
                    "l'acheteur, qui les a consultés.",
                    "proposition",
                ),
                _c(
                    "justifier",
                    "Notre prix est justifié : c'est le prix de la qualité.",
                    "justifier",
                    1,
                    "Vous tenez votre prix, mais sans le relier à ses besoins : l'objection reste "
                    "entière.",
                    "proposition",
                ),
            ],
        }
    if phase == "conclusion":
        return {
            "dit": "Oui, c'est bien ce que nous avons convenu.",
            "choix": [
                _c(
                    "signer",
                    "Je vous propose donc de valider le bon de commande maintenant : je le "
                    "complète avec vous, vous le signez, et nous planifions la livraison.",
                    "conclure",
                    2,
                    "L'accord est reformulé et validé : vous concluez en demandant la signature.",
                    "signe",
                ),
                _c(
                    "rdv",
                    f"Voulez-vous que nous fixions un rendez-vous de conclusion avec "
                    f"{cl['decideur']}\u202f?",
                    "rdv_conclusion",
                    1,
                    "Un rendez-vous de conclusion est un minimum, mais l'accord était là : il "
                    "fallait demander la signature.",
                    "rdv",
                ),
                _c(
                    "reflechir",
                    "Je vous laisse réfléchir ; rappelez-moi quand vous serez prêt.",
                    "laisser_filer",
                    0,
                    "Sans date ni engagement, la décision vous échappe : l'accord peut se défaire.",
                    "fin",
                ),
            ],
        }
    raise KeyError(phase)


def replique(cas: dict, phase: str) -> str:
    """The buyer's line before a typed phase or a form phase."""
    a = cas["acheteur"]
    exces = next(o for o in cas["paiements"] if not o["legal"])
    return {
        "decouverte": "D'accord pour ce déroulé. Je vous écoute.",
        "prix": "Très bien. Et combien cela coûte-t-il\u202f?",
        "proposition": f"Voilà ce qu'il me faut : une remise de {a['remise_demandee']} % et un "
        f"paiement à {exces['jours']} jours, comme avec nos autres fournisseurs.",
        "accord": "Bien : sur ces bases, nous pouvons conclure.",
        "rdv": "Je ne peux pas m'engager aujourd'hui : il faudra nous revoir pour conclure.",
    }[phase]
