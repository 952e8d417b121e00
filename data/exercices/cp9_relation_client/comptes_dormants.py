"""Compter les comptes dormants : des clients qui ne commandent plus depuis N mois."""

import pandas as pd

from autograder.metier.fidelisation import comptes_dormants
from autograder.moteur.formats import Nombre, pieges_distincts

TITRE = "Combien de comptes dormants ?"
CRITERES = ()  # un comptage une fois fait, pas encore une action de fidélisation (README)
POINTS = 2
FORMAT = Nombre(unite="comptes", tolerance=0, bornes=(0, 5000), decimales=0)
DONNEES = ("entreprises", "commandes")


def limite(d) -> str:
    """The last order date of a dormant account: the reference date minus N months."""
    jour = pd.Timestamp(d["reference"]) - pd.DateOffset(months=d["mois_dormance"])
    return jour.strftime("%Y-%m-%d")


def generer(ctx):
    d = ctx.donnees
    borne = limite(d)
    dormants = comptes_dormants(d["commandes"], d["entreprises"], borne)
    avec_anciens = comptes_dormants(
        d["commandes"], d["entreprises"], borne, ("client", "ancien_client")
    )
    acheteurs = d["commandes"]["entreprise_id"].nunique()
    return {
        "mois": d["mois_dormance"],
        "limite": borne,
        "dormants": len(dormants),
        "avec_anciens": len(avec_anciens),
        "actifs": acheteurs - len(avec_anciens),
    }


def _date(iso: str) -> str:
    a, m, j = iso.split("-")
    return f"{j}/{m}/{a}"


def enonce(p):
    return (
        f"Hydralis appelle **compte dormant** une entreprise au statut « client » qui n'a passé "
        f"**aucune commande depuis {p['mois']} mois** : sa dernière commande (tableau "
        f"« Commandes ») date du {_date(p['limite'])} ou d'avant. Les entreprises sans aucune "
        "commande dans la base ne comptent pas (on ne sait pas quand elles ont acheté). "
        "**Combien de comptes dormants** avez-vous ? Tapez le nombre dans le champ."
    )


def solution(p):
    return p["dormants"]


def _pieges(p):
    return [
        (
            p["avec_anciens"],
            "Vous avez compté les **anciens clients** : ils ont résilié, ce n'est plus de la "
            "réactivation mais de la reconquête. Gardez le statut « client ».",
        ),
        (
            p["actifs"],
            "C'est le nombre d'entreprises qui ont commandé **après** la date limite : les "
            "comptes actifs, pas les dormants.",
        ),
    ]


def explication(p):
    return (
        "Dernière commande par entreprise (la date la plus récente du tableau « Commandes »), "
        f"puis : statut « client » et dernière commande au plus tard le {_date(p['limite'])}. "
        "Un tableau croisé dynamique (Max de la date par N° entreprise) fait le premier pas."
    )


def diagnostics(p):
    return pieges_distincts(FORMAT, solution(p), _pieges(p))
