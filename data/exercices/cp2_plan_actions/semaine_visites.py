"""Choisir le plan de la semaine : le moins de km, sans dépasser la conduite maximale par jour."""

from autograder.metier import organisation as org
from autograder.moteur.formats import Choix, Option
from autograder.moteur.nombres import nombre

TITRE = "Planifier la semaine de visites"
# Organiser les visites de son secteur à partir de ses propres distances, sous la contrainte de
# sécurité de l'entreprise : le plan de terrain élaboré selon la géographie du secteur, comme la
# tournée optimisée (km_tournee). Voir data/exercices/README.md.
CRITERES = ("CP2.1",)
POINTS = 2
FORMAT = Choix()
DONNEES = ("semaine",)

RETOURS = {
    "juste": "Oui : c'est le plan le plus court parmi ceux qui respectent la règle de conduite.",
    "piege": "Non : c'est le plus court, mais un de ses jours dépasse la conduite maximale : "
    "la fatigue au volant est un risque, et la règle s'applique avant les km.",
    "crm": "Non : l'ordre alphabétique de l'export ne tient aucun compte de la géographie.",
    "long": "Non : il respecte la règle, mais un autre plan qui la respecte fait moins de km.",
}


def generer(ctx):
    s = ctx.donnees["semaine"]
    cles = list(s["plans"])
    ctx.rng.shuffle(cles)
    plans = {}
    for k in cles:
        e = org.evaluer_plan(s["matrice"], s["plans"][k])
        plans[k] = {"texte": org.decrire_plan(s, s["plans"][k]), **e}
    r = org.regles()
    return {
        "ordre": cles,
        "plans": plans,
        "max": r["conduite_max_jour_min"],
        "vitesse": r["vitesse_moyenne_kmh"],
    }


def enonce(p):
    return (
        "Quatre plans possibles pour vos visites du lundi au jeudi (deux clients par jour, "
        "départ et retour au siège chaque jour). Règle d'Hydralis : **au plus "
        f"{nombre(p['max'], 0)} minutes de conduite par jour**, à {nombre(p['vitesse'], 0)} km/h "
        f"de moyenne, soit au plus {nombre(p['max'] / 60 * p['vitesse'], 1)} km par jour. "
        "**Quel plan retenez-vous ?** Celui qui respecte la règle chaque jour et fait "
        "le moins de km sur la semaine (calculez les km de chaque jour avec la feuille "
        "« Semaine (km routiers) »)."
    )


def options(p):
    lettres = "ABCD"
    return [
        Option(k, f"Plan {lettres[i]} — {p['plans'][k]['texte']}", k == "juste", RETOURS[k])
        for i, k in enumerate(p["ordre"])
    ]


def explication(p):
    lignes = []
    for i, k in enumerate(p["ordre"]):
        e = p["plans"][k]
        jours = " + ".join(nombre(j, 0) for j in e["jours"])
        lignes.append(
            f"Plan {'ABCD'[i]} : {jours} = {nombre(e['km'], 0)} km ; jour le plus long "
            f"{nombre(e['conduite_max'], 0)} min ({'respecte' if e['respecte'] else 'dépasse'} la règle)."
        )
    return " ".join(lignes)
