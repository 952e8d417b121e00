"""Les petits lots d'un marché formalisé : jusqu'à quel montant cumulé en procédure adaptée ?

Critères : aucun. Calculer un plafond réglementaire est une technique du cadre des marchés
publics, pas une compétence du titre (voir data/exercices/README.md).
"""

import datetime as dt

from autograder.metier import marches_publics as mp
from autograder.moteur.formats import Nombre, pieges_distincts
from autograder.moteur.nombres import euros

TITRE = "Les petits lots"
CRITERES = ()  # aucun critère : un calcul réglementaire
POINTS = 2
FORMAT = Nombre(unite="€", tolerance=1, bornes=(0, 1e7), decimales=0)


def generer(ctx):
    m = ctx.donnees["marche"]
    return {
        "acheteur": m["acheteur"]["de"],
        "reconductions": m["reconductions"],
        "annees": m["annees"],
        "publication": m["publication"].isoformat(),
        "lots": [[lot["numero"], lot["intitule"], lot["annuel_ht"]] for lot in m["lots"]],
    }


def _jour(p):
    return dt.date.fromisoformat(p["publication"])


def _total(p, annees=None):
    return sum(a for _, _, a in p["lots"]) * (annees or p["annees"])


def solution(p):
    return mp.part_maximale_petits_lots(_total(p), _jour(p))


def enonce(p):
    lignes = ["| Lot | Intitulé | Montant estimé par an (HT) |", "|---|---|---:|"]
    lignes += [f"| {n} | {t} | {euros(a, 0)} |" for n, t, a in p["lots"]]
    return (
        f"L'avis {p['acheteur']} porte sur un accord-cadre alloti, conclu pour un "
        f"an et reconductible {p['reconductions']} fois :\n\n"
        + "\n".join(lignes)
        + "\n\nLe total dépasse le seuil de la procédure formalisée. L'acheteur voudrait passer "
        "ses petits lots (moins de 80 000 € HT chacun, sur toute la durée) en procédure adaptée. "
        "**Quel montant cumulé de petits lots la règle lui permet-elle au plus ?** (en euros HT)"
    )


def diagnostics(p):
    petits = sum(a * p["annees"] for _, _, a in p["lots"] if a * p["annees"] < 80000)
    return pieges_distincts(
        FORMAT,
        solution(p),
        [
            (
                _total(p, 1) * 0.2,
                "Vous avez pris une seule année : la valeur de tous les lots se compte sur toute "
                "la durée, reconductions comprises.",
            ),
            (
                petits,
                "C'est le montant des lots de moins de 80 000 € : la question demande le plafond "
                "que la règle autorise, 20 % de la valeur totale de tous les lots.",
            ),
            (
                mp.valeur(mp.SEUIL_FORMALISE["collectivite"], _jour(p)) * 0.2,
                "Vous avez pris 20 % du seuil européen : la règle porte sur 20 % de la valeur "
                "totale estimée de tous les lots du marché.",
            ),
        ],
    )


def explication(p):
    return (
        f"Valeur de tous les lots = {euros(_total(p, 1), 0)} par an × {p['annees']} ans = "
        f"{euros(_total(p), 0)} HT ; les petits lots passés en procédure adaptée ne peuvent "
        "dépasser ensemble 20 % de ce total (R2123-1, 2°)."
    )
