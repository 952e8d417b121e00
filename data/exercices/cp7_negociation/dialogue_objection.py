"""Traiter une objection de façon factuelle : creuser, reformuler, argumenter avec preuve, contrôler."""

from autograder.metier.negociation import dialogue as nd
from autograder.moteur.formats import Personnalise

TITRE = "Dialogue : traiter l'objection de l'acheteur"
CRITERES = ("CP7.7", "CP7.6", "CT3.4")
POINTS = 4
FORMAT = Personnalise()


def generer(ctx):
    # melange: this learner's order of the replies (the best one is not always listed first)
    return {"persona": ctx.donnees["persona"], "melange": ctx.rng.getrandbits(32)}


def enonce(p):
    q = p["persona"]
    return (
        f"Au milieu du rendez-vous, {q['interlocuteur']['nom']} soulève une objection : "
        f"{q['objection']['titre']}. **Choisissez vos répliques une à une.** Chaque réplique "
        "est notée sur la technique employée (0 à 2 points) ; une mauvaise réplique oriente la "
        "suite du dialogue."
    )


def lire(p, brute):
    return nd.lire_dialogue(p["persona"]["objection"], brute)


def noter(p, reponse):
    return nd.noter_dialogue(p["persona"]["objection"], reponse)


def solution(p):
    return {"choix": nd.meilleur_chemin(p["persona"]["objection"])}


def saisie(p, valeur, enregistrer):
    from autograder.widgets import negociation as negociation_widget

    return negociation_widget.dialogue(p["persona"], valeur, enregistrer, melange=p.get("melange"))


def explication(p):
    return (
        "Méthode CRAC : Creuser (comprendre l'objection), Reformuler (la faire valider), "
        "Argumenter avec une preuve (chiffre, référence, mesure), Contrôler (vérifier qu'elle "
        "est levée et fixer la suite)."
    )


def reponse_fausse(p):
    """A stored answer worth 0 (for the generic « wrong answer » tests)."""
    return {"choix": nd.pire_chemin(p["persona"]["objection"])}
