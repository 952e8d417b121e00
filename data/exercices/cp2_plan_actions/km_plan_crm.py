"""Les km d'une semaine de visites planifiée dans l'ordre de l'export du CRM."""

from autograder.metier import organisation as org
from autograder.moteur.formats import Nombre, pieges_distincts

TITRE = "Kilomètres de la semaine dans l'ordre du CRM"
CRITERES = ()  # additionner des distances lues dans un tableau : une technique (data/exercices/README.md)
POINTS = 1
FORMAT = Nombre(unite="km", tolerance=0.5, bornes=(0, 5000), decimales=0)
DONNEES = ("semaine",)


def generer(ctx):
    s = ctx.donnees["semaine"]
    m, plan = s["matrice"], s["plans"]["crm"]
    return {
        "km": org.evaluer_plan(m, plan)["km"],
        "aller": sum(m[0][a] + m[a][b] for a, b in plan),
        "sans_siege": sum(m[a][b] for a, b in plan),
        "plan": org.decrire_plan(s, plan),
    }


def enonce(p):
    return (
        "Votre CRM propose de visiter vos huit clients de la semaine **deux par jour, dans "
        f"l'ordre de son export** : {p['plan']}. Chaque jour, vous partez du siège, visitez les "
        "deux clients et rentrez au siège. Avec la feuille « Semaine (km routiers) », **combien "
        "de km ce plan fait-il parcourir sur les quatre jours ?**"
    )


def solution(p):
    return p["km"]


def diagnostics(p):
    return pieges_distincts(
        FORMAT,
        solution(p),
        [
            (p["aller"], "Vous avez oublié le retour au siège chaque soir."),
            (p["sans_siege"], "Vous n'avez compté que le trajet entre les deux clients du jour."),
        ],
    )


def explication(p):
    return "Chaque jour : siège → client 1 + client 1 → client 2 + client 2 → siège ; puis la somme des quatre jours."
