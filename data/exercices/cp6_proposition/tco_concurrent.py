"""Analyse de la concurrence : coût total de possession d'une offre concurrente."""

from autograder.metier import proposition
from autograder.moteur.formats import Nombre
from autograder.moteur.nombres import euros, nombre

TITRE = "Coût total de possession d'une offre concurrente"
CRITERES = ("CP6.2",)
POINTS = 2
FORMAT = Nombre(unite="€", tolerance=1, bornes=(0, 5e6), decimales=0)
VARIABLE = "tco_concurrent"
DONNEES = ()


def generer(ctx):
    d = ctx.donnees
    offre = min(d["offres"][1:], key=lambda o: o.prix_ht)  # la moins chère à l'achat
    return {
        "nom": offre.nom,
        "prix": offre.prix_ht,
        "puissance": offre.puissance_kw,
        "maintenance": offre.maintenance_an_ht,
        "heures": d["heures_an"],
        "prix_kwh": d["prix_kwh"],
        "annees": d["annees"],
    }


def _tco(p, annees=None, energie=True, maintenance=True):
    kwh = proposition.consommation_kwh(p["puissance"], p["heures"]) if energie else 0
    m = p["maintenance"] if maintenance else 0
    return proposition.cout_total_possession(
        p["prix"], kwh, p["prix_kwh"], m, annees or p["annees"]
    )


def enonce(p):
    return (
        f"L'offre la moins chère à l'achat, celle de **{p['nom']}** : prix d'achat "
        f"{euros(p['prix'], 0)} HT, puissance absorbée de la station {nombre(p['puissance'], 2)} "
        f"kW, maintenance {euros(p['maintenance'], 0)} HT par an. La station marche "
        f"**{nombre(p['heures'])} heures par an** et la laiterie paie le kWh "
        f"**{euros(p['prix_kwh'], 3)} HT**. Calculez son **coût total de possession sur "
        f"{p['annees']} ans** (achat + énergie + maintenance, non actualisé ; énergie = puissance "
        "× heures × prix du kWh, chaque année) et tapez-le dans le champ, en euros HT."
    )


def solution(p):
    return _tco(p)


def diagnostics(p):
    return [
        (
            p["prix"],
            "C'est le seul prix d'achat : le coût total ajoute l'énergie et la maintenance.",
        ),
        (_tco(p, energie=False), "Vous avez oublié l'énergie, le poste le plus lourd sur 10 ans."),
        (_tco(p, maintenance=False), "Vous avez oublié la maintenance annuelle."),
        (_tco(p, annees=1), "Vous avez compté une seule année d'énergie et de maintenance."),
    ]


def explication(p):
    return (
        "TCO = prix d'achat + kW × heures × prix du kWh × années + maintenance × années "
        "(`proposition.cout_total_possession`)."
    )
