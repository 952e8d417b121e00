"""Tri automatique : la part d'avis négatifs selon le lexique, sur la période de veille."""

from autograder.metier import ereputation
from autograder.metier.ereputation import mois_en_clair
from autograder.moteur import banque
from autograder.moteur.formats import Nombre, pieges_distincts

TITRE = "Part d'avis négatifs selon le lexique"
CRITERES = ("CP5.3",)
POINTS = 2
FORMAT = Nombre(unite="%", tolerance=0.1, bornes=(0, 100), decimales=1)
VARIABLE = "part_negatifs"
DONNEES = ("avis",)


def _notes(p):
    ctx = banque.charger_contexte("cp5_image")
    avis = ereputation.scorer(ereputation.charger_avis())
    return avis, ctx.dans_la_fenetre(avis, p["debut"], p["fin"])


def generer(ctx):
    d = ctx.donnees
    return {"debut": d["debut"], "fin": d["fin"]}


def enonce(p):
    return (
        "La colonne « Classement du lexique » du tableau « Avis clients » donne le verdict du "
        "tri automatique de chaque avis. Calculez la **part des avis classés « négatif » par le "
        "lexique, tous canaux confondus, sur votre période de veille "
        f"({mois_en_clair(p['debut'])} à {mois_en_clair(p['fin'])}, inclus)**, et tapez-la dans "
        "le champ (en %, à 0,1 point près)."
    )


def solution(p):
    _, dans = _notes(p)
    return float((dans["polarite"] == "négatif").mean())


def diagnostics(p):
    avis, dans = _notes(p)
    return pieges_distincts(
        FORMAT,
        solution(p),
        [
            (
                float((dans["note"] <= 2).mean()),
                "Vous avez compté les avis à 1 ou 2 étoiles : la question porte sur le tri du "
                "lexique (colonne `polarite`), qui ne voit pas toujours la même chose que les "
                "étoiles.",
            ),
            (
                float((avis["polarite"] == "négatif").mean()),
                "C'est la part sur toutes les données : limitez-vous aux mois de votre veille.",
            ),
            (
                float((dans["polarite"] != "positif").mean()),
                "Vous avez compté aussi les avis neutres.",
            ),
        ],
    )


def explication(p):
    return (
        "La moyenne d'une condition vraie/fausse donne une part : "
        "`(dans['polarite'] == 'négatif').mean()`. Comparez-la ensuite à la part d'avis à 1 ou 2 "
        "étoiles : l'écart vient des avis que le lexique lit mal (ironie, faits sans mot chargé)."
    )
