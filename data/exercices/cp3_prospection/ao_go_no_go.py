"""Répondre ou non à l'avis repéré (go / no go), avec la grille de décision d'Hydralis.

Critères : aucun. L'apprenant applique à l'avis de son cas une procédure donnée (la grille de
décision de l'entreprise : métiers, délai de préparation, conditions du règlement) ; la décision
de l'entreprise est dans la grille, pas dans la réponse (voir data/exercices/README.md, comme
`cp9_relation_client/decision_encours`). La note argumentée au responsable, elle, est notée par
le formateur (cellule rédigée de la partie 8).
"""

import datetime as dt

from autograder.moteur.formats import Choix, Option

TITRE = "Répondre ou non à l'avis"
CRITERES = ()  # aucun critère : une grille de décision donnée, appliquée
POINTS = 2
FORMAT = Choix()

CHOIX = {
    "lots_1_2": "Répondre aux lots 1 et 2",
    "tous": "Répondre aux quatre lots",
    "lot_1": "Répondre au lot 1 seulement",
    "lot_2": "Répondre au lot 2 seulement",
    "non_delai": "Ne pas répondre : le délai ne permet pas une réponse de qualité",
}
ATTENDU = {"go": "lots_1_2", "delai": "non_delai", "visite": "lot_1"}


def generer(ctx):
    m = ctx.donnees["marche"]
    return {
        "acheteur": m["acheteur"]["de"],
        "objet": m["acheteur"]["objet"],
        "lots": [[lot["numero"], lot["intitule"]] for lot in m["lots"]],
        "reperage": m["reperage"].isoformat(),
        "limite": m["limite"].isoformat(),
        "visite": m["visite_lot_2"].isoformat(),
        "delai_preparation": m["hydralis"]["delai_preparation_jours"],
        "scenario": m["scenario"],
    }


def _d(iso):
    return f"{dt.date.fromisoformat(iso):%d/%m/%Y}"


def enonce(p):
    lots = "\n".join(f"- lot {n} : {t} ;" for n, t in p["lots"])
    return (
        f"Votre alerte de veille vous signale, le **{_d(p['reperage'])}**, l'avis "
        f"{p['acheteur']} : {p['objet']}, accord-cadre alloti.\n\n{lots}\n\n"
        f"Date limite de remise des plis : **{_d(p['limite'])}**. Le règlement de la "
        "consultation impose, pour le lot 2, une **visite des installations** sur rendez-vous, "
        f"au plus tard le **{_d(p['visite'])}** : une offre sans visite est irrégulière.\n\n"
        "La grille de décision d'Hydralis : on ne répond qu'aux lots de ses métiers (fourniture "
        "de pompes, maintenance) ; une réponse demande au moins "
        f"**{p['delai_preparation']} jours** de préparation entre le repérage et la date "
        "limite ; on ne répond pas à un lot dont une condition du règlement ne peut plus être "
        "remplie. **Que proposez-vous à votre responsable ?**"
    )


def options(p):
    reste = (dt.date.fromisoformat(p["limite"]) - dt.date.fromisoformat(p["reperage"])).days
    visite_passee = p["visite"] < p["reperage"]
    retours = {
        "lots_1_2": "Ce sont les deux lots des métiers d'Hydralis",
        "tous": "Les lots 3 et 4 (tuyauterie, analyses d'eau) ne sont pas des métiers d'Hydralis : "
        "y répondre, c'est promettre ce qu'on ne sait pas faire (ou sous-traiter sans l'avoir prévu).",
        "lot_1": "Le lot 1 est un métier d'Hydralis",
        "lot_2": "Le lot 2 (maintenance) est un métier d'Hydralis, mais pas le seul lot possible",
        "non_delai": f"Il reste {reste} jours entre le repérage et la date limite",
    }
    if p["scenario"] == "delai":
        retours["lots_1_2"] += (
            f", mais il ne reste que {reste} jours : moins que les {p['delai_preparation']} jours de la grille."
        )
        retours["lot_1"] += f", mais il ne reste que {reste} jours."
        retours["lot_2"] += f", et il ne reste que {reste} jours."
        retours["non_delai"] += (
            f" pour {p['delai_preparation']} nécessaires : juste, on ne bâcle pas une réponse."
        )
    else:
        retours["non_delai"] += (
            f", plus que les {p['delai_preparation']} jours de la grille : le délai n'est pas l'obstacle."
        )
        if visite_passee:
            retours["lots_1_2"] += (
                f", mais la visite obligatoire du lot 2 était à faire avant le {_d(p['visite'])} : une offre sur ce lot serait irrégulière."
            )
            retours["lot_1"] += " et le délai suffit ; la visite du lot 2 est passée : juste."
            retours["lot_2"] += " ; sa visite obligatoire est déjà passée."
        else:
            retours["lots_1_2"] += (
                f", le délai suffit et la visite du lot 2 reste possible jusqu'au {_d(p['visite'])} : juste (prenez rendez-vous aussitôt)."
            )
            retours["lot_1"] += ", mais le lot 2 aussi, et sa visite reste possible."
            retours["lot_2"] += " ; le lot 1 aussi."
    attendu = ATTENDU[p["scenario"]]
    return [
        Option(
            cle=c,
            libelle=lib,
            correct=c == attendu,
            retour=retours[c] + ("" if retours[c].endswith(".") else "."),
        )
        for c, lib in CHOIX.items()
    ]


def explication(p):
    return (
        "Passez l'avis à la grille dans l'ordre : les lots de vos métiers, le temps de "
        "préparation qui reste, puis les conditions du règlement encore possibles (visite, "
        "certification, capacités) lot par lot."
    )
