"""Le CO2 évité par le plan retenu face au plan du CRM."""

from autograder.metier import organisation as org
from autograder.metier import plan_actions as pa
from autograder.moteur.formats import Nombre, pieges_distincts
from autograder.moteur.nombres import nombre

TITRE = "CO2 évité par la semaine bien organisée"
CRITERES = ()  # km × facteur d'émission : une conversion (data/exercices/README.md)
POINTS = 1
FORMAT = Nombre(unite="kg CO2e", tolerance=0.2, bornes=(0, 2000), decimales=1)
DONNEES = ("semaine",)


def generer(ctx):
    s = ctx.donnees["semaine"]
    km = {k: org.evaluer_plan(s["matrice"], p)["km"] for k, p in s["plans"].items()}
    f = pa.facteur_emission()
    return {"km": km, "facteur": f["valeur"], "source": f["source"]}


def enonce(p):
    return (
        "Vous retenez le plan de la question précédente (le plus court qui respecte la règle de "
        "conduite) au lieu du plan du CRM. **Combien de kg de CO2e évitez-vous sur la semaine ?** "
        f"Facteur d'émission du cas : {nombre(p['facteur'], 2)} kg CO2e par km (voiture "
        "thermique, ordre de grandeur ADEME, à vérifier). Une décimale."
    )


def solution(p):
    return (p["km"]["crm"] - p["km"]["juste"]) * p["facteur"]


def diagnostics(p):
    k, f = p["km"], p["facteur"]
    return pieges_distincts(
        FORMAT,
        solution(p),
        [
            (k["crm"] - k["juste"], "Ce sont des km : multipliez par le facteur d'émission."),
            (
                (k["crm"] - k["piege"]) * f,
                "Vous avez pris le plan le plus court, qui dépasse la conduite maximale un jour.",
            ),
            (k["juste"] * f, "C'est l'émission du plan retenu, pas ce qu'il évite."),
        ],
    )


def explication(p):
    k = p["km"]
    return (
        f"({nombre(k['crm'], 0)} − {nombre(k['juste'], 0)}) km × {nombre(p['facteur'], 2)} "
        f"= {nombre(solution(p), 1)} kg CO2e."
    )
