"""Une nouvelle commande d'un client qui doit déjà : accepter, demander un acompte ou bloquer."""

import math

from autograder.crm.creances import encours
from autograder.metier.fidelisation import SEUIL_ACOMPTE_JOURS, decision_encours
from autograder.moteur.formats import Choix, Option
from autograder.moteur.nombres import euros

TITRE = "Accepter la commande d'un client qui doit déjà"
CRITERES = ()  # appliquer la procédure de crédit à un cas donné (README)
POINTS = 2
FORMAT = Choix()
DONNEES = ("entreprises", "factures")


def generer(ctx):
    d = ctx.donnees
    table = encours(d["factures"], d["reference"])
    client = ctx.rng.choice(sorted(int(i) for i in table.index))
    ligne = table.loc[client]
    du, retard = float(ligne["encours_ttc"]), int(ligne["retard_max_jours"])
    plafond = float(math.ceil(du / 5000) * 5000 + ctx.rng.choice([0, 5000, 10000]))
    commande = float(ctx.rng.choice([0.4, 0.8, 1.2, 1.6]) * 5000 + ctx.rng.choice([0, 600, 1800]))
    decision, acompte = decision_encours(du, retard, commande, plafond)
    nom = d["entreprises"].set_index("id").loc[client, "raison_sociale"]
    return {
        "id": client,
        "nom": str(nom),
        "plafond": plafond,
        "commande": commande,
        "decision": decision,
        "acompte": acompte if acompte > 0 else round(commande * 0.3, -1),
        "encours": du,
        "retard": retard,
    }


def enonce(p):
    return (
        f"**{p['nom']}** (N° entreprise {p['id']}) veut passer une nouvelle commande de "
        f"**{euros(p['commande'], 0)} TTC**. L'assureur-crédit d'Hydralis lui accorde un "
        f"**plafond d'encours de {euros(p['plafond'], 0)}**. La procédure : si une facture du "
        f"client est échue depuis **plus de {SEUIL_ACOMPTE_JOURS} jours** au 31/12/2025, la "
        "commande attend son règlement ; sinon, si encours + commande tient dans le plafond, "
        "on l'accepte ; sinon, on demande un acompte égal au dépassement. Avec le tableau "
        "« Factures », **que décidez-vous ?**"
    )


def options(p):
    d = p["decision"]
    situation = f"Encours {euros(p['encours'])} TTC, plus grand retard {p['retard']} jour(s)."
    return [
        Option(
            "accepter",
            "Accepter la commande telle quelle.",
            d == "accepter",
            situation + (" Encours + commande tient dans le plafond." if d == "accepter" else ""),
        ),
        Option(
            "acompte",
            f"Accepter contre un acompte de {euros(p['acompte'])} TTC.",
            d == "acompte",
            situation
            + (
                f" Encours + commande dépasse le plafond de {euros(p['acompte'])}."
                if d == "acompte"
                else ""
            ),
        ),
        Option(
            "bloquer",
            "Mettre la commande en attente et relancer d'abord la facture en retard.",
            d == "bloquer",
            situation
            + (
                f" Un retard de plus de {SEUIL_ACOMPTE_JOURS} jours bloque la commande."
                if d == "bloquer"
                else ""
            ),
        ),
        Option(
            "remise",
            "Accepter et offrir une remise, pour encourager le client à régler plus vite.",
            False,
            "Une remise ne réduit pas le risque : elle baisse la marge sur une vente déjà risquée.",
        ),
    ]


def explication(p):
    return (
        "Trois contrôles dans l'ordre : le plus grand retard des factures non réglées (échéance "
        f"dépassée de plus de {SEUIL_ACOMPTE_JOURS} jours ?), puis encours TTC + commande "
        "comparé au plafond, enfin le dépassement éventuel, demandé en acompte."
    )
