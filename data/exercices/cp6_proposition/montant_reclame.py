"""Ce que le créancier réclame : les pénalités de chaque facture, plus 40 € par facture."""

from autograder.calculs import (
    indemnite_forfaitaire_recouvrement,
    penalites_de_retard,
    taux_penalites_defaut,
)
from autograder.moteur.formats import Nombre
from autograder.moteur.nombres import euros

TITRE = "Somme à réclamer au client retardataire"
CRITERES = ()  # un calcul réglementaire : voir la règle de data/exercices/README.md
POINTS = 2
FORMAT = Nombre(unite="€", tolerance=0.05, bornes=(0, 1e7), decimales=2)


def generer(ctx):
    r = ctx.donnees["conditions"]["retardataire"]
    return {
        "taux": taux_penalites_defaut(r["taux_bce"]),
        "factures": [[f["numero"], f["montant_ttc"], f["jours_de_retard"]] for f in r["factures"]],
    }


def enonce(p):
    lignes = "\n".join(f"| {n} | {euros(m)} | {j} |" for n, m, j in p["factures"])
    return (
        "La Fromagerie des Monts a payé en retard les trois factures ci-dessous. Avec le taux "
        "légal que vous venez de trouver (sur 365 jours), **quelle somme totale Hydralis "
        "peut-elle lui réclamer**, pénalités et indemnités forfaitaires comprises ? (Au centime.)"
        "\n\n| Facture | Montant TTC | Jours de retard |\n|---|---:|---:|\n" + lignes
    )


def _penalites(p, jours_annee=365):
    return sum(penalites_de_retard(m, j, p["taux"], jours_annee) for _, m, j in p["factures"])


def solution(p):
    return _penalites(p) + indemnite_forfaitaire_recouvrement(len(p["factures"]))


def diagnostics(p):
    return [
        (
            _penalites(p) + indemnite_forfaitaire_recouvrement(1),
            "L'indemnité de 40 € est due pour chaque facture payée en retard, pas une fois.",
        ),
        (_penalites(p), "Il manque les indemnités forfaitaires de 40 € (C. com. D441-5)."),
        (
            _penalites(p, 360) + indemnite_forfaitaire_recouvrement(len(p["factures"])),
            "Vous avez divisé par 360 : l'énoncé dit 365 jours.",
        ),
    ]


def explication(p):
    return (
        "Pour chaque facture : montant TTC × taux × jours ÷ 365, arrondi au centime ; puis "
        f"ajoutez 40 € × {len(p['factures'])} factures."
    )
