"""Préparer la négociation : objectif, concessions chiffrées, points non négociables, rupture."""

from autograder.metier.negociation import dialogue as nd
from autograder.moteur.formats import Personnalise

TITRE = "Préparer sa négociation"
CRITERES = ("CT3.2",)
POINTS = 3
FORMAT = Personnalise()


def generer(ctx):
    return {"persona": ctx.donnees["persona"]}


def enonce(p):
    q = p["persona"]
    return (
        f"À partir de la fiche du rendez-vous avec {q['interlocuteur']['nom']} ({q['entreprise']}, "
        "affichée en haut du notebook : besoins, conditions et leur coût, règles de "
        "l'entreprise), **préparez votre négociation** : la remise que vous visez, votre point "
        "de rupture (la remise au-delà de laquelle vous ne signez pas), et pour chaque "
        "condition, si elle est non négociable ou jusqu'où vous pouvez aller. Au point de "
        "rupture, toutes vos concessions comprises, le taux de marque doit rester au-dessus du "
        "plancher."
    )


def lire(p, brute):
    return nd.lire_preparation(p["persona"], brute)


def noter(p, reponse):
    return nd.noter_preparation(p["persona"], reponse)


def solution(p):
    return nd.solution_preparation(p["persona"])


def saisie(p, valeur, enregistrer):
    from autograder.widgets import negociation as negociation_widget

    return negociation_widget.preparation(p["persona"], valeur, enregistrer)


def explication(p):
    return (
        "Une préparation cohérente : les points non négociables de l'entreprise sont fermés, "
        "les besoins du client sont couverts, au moins deux conditions servent de monnaie "
        "d'échange, et le point de rupture respecte le plancher de marge."
    )


def reponse_fausse(p):
    """A stored answer worth 0 (for the generic « wrong answer » tests)."""
    return nd.preparation_incoherente(p["persona"])
