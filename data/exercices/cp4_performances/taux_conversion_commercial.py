"""Taux de conversion leads -> ventes d'un commercial sur l'année."""

from autograder.calculs import taux_de_conversion
from autograder.moteur.formats import Nombre
from autograder.moteur.nombres import nombre

TITRE = "Taux de conversion d'un commercial"
CRITERES = ("CP4.1",)
POINTS = 1
FORMAT = Nombre(unite="%", tolerance=0.1, bornes=(0, 100), decimales=1)


def generer(ctx):
    v = ctx.donnees["ventes"]
    noms = sorted(v["commercial"].unique())
    nom = ctx.rng.choice(noms)
    lignes = v[v["commercial"] == nom]
    return {
        "commercial": nom,
        "leads": int(lignes["leads"].sum()),
        "rendez_vous": int(lignes["rendez_vous"].sum()),
        "devis": int(lignes["devis"].sum()),
        "ventes": int(lignes["ventes"].sum()),
    }


def enonce(p):
    return (
        f"Sur l'année 2025, **{p['commercial']}** a reçu {nombre(p['leads'])} leads, obtenu "
        f"{nombre(p['rendez_vous'])} rendez-vous, envoyé {nombre(p['devis'])} devis et conclu "
        f"{nombre(p['ventes'])} ventes. Quel est son **taux de conversion des leads en ventes** "
        "(en %, à 0,1 point près) ?"
    )


def solution(p):
    return taux_de_conversion(p["ventes"], p["leads"])


def diagnostics(p):
    return [
        (
            taux_de_conversion(p["ventes"], p["rendez_vous"]),
            "Vous avez rapporté les ventes aux "
            "rendez-vous : c'est le taux de transformation des rendez-vous. La consigne demande "
            "ventes ÷ leads.",
        ),
        (
            taux_de_conversion(p["ventes"], p["devis"]),
            "Vous avez rapporté les ventes aux devis "
            "(taux de signature des devis). La consigne demande ventes ÷ leads.",
        ),
        (
            taux_de_conversion(p["rendez_vous"], p["leads"]),
            "C'est le taux de prise de rendez-vous "
            "(rendez-vous ÷ leads), pas le taux de conversion en ventes.",
        ),
    ]


def explication(p):
    return "Taux de conversion = nombre de ventes ÷ nombre de leads, sur la même période."
