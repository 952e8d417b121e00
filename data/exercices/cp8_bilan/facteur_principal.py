"""Analyser l'écart : quel facteur l'explique (CP8.2, CT5.3) ?"""

from autograder.metier.bilan import activite as bilan
from autograder.moteur.affichage import signe
from autograder.moteur.formats import Choix, Option
from autograder.moteur.nombres import euros, pourcent

TITRE = "Le facteur qui pèse sur l'écart de CA"
CRITERES = ("CP8.2", "CT4.2", "CT5.3")
POINTS = 1
FORMAT = Choix()
DONNEES = ()

LIBELLES = {
    "leads": "Le **volume de leads** : trop peu de demandes entrantes et de pistes",
    "conversion": "La **conversion** : trop peu de leads deviennent des commandes",
    "panier": "Le **panier moyen** : les commandes sont trop petites",
    "aucun": "Aucun : les trois effets sont favorables",
}


def generer(ctx):
    d = ctx.donnees
    qui, p = d["commercial"], d["periode"]
    r, o = bilan.activite(d["con"], p, qui), bilan.objectifs(p, qui)
    dec = bilan.decomposer_ecart(r, o)
    effets = {f: dec[f"effet_{f}"] for f in bilan.FACTEURS}
    pire = dec["facteur_principal"] if min(effets.values()) < 0 else "aucun"
    return {"commercial": qui, "trimestre": d["trimestre"], "realise": r, "objectif": o,
            "effets": effets, "ecart": dec["ecart_total"], "pire": pire}  # fmt: skip


def enonce(p):
    r, o = p["realise"], p["objectif"]
    lignes = [
        "| | leads | commandes | CA HT | conversion | panier moyen |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for nom, v in (("Objectif", o), ("Réalisé", r)):
        lignes.append(
            f"| {nom} | {v['leads']} | {v['commandes']} | {euros(v['ca'], 0)} | "
            f"{pourcent(v['commandes'] / v['leads'])} | {euros(v['ca'] / v['commandes'], 0)} |"
        )
    return (
        f"Le CA de {p['commercial']} au T{p['trimestre']} 2025 s'écarte de "
        f"**{signe(p['ecart'])}** de son objectif.\n\n" + "\n".join(lignes) + "\n\n"
        "CA = leads × taux de conversion × panier moyen. Décomposez l'écart par substitutions "
        "successives (ordre leads → conversion → panier, comme dans le cours). "
        "**Quel facteur a l'effet le plus défavorable sur le CA ?**"
    )


def options(p):
    e = p["effets"]
    retour = "Effets : " + ", ".join(f"{f} {signe(e[f])}" for f in bilan.FACTEURS) + "."
    return [Option(f, LIBELLES[f], f == p["pire"], retour) for f in [*bilan.FACTEURS, "aucun"]]


def explication(p):
    return "L'effet le plus négatif désigne la cause sur laquelle agir en priorité."
