"""Comparer les offres par le coût total de possession, pas par le seul prix d'achat."""

from autograder.moteur.formats import Choix, Option
from autograder.moteur.nombres import euros

TITRE = "L'offre la plus avantageuse pour le client"
CRITERES = ("CP6.2",)
POINTS = 1
FORMAT = Choix()


def generer(ctx):
    d = ctx.donnees
    lignes = [
        [o.nom, o.prix_ht, o.tco(d["heures_an"], d["prix_kwh"], d["annees"])] for o in d["offres"]
    ]
    ctx.rng.shuffle(lignes)
    return {"offres": lignes, "annees": d["annees"]}


def enonce(p):
    return (
        "Calculez le coût total de possession de chacune des trois offres (Hydralis au prix net "
        f"commercial de votre devis, avec le contrat de maintenance) sur {p['annees']} ans. "
        "**Quelle offre est la plus avantageuse pour la laiterie ?**"
    )


def options(p):
    meilleur = min(p["offres"], key=lambda o: o[2])[0]
    moins_chere = min(p["offres"], key=lambda o: o[1])[0]
    return [
        Option(
            cle=nom,
            libelle=f"L'offre {nom}",
            correct=nom == meilleur,
            retour=f"prix d'achat {euros(prix, 0)}, coût total sur {p['annees']} ans "
            f"{euros(tco, 0)}"
            + (
                " : le plus bas."
                if nom == meilleur
                else " : la moins chère à l'achat, pas à l'usage."
                if nom == moins_chere
                else "."
            ),
        )
        for nom, prix, tco in p["offres"]
    ]
