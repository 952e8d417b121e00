"""Répondre à un appel d'offres public (CP1, CP3) : seuils, procédure, notation des offres, paiement.

Les données (``data/marches_publics/seuils.json``) donnent chaque seuil avec sa source, sa
période de validité et son statut « à vérifier », les articles du Code de la commande publique
cités et les passages du REAC ; ``cas.json`` décrit le cas fictif (acheteurs, lots, concurrents,
plages des montants). ``construire(graine)`` tire la version d'un apprenant : l'avis repéré, ses
lots et ses critères, les offres estimées sur le lot visé.

Conventions : montants en euros HT ; une durée d'un an reconductible ``r`` fois vaut ``1 + r``
années ; la note du prix suit la méthode dite « classique » (prix le plus bas ÷ prix de l'offre
× points du prix), une méthode courante parmi d'autres ; la valeur technique est notée sur 20
par l'acheteur, puis ramenée à ses points.
"""

from __future__ import annotations

import calendar
import copy
import datetime as dt
import json
import random
from functools import cache

from autograder.moteur.nombres import euros, nombre, pourcent
from autograder.moteur.paths import data_path

_CLES_SEUILS = ("note", "a_verifier", "reac", "seuils", "textes")
_CLES_SEUIL = ("cle", "objet", "valeur", "du", "au", "source", "a_verifier")
_CLES_CAS = ("hydralis", "acheteurs", "types_acheteurs", "lots", "reconductions", "concurrents")
_CLES_ACHETEUR = ("nom", "de", "type", "site", "objet")

PROCEDURES = {
    "dispense": "Sans publicité ni mise en concurrence préalables (dispense)",
    "mapa_libre": "Procédure adaptée (MAPA), publicité librement adaptée",
    "mapa_publie": "Procédure adaptée (MAPA), avis au BOAMP ou dans un journal d'annonces légales",
    "formalisee": "Procédure formalisée (appel d'offres ouvert ou restreint), avis au BOAMP et au JOUE",
}
"""The four outcomes of the amount test, in the words of a buyer."""

SEUIL_FORMALISE = {
    "etat": "formalise_fournitures_services_etat",
    "collectivite": "formalise_fournitures_services_autres",
    "sante": "formalise_fournitures_services_autres",
}

NOTE_TECHNIQUE_MAX = 20


@cache
def _lire(nom: str) -> dict:
    with open(data_path("marches_publics", nom), encoding="utf-8") as f:
        return json.load(f)


def _verifier(d: dict, cles, fichier: str) -> None:
    manque = [k for k in cles if k not in d]
    if manque:
        raise ValueError(f"{fichier} : champs manquants : {', '.join(manque)}.")


@cache
def _seuils() -> dict:
    d = _lire("seuils.json")
    _verifier(d, _CLES_SEUILS, "seuils.json")
    for s in d["seuils"]:
        _verifier(s, _CLES_SEUIL, f"seuils.json ({s.get('cle', '?')})")
        if not s["source"] or s["a_verifier"] is not True:
            raise ValueError(f"seuils.json : {s['cle']} doit citer sa source et rester à vérifier.")
        if s["au"] is not None and s["au"] < s["du"]:
            raise ValueError(f"seuils.json : période impossible pour {s['cle']}.")
    return d


@cache
def _cas() -> dict:
    d = _lire("cas.json")
    _verifier(d, _CLES_CAS, "cas.json")
    for a in d["acheteurs"]:
        _verifier(a, _CLES_ACHETEUR, "cas.json (acheteurs)")
        if a["type"] not in SEUIL_FORMALISE:
            raise ValueError(f"cas.json : type d'acheteur inconnu : {a['type']!r}.")
    return d


def donnees() -> dict:
    """seuils.json tel qu'il est écrit (copie : la modifier ne change rien)."""
    return copy.deepcopy(_seuils())


def cas() -> dict:
    """cas.json tel qu'il est écrit (copie)."""
    return copy.deepcopy(_cas())


def seuil(cle: str, jour: dt.date) -> dict:
    """Le seuil ``cle`` en vigueur à cette date (celle du lancement de la consultation)."""
    iso = jour.isoformat()
    for s in _seuils()["seuils"]:
        if s["cle"] == cle and s["du"] <= iso and (s["au"] is None or iso <= s["au"]):
            return dict(s)
    raise ValueError(
        f"Aucun seuil « {cle} » connu au {jour:%d/%m/%Y} dans data/marches_publics/seuils.json."
    )


def valeur(cle: str, jour: dt.date) -> float:
    return float(seuil(cle, jour)["valeur"])


def valeur_estimee(montant_annuel_ht: float, reconductions: int = 0) -> float:
    """Valeur estimée du besoin (R2121-1) : toute la durée, reconductions comprises."""
    if montant_annuel_ht < 0 or reconductions < 0:
        raise ValueError("Montant annuel et nombre de reconductions positifs attendus.")
    return float(montant_annuel_ht) * (1 + int(reconductions))


def procedure(valeur_ht: float, type_acheteur: str, jour: dt.date) -> str:
    """La procédure imposée par le montant pour des fournitures ou services (clé de PROCEDURES)."""
    if type_acheteur not in SEUIL_FORMALISE:
        raise ValueError(f"Type d'acheteur inconnu : {type_acheteur!r}.")
    if valeur_ht >= valeur(SEUIL_FORMALISE[type_acheteur], jour):
        return "formalisee"
    if valeur_ht >= valeur("publicite_boamp_jal", jour):
        return "mapa_publie"
    if valeur_ht >= valeur("dispense_fournitures_services", jour):
        return "mapa_libre"
    return "dispense"


def part_maximale_petits_lots(total_lots_ht: float, jour: dt.date) -> float:
    """Montant cumulé maximal des petits lots passés en procédure adaptée (R2123-1, 2° b)."""
    return round(float(total_lots_ht) * valeur("petits_lots_part_maximale", jour), 2)


# -- notation des offres ---------------------------------------------------------------------------
def note_prix(prix: float, prix_le_plus_bas: float, points: float) -> float:
    """Méthode dite classique : points × prix le plus bas ÷ prix de l'offre."""
    if prix <= 0 or prix_le_plus_bas <= 0:
        raise ValueError("Les prix comparés doivent être strictement positifs.")
    return points * prix_le_plus_bas / prix


def note_totale(prix, note_technique, prix_le_plus_bas, poids_prix, points=100) -> float:
    """Points du prix + points de la valeur technique (notée sur 20, ramenée à ses points)."""
    points_prix = points * poids_prix
    points_technique = points - points_prix
    return note_prix(prix, prix_le_plus_bas, points_prix) + (
        points_technique * note_technique / NOTE_TECHNIQUE_MAX
    )


def classement(offres: dict[str, dict], poids_prix: float, points=100) -> list[tuple[str, float]]:
    """(nom, note totale) du premier au dernier ; ``offres`` : {nom: {"prix", "technique"}}."""
    plus_bas = min(o["prix"] for o in offres.values())
    notes = {
        nom: note_totale(o["prix"], o["technique"], plus_bas, poids_prix, points)
        for nom, o in offres.items()
    }
    return sorted(notes.items(), key=lambda x: -x[1])


def prix_maximal_pour_gagner(concurrents: dict[str, dict], note_technique, poids_prix, points=100):
    """Le prix au-delà duquel l'offre ne passe plus en tête (égalité avec le meilleur concurrent).

    Valable quand ce prix reste au-dessus du prix le plus bas des concurrents : la note des
    concurrents ne bouge alors pas. Renvoie None hors de ce cas (le tirage l'évite).
    """
    plus_bas = min(o["prix"] for o in concurrents.values())
    meilleur = max(
        note_totale(o["prix"], o["technique"], plus_bas, poids_prix, points)
        for o in concurrents.values()
    )
    points_prix = points * poids_prix
    technique = (points - points_prix) * note_technique / NOTE_TECHNIQUE_MAX
    if meilleur - technique <= 0:
        return None
    seuil_prix = points_prix * plus_bas / (meilleur - technique)
    return round(seuil_prix, 2) if seuil_prix >= plus_bas else None


def offres_a_justifier(prix: dict[str, float], ecart: float = 0.2) -> list[str]:
    """Offres inférieures de plus de ``ecart`` à la moyenne des offres (seuil de détection écrit
    au règlement de la consultation) : l'acheteur en demande la justification (R2152-3)."""
    moyenne = sum(prix.values()) / len(prix)
    return sorted(n for n, p in prix.items() if p < moyenne * (1 - ecart))


# -- dates -----------------------------------------------------------------------------------------
def ajouter_mois(jour: dt.date, mois: int) -> dt.date:
    """Même quantième ``mois`` plus tard, ramené à la fin du mois s'il n'existe pas (31/08 + 6)."""
    m = jour.month - 1 + mois
    annee, mois_ = jour.year + m // 12, m % 12 + 1
    return jour.replace(
        year=annee, month=mois_, day=min(jour.day, calendar.monthrange(annee, mois_)[1])
    )


def _date(rng: random.Random, debut: dt.date, fin: dt.date) -> dt.date:
    return debut + dt.timedelta(days=rng.randint(0, (fin - debut).days))


def tirer_date(rng: random.Random, debut: dt.date, fin: dt.date) -> dt.date:
    """Une date au hasard entre deux dates comprises (tirages des exercices)."""
    return _date(rng, debut, fin)


# -- le cas d'un apprenant -------------------------------------------------------------------------
def _offres(rng: random.Random, c: dict, montant_ht: float, poids_prix: float) -> dict:
    """Hydralis and three competitors on the lot it aims at; the cheapest does not win and the
    winning price threshold of Hydralis lies above the cheapest competitor's price."""
    ct = c["controle_technique"]
    while True:
        h_tech = round(rng.randint(*ct["note_hydralis"]) / 5, 1)  # /20, by steps of 0.2
        concurrents = {}
        for nom in c["concurrents"]:
            tech = round(max(8.0, h_tech - rng.randint(*ct["ecart_concurrents"]) / 5), 1)
            prix = round(montant_ht * rng.uniform(0.82, 1.08), -2)
            concurrents[nom] = {"prix": prix, "technique": tech}
        seuil_prix = prix_maximal_pour_gagner(concurrents, h_tech, poids_prix)
        if seuil_prix is None or seuil_prix > montant_ht * 1.25:
            continue
        # Hydralis's planned price: sometimes under its winning threshold, sometimes above
        h_prix = round(seuil_prix * rng.choice((0.95, 0.97, 1.03, 1.05)), -2)
        offres = {**concurrents, "Hydralis": {"prix": h_prix, "technique": h_tech}}
        ordre = [n for n, _ in classement(offres, poids_prix)]
        plus_bas = min(offres, key=lambda n: offres[n]["prix"])
        notes = [t for _, t in classement(offres, poids_prix)]
        if ordre[0] != plus_bas and notes[0] - notes[1] > 0.3 and h_prix > 0:
            return {"offres": offres, "seuil_hydralis": seuil_prix}


def construire(graine: int) -> dict:
    """La version d'un apprenant : l'avis repéré, ses lots, ses critères, les offres estimées."""
    c, rng = _cas(), random.Random(f"marches-publics-{graine}")
    acheteur = rng.choice(c["acheteurs"])
    publication = _date(rng, dt.date(2026, 4, 1), dt.date(2026, 9, 30))
    reconductions = rng.choice(c["reconductions"])
    annees = 1 + reconductions
    lots = []
    for lot in c["lots"]:
        annuel = round(rng.uniform(*lot["annuel_ht"]), -3)
        lots.append({**lot, "annuel_ht": annuel, "total_ht": valeur_estimee(annuel, reconductions)})
    total = sum(lot["total_ht"] for lot in lots)
    poids_prix = rng.choice(c["ponderation_prix"])
    scenario = rng.choice(("go", "delai", "visite"))
    reste = rng.randint(5, 10) if scenario == "delai" else rng.randint(15, 24)
    limite = publication + dt.timedelta(days=35)
    reperage = limite - dt.timedelta(days=reste)
    visite = reperage - dt.timedelta(days=rng.randint(2, 6))
    if scenario != "visite":
        visite = reperage + dt.timedelta(days=rng.randint(3, 8))
    vise = lots[0]
    return {
        "acheteur": acheteur,
        "type_acheteur": c["types_acheteurs"][acheteur["type"]],
        "publication": publication,
        "limite": limite,
        "reperage": reperage,
        "jours_restants": reste,
        "visite_lot_2": visite,
        "scenario": scenario,
        "reconductions": reconductions,
        "annees": annees,
        "lots": lots,
        "total_ht": total,
        "procedure": procedure(total, acheteur["type"], publication),
        "poids_prix": poids_prix,
        "hydralis": c["hydralis"],
        "lot_vise": vise["numero"],
        **_offres(rng, c, vise["annuel_ht"] * annees, poids_prix),
    }


# -- ce que montrent les exercices de notation --------------------------------------------------
def offres_du_lot(marche: dict) -> dict:
    """Les paramètres communs aux exercices de notation : lot visé, pondération, offres estimées."""
    lot = next(lot for lot in marche["lots"] if lot["numero"] == marche["lot_vise"])
    return {
        "acheteur": marche["acheteur"]["de"],
        "lot": lot["numero"],
        "intitule": lot["intitule"],
        "poids_prix": marche["poids_prix"],
        "offres": {n: dict(o) for n, o in marche["offres"].items()},
    }


def tableau_offres(p: dict, avec_hydralis: bool = True) -> str:
    """Les offres en tableau Markdown (prix HT sur toute la durée, valeur technique sur 20)."""
    lignes = [
        "| Entreprise | Prix de l'offre (HT, toute la durée) | Valeur technique (sur 20) |",
        "|---|---:|---:|",
    ]
    for nom, o in p["offres"].items():
        if nom != "Hydralis" or avec_hydralis:
            lignes.append(f"| {nom} | {euros(o['prix'], 0)} | {nombre(o['technique'], 1)} |")
    return "\n".join(lignes)


def texte_criteres(poids_prix: float) -> str:
    """Les critères pondérés et la formule du prix, comme un règlement de consultation les écrit."""
    pp = round(100 * poids_prix)
    return (
        f"Critères du règlement de la consultation : **prix {pourcent(poids_prix, 0)}** "
        f"({pp} points), **valeur technique {pourcent(1 - poids_prix, 0)}** ({100 - pp} points : "
        f"la note sur 20 du mémoire technique ramenée à ces points). Le prix est noté par la "
        f"méthode dite classique : **note prix = prix le plus bas ÷ prix de l'offre × {pp}**."
    )
