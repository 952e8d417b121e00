"""Recalculer avec la carte l'écart de prix qu'une IA a mal chiffré (points d'indice, pas %)."""

from autograder.metier.veille_ia import elide
from autograder.moteur.formats import Nombre, pieges_distincts
from autograder.moteur.nombres import nombre

TITRE = "Recalculer l'écart de prix annoncé par l'IA"
# L'apprenant établit lui-même, avec les données de veille, le chiffre du positionnement que la
# note doit porter : l'analyse du positionnement étayée par les données (comme
# concurrent_le_plus_proche).
CRITERES = ("CP1.5",)
POINTS = 2
FORMAT = Nombre(unite="points d'indice", tolerance=0.05, bornes=(-100, 100), decimales=1)
DONNEES = ("carte",)


def generer(ctx):
    carte = ctx.donnees["carte"]
    h = float(carte.loc[carte["acteur"] == "Hydralis", "prix"].iloc[0])
    autres = carte[(carte["acteur"] != "Hydralis") & ((carte["prix"] - h).abs() >= 3)]
    c = autres.iloc[ctx.rng.randrange(len(autres))]
    ecart = round(h - float(c["prix"]), 1)
    faux = abs(ecart)
    while abs(faux - abs(ecart)) < 0.5:  # the AI's figure is always wrong
        faux = round(abs(ecart) * ctx.rng.choice([1.5, 2.0, 0.5]) + ctx.rng.choice([1, 2, 3]), 1)
    return {
        "concurrent": str(c["acteur"]),
        "h": h,
        "c": float(c["prix"]),
        "faux": faux,
        "sens": "plus cher" if ecart > 0 else "moins cher",
    }


def enonce(p):
    return (
        f"La note de l'assistant d'IA affirme : « Hydralis est {nombre(p['faux'], 1)} points "
        f"{p['sens']} {elide('que', p['concurrent'])}. » **Recalculez l'écart réel avec votre tableau "
        f"« Carte des concurrents »** : indice de prix d'Hydralis moins indice de prix "
        f"{elide('de', p['concurrent'])}, en points d'indice (négatif si Hydralis est moins cher), arrondi "
        "au dixième."
    )


def solution(p):
    return round(p["h"] - p["c"], 1)


def diagnostics(p):
    juste = solution(p)
    return pieges_distincts(
        FORMAT,
        juste,
        [
            (
                round(p["c"] - p["h"], 1),
                "Le signe est inversé : c'est Hydralis moins le concurrent.",
            ),
            (
                round((p["h"] / p["c"] - 1) * 100, 1),
                "C'est un écart relatif en %, pas un écart en points d'indice : vérifiez "
                "toujours l'unité d'un chiffre.",
            ),
            (p["faux"], "C'est le chiffre de l'IA, recopié : il faut le recalculer avec la carte."),
            (
                -p["faux"],
                "C'est le chiffre de l'IA, recopié : il faut le recalculer avec la carte.",
            ),
        ],
    )


def explication(p):
    return (
        f"Écart = {nombre(p['h'], 1)} − {nombre(p['c'], 1)} = {nombre(solution(p), 1)} points "
        "d'indice. Un chiffre rédigé par une IA se recalcule toujours à partir de la donnée "
        "d'origine, dans la bonne unité."
    )
