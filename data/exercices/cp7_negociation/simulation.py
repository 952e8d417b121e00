"""Négocier prix et conditions face à l'acheteur : accord, marge, besoins, donnant-donnant."""

from autograder.metier.negociation import simulateur as neg
from autograder.moteur.formats import Personnalise
from autograder.moteur.nombres import pourcent

TITRE = "Simulation : négocier prix et conditions"
CRITERES = ("CP7.1", "CT3.2", "CT3.4")
POINTS = 5
FORMAT = Personnalise()


def generer(ctx):
    return {"persona": ctx.donnees["persona"]}


def enonce(p):
    q = p["persona"]
    poids = " ; ".join(
        f"{neg.LIBELLES_SCORE[k]} {round(v * 100)} %" for k, v in neg.POIDS_SCORE.items()
    )
    return (
        f"Négociez avec {q['interlocuteur']['nom']} ({q['entreprise']}), à partir de votre "
        "proposition écrite (la fiche affichée en haut du notebook). À chaque tour, vous faites "
        "une offre complète ; **toute concession (remise ou condition) doit s'accompagner d'une "
        f"contrepartie** que ce client peut accorder. L'acheteur a {neg.MAX_TOURS} tours de "
        "patience et se lasse si vous ne bougez pas deux fois de suite. Note : " + poids + " "
        "(la marge conservée se compare au meilleur accord possible). Sous le plancher de taux de marque "
        f"({pourcent(q['plancher_taux_de_marque'], 0)}), mieux vaut rompre que signer."
    )


def lire(p, brute):
    return neg.lire_transcription(p["persona"], brute)


def noter(p, reponse):
    return neg.noter_negociation(p["persona"], reponse)


def solution(p):
    return neg.solution_negociation(p["persona"])


def saisie(p, valeur, enregistrer):
    from autograder.widgets import negociation as negociation_widget

    return negociation_widget.negociation(p["persona"], valeur, enregistrer)


def explication(p):
    return (
        "Couvrez d'abord les besoins du client (ils pèsent dans sa décision), cédez par petites "
        "étapes, chaque fois contre une contrepartie différente qu'il peut donner, et laissez "
        "l'acheteur venir à vous : tenir une offre un tour lui laisse le temps d'assouplir sa "
        "position."
    )


def reponse_fausse(p):
    """A stored answer worth 0 (for the generic « wrong answer » tests): walking away at once."""
    return {"offres": [{"rompre": True}]}
