"""La note pondérée de l'offre d'Hydralis : prix (méthode classique) et valeur technique.

Critères : aucun. Appliquer la formule de notation d'un règlement de consultation est une
technique de calcul (voir data/exercices/README.md).
"""

from autograder.metier import marches_publics as mp
from autograder.moteur.formats import Nombre, pieges_distincts
from autograder.moteur.nombres import euros, nombre

TITRE = "La note pondérée de votre offre"
CRITERES = ()  # aucun critère : un calcul
POINTS = 2
FORMAT = Nombre(unite="points", tolerance=0.05, bornes=(0, 100), decimales=2)


def generer(ctx):
    return mp.offres_du_lot(ctx.donnees["marche"])


def _plus_bas(p):
    return min(o["prix"] for o in p["offres"].values())


def solution(p):
    h = p["offres"]["Hydralis"]
    return mp.note_totale(h["prix"], h["technique"], _plus_bas(p), p["poids_prix"])


def enonce(p):
    return (
        f"Lot {p['lot']} de l'avis {p['acheteur']} ({p['intitule']}). Votre veille (avis "
        "d'attribution publiés, prix catalogue, échanges sur les salons) vous permet d'estimer "
        "les offres concurrentes ; pour Hydralis, le prix est celui de votre chiffrage et la "
        "valeur technique celle que vous attendez de votre mémoire.\n\n"
        + mp.tableau_offres(p)
        + "\n\n"
        + mp.texte_criteres(p["poids_prix"])
        + "\n\n**Quelle note totale (sur 100) l'offre d'Hydralis obtiendrait-elle ?** (à 0,05 "
        "point près)"
    )


def diagnostics(p):
    h = p["offres"]["Hydralis"]
    pp = 100 * p["poids_prix"]
    bas = _plus_bas(p)
    technique = (100 - pp) * h["technique"] / 20
    return pieges_distincts(
        FORMAT,
        solution(p),
        [
            (
                pp * h["prix"] / bas + technique,
                "La formule est inversée : prix le plus bas ÷ prix de l'offre (l'offre la moins "
                "chère a tous les points, les autres moins).",
            ),
            (
                mp.note_prix(h["prix"], bas, pp) + h["technique"],
                "La note technique sur 20 n'a pas été ramenée à ses points : note ÷ 20 × points "
                "de la valeur technique.",
            ),
            (
                mp.note_totale(h["prix"], h["technique"], bas, 1 - p["poids_prix"]),
                "Les pondérations sont inversées : relisez le poids du prix et celui de la "
                "valeur technique.",
            ),
        ],
    )


def explication(p):
    h = p["offres"]["Hydralis"]
    pp = round(100 * p["poids_prix"])
    return (
        f"Note prix = {euros(_plus_bas(p), 0)} ÷ {euros(h['prix'], 0)} × {pp} ; note technique = "
        f"{nombre(h['technique'], 1)} ÷ 20 × {100 - pp} ; la note totale est leur somme."
    )
