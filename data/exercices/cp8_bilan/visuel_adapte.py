"""Un visuel adapté à l'objet et au destinataire du compte rendu (CT1.4)."""

from autograder.moteur.formats import Choix, Option

TITRE = "Le bon graphique pour la direction"
CRITERES = ("CT1.4",)
POINTS = 1
FORMAT = Choix()

OPTIONS = [
    ("barres", "Des barres horizontales du taux de réalisation de chaque indicateur, un repère "
     "à 100 %, la valeur écrite au bout de chaque barre et un motif sur les barres sous "
     "l'objectif.", True,
     "Une lecture en cinq secondes : atteint ou non, de combien, sans dépendre des couleurs."),
    ("camembert", "Un camembert du CA de chaque mois du trimestre.", False,
     "Un camembert montre des parts d'un tout, pas un écart à un objectif."),
    ("brut", "La liste de toutes les commandes et de tous les leads du trimestre.", False,
     "Des données brutes ne sont pas une synthèse : le lecteur doit tout recalculer."),
    ("feux", "Des pastilles rouges et vertes, sans chiffres.", False,
     "La couleur seule exclut les lecteurs daltoniens et cache l'ampleur des écarts."),
    ("3d", "Des cylindres en 3D de l'objectif et du réalisé, en perspective.", False,
     "La perspective déforme les hauteurs : les écarts deviennent illisibles."),
]  # fmt: skip


def generer(ctx):
    options = [list(o) for o in OPTIONS]
    ctx.rng.shuffle(options)
    return {"trimestre": ctx.donnees["trimestre"], "options": options}


def enonce(p):
    return (
        f"Votre compte rendu du T{p['trimestre']} 2025 est lu par la directrice commerciale, "
        "en réunion, sur une seule diapositive. Elle veut savoir **si chaque objectif est "
        "atteint et de combien**. **Quel visuel choisissez-vous ?**"
    )


def options(p):
    return [Option(*o) for o in p["options"]]
