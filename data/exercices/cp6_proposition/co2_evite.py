"""Développement durable chiffré : CO₂e évité par l'offre Hydralis face à une offre concurrente."""

from autograder.metier import proposition as pr
from autograder.moteur.formats import Nombre
from autograder.moteur.nombres import nombre

TITRE = "Émissions de CO₂e évitées sur 10 ans"
CRITERES = ("CP6.4",)
POINTS = 2
FORMAT = Nombre(unite="kg CO₂e", tolerance=2, bornes=(0, 1e6), decimales=0)


def generer(ctx):
    d = ctx.donnees
    h, c = d["offres"][0], d["offres"][1]
    f = d["facteurs"]
    return {
        "heures": d["heures_an"],
        "annees": d["annees"],
        "concurrent": c.nom,
        "p_h": h.puissance_kw,
        "p_c": c.puissance_kw,
        "masse_h": h.masse_t,
        "km_h": h.distance_km,
        "masse_c": c.masse_t,
        "km_c": c.distance_km,
        "mode_c": c.mode,
        "f_elec": f["electricite_kgco2e_par_kwh"],
        "f_route": f["routier_kgco2e_par_t_km"],
        "f_mer": f["maritime_kgco2e_par_t_km"],
    }


def _parts(p, annees=None, f_c=None):
    ecart_kwh = pr.consommation_kwh(p["p_c"] - p["p_h"], p["heures"]) * (annees or p["annees"])
    energie = pr.co2_kg(ecart_kwh, p["f_elec"])
    transport = pr.co2_transport_kg(p["masse_c"], p["km_c"], f_c or p["f_mer"]) - (
        pr.co2_transport_kg(p["masse_h"], p["km_h"], p["f_route"])
    )
    return energie, transport


def enonce(p):
    return (
        f"Comparez l'offre Hydralis à celle de **{p['concurrent']}** sur {p['annees']} ans. "
        f"Puissance absorbée : Hydralis {nombre(p['p_h'], 2)} kW, {p['concurrent']} "
        f"{nombre(p['p_c'], 2)} kW, pour {nombre(p['heures'])} h de marche par an. Livraison : "
        f"Hydralis {nombre(p['masse_h'], 3)} t sur {nombre(p['km_h'])} km par la route ; "
        f"{p['concurrent']} {nombre(p['masse_c'], 3)} t sur {nombre(p['km_c'])} km "
        f"({p['mode_c']} : comptez tout le trajet au facteur maritime). Facteurs d'émission "
        f"(valeurs d'illustration) : électricité {nombre(p['f_elec'], 3)} kg CO₂e/kWh, route "
        f"{nombre(p['f_route'], 3)} et mer {nombre(p['f_mer'], 3)} kg CO₂e par tonne·km.\n\n"
        "**Combien de kg de CO₂e la laiterie évite-t-elle en choisissant Hydralis (énergie sur "
        "toute la durée + différence de livraison) ?**"
    )


def solution(p):
    return sum(_parts(p))


def diagnostics(p):
    energie, transport = _parts(p)
    return [
        (sum(_parts(p, annees=1)), "C'est une seule année d'énergie : comptez toute la durée."),
        (energie, "Vous n'avez compté que l'énergie : ajoutez la différence de livraison."),
        (
            sum(_parts(p, f_c=p["f_route"])),
            "Le transport du concurrent est compté au facteur routier : le trajet est maritime.",
        ),
    ]


def explication(p):
    return (
        "Énergie évitée = (kW concurrent − kW Hydralis) × heures × années × facteur électricité ; "
        "livraison = masse × distance × facteur du mode, concurrent moins Hydralis."
    )
