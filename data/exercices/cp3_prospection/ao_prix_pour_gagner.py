"""Le prix maximal auquel l'offre d'Hydralis reste première, à valeur technique donnée.

Critères : aucun. Le calcul part des notes estimées et de la formule du règlement de
consultation ; le prix remis reste une décision de l'entreprise (marge, risque d'offre
anormalement basse), qui relève de la proposition commerciale (CP6), pas de la prospection.
"""

from autograder.metier import marches_publics as mp
from autograder.moteur.formats import Nombre, pieges_distincts
from autograder.moteur.nombres import euros, nombre

TITRE = "Le prix pour passer en tête"
CRITERES = ()  # aucun critère : voir la docstring
POINTS = 2
FORMAT = Nombre(unite="€", tolerance=200, bornes=(0, 1e8), decimales=0)


def generer(ctx):
    return mp.offres_du_lot(ctx.donnees["marche"])


def _concurrents(p):
    return {n: o for n, o in p["offres"].items() if n != "Hydralis"}


def solution(p):
    h = p["offres"]["Hydralis"]
    return mp.prix_maximal_pour_gagner(_concurrents(p), h["technique"], p["poids_prix"])


def enonce(p):
    h = p["offres"]["Hydralis"]
    return (
        f"Lot {p['lot']} ({p['intitule']}). Les offres concurrentes estimées :\n\n"
        + mp.tableau_offres(p, avec_hydralis=False)
        + "\n\n"
        + mp.texte_criteres(p["poids_prix"])
        + f"\n\nVotre mémoire technique vise **{nombre(h['technique'], 1)} sur 20**. Votre prix "
        "restera au-dessus du prix le plus bas des concurrents. **Au-delà de quel prix (HT, "
        "toute la durée) l'offre d'Hydralis ne serait-elle plus classée première ?** (à 200 € "
        "près)"
    )


def _bas(p):
    return min(o["prix"] for o in _concurrents(p).values())


def diagnostics(p):
    h = p["offres"]["Hydralis"]
    pp = 100 * p["poids_prix"]
    conc = _concurrents(p)
    meilleur = max(
        mp.note_totale(o["prix"], o["technique"], _bas(p), p["poids_prix"]) for o in conc.values()
    )
    technique = (100 - pp) * h["technique"] / 20
    return pieges_distincts(
        FORMAT,
        solution(p),
        [
            (
                _bas(p),
                "Ce n'est que le prix le plus bas des concurrents : avec une meilleure valeur "
                "technique, l'offre peut être plus chère et rester première.",
            ),
            (
                pp * _bas(p) / (meilleur - h["technique"]),
                "La note technique sur 20 n'a pas été ramenée à ses points (÷ 20 × points de la "
                "valeur technique).",
            ),
            (
                (meilleur - technique) * _bas(p) / pp,
                "La formule du prix est inversée : note prix = prix le plus bas ÷ prix × points.",
            ),
        ],
    )


def explication(p):
    h = p["offres"]["Hydralis"]
    pp = round(100 * p["poids_prix"])
    return (
        "Notez les concurrents : leur meilleure note totale N est la barre à dépasser. Hydralis a "
        f"{nombre(h['technique'], 1)} ÷ 20 × {100 - pp} points techniques T ; elle reste première "
        f"tant que {euros(_bas(p), 0)} ÷ prix × {pp} + T > N, soit prix < "
        f"{euros(_bas(p), 0)} × {pp} ÷ (N − T)."
    )
