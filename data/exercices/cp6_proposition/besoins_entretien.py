"""Classer les propos de l'entretien de découverte : besoin exprimé, contrainte, besoin non exprimé."""

from autograder.moteur.formats import Classement, Element, tirer_par_categorie
from autograder.moteur.nombres import nombre

TITRE = "Les besoins recueillis pendant l'entretien de découverte"
CRITERES = ("CT2.1", "CT2.3")
POINTS = 2
FORMAT = Classement(
    categories=(
        ("besoin", "Besoin exprimé (ce que le client demande)"),
        ("contrainte", "Contrainte (une limite que l'offre doit respecter)"),
        ("non_exprime", "Besoin non exprimé (à formuler par le négociateur)"),
    )
)


def generer(ctx):
    d = ctx.donnees
    valeurs = {"debit": nombre(d["debit_requis"]), "budget": nombre(d["budget"])}
    banque = [
        (cle, f"{qui} : « {texte.format(**valeurs)} »", cat, pourquoi)
        for cle, qui, texte, cat, pourquoi in d["cas"]["entretien"]["propos"]
    ]
    return {"elements": tirer_par_categorie(banque, ctx.rng, par_categorie=2, en_plus=1)}


def enonce(p):
    return (
        "Voici des propos relevés pendant l'entretien de découverte à la Laiterie du Val "
        "d'Allagnon. Pour chacun, dites s'il exprime un **besoin**, une **contrainte**, ou s'il "
        "révèle un **besoin non exprimé** que votre proposition devra formuler."
    )


def elements(p):
    return [Element(*item) for item in p["elements"]]
