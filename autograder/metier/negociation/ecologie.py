"""The ecological dialogue of a persona (CP7.5): a branching exchange where the learner brings the
ecological dimension in, backed by the case's figures, without greenwashing.

The dialogue is common to the personas (data/negociation/ecologie/dialogue.json); its « {champ} »
are filled from the persona's « ecologie » block and from the figures computed here: kWh saved
a year = power × running hours × expected gain, then euros (price of the kWh) and kg CO2e
(emission factor). The power scales with the learner's factor, like the amounts.
"""

from __future__ import annotations

import functools
import json

from autograder.metier.negociation.personas import (
    ECOLOGIE_TEXTES,
    PersonaInvalide,
    valider_dialogue,
)
from autograder.moteur.nombres import euros, nombre, pourcent
from autograder.moteur.paths import data_path

ANNEES = 10


@functools.cache
def modele() -> dict:
    nom = "negociation/ecologie/dialogue.json"
    data = json.loads(data_path("negociation", "ecologie", "dialogue.json").read_text("utf-8"))

    def err(champ, probleme):
        raise PersonaInvalide(f"{nom} : {champ} {probleme}.")

    for champ in ("facteur_emission_kg_kwh", "part_valorisee"):
        if not isinstance(data.get(champ), int | float) or data[champ] <= 0:
            err(champ, "n'est pas un nombre positif")
    valider_dialogue({k: data.get(k) for k in ("titre", "depart", "noeuds")}, err)
    return data


def chiffres(p: dict) -> dict:
    """The figures of the persona's case: power (scaled by the learner's factor, to 0.5 kW), kWh,
    euros and kg CO2e saved a year."""
    e, m = p["ecologie"], modele()
    puissance = round(e["puissance_kw"] * p.get("facteur", 1) * 2) / 2
    kwh = round(puissance * e["heures_an"] * e["gain_energie"], -2)
    return {
        "puissance_kw": puissance,
        "heures_an": e["heures_an"],
        "gain_energie": e["gain_energie"],
        "prix_kwh": e["prix_kwh"],
        "kwh": kwh,
        "euros_an": kwh * e["prix_kwh"],
        "co2e_kg": round(kwh * m["facteur_emission_kg_kwh"], -1),
        "facteur": m["facteur_emission_kg_kwh"],
        "part_valorisee": m["part_valorisee"],
    }


def champs(p: dict) -> dict:
    """What fills the dialogue's « {champ} », in French."""
    c = chiffres(p)
    return {
        **{k: p["ecologie"][k] for k in ECOLOGIE_TEXTES},
        "prix": euros(p["prix_catalogue"], 0),
        "heures": f"{nombre(c['heures_an'])} heures",
        "kwh": f"{nombre(c['kwh'])} kWh",
        "euros_an": euros(c["euros_an"], 0),
        "euros_10ans": euros(c["euros_an"] * ANNEES, 0),
        "co2e": f"{nombre(c['co2e_kg'])} kg de CO₂e",
        "facteur": f"{nombre(c['facteur'], 3)} kg de CO₂e par kWh",
        "gain": pourcent(c["gain_energie"], 0),
        "part_valorisee": pourcent(c["part_valorisee"], 0),
    }


def dialogue(p: dict) -> dict:
    """The ecological dialogue of persona `p`, every « {champ} » filled with its figures."""
    valeurs = champs(p)

    def remplir(x):
        if isinstance(x, str):
            return x.format_map(valeurs)
        if isinstance(x, dict):
            return {k: remplir(v) for k, v in x.items()}
        if isinstance(x, list):
            return [remplir(v) for v in x]
        return x

    m = modele()
    return remplir({"titre": m["titre"], "depart": m["depart"], "noeuds": m["noeuds"]})


def donnees_du_cas(p: dict) -> str:
    """The case's figures, as the learner reads them before the exchange (Markdown)."""
    c = chiffres(p)
    e = p["ecologie"]
    return (
        f"**Données du cas** : {e['equipement']}, {nombre(c['puissance_kw'], 0 if c['puissance_kw'] % 1 == 0 else 1)} kW de moteurs, "
        f"{nombre(c['heures_an'])} heures de marche par an chez le client ; gain d'énergie attendu "
        f"avec les moteurs IE4 et les variateurs de vitesse, mesuré chez des clients comparables : "
        f"{pourcent(c['gain_energie'], 0)} ; électricité à {nombre(c['prix_kwh'], 2)} € le kWh ; "
        f"facteur d'émission de l'électricité : {nombre(c['facteur'], 3)} kg de CO₂e par kWh "
        f"({modele()['source_facteur']}). Hydralis reprend les équipements remplacés : "
        f"{pourcent(c['part_valorisee'], 0)} de la masse reprise est valorisée "
        "(reconditionnement, recyclage)."
    )
