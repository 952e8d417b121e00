"""Le chiffre d'affaires HT de la période, tiré du CRM (CP8.1)."""

from autograder.moteur.formats import Nombre, pieges_distincts

TITRE = "Chiffre d'affaires du trimestre"
CRITERES = ("CP8.1",)
POINTS = 2
FORMAT = Nombre(unite="€", tolerance=1, bornes=(0, 5_000_000), decimales=2)
VARIABLE = "ca_trimestre"
DONNEES = ("commandes",)


def _somme(c, debut, fin, commercial=None, colonne="montant_ht", strict=False):
    garde = (c["date"] >= debut) & ((c["date"] < fin) if strict else (c["date"] <= fin))
    if commercial:
        garde &= c["commercial"] == commercial
    return round(float(c.loc[garde, colonne].sum()), 2)


def generer(ctx):
    c, p = ctx.donnees["commandes"], ctx.donnees["periode"]
    qui, t = ctx.donnees["commercial"], ctx.donnees["trimestre"]
    avant = f"2025-{3 * t - 5:02d}-01", f"{p.debut[:8]}01"
    return {
        "commercial": qui,
        "trimestre": t,
        "debut": p.debut,
        "fin": p.fin,
        "ca": _somme(c, p.debut, p.fin, qui),
        "pieges": {
            "annee": _somme(c, "2025-01-01", "2025-12-31", qui),
            "equipe": _somme(c, p.debut, p.fin),
            "ttc": _somme(c, p.debut, p.fin, qui, "montant_ttc"),
            "strict": _somme(c, p.debut, p.fin, qui, strict=True),
            "avant": _somme(c, *avant, qui, strict=True),
            "an_passe": _somme(c, "2024" + p.debut[4:], "2024" + p.fin[4:], qui),
        },
    }


def enonce(p):
    return (
        f"Calculez le **chiffre d'affaires HT des commandes signées par {p['commercial']} au "
        f"T{p['trimestre']} 2025** : dans le tableau « Commandes » de vos données, filtrez la "
        "colonne « Commercial » et les dates du trimestre (bornes comprises), additionnez la "
        "colonne « Montant HT », et tapez le total dans le champ, en euros."
    )


def solution(p):
    return p["ca"]


MESSAGES = {
    "annee": "C'est le CA de toute l'année 2025 : limitez la période au trimestre.",
    "equipe": "C'est le CA de toute l'équipe : filtrez sur le commercial de votre cas.",
    "ttc": "Vous avez additionné les montants TTC : un bilan commercial se fait en HT.",
    "strict": "Le dernier jour du trimestre manque : `date < fin` l'exclut, utilisez `<=` ou "
    "`BETWEEN`.",
    "avant": "C'est le CA du trimestre précédent : vérifiez les bornes de la période.",
    "an_passe": "C'est le CA du même trimestre de 2024 : vérifiez l'année.",
}


def diagnostics(p):
    return pieges_distincts(FORMAT, solution(p), [(v, MESSAGES[k]) for k, v in p["pieges"].items()])


def explication(p):
    return (
        "`SELECT SUM(montant_ht) FROM commandes WHERE commercial = :qui AND date BETWEEN "
        f"'{p['debut']}' AND '{p['fin']}'`."
    )
