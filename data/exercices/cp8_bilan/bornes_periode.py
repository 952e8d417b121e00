"""Sélectionner la période du bilan : les bornes d'un trimestre en SQL (CP8.1)."""

import calendar

from autograder.moteur.formats import Choix, Option

TITRE = "Les bornes de la période"
CRITERES = ()  # aucun critère : voir la règle de data/exercices/README.md
POINTS = 1
FORMAT = Choix()


def generer(ctx):
    t = ctx.donnees["trimestre"]
    m1, m3 = 3 * t - 2, 3 * t
    dernier = calendar.monthrange(2025, m3)[1]
    debut, fin = f"2025-{m1:02d}-01", f"2025-{m3:02d}-{dernier:02d}"
    apres = "2026-01-01" if t == 4 else f"2025-{m3 + 1:02d}-01"
    options = [
        ("between", f"`WHERE date BETWEEN '{debut}' AND '{fin}'`", True,
         "`BETWEEN` inclut ses deux bornes : du premier au dernier jour du trimestre."),
        ("strict", f"`WHERE date > '{debut}' AND date < '{fin}'`", False,
         "Les inégalités strictes excluent le premier et le dernier jour du trimestre."),
        ("lendemain", f"`WHERE date BETWEEN '{debut}' AND '{apres}'`", False,
         f"Cette requête compte aussi le {apres[8:]}/{apres[5:7]}, qui appartient au trimestre "
         "suivant."),
        ("mois", "`WHERE substr(date, 6, 2) IN ("
         + ", ".join(f"'{m:02d}'" for m in range(m1, m3 + 1)) + ")`", False,
         "Sans l'année, vous additionnez les mêmes mois de 2024 et de 2025."),
        ("francais", f"`WHERE date BETWEEN '01/{m1:02d}/2025' AND '{dernier}/{m3:02d}/2025'`",
         False, "Les dates du CRM sont écrites `AAAA-MM-JJ` : comparées à un texte `JJ/MM/AAAA`, "
         "elles ne sont pas dans le bon ordre et la sélection est fausse."),
    ]  # fmt: skip
    ctx.rng.shuffle(options)
    return {"trimestre": t, "commercial": ctx.donnees["commercial"], "options": options}


def enonce(p):
    return (
        f"Votre bilan porte sur le **T{p['trimestre']} 2025**. Les dates du CRM sont des textes "
        "`AAAA-MM-JJ`. **Quelle clause sélectionne exactement les commandes du trimestre**, "
        "ni plus ni moins ?"
    )


def options(p):
    return [Option(*o) for o in p["options"]]
