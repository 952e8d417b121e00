"""Classer des verbatims d'enquête : point fort à valoriser ou piste d'amélioration."""

from autograder.moteur.formats import Classement, Element, tirer_par_categorie

TITRE = "Verbatims : points forts et pistes d'amélioration"
CRITERES = ("CP9.2", "CT2.1")
POINTS = 2
FORMAT = Classement(
    categories=(
        ("produit", "Amélioration de l'offre produit"),
        ("service", "Amélioration du service et de la relation"),
        ("fort", "Point fort à valoriser dans les personas"),
    )
)

BANQUE = [
    (
        "prix",
        "« Prix un peu élevés par rapport au marché. »",
        "produit",
        "Le prix perçu touche l'offre elle-même : formules, valeur démontrée.",
    ),
    (
        "doc",
        "« Documentation technique à améliorer. »",
        "produit",
        "La documentation fait partie de l'offre livrée avec la pompe.",
    ),
    (
        "panne",
        "« Panne récurrente non résolue. »",
        "produit",
        "Une fiabilité insuffisante du produit : remontée au bureau d'études.",
    ),
    (
        "livraison",
        "« Produit bon mais délais de livraison un peu longs. »",
        "service",
        "Le produit plaît ; c'est le délai (logistique) qui pèche.",
    ),
    (
        "interlocuteur",
        "« Interlocuteur qui change tout le temps. »",
        "service",
        "La continuité de la relation : un interlocuteur attitré.",
    ),
    (
        "reclamation",
        "« Aucun retour après notre réclamation. »",
        "service",
        "Le traitement des réclamations : accuser réception, tenir informé.",
    ),
    (
        "intervention",
        "« Délai d'intervention beaucoup trop long. »",
        "service",
        "Le service après-vente : délais d'intervention à tenir.",
    ),
    (
        "facture",
        "« Facturation incompréhensible. »",
        "service",
        "La transparence de la facturation fait partie de la relation.",
    ),
    (
        "suivi",
        "« Très bon suivi commercial. »",
        "fort",
        "Une attente satisfaite : à garder dans le persona comme critère de choix.",
    ),
    (
        "fiable",
        "« Pompe fiable, aucun arrêt depuis la mise en service. »",
        "fort",
        "La fiabilité est un argument à valoriser.",
    ),
    (
        "conseil",
        "« Conseils pertinents pour le dimensionnement. »",
        "fort",
        "L'expertise conseil est un point fort de l'offre.",
    ),
    (
        "technicien",
        "« Intervention rapide et technicien compétent. »",
        "fort",
        "Un point fort du service à mettre en avant.",
    ),
]
DONNEES = ()


def generer(ctx):
    return {"elements": tirer_par_categorie(BANQUE, ctx.rng, par_categorie=2)}


def enonce(p):
    return (
        "Voici des verbatims tirés des enquêtes de satisfaction. **Classez chacun** : "
        "piste d'amélioration de l'offre produit, piste d'amélioration du service et de la "
        "relation, ou point fort à valoriser (et à inscrire dans les personas)."
    )


def elements(p):
    return [Element(*item) for item in p["elements"]]
