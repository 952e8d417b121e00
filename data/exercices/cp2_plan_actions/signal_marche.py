"""Ajuster le plan quand le marché change : quelles actions revoir ?"""

from autograder.moteur.formats import ChoixMultiple, Option

TITRE = "Un signal du marché : quelles actions ajuster ?"
CRITERES = ("CP2.3",)
POINTS = 2
FORMAT = ChoixMultiple()


def generer(ctx):
    plan = ctx.donnees["plan"]
    s = ctx.donnees["signal"]
    return {
        "signal": {k: s[k] for k in ("id", "type", "texte", "justification")},
        "a_ajuster": list(s["actions"]),
        "actions": [[str(r.id), str(r.action)] for r in plan.itertuples()],
    }


def enonce(p):
    return (
        f"**Veille ({p['signal']['type']})** : {p['signal']['texte']}\n\n"
        "Parmi les actions du plan (diagramme de Gantt plus haut), **cochez celles qu'il faut "
        "ajuster** (contenu, argumentaire, calendrier ou moyens). Ne touchez pas à celles que "
        "le signal ne concerne pas."
    )


def options(p):
    return [
        Option(
            cle,
            libelle,
            correct=cle in p["a_ajuster"],
            retour=("à ajuster. " if cle in p["a_ajuster"] else "non concernée. ")
            + p["signal"]["justification"],
        )
        for cle, libelle in p["actions"]
    ]
