"""La procédure qu'impose le montant d'un marché : toute la durée, reconductions comprises.

Critères : aucun. Appliquer les seuils de la commande publique est une connaissance du cadre
légal (voir data/exercices/README.md), comme les règles de la prospection téléphonique.
"""

import datetime as dt

from autograder.metier import marches_publics as mp
from autograder.moteur.formats import Choix, Option
from autograder.moteur.nombres import euros

TITRE = "La procédure selon le montant"
CRITERES = ()  # aucun critère : une règle de la commande publique
POINTS = 2
FORMAT = Choix()

ACHETEURS = {
    "etat": "la direction départementale des territoires (un service de l'État)",
    "collectivite": "la communauté d'agglomération des Deux Vallées",
    "sante": "le centre hospitalier des Trois Rivières",
}


def generer(ctx):
    rng = ctx.rng
    while True:
        type_acheteur = rng.choice(sorted(ACHETEURS))
        reconductions = rng.choice((1, 2, 3))
        annuel = rng.randrange(20, 120) * 1000
        lancement = mp.tirer_date(rng, dt.date(2026, 4, 1), dt.date(2026, 11, 30))
        total = mp.valeur_estimee(annuel, reconductions)
        attendu = mp.procedure(total, type_acheteur, lancement)
        piege = mp.procedure(annuel, type_acheteur, lancement)
        if attendu != piege:
            return {
                "type": type_acheteur,
                "reconductions": reconductions,
                "annuel": annuel,
                "lancement": lancement.isoformat(),
                "total": total,
                "attendu": attendu,
                "piege": piege,
            }


def enonce(p):
    lancement = dt.date.fromisoformat(p["lancement"])
    return (
        f"En veille sur les achats publics, vous apprenez que {ACHETEURS[p['type']]} prépare un "
        "accord-cadre de fourniture de pompes et de pièces de rechange : "
        f"**{euros(p['annuel'], 0)} HT par an**, conclu pour un an et **reconductible "
        f"{p['reconductions']} fois** par périodes d'un an. La consultation sera lancée le "
        f"{lancement:%d/%m/%Y}. Avec les seuils de la leçon (données "
        "`data/marches_publics/seuils.json`, à vérifier), **quelle procédure ce montant "
        "impose-t-il à l'acheteur ?**"
    )


def options(p):
    retours = {
        "dispense": "En dessous du seuil de dispense (R2122-8), l'acheteur peut commander sans publicité ni mise en concurrence.",
        "mapa_libre": "Entre le seuil de dispense et 90 000 € HT, procédure adaptée avec une publicité librement choisie.",
        "mapa_publie": "De 90 000 € HT au seuil européen, procédure adaptée avec un avis au BOAMP ou dans un journal d'annonces légales (R2131-12).",
        "formalisee": "À partir du seuil européen de cet acheteur, procédure formalisée (R2124-1).",
    }
    opts = []
    for cle, libelle in mp.PROCEDURES.items():
        retour = retours[cle]
        if cle == p["attendu"]:
            retour = (
                f"Juste : valeur estimée {euros(p['total'], 0)} HT sur toute la durée. {retour}"
            )
        elif cle == p["piege"]:
            retour = (
                "C'est ce que donne le montant d'une seule année : la valeur estimée compte toute "
                "la durée, reconductions comprises (R2121-1)."
            )
        opts.append(Option(cle=cle, libelle=libelle, correct=cle == p["attendu"], retour=retour))
    return opts


def explication(p):
    lancement = dt.date.fromisoformat(p["lancement"])
    formalise = mp.valeur(mp.SEUIL_FORMALISE[p["type"]], lancement)
    dispense = mp.valeur("dispense_fournitures_services", lancement)
    return (
        f"Valeur estimée = {euros(p['annuel'], 0)} × (1 + {p['reconductions']}) = "
        f"{euros(p['total'], 0)} HT. Seuils au {lancement:%d/%m/%Y} : dispense sous "
        f"{euros(dispense, 0)}, avis au BOAMP ou dans un JAL à partir de 90 000 €, procédure "
        f"formalisée à partir de {euros(formalise, 0)} pour cet acheteur."
    )
