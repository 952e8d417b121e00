"""Solutions mises en service sans interaction de suivi dans les N jours (SQL ou pandas)."""

import pandas as pd

from autograder.moteur.formats import Nombre, pieges_distincts

TITRE = "Solutions installées sans suivi"
CRITERES = ("CP9.1",)
POINTS = 2
FORMAT = Nombre(unite="solutions", tolerance=0, bornes=(0, 2000), decimales=0)
VARIABLE = "nb_sans_suivi"
DONNEES = ("solutions_en_service", "interactions")


def _compter(d, jours, borne_haute=True):
    sol = d["solutions_en_service"]
    sol = sol[sol["commande_id"].notna()].copy()
    sol["mise"] = pd.to_datetime(sol["date_mise_en_service"])
    limite = pd.Timestamp(d["reference"]) - pd.Timedelta(days=jours)
    sol = sol[sol["mise"] <= limite]
    inter = d["interactions"][["entreprise_id", "date"]].copy()
    inter["date"] = pd.to_datetime(inter["date"])
    m = sol.merge(inter, on="entreprise_id", how="left")
    dans = m["date"] >= m["mise"]
    if borne_haute:
        dans &= m["date"] <= m["mise"] + pd.Timedelta(days=jours)
    suivies = set(m.loc[dans, "id"])
    return int((~sol["id"].isin(suivies)).sum()), len(sol)


def generer(ctx):
    jours = ctx.donnees["delai_suivi"]
    sans, total = _compter(ctx.donnees, jours)
    sans_fin, _ = _compter(ctx.donnees, jours, borne_haute=False)
    return {"jours": jours, "sans_suivi": sans, "total": total, "sans_borne": sans_fin}


def enonce(p):
    return (
        "Hydralis s'engage à rappeler chaque client **dans les "
        f"{p['jours']} jours** qui suivent la mise en service d'une solution vendue (pompe ou "
        "contrat issus d'une commande : « N° commande » renseigné dans le tableau « Solutions "
        f"en service »). Parmi ces solutions mises en service au plus tard {p['jours']} jours "
        "avant le 31/12/2025, **combien n'ont été suivies d'aucune interaction avec "
        "l'entreprise cliente** (tableau « Interactions », même « N° entreprise ») entre la "
        f"date de mise en service et {p['jours']} jours après (bornes incluses) ? Tapez le "
        "nombre dans le champ."
    )


def solution(p):
    return p["sans_suivi"]


def _pieges(p):
    return [
        (
            p["total"],
            "C'est le nombre total de solutions concernées : il faut retirer celles qui ont "
            "eu au moins une interaction dans la fenêtre.",
        ),
        (
            p["total"] - p["sans_suivi"],
            "C'est le nombre de solutions **suivies** : la question porte sur celles qui ne "
            "l'ont pas été.",
        ),
        (
            p["sans_borne"],
            f"Vous avez compté toute interaction postérieure à la mise en service : le suivi "
            f"doit avoir lieu dans les {p['jours']} jours.",
        ),
    ]


def explication(p):
    return (
        "Pour chaque solution, cherchez une interaction de la même entreprise dont la date est "
        f"comprise entre la mise en service et mise en service + {p['jours']} jours "
        "(`NOT EXISTS` en SQL, ou une jointure puis un filtre en pandas)."
    )


def diagnostics(p):
    return pieges_distincts(FORMAT, solution(p), _pieges(p))
