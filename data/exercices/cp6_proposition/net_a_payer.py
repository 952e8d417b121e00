"""Le net à payer du devis : remises en cascade, escompte, puis TVA sur le net financier."""

from autograder.calculs import facture, montant_tva
from autograder.moteur.formats import Nombre
from autograder.moteur.nombres import euros, pourcent

TITRE = "Net à payer TTC du devis"
CRITERES = ()  # aucun critère : voir la règle de data/exercices/README.md
POINTS = 2
FORMAT = Nombre(unite="€", tolerance=1, bornes=(0, 1e7), decimales=2)


def generer(ctx):
    d = ctx.donnees["devis"]
    return {
        "brut": d.brut_ht,
        "remises": list(d.remises),
        "escompte": d.escompte,
        "tva": d.taux_tva,
    }


def enonce(p):
    r1, r2 = p["remises"]
    return (
        f"Le devis totalise **{euros(p['brut'])} HT brut**. Les conditions accordées : remise "
        f"quantité de **{pourcent(r1, 0)}**, puis remise d'ouverture de compte de "
        f"**{pourcent(r2, 0)}**, et escompte de **{pourcent(p['escompte'], 0)}** pour paiement "
        f"à 10 jours. TVA à {pourcent(p['tva'], 0)}. **Quel est le net à payer TTC** si la "
        "laiterie paie à 10 jours ? (Posez le calcul étape par étape, dans l'ordre d'une facture.)"
    )


def solution(p):
    return facture(p["brut"], p["remises"], p["escompte"], p["tva"]).net_a_payer


def diagnostics(p):
    juste = facture(p["brut"], p["remises"], p["escompte"], p["tva"])
    additionnees = facture(p["brut"], [sum(p["remises"])], p["escompte"], p["tva"])
    sans_escompte = facture(p["brut"], p["remises"], 0, p["tva"])
    return [
        (
            additionnees.net_a_payer,
            "Les remises ont été additionnées : elles se calculent en cascade, chacune sur le "
            "montant déjà remisé.",
        ),
        (
            juste.net_financier + montant_tva(juste.net_commercial, p["tva"]),
            "La TVA a été calculée avant l'escompte (sur le net commercial) : elle se calcule sur "
            "le net financier, escompte déduit.",
        ),
        (
            sans_escompte.net_a_payer,
            "Vous avez oublié l'escompte : la laiterie paie à 10 jours.",
        ),
        (juste.net_financier, "C'est le net financier HT : ajoutez la TVA."),
    ]


def explication(p):
    return (
        "Brut HT → remise 1 → remise 2 (net commercial) → escompte (net financier HT) → TVA sur "
        "le net financier → net à payer TTC."
    )
