"""Les éléments d'une bonne consigne (prompt) pour un assistant d'IA de veille."""

from autograder.moteur import banque
from autograder.moteur.formats import ChoixMultiple, Option, tirer_options

TITRE = "Les éléments d'une bonne consigne pour l'IA"
CRITERES = ()  # choisir parmi des éléments tout faits : une connaissance (data/exercices/README.md)
POINTS = 2
FORMAT = ChoixMultiple()

BANQUE = [
    (
        "role",
        "Le rôle : « Tu es l'assistant de veille d'un fabricant de pompes industrielles "
        "qui vend aux entreprises. »",
        True,
        "le rôle cadre le vocabulaire et le niveau de détail de la réponse.",
    ),
    (
        "contexte",
        "Le contexte : Hydralis, PME lyonnaise, ses clients industriels et l'objectif "
        "de la veille.",
        True,
        "sans contexte, l'outil répond pour « une entreprise » en général.",
    ),
    (
        "tache",
        "La tâche, avec un verbe d'action : « Résume les articles joints et classe chaque "
        "information par type de veille. »",
        True,
        "une tâche précise donne une réponse utilisable.",
    ),
    (
        "contraintes",
        "Les contraintes : « N'utilise que les documents joints ; si une information "
        "manque, écris « non trouvé ». »",
        True,
        "c'est la meilleure protection contre les chiffres inventés.",
    ),
    (
        "format",
        "Le format : un tableau date / information / source / type de veille.",
        True,
        "un format imposé se vérifie et se recopie plus vite dans le fichier de veille.",
    ),
    (
        "sources",
        "Les sources : « Pour chaque ligne, cite le document et sa date. »",
        True,
        "sans source citée, rien ne se vérifie.",
    ),
    (
        "completer",
        "« Si les articles ne donnent pas de chiffre, complète avec des chiffres plausibles. »",
        False,
        "c'est demander à l'outil d'inventer : exactement ce qu'on veut éviter.",
    ),
    (
        "export",
        "L'export complet du CRM, avec les noms et les courriels des acheteurs, « pour le "
        "contexte ».",
        False,
        "des données personnelles n'ont rien à faire dans l'outil (RGPD, minimisation) ; le contexte "
        "se décrit sans elles.",
    ),
    (
        "au_mieux",
        "« Fais au mieux », sans autre précision.",
        False,
        "une consigne vague donne une réponse vague, impossible à vérifier.",
    ),
    (
        "prix_nets",
        "Les prix nets et les remises accordés à nos trois plus gros clients.",
        False,
        "secret des affaires : ces chiffres ne sortent pas de l'entreprise.",
    ),
    (
        "deviner",
        "« Donne-moi les prix nets que pratique {proche} chez nos clients. »",
        False,
        "ces prix ne sont pas publics : l'outil ne peut que les deviner, donc les inventer.",
    ),
]


def generer(ctx):
    cas = banque.charger_contexte("cp1_veille").donnees_cas()
    objectif = ctx.rng.choice(cas["objectifs"])["texte"]
    proche = str(banque.charger_contexte("cp1_veille").distances(ctx.donnees["carte"]).idxmin())
    return {"objectif": objectif, "proche": proche, "options": tirer_options(BANQUE, ctx.rng, 4, 3)}


def enonce(p):
    return (
        f"Votre responsable veut **{p['objectif']}**. Vous préparez la consigne (le « prompt ») "
        "que vous donnerez à l'assistant d'IA validé par l'entreprise pour résumer les articles "
        "collectés. **Cochez les éléments qui ont leur place dans cette consigne.**"
    )


def options(p):
    return [Option(c, lib.format(proche=p["proche"]), ok, r) for c, lib, ok, r in p["options"]]


def explication(p):
    return (
        "Une bonne consigne tient en six rubriques : rôle, contexte, tâche, contraintes, format, "
        "sources à citer. Elle ne contient ni donnée personnelle ni secret d'affaires, et elle "
        "interdit à l'outil de compléter ce qu'il ne trouve pas."
    )
