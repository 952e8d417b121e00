"""La tendance : évolution du CA de l'équipe en glissement annuel (CP8.1)."""

from autograder.calculs import ecart_relatif
from autograder.moteur.formats import Nombre, pieges_distincts
from autograder.moteur.nombres import euros

TITRE = "Évolution du CA en glissement annuel"
CRITERES = ("CP8.1",)
POINTS = 1
FORMAT = Nombre(unite="%", tolerance=0.1, bornes=(-100, 1000), decimales=1)


def _ca(c, debut, fin):
    return round(float(c.loc[c["date"].between(debut, fin), "montant_ht"].sum()), 2)


def generer(ctx):
    c, p, t = ctx.donnees["commandes"], ctx.donnees["periode"], ctx.donnees["trimestre"]
    fin_avant = {2: "2025-03-31", 3: "2025-06-30", 4: "2025-09-30"}[t]
    return {
        "trimestre": t,
        "ca": _ca(c, p.debut, p.fin),
        "ca_an_passe": _ca(c, "2024" + p.debut[4:], "2024" + p.fin[4:]),
        "ca_precedent": _ca(c, f"2025-{3 * t - 5:02d}-01", fin_avant),
    }


def enonce(p):
    t = p["trimestre"]
    return (
        f"CA HT de toute l'équipe : **{euros(p['ca'])}** au T{t} 2025, **{euros(p['ca_precedent'])}**"
        f" au T{t - 1} 2025 et **{euros(p['ca_an_passe'])}** au T{t} 2024. Une activité "
        "saisonnière se compare à la **même période de l'année précédente**. **Quelle est "
        f"l'évolution du CA du T{t} 2025 en glissement annuel** (en %, à 0,1 point près, "
        "négative en cas de baisse) ?"
    )


def solution(p):
    return ecart_relatif(p["ca"], p["ca_an_passe"])


def _pieges(p):
    sortie = [
        ((p["ca"] - p["ca_an_passe"]) / p["ca"],
         "Vous avez divisé par le CA de 2025 : la base d'une évolution est la période de "
         "référence, donc 2024."),
        (p["ca"] / p["ca_an_passe"],
         "C'est le rapport 2025 ÷ 2024 (un indice) : retirez 1 pour obtenir l'évolution."),
    ]  # fmt: skip
    if p["ca_precedent"]:
        sortie.append(
            (ecart_relatif(p["ca"], p["ca_precedent"]),
             "C'est l'évolution par rapport au trimestre précédent : avec une activité "
             "saisonnière, comparez au même trimestre de l'année précédente.")
        )  # fmt: skip
    return sortie


def diagnostics(p):
    return pieges_distincts(FORMAT, solution(p), _pieges(p))


def explication(p):
    return "Évolution = (CA 2025 − CA 2024) ÷ CA 2024 : `ecart_relatif(ca_2025, ca_2024)`."
