"""Classer des comptes dormants pour une campagne de réactivation : valeur en jeu × probabilité."""

import pandas as pd

from autograder.metier.fidelisation import PROBABILITES, comptes_dormants, priorite_reactivation
from autograder.moteur.formats import Classement, Element
from autograder.moteur.nombres import euros, pourcent

TITRE = "Par qui commencer la campagne de réactivation ?"
CRITERES = ()  # appliquer une règle de tri donnée, pas concevoir l'action (README)
POINTS = 2
RANGS = ("premier", "deuxieme", "troisieme", "quatrieme")
FORMAT = Classement(
    categories=(
        ("premier", "1er appel"),
        ("deuxieme", "2e appel"),
        ("troisieme", "3e appel"),
        ("quatrieme", "4e appel"),
    )
)


def _quatre(table, rng):
    """Four accounts with distinct scores whose order by value alone differs from the right one."""
    lignes = table.to_dict("records")
    if len(lignes) < 4:
        raise ValueError("Pas assez de comptes dormants pour ce classement.")
    choix = rng.sample(lignes, 4)
    for _ in range(200):
        scores = [c["score"] for c in choix]
        par_valeur = sorted(choix, key=lambda c: -c["valeur_en_jeu"])
        par_score = sorted(choix, key=lambda c: -c["score"])
        if len(set(scores)) == 4 and par_valeur != par_score:
            break
        choix = rng.sample(lignes, 4)
    return choix


def generer(ctx):
    d = ctx.donnees
    jour = pd.Timestamp(d["reference"]) - pd.DateOffset(months=d["mois_dormance"])
    dormants = comptes_dormants(d["commandes"], d["entreprises"], jour.strftime("%Y-%m-%d"))
    table = priorite_reactivation(dormants, d["enquetes_satisfaction"])
    comptes = [
        {
            "cle": f"e{int(c['entreprise_id'])}",
            "nom": c["raison_sociale"],
            "valeur": float(c["valeur_en_jeu"]),
            "note": None if pd.isna(c["note"]) else int(c["note"]),
            "bande": c["bande"],
            "score": float(c["score"]),
        }
        for c in _quatre(table, ctx.rng)
    ]
    return {"comptes": comptes}


def enonce(p):
    regle = " ; ".join(f"{b} : {pourcent(v, 0)}" for b, v in PROBABILITES.items())
    return (
        "Vous appelez vos comptes dormants un par un, en commençant par celui qui rapporte le "
        "plus **en espérance** : **score = valeur en jeu × probabilité de reprise**. La "
        "probabilité dépend de la dernière note de recommandation du client (enquêtes) : "
        f"{regle} (promoteur 9–10, passif 7–8, détracteur 0–6). Rangez ces quatre comptes dans "
        "l'ordre des appels."
    )


def _note(c):
    return "aucune enquête" if c["note"] is None else f"dernière note {c['note']}/10"


def elements(p):
    ordre = sorted(p["comptes"], key=lambda c: -c["score"])
    rang = {c["cle"]: RANGS[i] for i, c in enumerate(ordre)}
    return [
        Element(
            c["cle"],
            f"{c['nom']} — valeur en jeu {euros(c['valeur'], 0)} HT, {_note(c)}",
            rang[c["cle"]],
            f"{c['bande'][:1].upper()}{c['bande'][1:]} : {euros(c['valeur'], 0)} × "
            f"{pourcent(PROBABILITES[c['bande']], 0)} = {euros(c['score'], 0)}.",
        )
        for c in p["comptes"]
    ]


def explication(p):
    return (
        "Calculez le score de chaque compte (valeur × probabilité de sa bande), puis classez "
        "du plus fort au plus faible : un gros compte détracteur peut passer après un compte "
        "moyen promoteur."
    )
