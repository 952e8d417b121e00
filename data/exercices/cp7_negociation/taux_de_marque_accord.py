"""Le coût des concessions : le taux de marque d'un accord, concessions comprises."""

from autograder.calculs import taux_de_marge, taux_de_marque
from autograder.metier.negociation import simulateur as neg
from autograder.metier.proposition import CONVENTION_COUT_DE_REVIENT
from autograder.moteur.formats import Nombre
from autograder.moteur.nombres import euros, pourcent

TITRE = "Taux de marque d'un accord, concessions comprises"
CRITERES = ("CT3.2",)
POINTS = 2
FORMAT = Nombre(unite="%", tolerance=0.1, bornes=(-100, 100), decimales=1)
VARIABLE = "taux_marque_accord"
DONNEES = ()


def generer(ctx):
    q = ctx.donnees["persona"]
    # An agreement taking shape (not the simulator's best one): the client's needs, one more
    # negotiable condition, and a discount drawn for the learner.
    termes = {t: d.get("exigence", d["niveaux"][0]["id"]) for t, d in q["termes"].items()}
    autres = [
        t for t, d in q["termes"].items() if "exigence" not in d and not d.get("non_negociable")
    ]
    termes[ctx.rng.choice(autres)] = None
    concessions = []
    for t, i in termes.items():
        n = q["termes"][t]["niveaux"][1] if i is None else neg.niveau(q, t, i)[1]
        if n["cout"]:
            concessions.append((neg.TERMES[t], n["libelle"], n["cout"]))
    return {
        "catalogue": q["prix_catalogue"],
        "remise": ctx.rng.choice([3.0, 3.5, 4.0, 4.5, 5.0]),
        "cout": q["cout_revient"],
        "concessions": concessions,
        "plancher": q["plancher_taux_de_marque"],
    }


def _net(p):
    return round(p["catalogue"] * (1 - p["remise"] / 100), 2)


def _cout_total(p):
    return p["cout"] + sum(c for _, _, c in p["concessions"])


def enonce(p):
    liste = " ; ".join(
        f"{t.lower()} : {lib} (coût {euros(c, 0)})" for t, lib, c in p["concessions"]
    )
    return (
        f"Un accord se dessine : remise de {pourcent(p['remise'] / 100)} sur le prix catalogue "
        f"de {euros(p['catalogue'], 0)} HT, et ces concessions : {liste}. Le coût de revient de "
        f"la solution est de {euros(p['cout'], 0)}. Calculez le **taux de marque de l'accord**, "
        "concessions comprises (le coût de chaque concession s'ajoute au coût de revient), et "
        "tapez-le dans le champ (en %, à 0,1 point près). "
        f"Le plancher de la direction ({pourcent(p['plancher'], 0)}) est-il respecté ? "
        + CONVENTION_COUT_DE_REVIENT
    )


def solution(p):
    return taux_de_marque(_net(p), _cout_total(p))


def diagnostics(p):
    return [
        (
            taux_de_marge(_net(p), _cout_total(p)),
            "C'est le taux de marge (marge ÷ coût). Le taux de marque rapporte la marge au prix "
            "de vente HT.",
        ),
        (
            taux_de_marque(_net(p), p["cout"]),
            "Vous avez oublié le coût des concessions : une livraison accélérée ou une formation "
            "en plus coûtent à l'entreprise, elles réduisent la marge.",
        ),
        (
            taux_de_marque(p["catalogue"], _cout_total(p)),
            "Vous avez pris le prix catalogue : la remise réduit le prix de vente, donc la marge.",
        ),
    ]


def explication(p):
    return (
        "Taux de marque = (prix net HT − coût total) ÷ prix net HT, le coût total comprenant le "
        "coût de revient complet et le coût de chaque concession : taux de marque calculé sur le "
        "coût de revient complet, convention du cas (un revendeur le calculerait sur son coût "
        "d'achat HT)."
    )
