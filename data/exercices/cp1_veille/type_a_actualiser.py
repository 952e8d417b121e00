"""Quel dossier de veille n'a plus été alimenté depuis le plus longtemps ?"""

import pandas as pd

from autograder.moteur import banque
from autograder.moteur.formats import Choix, Option

TITRE = "Le dossier de veille à relancer en priorité"
CRITERES = ("CP1.3",)
POINTS = 1
FORMAT = Choix()
DONNEES = ("veille",)


def generer(ctx):
    d = ctx.donnees
    derniere = d["veille"].groupby("type")["date"].max()
    ref = pd.Timestamp(d["date_reference"])
    return {"jours": {t: int((ref - date).days) for t, date in derniere.items()}}


def enonce(p):
    return (
        "Pour chaque type de veille, regardez la date de l'information **la plus récente** du "
        "tableau « Veille » de vos données. **Quel type de veille n'a plus été alimenté depuis "
        "le plus longtemps (et doit être relancé en priorité) ?**"
    )


def options(p):
    pire = max(p["jours"], key=p["jours"].get)
    return [
        Option(
            t,
            banque.charger_contexte("cp1_veille").libelle_type(t),
            correct=t == pire,
            retour=f"dernière information il y a {j} jours"
            + (" : c'est le dossier le plus ancien." if t == pire else "."),
        )
        for t, j in sorted(p["jours"].items())
    ]
