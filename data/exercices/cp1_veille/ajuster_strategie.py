"""Ajuster la stratégie de veille quand le contexte évolue."""

from autograder.moteur.formats import ChoixMultiple, Option

TITRE = "Ajuster la veille à un changement de contexte"
CRITERES = ("CP1.4",)
POINTS = 2
FORMAT = ChoixMultiple()

EVENEMENTS = [
    {
        "texte": "Un règlement européen impose, dans 18 mois, un rendement minimal plus élevé "
        "pour toutes les pompes vendues.",
        "bons": ["reglementaire", "technologique", "frequence"],
        "pourquoi": "une échéance réglementaire oblige à suivre les textes d'application et les "
        "solutions techniques pour s'y conformer, plus souvent à mesure qu'elle approche.",
    },
    {
        "texte": "Un concurrent étranger s'implante à Lyon avec des prix inférieurs de 15 %.",
        "bons": ["concurrent", "terrain", "frequence"],
        "pourquoi": "un nouvel entrant se suit de près : offres, prix, clients visés, remontées "
        "des commerciaux.",
    },
    {
        "texte": "Hydralis décide de prospecter les collectivités (stations d'épuration), un "
        "marché nouveau pour elle.",
        "bons": ["marches_publics", "terrain", "reglementaire"],
        "pourquoi": "un nouveau marché demande de nouvelles sources : avis de marchés publics, "
        "règles de la commande publique, besoins remontés du terrain.",
    },
]

AJUSTEMENTS = {
    "reglementaire": "Ajouter des sources réglementaires (textes officiels, normes) au plan",
    "technologique": "Surveiller les solutions techniques des fournisseurs de moteurs et "
    "variateurs",
    "frequence": "Augmenter la fréquence de mise à jour du dossier concerné",
    "concurrent": "Créer une fiche concurrent et des alertes sur son nom",
    "terrain": "Demander aux commerciaux de remonter les informations terrain dans le CRM",
    "marches_publics": "S'abonner aux avis de marchés publics du secteur de l'eau",
    "arreter": "Arrêter la veille technologique pour dégager du temps",
    "statu_quo": "Garder le plan de veille inchangé : il a fait ses preuves",
}


def generer(ctx):
    e = ctx.rng.choice(EVENEMENTS)
    return dict(e)


def enonce(p):
    return (
        f"**Changement de contexte** : {p['texte']}\n\n"
        "**Cochez les ajustements du plan de veille qui répondent à ce changement.**"
    )


def options(p):
    opts = []
    for cle, libelle in AJUSTEMENTS.items():
        bon = cle in p["bons"]
        if cle == "arreter":
            retour = "non : réduire la veille au moment où le contexte change est un contresens."
        elif cle == "statu_quo":
            retour = "non : une stratégie de veille s'ajuste aux évolutions du contexte."
        elif bon:
            retour = "oui : " + p["pourquoi"]
        else:
            retour = "utile dans d'autres situations, mais sans lien avec ce changement."
        opts.append(Option(cle, libelle, correct=bon, retour=retour))
    return opts
