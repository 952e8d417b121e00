"""Répondre publiquement à un avis négatif : la réponse qui protège l'image de l'entreprise."""

from autograder.moteur.formats import Choix, Option

TITRE = "Répondre à un avis négatif"
CRITERES = ("CT1.1",)
POINTS = 1
FORMAT = Choix()

BONNE = (
    "bonne",
    "Merci d'avoir pris le temps de nous écrire. Nous regrettons ce désagrément et "
    "comprenons la gêne pour votre production. Notre responsable SAV vous appelle aujourd'hui "
    "pour trouver une solution avec vous.",
    True,
    "remercie, reconnaît sans se justifier, propose une action concrète et passe en privé pour "
    "les détails : les futurs clients qui lisent voient une entreprise à l'écoute.",
)
MAUVAISES = [
    (
        "faux_avis",
        "Nous ne trouvons pas votre entreprise dans notre fichier : cet avis est sans doute faux.",
        False,
        "accuser un client de mentir, en public, aggrave la crise ; si l'avis semble faux, on le "
        "signale à la plateforme et on répond poliment.",
    ),
    (
        "blame",
        "Votre technicien n'avait pas respecté la notice : la panne vient de votre installation.",
        False,
        "rejeter la faute publiquement, avec des détails techniques du client, humilie "
        "l'auteur : les faits se discutent en privé.",
    ),
    (
        "silence",
        "Ne pas répondre : l'avis sera vite noyé sous les autres.",
        False,
        "un avis sans réponse laisse croire que l'entreprise n'écoute pas ; les acheteurs lisent "
        "surtout les avis négatifs et leurs réponses.",
    ),
    (
        "remise",
        "Pour nous faire pardonner, 20 % de remise sur votre prochaine commande si vous "
        "retirez votre avis.",
        False,
        "acheter le retrait d'un avis est une pratique commerciale trompeuse, et la remise "
        "publique sera réclamée par tous.",
    ),
    (
        "copie",
        "Merci pour votre retour. (La même réponse type, copiée sous tous les avis.)",
        False,
        "une réponse générique montre qu'on n'a pas lu l'avis : elle ne reconnaît rien et ne "
        "propose rien.",
    ),
]


def generer(ctx):
    d = ctx.donnees["avis_a_repondre"]
    options = [list(BONNE)] + [list(o) for o in ctx.rng.sample(MAUVAISES, 3)]
    ctx.rng.shuffle(options)
    return {"avis": d, "options": options}


def enonce(p):
    a = p["avis"]
    return (
        f"Le {a['date']}, sur le canal « {a['canal']} », un client ({a['auteur']}) a laissé "
        f"**{a['note']} étoile{'s' if a['note'] > 1 else ''}** : « {a['texte']} »\n\n"
        "**Quelle réponse publique publiez-vous au nom d'Hydralis ?**"
    )


def options(p):
    return [Option(*o) for o in p["options"]]


def explication(p):
    return (
        "Une bonne réponse à un avis négatif : rapide (sous 24 à 48 heures), personnalisée, "
        "courtoise ; elle remercie, reconnaît le problème, propose une solution et un contact "
        "direct, sans donnée personnelle ni détail confidentiel."
    )
