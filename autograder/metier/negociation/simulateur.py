"""Negotiation simulator: scripted buyer personas (data/negociation/*.json) and a replayable,
deterministic price-and-terms negotiation. Pure Python, no widgets (see autograder.widgets.negociation).

Conventions (named, because the score depends on them):
- an offer = a discount (« remise », in % of the catalogue price) + one level per term
  (livraison, paiement, garantie, formation, service); level 0 of each term is the initial
  proposal, each higher level costs the seller its `cout` (€) and is worth `valeur` (0..1) to the
  buyer;
- the buyer's satisfaction U = Σ poids × valeur, where the price's valeur is
  (catalogue − net) / (catalogue − budget), bounded to 0..1;
- the buyer accepts an offer when the net price is at most its hidden reservation price AND
  U ≥ seuil_initial − pas × (tour − 1): the buyer softens as rounds go (its concession pattern);
  it breaks off after `patience` offers in a row without any move, or after MAX_TOURS offers;
- margin kept = calculs.marge(net, cost price + cost of the levels granted) + the value of the
  counterparts obtained, compared with the best margin the persona allows
  (`marge_de_reference`); the deal's taux de marque (calculs.taux_de_marque) must stay at or
  above the company's floor, otherwise the margin earns nothing: the learner should have walked
  away;
- « donnant-donnant »: every offer that concedes something must ask for a counterpart the buyer
  can give, and not one already obtained; a concession on a point the company declared
  non-negotiable is flagged too.
"""

from __future__ import annotations

import functools
import itertools
import json
from dataclasses import dataclass, field

from autograder.calculs import marge, taux_de_marque
from autograder.metier.negociation.personas import (  # noqa: F401  (re-exported: one entry point)
    AVEC_ARTICLE,
    CONTREPARTIES,
    TECHNIQUES,
    TERMES,
    PersonaInvalide,
    charger_persona,
    lister_personas,
    tirer_persona,
)
from autograder.moteur.formats import ReponseInvalide
from autograder.moteur.nombres import euros, pourcent

MAX_TOURS = 5
REMISE_MAX = 30.0  # %, beyond it an offer is refused as implausible
POIDS_SCORE = {"accord": 0.3, "marge": 0.3, "besoin": 0.25, "donnant": 0.15}
LIBELLES_SCORE = {
    "accord": "accord",
    "marge": "marge conservée",
    "besoin": "besoins couverts",
    "donnant": "donnant-donnant",
}


# -- one offer -------------------------------------------------------------------------------
def niveau(p: dict, terme: str, ident: str) -> tuple[int, dict]:
    for i, n in enumerate(p["termes"][terme]["niveaux"]):
        if n["id"] == ident:
            return i, n
    raise KeyError(ident)


def offre_initiale(p: dict) -> dict:
    return {"remise": 0.0, "termes": {t: d["niveaux"][0]["id"] for t, d in p["termes"].items()}}


def prix_net(p: dict, remise: float) -> float:
    return round(p["prix_catalogue"] * (1 - remise / 100), 2)


def cout_total(p: dict, offre: dict) -> float:
    """Cost price + cost of every level granted (€)."""
    return p["cout_revient"] + sum(niveau(p, t, i)[1]["cout"] for t, i in offre["termes"].items())


def satisfaction(p: dict, offre: dict) -> float:
    """The buyer's U (0..1), see the module's conventions."""
    net = prix_net(p, offre["remise"])
    u_prix = (p["prix_catalogue"] - net) / (p["prix_catalogue"] - p["budget"])
    u = p["poids"]["prix"] * min(1.0, max(0.0, u_prix))
    return u + sum(p["poids"][t] * niveau(p, t, i)[1]["valeur"] for t, i in offre["termes"].items())


def seuil(p: dict, tour: int) -> float:
    a = p["acheteur"]
    return a["seuil_initial"] - a["pas"] * (tour - 1)


def accepte(p: dict, offre: dict, tour: int) -> bool:
    return (
        prix_net(p, offre["remise"]) <= p["prix_reservation"]
        and satisfaction(p, offre) >= seuil(p, tour) - 1e-9
    )


def besoins_couverts(p: dict, offre: dict) -> list[tuple[str, bool]]:
    """Each term the client needs (its `exigence`), and whether the offer reaches it."""
    out = []
    for t, d in p["termes"].items():
        if "exigence" in d:
            out.append((t, niveau(p, t, offre["termes"][t])[0] >= niveau(p, t, d["exigence"])[0]))
    return out


def marge_offre(p: dict, offre: dict) -> float:
    return marge(prix_net(p, offre["remise"]), cout_total(p, offre))


def taux_de_marque_offre(p: dict, offre: dict) -> float:
    return taux_de_marque(prix_net(p, offre["remise"]), cout_total(p, offre))


def concessions(p: dict, avant: dict, apres: dict) -> list[str]:
    """Terms (and « prix ») on which `apres` gives the buyer more than `avant`."""
    out = ["prix"] if apres["remise"] > avant["remise"] + 1e-9 else []
    for t in TERMES:
        if niveau(p, t, apres["termes"][t])[0] > niveau(p, t, avant["termes"][t])[0]:
            out.append(t)
    return out


def _paquets(p: dict):
    """Every offer the persona allows (0.5 % steps), non-negotiable terms kept at level 0."""
    choix = [
        [n["id"] for n in d["niveaux"]] if not d.get("non_negociable") else [d["niveaux"][0]["id"]]
        for d in p["termes"].values()
    ]
    for combo in itertools.product(*choix):
        termes = dict(zip(p["termes"], combo, strict=True))
        for k in range(int(REMISE_MAX * 2) + 1):
            yield {"remise": k / 2, "termes": termes}


def _cle(p: dict) -> str:
    return json.dumps({k: v for k, v in p.items() if k != "objection"}, sort_keys=True)


@functools.lru_cache(maxsize=32)
def _meilleure_offre(cle: str) -> str:
    p = json.loads(cle)
    meilleure, m_max = None, None
    for o in _paquets(p):
        if not accepte(p, o, MAX_TOURS) or not all(ok for _, ok in besoins_couverts(p, o)):
            continue
        if taux_de_marque_offre(p, o) < p["plancher_taux_de_marque"]:
            continue
        m = marge_offre(p, o)
        if m_max is None or m > m_max + 1e-9:
            meilleure, m_max = o, m
    if meilleure is None:
        raise PersonaInvalide(
            f"negociation/{p['id']}.json : aucun accord possible au-dessus du plancher."
        )
    return json.dumps(meilleure)


def meilleure_offre(p: dict) -> dict:
    """The offer that meets the client's needs, is accepted at the last round and keeps the most
    margin: the reference of the margin score."""
    return json.loads(_meilleure_offre(_cle(p)))


def marge_de_reference(p: dict) -> float:
    return marge_offre(p, meilleure_offre(p))


# -- a whole negotiation, replayed from its transcript --------------------------------------------
@dataclass
class Tour:
    offre: dict
    concessions: list[str]
    contrepartie: str
    obtenue: bool
    reponse: str
    alertes: list[str] = field(default_factory=list)


@dataclass
class Deroule:
    tours: list[Tour]
    issue: str  # "accord", "rupture", "en_cours"
    gains: float = 0.0

    @property
    def finale(self):
        return self.tours[-1].offre if self.tours else None


def lire_offre(p: dict, brute, k: int) -> dict:
    """One offer of a transcript, checked and normalised; raises ReponseInvalide (French)."""
    if not isinstance(brute, dict):
        raise ReponseInvalide(
            f"Offre n° {k} : une offre attendue (remise, conditions, contrepartie)."
        )
    if brute.get("rompre") is True:
        return {"rompre": True}
    r = brute.get("remise")
    if isinstance(r, bool) or not isinstance(r, int | float) or not 0 <= r <= REMISE_MAX:
        raise ReponseInvalide(
            f"Offre n° {k} : la remise doit être un pourcentage entre 0 et {REMISE_MAX:g} %."
        )
    termes = brute.get("termes")
    if not isinstance(termes, dict) or set(termes) != set(TERMES):
        raise ReponseInvalide(f"Offre n° {k} : chaque condition doit avoir un niveau choisi.")
    for t, i in termes.items():
        if i not in [n["id"] for n in p["termes"][t]["niveaux"]]:
            raise ReponseInvalide(
                f"Offre n° {k} : « {i} » n'est pas un niveau proposé pour {AVEC_ARTICLE[t]}."
            )
    c = brute.get("contrepartie") or ""
    if c not in ("", *CONTREPARTIES):
        raise ReponseInvalide(f"Offre n° {k} : « {c} » n'est pas une contrepartie de la liste.")
    return {"remise": round(float(r), 2), "termes": dict(termes), "contrepartie": c}


def lire_transcription(p: dict, brute) -> dict:
    """{"offres": [...]} checked offer by offer (its own stored form reads back unchanged)."""
    if not isinstance(brute, dict) or not isinstance(brute.get("offres"), list):
        raise ReponseInvalide("Négociation illisible : faites vos offres dans le simulateur.")
    if len(brute["offres"]) > MAX_TOURS:
        raise ReponseInvalide(f"Négociation trop longue : {MAX_TOURS} offres au plus.")
    offres = [lire_offre(p, o, k) for k, o in enumerate(brute["offres"], start=1)]
    if any(o.get("rompre") for o in offres[:-1]):
        raise ReponseInvalide("Une offre suit la rupture : la négociation était terminée.")
    return {"offres": offres}


def _demande(p: dict, offre: dict) -> str:
    """What the buyer asks for next: its unmet need first, then price, then its top priority."""
    for t, ok in besoins_couverts(p, offre):
        if not ok:
            exig = niveau(p, t, p["termes"][t]["exigence"])[1]["libelle"]
            return (
                f"Pour {AVEC_ARTICLE[t]}, il nous faut au moins : {exig}. "
                "C'est un besoin, pas un caprice."
            )
    if prix_net(p, offre["remise"]) > p["prix_reservation"]:
        return (
            "Votre prix reste au-dessus de ce que je peux engager : il faut un effort sur le prix."
        )
    ecarts = {
        t: p["poids"][t] * (1 - niveau(p, t, i)[1]["valeur"])
        for t, i in offre["termes"].items()
        if not p["termes"][t].get("non_negociable")
    }
    t = max(ecarts, key=ecarts.get)
    return f"Nous n'y sommes pas encore. Que pouvez-vous faire sur {AVEC_ARTICLE[t]} ?"


def rejouer(p: dict, transcription: dict) -> Deroule:
    """Replay the learner's offers against the persona (the buyer's answers are recomputed, so a
    tampered transcript cannot claim a deal the buyer never made)."""
    precedente, obtenues, immobiles = offre_initiale(p), set(), 0
    tours, gains = [], 0.0
    for k, o in enumerate(transcription["offres"], start=1):
        if o.get("rompre"):
            tours.append(Tour(precedente, [], "", False, "Vous mettez fin à la négociation."))
            return Deroule(tours, "rupture", gains)
        cedes = concessions(p, precedente, o)
        alertes, c = [], o["contrepartie"]
        reponses = []
        obtenue = False
        if cedes and not c:
            alertes.append(
                "Concession sans contrepartie : demandez toujours quelque chose en échange."
            )
        elif cedes and c in obtenues:
            alertes.append(
                f"Contrepartie déjà obtenue (« {CONTREPARTIES[c]} ») : elle ne paie pas une seconde concession."
            )
        elif cedes and not p["contreparties"][c]["acceptee"]:
            reponses.append(p["contreparties"][c]["reponse"])
            alertes.append(
                "Contrepartie impossible pour ce client : votre concession reste sans contrepartie."
            )
        elif cedes:
            reponses.append(p["contreparties"][c]["reponse"])
            obtenues.add(c)
            gains += p["contreparties"][c]["gain"]
            obtenue = True
        elif c:
            reponses.append("Vous me demandez un effort sans rien bouger de votre côté ?")
        elif k > 1:
            reponses.append("Vous maintenez votre offre ? Je note.")
        for t in cedes:
            if t != "prix" and p["termes"][t].get("non_negociable"):
                alertes.append(
                    f"{TERMES[t]} : point non négociable cédé ({p['termes'][t]['raison']})."
                )
        immobiles = 0 if cedes else immobiles + 1
        if accepte(p, o, k):
            reponses.append("C'est d'accord : nous signons sur ces bases.")
            tours.append(Tour(o, cedes, c, obtenue, " ".join(reponses), alertes))
            return Deroule(tours, "accord", gains)
        if immobiles >= p["acheteur"]["patience"]:
            reponses.append(
                "Vous ne bougez pas : je préfère en rester là et consulter d'autres fournisseurs."
            )
            tours.append(Tour(o, cedes, c, obtenue, " ".join(reponses), alertes))
            return Deroule(tours, "rupture", gains)
        if k == MAX_TOURS:
            reponses.append("Nous tournons en rond : je n'irai pas plus loin aujourd'hui.")
            tours.append(Tour(o, cedes, c, obtenue, " ".join(reponses), alertes))
            return Deroule(tours, "rupture", gains)
        reponses.append(_demande(p, o))
        tours.append(Tour(o, cedes, c, obtenue, " ".join(reponses), alertes))
        precedente = o
    return Deroule(tours, "en_cours", gains)


def noter_negociation(p: dict, transcription) -> tuple[float, str, list[str]]:
    """(score 0..1, message, details): agreement, margin kept, client's needs, donnant-donnant."""
    try:
        d = rejouer(p, lire_transcription(p, transcription))
    except (ReponseInvalide, KeyError, TypeError, AttributeError):
        return 0.0, "Négociation illisible : rejouez-la dans le simulateur.", []
    if not d.tours:
        return 0.0, "Aucune offre faite pour l'instant.", []
    parts, details = dict.fromkeys(POIDS_SCORE, 0.0), []
    alertes = [a for t in d.tours for a in t.alertes]
    if d.issue == "accord":
        parts["accord"] = 1.0
        o = d.finale
        tm = taux_de_marque_offre(p, o)
        ref = marge_de_reference(p)
        m = marge_offre(p, o) + d.gains
        if tm < p["plancher_taux_de_marque"] - 1e-9:
            details.append(
                f"Taux de marque de l'accord : {pourcent(tm)}, sous le plancher de "
                f"{pourcent(p['plancher_taux_de_marque'], 0)} : il fallait rompre plutôt que signer."
            )
        else:
            parts["marge"] = min(1.0, m / ref)
            details.append(
                f"Marge de l'affaire : {euros(m - d.gains, 0)}, plus {euros(d.gains, 0)} de "
                f"contreparties obtenues, soit {euros(m, 0)} ; le meilleur accord possible sans "
                f"contrepartie garde {euros(ref, 0)}. Taux de marque de l'accord : {pourcent(tm)}."
            )
        couverts = besoins_couverts(p, o)
        parts["besoin"] = sum(ok for _, ok in couverts) / len(couverts)
        for t, ok in couverts:
            if not ok:
                details.append(f"Besoin du client non couvert : {AVEC_ARTICLE[t]}.")
    else:
        details.append(
            "Pas d'accord : la négociation a été rompue."
            if d.issue == "rupture"
            else "Négociation en cours : continuez jusqu'à l'accord."
        )
    if any(not t.reponse.startswith("Vous mettez fin") for t in d.tours):  # a real offer made
        parts["donnant"] = max(0.0, 1 - 0.5 * len(alertes))
    details += alertes
    score = sum(POIDS_SCORE[k] * v for k, v in parts.items())
    detail_parts = ", ".join(f"{LIBELLES_SCORE[k]} {round(v * 100)} %" for k, v in parts.items())
    return score, f"Négociation notée {round(score * 100)} % ({detail_parts}).", details


def solution_negociation(p: dict) -> dict:
    """A transcript worth full marks: the client's needs first, then price, then the reference
    offer, each step paid by a different counterpart the buyer can give."""
    cible = meilleure_offre(p)
    cps = sorted(
        (c for c, d in p["contreparties"].items() if d["acceptee"]),
        key=lambda c: -p["contreparties"][c]["gain"],
    )
    init = offre_initiale(p)
    besoins = {t: (p["termes"][t].get("exigence") or init["termes"][t]) for t in TERMES}
    etapes = [
        {"remise": 0.0, "termes": besoins},
        {"remise": round(cible["remise"] / 2 * 2) / 2, "termes": besoins},
        cible,
    ]
    pas = [o for k, o in enumerate(etapes) if concessions(p, etapes[k - 1] if k else init, o)]
    offres = []
    for k, (o, c) in enumerate(zip(pas, cps, strict=False)):
        if k and len(offres) + (len(pas) - k) < MAX_TOURS:  # hold once: the buyer softens
            offres.append({**offres[-1], "contrepartie": ""})
        offres.append({"remise": o["remise"], "termes": dict(o["termes"]), "contrepartie": c})
    return {"offres": offres}
