"""Évaluer l'efficacité d'une mesure corrective : le CA qu'elle a apporté (CP8.3, CT5.5)."""

from autograder.calculs import panier_moyen, taux_de_conversion
from autograder.metier.bilan import activite as bilan
from autograder.moteur.formats import Nombre, pieges_distincts
from autograder.moteur.nombres import euros, nombre

TITRE = "Efficacité de la relance des devis"
CRITERES = ("CT5.5",)
POINTS = 2
FORMAT = Nombre(unite="€", tolerance=50, bornes=(-1_000_000, 1_000_000), decimales=0)


def generer(ctx):
    d = ctx.donnees
    t = d["trimestre"]
    avant = bilan.activite(d["con"], bilan.periode(f"2025-T{t - 1}"))  # toute l'équipe
    apres = bilan.activite(d["con"], d["periode"])
    return {"trimestre": t, "devis": avant["devis"], "acceptes": avant["devis_acceptes"],
            "devis_apres": apres["devis"], "acceptes_apres": apres["devis_acceptes"],
            "panier": panier_moyen(avant["ca"], avant["commandes"])}  # fmt: skip


def _gain(p, devis):
    t0 = taux_de_conversion(p["acceptes"], p["devis"])
    t1 = taux_de_conversion(p["acceptes_apres"], p["devis_apres"])
    return devis * (t1 - t0) * p["panier"]


def enonce(p):
    t = p["trimestre"]
    return (
        f"Au T{t - 1} 2025, l'équipe a émis **{nombre(p['devis'])} devis**, dont "
        f"**{nombre(p['acceptes'])} acceptés** ; panier moyen des commandes : "
        f"**{euros(p['panier'])}**. Mesure corrective décidée au bilan du T{t - 1} : relance "
        f"systématique des devis à J+7, appliquée dès le 1er jour du T{t}. Au T{t} 2025 : "
        f"**{nombre(p['devis_apres'])} devis**, dont **{nombre(p['acceptes_apres'])} "
        "acceptés** (chiffres du CRM). En supposant que rien d'autre n'a changé, **quel CA "
        f"supplémentaire la mesure a-t-elle apporté au T{t}** ? Commandes gagnées grâce au "
        "nouveau taux d'acceptation, appliqué aux devis du "
        f"T{t}, × panier moyen du T{t - 1} ; "
        "en €, à 50 € près, **négatif** si la mesure n'a pas fonctionné."
    )


def solution(p):
    return _gain(p, p["devis_apres"])


def diagnostics(p):
    return pieges_distincts(
        FORMAT,
        solution(p),
        [
            ((p["acceptes_apres"] - p["acceptes"]) * p["panier"],
             "Vous avez comparé des nombres de devis acceptés : le nombre de devis émis a "
             "changé, comparez des taux d'acceptation."),
            (p["acceptes_apres"] * p["panier"],
             "C'est tout le CA des devis acceptés, pas le supplément dû à la mesure."),
            (_gain(p, p["devis"]),
             "Vous avez appliqué le gain de taux aux devis du trimestre d'avant : la mesure a "
             "joué sur les devis du trimestre où elle s'applique."),
        ],
    )  # fmt: skip


def explication(p):
    return (
        "Gain = devis du trimestre où la mesure s'applique × (taux après − taux avant) × panier "
        "moyen d'avant, avec "
        "taux = acceptés ÷ émis (`taux_de_conversion`)."
    )
