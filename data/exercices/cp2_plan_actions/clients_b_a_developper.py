"""Opportunités de développement : les clients B dont on capte peu du potentiel."""

from autograder.metier import plan_actions as pa
from autograder.moteur.formats import Nombre, pieges_distincts
from autograder.moteur.nombres import pourcent

TITRE = "Clients B à fort potentiel de développement"
CRITERES = ("CP2.4",)
POINTS = 2
FORMAT = Nombre(unite="clients", tolerance=0, bornes=(0, 1000), decimales=0)
VARIABLE = "nb_clients_b_a_developper"
DONNEES = ("clients",)
SEUIL = 0.5


def _compter(classes, classe):
    ok = classes["ca"] / classes["potentiel"] < SEUIL
    if classe is not None:
        ok &= classes["classe"] == classe
    return int(ok.sum())


def generer(ctx):
    c = ctx.donnees["clients"]
    par_ca, par_marge = pa.classer_abc(c, "ca"), pa.classer_abc(c, "marge")
    return {
        "seuil": SEUIL,
        "b": _compter(par_ca, "B"),
        "tous": _compter(par_ca, None),
        "b_marge": _compter(par_marge, "B"),
        "a": _compter(par_ca, "A"),
    }


def enonce(p):
    return (
        "Dans le tableau « Clients » de vos données, la colonne « Potentiel annuel HT » estime "
        "ce que chaque client achète par an en pompes et en maintenance, tous fournisseurs "
        "confondus. Le **taux de pénétration** est CA Hydralis ÷ potentiel. Combien de **clients "
        "B** (classement ABC sur le CA, comme à la question précédente) ont un taux de pénétration "
        f"**inférieur à {pourcent(p['seuil'], 0)}** ? Dans votre tableur, ajoutez une colonne "
        "pour ce taux, filtrez, comptez, et tapez le nombre dans le champ."
    )


def solution(p):
    return p["b"]


def diagnostics(p):
    return pieges_distincts(
        FORMAT,
        solution(p),
        [
            (
                p["tous"],
                "Vous avez compté tous les clients ; la question ne porte que sur les clients B.",
            ),
            (p["b_marge"], "Classez sur le CA, pas sur la marge."),
            (p["a"], "Ce sont les clients A ; la question porte sur les clients B."),
        ],
    )


def explication(p):
    return (
        "`t` = classement ABC sur le CA ; `masque = (t['classe'] == 'B') & "
        f"(t['ca'] / t['potentiel'] < {p['seuil']})` ; `masque.sum()`."
    )
