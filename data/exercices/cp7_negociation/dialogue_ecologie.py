"""Faire entrer la dimension écologique dans l'échange : un dialogue à embranchements où
l'apprenant choisit ses répliques (chiffres du cas, reprise de l'ancien matériel, pas
d'écoblanchiment). La transcription est enregistrée et rejouée à la correction."""

from autograder.metier.negociation import dialogue as nd
from autograder.metier.negociation import ecologie
from autograder.moteur.formats import Personnalise

TITRE = "Dialogue : la dimension écologique dans la négociation"
# The learner's own replies bring ecology into the exchange, figures and take-back included:
# evidence of CP7.5 « La dimension écologique est intégrée dans les échanges ».
CRITERES = ("CP7.5",)
POINTS = 3
FORMAT = Personnalise()


def generer(ctx):
    # melange: this learner's order of the replies (the best one is not always listed first)
    return {"persona": ctx.donnees["persona"], "melange": ctx.rng.getrandbits(32)}


def _dialogue(p):
    return ecologie.dialogue(p["persona"])


def enonce(p):
    q = p["persona"]
    return (
        f"Le rendez-vous avec {q['interlocuteur']['nom']} ({q['entreprise']}) se poursuit. "
        f"{ecologie.donnees_du_cas(q)}\n\n"
        "**Choisissez vos répliques une à une** : à vous de faire entrer la dimension écologique "
        "dans l'échange, au bon moment et avec les chiffres du cas. Chaque réplique est notée "
        "de 0 à 2 points ; une mauvaise réplique oriente la suite du dialogue."
    )


def lire(p, brute):
    return nd.lire_dialogue(_dialogue(p), brute)


def noter(p, reponse):
    return nd.noter_dialogue(_dialogue(p), reponse)


def solution(p):
    return {"choix": nd.meilleur_chemin(_dialogue(p))}


def saisie(p, valeur, enregistrer):
    from autograder.widgets import negociation as negociation_widget

    return negociation_widget.dialogue(
        p["persona"], valeur, enregistrer, _dialogue(p), melange=p.get("melange")
    )


def explication(p):
    return (
        "Intégrer l'écologie dans l'échange, c'est la relier à un besoin du client et la "
        "chiffrer avec ses données (kWh, euros et CO₂e évités, calcul à l'appui), proposer une "
        "mesure pour la vérifier, traiter la fin de vie de l'ancien matériel (reprise, "
        "reconditionnement, recyclage) et mettre ces engagements par écrit. Jamais "
        "d'allégation vague, gonflée ou de neutralité carbone : c'est de l'écoblanchiment."
    )


def reponse_fausse(p):
    """A stored answer worth 0 (for the generic « wrong answer » tests)."""
    return {"choix": nd.pire_chemin(_dialogue(p))}
