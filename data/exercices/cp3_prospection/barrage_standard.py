"""L'appel de prise de rendez-vous : franchir le standard (CP3.4, CT1.2)."""

from autograder.moteur.formats import Choix, Option

TITRE = "Franchir le barrage du standard"
CRITERES = ()  # aucun critère : voir la règle de data/exercices/README.md
POINTS = 1
FORMAT = Choix()

SITUATIONS = [
    "« C'est à quel sujet ? »",
    "« Il est en réunion, vous voulez laisser un message ? »",
    "« Envoyez-nous plutôt un mail à contact@… »",
]


def generer(ctx):
    return {"replique": ctx.rng.randrange(len(SITUATIONS))}


def enonce(p):
    return (
        "Vous appelez une usine pour obtenir **l'identité du responsable maintenance** et un "
        "**rendez-vous** avec lui. La standardiste vous répond : "
        f"{SITUATIONS[p['replique']]} **Quelle est la meilleure réponse ?**"
    )


def options(p):
    return [
        Option(
            "precis",
            "« Je suis Camille Perrin, d'Hydralis, fabricant de pompes à Lyon. Je souhaite "
            "parler au responsable de la maintenance de vos pompes : pouvez-vous me donner "
            "son nom et le meilleur moment pour le joindre ? »",
            correct=True,
            retour="Oui : vous vous présentez, vous êtes bref et précis, et vous faites de la "
            "standardiste une alliée en lui demandant le nom et le bon moment.",
        ),
        Option(
            "ruse",
            "« C'est personnel, passez-le-moi s'il vous plaît. »",
            retour="Non : mensonge vite découvert, qui ferme la porte et abîme l'image de "
            "l'entreprise.",
        ),
        Option(
            "argumentaire",
            "Vous présentez en détail toute la gamme de pompes et vos tarifs à la standardiste.",
            retour="Non : ce n'est pas la décideuse ; l'argumentaire est réservé à "
            "l'interlocuteur qualifié.",
        ),
        Option(
            "abandon",
            "« D'accord, je rappellerai un autre jour. » et vous raccrochez.",
            retour="Non : vous repartez sans le nom du décideur ni un créneau pour le joindre.",
        ),
    ]
