"""Qualifier le fichier : compter les fiches d'entreprise en double (CP3.5)."""

from autograder.moteur.formats import Nombre, pieges_distincts

TITRE = "Fiches d'entreprise en double"
CRITERES = ("CP3.5",)
POINTS = 1
FORMAT = Nombre(unite="fiches", tolerance=0, bornes=(0, 10000), decimales=0)
VARIABLE = "nb_doublons"
DONNEES = ("entreprises",)


def generer(ctx):
    from autograder.crm import cle_raison_sociale

    e = ctx.donnees["entreprises"]
    return {
        "doublons": int(len(e) - e["siren"].nunique()),
        "lignes_en_double": int(e["siren"].duplicated(keep=False).sum()),
        "meme_nom_exact": int(len(e) - e["raison_sociale"].nunique()),
        "meme_nom_normalise": int(len(e) - e["raison_sociale"].map(cle_raison_sociale).nunique()),
        "total": len(e),
    }


def enonce(p):
    return (
        "Une même entreprise a parfois été saisie deux fois dans le tableau « Entreprises », "
        "avec une raison sociale écrite autrement (casse, accents, forme juridique) mais **le "
        "même SIREN**. Combien de **fiches sont en trop** (à fusionner), c'est-à-dire le nombre "
        "de fiches moins le nombre d'entreprises distinctes ? Dans votre tableur, triez par "
        "SIREN (ou comptez les SIREN distincts), puis tapez le nombre dans le champ."
    )


def solution(p):
    return p["doublons"]


def diagnostics(p):
    return pieges_distincts(
        FORMAT,
        solution(p),
        [
            (
                p["meme_nom_exact"],
                "Vous avez comparé les raisons sociales telles quelles : « Laiterie Forez SAS » et "
                "« LAITERIE FOREZ » ne sont pas égales pour l'ordinateur. Le SIREN identifie "
                "l'entreprise sans ambiguïté.",
            ),
            (
                p["lignes_en_double"],
                "Vous avez compté toutes les fiches concernées, originaux compris "
                "(`keep=False`). Seules les fiches en trop sont à fusionner.",
            ),
            (
                p["meme_nom_normalise"],
                "Vous avez regroupé par nom normalisé : des entreprises différentes (autre SIREN, "
                "autre ville) peuvent porter le même nom. Utilisez le SIREN.",
            ),
            (p["total"], "C'est le nombre total de fiches, pas le nombre de doublons."),
        ],
    )


def explication(p):
    return (
        "Fiches en trop = nombre de fiches − nombre de SIREN distincts : `len(entreprises) - "
        'entreprises["siren"].nunique()`, ou `entreprises["siren"].duplicated().sum()`.'
    )
