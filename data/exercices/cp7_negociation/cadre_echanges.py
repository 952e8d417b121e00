"""Définir le cadre des échanges : un ordre du jour minuté, proposé et validé."""

from autograder.moteur.formats import Choix, Option, tirer_options

TITRE = "L'ordre du jour du rendez-vous"
CRITERES = ("CT3.3",)
POINTS = 2

BANQUE = [
    (
        "minute",
        "« Je vous propose 60 minutes en cinq temps : 5 min pour valider l'ordre du jour, "
        "10 min pour revoir ensemble vos besoins, 20 min de présentation de la solution adaptée "
        "à vos priorités, 20 min pour les conditions, 5 min pour décider de la suite. Cela vous "
        "convient-il ? »",
        True,
        "Ordre du jour minuté, centré sur les besoins du client, et soumis à sa validation : le "
        "cadre est défini avec les interlocuteurs.",
    ),
    (
        "flou",
        "« Je préfère ne pas fixer d'ordre du jour : restons flexibles et voyons où la "
        "discussion nous mène. »",
        False,
        "Sans cadre, la négociation dérive et le temps manque pour conclure ; le client ne sait "
        "pas ce qu'on attend de lui.",
    ),
    (
        "catalogue",
        "« Je vais d'abord vous présenter toute notre gamme pendant 45 minutes, puis nous "
        "verrons vos questions. »",
        False,
        "Une présentation catalogue n'est pas personnalisée : elle ne part pas des besoins et "
        "ne laisse pas de temps à la négociation.",
    ),
    (
        "prix",
        "« Commençons par le prix, c'est ce qui vous intéresse : le reste ira vite. »",
        False,
        "Ouvrir par le prix réduit la solution à un coût avant d'en avoir montré la valeur.",
    ),
    (
        "impose",
        "« Voici l'ordre du jour que j'ai fixé ; nous n'avons pas le temps d'en discuter. »",
        False,
        "Un cadre imposé sans validation crée une tension : il se définit avec les "
        "interlocuteurs, pas contre eux.",
    ),
]
FORMAT = Choix()


def generer(ctx):
    inter = ctx.donnees["persona"]["interlocuteur"]
    return {"options": tirer_options(BANQUE, ctx.rng, 1, 3), "nom": inter["nom"]}


def enonce(p):
    return f"Début du rendez-vous avec {p['nom']}. **Quelle proposition de cadre faites-vous ?**"


def options(p):
    return [Option(*o) for o in p["options"]]
