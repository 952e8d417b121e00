"""L'écart en nombre de commandes : réalisé − objectif (CP8.2, CT4.2)."""

from autograder.calculs import ecart
from autograder.metier.bilan import activite as bilan
from autograder.moteur.formats import Nombre, pieges_distincts
from autograder.moteur.nombres import nombre

TITRE = "Écart sur le nombre de commandes"
CRITERES = ("CP8.1",)
POINTS = 2
FORMAT = Nombre(unite="commandes", tolerance=0.4, bornes=(-1000, 1000), decimales=0)
VARIABLE = "ecart_commandes"
DONNEES = ("commandes",)


def generer(ctx):
    d = ctx.donnees
    qui, p, c = d["commercial"], d["periode"], d["commandes"]
    return {
        "commercial": qui,
        "trimestre": d["trimestre"],
        "realise": int((p.contient(c["date"]) & (c["commercial"] == qui)).sum()),
        "realise_annee": int((c["date"].str.startswith("2025") & (c["commercial"] == qui)).sum()),
        "objectif": bilan.objectifs(p, qui)["commandes"],
        "objectif_annuel": bilan.objectifs(bilan.periode("2025"), qui)["commandes"],
    }


def enonce(p):
    return (
        f"L'objectif de {p['commercial']} au T{p['trimestre']} 2025 est de "
        f"**{nombre(p['objectif'])} commandes**. Comptez ses commandes du trimestre dans le "
        "tableau « Commandes » de vos données et tapez dans le champ **l'écart au sens du "
        "cours** : réalisé − objectif (positif si l'objectif est dépassé)."
    )


def solution(p):
    return ecart(p["realise"], p["objectif"])


def diagnostics(p):
    return pieges_distincts(
        FORMAT,
        solution(p),
        [
            (ecart(p["objectif"], p["realise"]),
             "Signe inversé : l'écart est réalisé − objectif (négatif = retard)."),
            (ecart(p["realise_annee"], p["objectif"]),
             "Vous avez compté les commandes de toute l'année : limitez-vous au trimestre."),
            (ecart(p["realise"], p["objectif_annuel"]),
             "Vous avez pris l'objectif annuel : prenez celui du trimestre."),
            (p["realise"], "C'est le réalisé, pas l'écart à l'objectif."),
        ],
    )  # fmt: skip


def explication(p):
    return (
        f"Écart = réalisé − objectif = {nombre(p['realise'])} − {nombre(p['objectif'])} : "
        "`ecart(realise, objectif)`."
    )
