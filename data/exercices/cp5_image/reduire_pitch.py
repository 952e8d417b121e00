"""Tenir le temps : combien de mots retirer d'un brouillon de pitch trop long ?"""

from autograder.metier import pitch
from autograder.moteur.formats import Nombre, pieges_distincts

TITRE = "Faire tenir le pitch dans son temps"
CRITERES = ()  # aucun critère : voir la règle de data/exercices/README.md
POINTS = 1
FORMAT = Nombre(unite="mots", tolerance=0, bornes=(0, 2000), decimales=0)


def generer(ctx):
    format_ = ctx.rng.choice(["30s", "60s", "2min"])
    secondes = pitch.FORMATS[format_][0]
    mots = pitch.mots_pour(secondes)
    return {"format": format_, "brouillon": ctx.rng.randint(int(mots * 1.3), int(mots * 1.9))}


def enonce(p):
    secondes, nom = pitch.FORMATS[p["format"]]
    return (
        f"Votre brouillon de pitch compte **{p['brouillon']} mots**. Vous devez le dire en "
        f"**{nom}** ({secondes} s), au débit de {pitch.DEBIT_MOTS_MINUTE} mots par minute. "
        "**Combien de mots devez-vous retirer, au minimum, pour tenir exactement dans le temps "
        "(sans marge) ?**"
    )


def solution(p):
    return p["brouillon"] - pitch.mots_pour(pitch.FORMATS[p["format"]][0])


def diagnostics(p):
    secondes = pitch.FORMATS[p["format"]][0]
    return pieges_distincts(
        FORMAT,
        solution(p),
        [
            (
                p["brouillon"] - secondes,
                "Vous avez retiré des secondes à des mots : convertissez d'abord le temps en "
                f"mots ({secondes} s × {pitch.DEBIT_MOTS_MINUTE} mots / 60 s).",
            ),
            (
                p["brouillon"] - pitch.DEBIT_MOTS_MINUTE,
                f"{pitch.DEBIT_MOTS_MINUTE} mots, c'est une minute de parole : le format est ici "
                f"de {secondes} s.",
            ),
            (
                pitch.mots_pour(secondes),
                "C'est le nombre de mots à garder, pas le nombre de mots à retirer.",
            ),
        ],
    )


def explication(p):
    secondes = pitch.FORMATS[p["format"]][0]
    garde = pitch.mots_pour(secondes)
    return (
        f"Mots qui tiennent dans le temps = {secondes} s × {pitch.DEBIT_MOTS_MINUTE} / 60 = "
        f"{garde} mots ; à retirer = {p['brouillon']} − {garde} = {solution(p)} mots. Un "
        "brouillon trop long se coupe par idées entières (une idée par partie), pas en parlant "
        "plus vite."
    )
