"""Visite ou visioconférence : le CO2 de chaque solution, pour un rendez-vous de suivi."""

from autograder.metier import organisation as org
from autograder.metier import plan_actions as pa
from autograder.moteur.formats import Nombre, pieges_distincts
from autograder.moteur.nombres import nombre

TITRE = "Visite ou visio : le CO2 évité"
CRITERES = ()  # un calcul d'émissions avec des facteurs donnés : une technique (README)
POINTS = 1
FORMAT = Nombre(unite="kg CO2e", tolerance=0.1, bornes=(0, 1000), decimales=2)
DONNEES = ("semaine",)


def generer(ctx):
    s = ctx.donnees["semaine"]
    i = org.client_le_plus_loin(s)
    return {
        "client": s["clients"][i - 1],
        "ville": s["villes"][i - 1],
        "km_aller": s["matrice"][0][i],
        "heures": ctx.rng.choice([0.5, 0.75, 1.0, 1.5]),
        "participants": ctx.rng.choice([2, 3, 4]),
        "f_voiture": pa.facteur_emission()["valeur"],
        "f_visio": org.donnees()["visio"]["valeur"],
    }


def _visite(p):
    return 2 * p["km_aller"] * p["f_voiture"]


def _visio(p):
    return org.co2_visio_kg(p["heures"], p["participants"])


def enonce(p):
    return (
        f"Le rendez-vous de suivi chez **{p['client']}** ({p['ville']}, à "
        f"{nombre(p['km_aller'], 0)} km du siège par la route) peut se tenir en visioconférence : "
        f"{nombre(p['heures'] * 60, 0)} minutes, {p['participants']} participants caméra allumée. "
        f"Facteurs du cas (ordres de grandeur ADEME, à vérifier) : voiture "
        f"{nombre(p['f_voiture'], 2)} kg CO2e par km ; visio {nombre(p['f_visio'], 2)} kg CO2e par "
        "heure et par participant. **Combien de kg de CO2e la visio évite-t-elle par rapport à "
        "la visite (aller et retour depuis le siège) ?** Deux décimales."
    )


def solution(p):
    return _visite(p) - _visio(p)


def diagnostics(p):
    return pieges_distincts(
        FORMAT,
        solution(p),
        [
            (p["km_aller"] * p["f_voiture"] - _visio(p), "Comptez l'aller et le retour."),
            (_visite(p), "C'est l'émission de la visite : retirez celle de la visio."),
            (
                _visite(p) - p["heures"] * p["f_visio"],
                "La visio émet pour chaque participant : multipliez par leur nombre.",
            ),
        ],
    )


def explication(p):
    return (
        f"Visite : 2 × {nombre(p['km_aller'], 0)} × {nombre(p['f_voiture'], 2)} = "
        f"{nombre(_visite(p), 2)} kg ; visio : {nombre(p['heures'], 2)} h × {p['participants']} × "
        f"{nombre(p['f_visio'], 2)} = {nombre(_visio(p), 2)} kg ; différence "
        f"{nombre(solution(p), 2)} kg CO2e."
    )
