"""Choisir le segment cible à partir des données : quel secteur achète le plus par commande ?"""

from autograder.calculs import panier_moyen
from autograder.moteur.formats import Choix, Option
from autograder.moteur.nombres import euros


def _par_secteur(donnees):
    cmd = donnees["commandes"].merge(
        donnees["entreprises"][["id", "secteur"]], left_on="entreprise_id", right_on="id"
    )
    g = cmd.dropna(subset=["secteur"]).groupby("secteur")["montant_ht"].agg(["sum", "count"])
    return {
        s: {
            "ca": float(r["sum"]),
            "commandes": int(r["count"]),
            "panier": panier_moyen(r["sum"], r["count"]),
        }
        for s, r in g.iterrows()
    }


TITRE = "Le secteur au panier moyen le plus élevé"
CRITERES = ()  # aucun critère : voir la règle de data/exercices/README.md
POINTS = 1
FORMAT = Choix()
DONNEES = ("commandes",)


def generer(ctx):
    stats = _par_secteur(ctx.donnees)
    meilleur = max(stats, key=lambda s: stats[s]["panier"])
    premier_ca = max(stats, key=lambda s: stats[s]["ca"])
    autres = [s for s in sorted(stats) if s not in (meilleur, premier_ca)]
    choisis = sorted(
        {meilleur, premier_ca, *ctx.rng.sample(autres, 4 - len({meilleur, premier_ca}))}
    )
    return {
        "secteurs": {s: stats[s] for s in choisis},
        "meilleur": meilleur,
        "premier_ca": premier_ca,
    }


def enonce(p):
    return (
        "Pour choisir le segment à prospecter en priorité (avant d'y construire des personas), "
        "vous partez des "
        "commandes déjà signées (tableau « Commandes » de vos données, 2024-2025, colonne "
        "« Secteur de l'entreprise » renseignée). Parmi les secteurs proposés, **lequel a le "
        "panier moyen (CA HT ÷ nombre de commandes) le plus élevé** ?"
    )


def options(p):
    opts = []
    for s, st in p["secteurs"].items():
        retour = (
            f"{euros(st['ca'], 0)} pour {st['commandes']} commandes : panier moyen de "
            f"{euros(st['panier'], 0)}."
        )
        if s == p["premier_ca"] and s != p["meilleur"]:
            retour += " C'est le secteur au plus fort CA total, pas au plus fort panier moyen."
        opts.append(Option(cle=s, libelle=s, correct=s == p["meilleur"], retour=retour))
    return opts
