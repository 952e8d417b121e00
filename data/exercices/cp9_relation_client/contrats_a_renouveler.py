"""Contrats de maintenance arrivant à échéance le trimestre prochain (anticiper)."""

from autograder.moteur.formats import Nombre, pieges_distincts

TITRE = "Contrats à renouveler au prochain trimestre"
CRITERES = ("CP9.3", "CT2.5")
POINTS = 1
FORMAT = Nombre(unite="contrats", tolerance=0, bornes=(0, 2000), decimales=0)
VARIABLE = "nb_contrats_t1"
DONNEES = ("solutions_en_service",)


def generer(ctx):
    sol = ctx.donnees["solutions_en_service"]
    fenetre = sol["date_renouvellement"].between("2026-01-01", "2026-03-31")
    en_service = sol["statut"] == "en service"
    contrat = sol["type"] == "contrat"
    return {
        "contrats": int((fenetre & en_service & contrat).sum()),
        "tous_types": int((fenetre & en_service).sum()),
    }


def enonce(p):
    return (
        "Pour préparer les renouvellements **avant** qu'ils ne deviennent des résiliations, "
        "comptez les **contrats de maintenance en service** dont la date de renouvellement tombe "
        "au **1er trimestre 2026** (du 01/01/2026 au 31/03/2026 inclus) : tableau « Solutions "
        "en service » de vos données, filtres sur « Type », « Statut » et « Renouvellement ». "
        "Tapez le nombre dans le champ."
    )


def solution(p):
    return p["contrats"]


def _pieges(p):
    return [
        (
            p["tous_types"],
            "Vous avez compté aussi les pompes (fin de vie) : la question porte sur les "
            "contrats (`type = 'contrat'`).",
        )
    ]


def explication(p):
    return (
        "`SELECT COUNT(*) FROM solutions_en_service WHERE type = 'contrat' AND statut = 'en "
        "service' AND date_renouvellement BETWEEN '2026-01-01' AND '2026-03-31'`."
    )


def diagnostics(p):
    return pieges_distincts(FORMAT, solution(p), _pieges(p))
