"""Reconnaître une proposition de stratégie de veille argumentée et étayée par les données."""

import pandas as pd

from autograder.moteur import banque
from autograder.moteur.formats import Choix, Option

TITRE = "Une proposition de veille argumentée"
CRITERES = ()  # aucun critère : voir la règle de data/exercices/README.md
POINTS = 2
FORMAT = Choix()
DONNEES = ("veille", "carte")


def generer(ctx):
    d = ctx.donnees
    derniere = d["veille"].groupby("type")["date"].max()
    ref = pd.Timestamp(d["date_reference"])
    jours = {t: int((ref - x).days) for t, x in derniere.items()}
    vieux = max(jours, key=jours.get)
    recent = min(jours, key=jours.get)
    contexte = banque.charger_contexte("cp1_veille")
    dist = contexte.distances(d["carte"])
    proche, loin = str(dist.idxmin()), str(dist.idxmax())
    nb = int(contexte.perimees(d["veille"], d["date_reference"], d["validite"]).sum())
    return {
        "vieux": vieux,
        "jours_vieux": jours[vieux],
        "recent": recent,
        "proche": proche,
        "loin": loin,
        "nb": nb,
        "ordre": ctx.rng.sample(["a", "b", "c", "d"], 4),
    }


def enonce(p):
    return (
        "Quatre collègues proposent une évolution du plan de veille à votre responsable. "
        "**Laquelle est argumentée et étayée par les données de votre veille** (tableaux "
        "« Veille » et « Carte des concurrents ») ?"
    )


def options(p):
    lib = banque.charger_contexte("cp1_veille").libelle_type
    textes = {
        "a": (
            f"Relancer en priorité la veille « {lib(p['vieux'])} » (dernière information il y a "
            f"{p['jours_vieux']} jours), actualiser les {p['nb']} informations périmées et créer "
            f"des alertes sur {p['proche']}, le concurrent le plus proche d'Hydralis sur la carte.",
            True,
            "juste : chaque proposition s'appuie sur un chiffre vérifiable de la veille.",
        ),
        "b": (
            "Tout surveiller, tout le temps : on ne sait jamais d'où viendra la menace.",
            False,
            "non argumentée : aucune priorité, aucun chiffre, irréaliste pour une PME.",
        ),
        "c": (
            f"Concentrer la veille sur {p['loin']}, parce que c'est le concurrent que les "
            "clients citent le plus, d'après mon impression.",
            False,
            f"une impression n'est pas une donnée ; sur la carte, {p['loin']} est le plus "
            "éloigné d'Hydralis.",
        ),
        "d": (
            f"Renforcer encore la veille « {lib(p['recent'])} », qui est le dossier le mieux alimenté.",
            False,
            "les données disent l'inverse : ce dossier est le plus à jour ; la priorité est le "
            "dossier le plus ancien.",
        ),
    }
    return [Option(k, textes[k][0], correct=textes[k][1], retour=textes[k][2]) for k in p["ordre"]]
