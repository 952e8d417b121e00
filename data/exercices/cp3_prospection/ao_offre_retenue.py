"""L'offre économiquement la plus avantageuse : qui passe en tête du classement ?

Critères : aucun. Classer des offres avec les critères donnés est une technique de calcul (voir
data/exercices/README.md).
"""

from autograder.metier import marches_publics as mp
from autograder.moteur.formats import Choix, Option
from autograder.moteur.nombres import nombre

TITRE = "L'offre classée première"
CRITERES = ()  # aucun critère : un calcul
POINTS = 1
FORMAT = Choix()


def generer(ctx):
    return mp.offres_du_lot(ctx.donnees["marche"])


def enonce(p):
    return (
        f"Mêmes offres estimées sur le lot {p['lot']} :\n\n"
        + mp.tableau_offres(p)
        + "\n\n"
        + mp.texte_criteres(p["poids_prix"])
        + "\n\n**Quelle offre l'acheteur classerait-il première ?**"
    )


def options(p):
    rang = mp.classement(p["offres"], p["poids_prix"])
    notes = dict(rang)
    premier = rang[0][0]
    plus_bas = min(p["offres"], key=lambda n: p["offres"][n]["prix"])
    meilleure_technique = max(p["offres"], key=lambda n: p["offres"][n]["technique"])
    opts = []
    for nom in p["offres"]:
        retour = f"Note totale {nombre(notes[nom], 2)} sur 100"
        if nom == premier:
            retour += " : la plus haute, c'est l'offre économiquement la plus avantageuse."
        elif nom == plus_bas:
            retour += (
                " : la moins chère n'est pas la mieux-disante quand la valeur technique compte."
            )
        elif nom == meilleure_technique:
            retour += " : la meilleure valeur technique ne suffit pas si le prix pèse trop."
        else:
            retour += f", derrière {premier} ({nombre(notes[premier], 2)})."
        opts.append(Option(cle=nom, libelle=nom, correct=nom == premier, retour=retour))
    return opts


def explication(p):
    return (
        "Calculez pour chaque offre la note du prix (prix le plus bas ÷ prix de l'offre × "
        "points du prix) et celle de la valeur technique (note ÷ 20 × ses points), puis "
        "additionnez : la note totale la plus haute l'emporte."
    )
