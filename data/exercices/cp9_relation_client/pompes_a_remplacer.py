"""Pompes en fin de vie (dépassée ou dans l'année) : pistes de renouvellement proactif."""

from autograder.moteur.formats import Nombre, pieges_distincts

TITRE = "Pompes à remplacer"
CRITERES = ("CP9.3", "CT2.5")
POINTS = 1
FORMAT = Nombre(unite="pompes", tolerance=0, bornes=(0, 2000), decimales=0)
DONNEES = ("solutions_en_service",)


def generer(ctx):
    sol = ctx.donnees["solutions_en_service"]
    pompes = sol[sol["type"] == "pompe"]
    fin = pompes["date_renouvellement"] <= "2026-12-31"
    deja = pompes["date_renouvellement"] <= "2025-12-31"
    actives = pompes["statut"] == "en service"
    return {
        "a_remplacer": int((fin & actives).sum()),
        "deja": int((deja & actives).sum()),
        "avec_resiliees": int(fin.sum()),
    }


def enonce(p):
    return (
        "Dans le tableau « Solutions en service » de vos données, la date de « Renouvellement » "
        "d'une pompe est sa fin de vie prévue. **Combien de pompes encore en service** ont une "
        "fin de vie **déjà dépassée ou atteinte d'ici le 31/12/2026** ? Ce sont les "
        "propositions de remplacement à préparer."
    )


def solution(p):
    return p["a_remplacer"]


def _pieges(p):
    return [
        (
            p["deja"],
            "Vous n'avez compté que les fins de vie déjà dépassées : anticiper, c'est aussi "
            "préparer celles de 2026.",
        ),
        (
            p["avec_resiliees"],
            "Vous avez compté des pompes résiliées (sorties du parc) : gardez `statut = 'en "
            "service'`.",
        ),
    ]


def explication(p):
    return "Filtre : type pompe, statut en service, date_renouvellement ≤ 2026-12-31."


def diagnostics(p):
    return pieges_distincts(FORMAT, solution(p), _pieges(p))
