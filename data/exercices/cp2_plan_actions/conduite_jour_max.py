"""La conduite du jour le plus chargé, comparée à la règle de l'entreprise."""

from autograder.metier import organisation as org
from autograder.moteur.formats import Nombre, pieges_distincts
from autograder.moteur.nombres import nombre

TITRE = "Temps de conduite du jour le plus chargé"
CRITERES = ()  # un calcul de durée : une technique (data/exercices/README.md)
POINTS = 1
FORMAT = Nombre(unite="min", tolerance=1, bornes=(0, 1440), decimales=0)
DONNEES = ("semaine",)


def generer(ctx):
    s = ctx.donnees["semaine"]
    e = org.evaluer_plan(s["matrice"], s["plans"]["crm"])
    r = org.regles()
    return {
        "minutes": e["conduite_max"],
        "semaine": org.minutes_de_conduite(e["km"]),
        "heures": max(e["jours"]) / r["vitesse_moyenne_kmh"],
        "vitesse": r["vitesse_moyenne_kmh"],
        "max": r["conduite_max_jour_min"],
    }


def enonce(p):
    return (
        "Reprenez le plan du CRM de la question précédente. Hydralis retient une **vitesse "
        f"moyenne de {nombre(p['vitesse'], 0)} km/h** sur route. **Combien de minutes de conduite "
        "compte le jour le plus chargé de ce plan ?** (À la minute près.) Comparez ensuite avec "
        f"la règle de l'entreprise : au plus {nombre(p['max'], 0)} minutes de conduite par jour."
    )


def solution(p):
    return p["minutes"]


def diagnostics(p):
    return pieges_distincts(
        FORMAT,
        solution(p),
        [
            (p["heures"], "C'est une durée en heures : multipliez par 60 pour des minutes."),
            (
                p["semaine"],
                "C'est la conduite de toute la semaine : la règle porte sur une journée.",
            ),
        ],
    )


def explication(p):
    return f"Minutes = km du jour le plus long ÷ {nombre(p['vitesse'], 0)} × 60."
