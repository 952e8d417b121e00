"""Créer des conditions favorables et poser le cadre : l'ordre des premières minutes."""

from autograder.moteur.formats import Classement, Element

TITRE = "L'ouverture du rendez-vous de négociation"
CRITERES = ("CT3.1",)
POINTS = 2

ETAPES = [
    (
        "accueil",
        "Saluer, remercier de l'accueil, échanger quelques mots pour créer un climat de confiance.",
        "Les conditions favorables se créent dès les premières secondes : ponctualité, "
        "remerciements, attention à la personne.",
    ),
    (
        "roles",
        "Faire un tour de table : qui est présent, quel rôle chacun joue dans la décision.",
        "Savoir qui décide, qui prescrit et qui utilise permet de personnaliser la suite.",
    ),
    (
        "cadre",
        "Proposer l'ordre du jour et la durée (60 minutes), et les faire valider.",
        "Le cadre des échanges se définit AVEC les interlocuteurs : objectif du rendez-vous, "
        "étapes, horaire de fin.",
    ),
    (
        "besoins",
        "Reformuler les besoins et les enjeux recueillis lors de la découverte, et les faire "
        "confirmer.",
        "On vérifie que rien n'a changé depuis la découverte avant de présenter la solution.",
    ),
    (
        "solution",
        "Présenter la solution, besoin par besoin, avec les supports choisis pour ces "
        "interlocuteurs.",
        "La présentation vient après la validation des besoins : elle y répond point par point.",
    ),
]
FORMAT = Classement(tuple((str(k), f"Étape {k}") for k in range(1, len(ETAPES) + 1)))


def generer(ctx):
    ordre = list(range(len(ETAPES)))
    ctx.rng.shuffle(ordre)
    return {"ordre": ordre, "acheteur": ctx.donnees["persona"]["interlocuteur"]["nom"]}


def enonce(p):
    return (
        f"Vous arrivez chez {p['acheteur']} pour le rendez-vous de négociation (60 minutes). "
        "**Remettez dans l'ordre les cinq premières étapes de l'entretien** (étape 1 = la "
        "première)."
    )


def elements(p):
    return [Element(ETAPES[i][0], ETAPES[i][1], str(i + 1), ETAPES[i][2]) for i in p["ordre"]]


def explication(p):
    return (
        "Ordre attendu : accueil, tour de table, cadre (ordre du jour et durée validés), "
        "reformulation des besoins, présentation de la solution."
    )
