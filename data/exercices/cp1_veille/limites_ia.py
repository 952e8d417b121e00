"""Les outils d'intelligence artificielle en veille : ce qu'ils apportent, leurs limites."""

from autograder.moteur.formats import ChoixMultiple, Option, tirer_options

TITRE = "Les outils d'IA en veille : usages et limites"
CRITERES = ()  # a knowledge quiz: knowing the limits is not choosing the tools (mapping rule)
POINTS = 2
FORMAT = ChoixMultiple()

BANQUE = [
    (
        "verifier",
        "Un résumé produit par une IA doit être vérifié dans la source d'origine avant d'être "
        "diffusé.",
        True,
        "une IA peut inventer un chiffre ou une référence (« hallucination ») : on remonte "
        "toujours à la source.",
    ),
    (
        "confidentiel",
        "On ne colle pas dans un outil d'IA public un devis ou des données clients "
        "confidentielles.",
        True,
        "les données saisies peuvent être conservées par l'éditeur : secret des affaires et RGPD.",
    ),
    (
        "date",
        "Les connaissances d'un modèle d'IA s'arrêtent à une date : il peut ignorer une "
        "information récente.",
        True,
        "le modèle est entraîné jusqu'à une date de coupure ; l'actualité récente lui échappe.",
    ),
    (
        "tri",
        "Une IA aide à trier et résumer un grand volume d'articles collectés.",
        True,
        "c'est son meilleur usage : gagner du temps sur la lecture, pas décider à votre place.",
    ),
    (
        "source_fiable",
        "Une réponse d'IA est une source fiable : inutile de la recouper.",
        False,
        "faux : une IA n'est pas une source, elle reformule (parfois mal) des sources qu'il faut "
        "citer et recouper.",
    ),
    (
        "remplace",
        "Avec une IA, les comptes rendus de visite des commerciaux deviennent inutiles.",
        False,
        "faux : le terrain (CRM, salons, clients) apporte des informations qu'aucune IA ne "
        "connaît.",
    ),
    (
        "neutre",
        "Une IA est neutre : ses réponses ne comportent aucun biais.",
        False,
        "faux : elle reproduit les biais de ses données d'entraînement.",
    ),
    (
        "prix_concurrent",
        "Une IA connaît les prix nets pratiqués par les concurrents auprès de vos clients.",
        False,
        "faux : les prix nets négociés ne sont pas publics ; l'IA ne peut que deviner.",
    ),
]


def generer(ctx):
    return {"options": tirer_options(BANQUE, ctx.rng, 3, 2)}


def enonce(p):
    return (
        "Votre équipe envisage d'utiliser un assistant d'intelligence artificielle pour la "
        "veille. **Cochez les affirmations exactes.**"
    )


def options(p):
    return [Option(*o) for o in p["options"]]
