"""Évaluer la prospection : taux de conversion des leads d'une source (CP3.6)."""

from autograder.calculs import taux_de_conversion
from autograder.moteur.formats import Nombre, pieges_distincts

TITRE = "Conversion des leads d'une source"
CRITERES = ("CP3.6",)
POINTS = 1
FORMAT = Nombre(unite="%", tolerance=0.1, bornes=(0, 100), decimales=1)
VARIABLE = "taux_source"
DONNEES = ("leads",)


def generer(ctx):
    leads = ctx.donnees["leads"]
    source = leads["source"].value_counts().sort_index().idxmax()
    de_la_source = leads[leads["source"] == source]
    convertis = int((de_la_source["statut"] == "converti").sum())
    clos = int(de_la_source["statut"].isin(["converti", "disqualifié"]).sum())
    return {
        "source": str(source),
        "convertis": convertis,
        "leads": len(de_la_source),
        "clos": clos,
        "convertis_total": int((leads["statut"] == "converti").sum()),
        "leads_total": len(leads),
    }


def enonce(p):
    return (
        "Dans le tableau « Leads » de vos données, repérez **la source qui a apporté le plus de "
        f"leads** (ici « {p['source']} »). Quel est le **taux de conversion de ses leads** "
        "en opportunités (statut « converti »), rapporté à **tous les leads de cette source** "
        "(y compris ceux encore en qualification) ? Filtrez la colonne « Source » dans votre "
        "tableur, comptez, et tapez le taux dans le champ (en %, à 0,1 point près)."
    )


def solution(p):
    return taux_de_conversion(p["convertis"], p["leads"])


def diagnostics(p):
    return pieges_distincts(
        FORMAT,
        solution(p),
        [
            (
                taux_de_conversion(p["convertis"], p["leads_total"]),
                "Vous avez divisé par les leads de toutes les sources : la base est celle de la "
                "source étudiée.",
            ),
            (
                taux_de_conversion(p["convertis"], p["convertis_total"]),
                "C'est la part de cette source dans toutes les conversions, pas son taux de "
                "conversion.",
            ),
            (
                taux_de_conversion(p["convertis"], p["clos"]),
                "Vous avez retiré les leads encore en qualification : la consigne demande tous "
                "les leads de la source.",
            ),
            (
                taux_de_conversion(p["convertis_total"], p["leads_total"]),
                "C'est le taux de conversion de toutes les sources ensemble.",
            ),
        ],
    )


def explication(p):
    return f"taux = leads convertis ÷ leads de la source = {p['convertis']} ÷ {p['leads']}."
