"""Vérifier ce qu'un outil d'IA a produit : source primaire, date, unité, périmètre."""

from autograder.moteur.formats import ChoixMultiple, Option, tirer_options

TITRE = "Vérifier une réponse d'IA"
CRITERES = ()  # aucun critère : un quiz de connaissance (data/exercices/README.md)
POINTS = 2
FORMAT = ChoixMultiple()

BANQUE = [
    (
        "primaire",
        "Remonter à la source primaire (le texte officiel, l'étude, le communiqué) "
        "de chaque chiffre avant de le reprendre.",
        True,
        "c'est la seule vérification qui compte : l'IA reformule, la source fait foi.",
    ),
    (
        "date",
        "Vérifier la date de l'information : une donnée exacte il y a deux ans peut être "
        "fausse aujourd'hui.",
        True,
        "une IA mélange volontiers des informations de dates différentes.",
    ),
    (
        "unite",
        "Vérifier l'unité : points ou %, HT ou TTC, par mois ou par an.",
        True,
        "une unité changée suffit à rendre un chiffre faux.",
    ),
    (
        "perimetre",
        "Vérifier le périmètre : la France, l'Europe ou le monde ; un secteur ou "
        "toute l'industrie.",
        True,
        "un chiffre européen présenté comme français trompe le lecteur.",
    ),
    (
        "noms",
        "Vérifier que chaque entreprise citée existe et que l'information lui appartient bien.",
        True,
        "une IA peut attribuer un fait au mauvais concurrent.",
    ),
    (
        "redemander",
        "Demander à l'IA si elle est sûre : si elle confirme, c'est vérifié.",
        False,
        "faux : elle confirmera souvent son erreur ; seule la source vérifie.",
    ),
    (
        "source_citee",
        "Si l'IA cite une source, c'est que cette source existe.",
        False,
        "faux : une IA peut inventer un titre d'étude ou un organisme plausible.",
    ),
    (
        "decimales",
        "Un chiffre précis, avec des décimales, est plus fiable qu'un chiffre rond.",
        False,
        "faux : la précision d'un chiffre ne dit rien de son exactitude.",
    ),
    (
        "deux_outils",
        "Si deux outils d'IA donnent le même chiffre, il est vérifié.",
        False,
        "faux : ils peuvent reprendre la même erreur ; deux IA ne font pas deux sources.",
    ),
]


def generer(ctx):
    return {"options": tirer_options(BANQUE, ctx.rng, 3, 2)}


def enonce(p):
    return (
        "Un assistant d'IA vous a rendu une synthèse chiffrée du marché. **Cochez les bonnes "
        "pratiques de vérification avant de la transmettre à votre responsable.**"
    )


def options(p):
    return [Option(*o) for o in p["options"]]
