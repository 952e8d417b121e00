"""A face-to-face negotiation case, built from an exam context (data/examen/contextes) and a seed.

The context gives the seller, the prospect and its buying centre, the offer (prices, costs, VAT),
a competitor and the company's terms. The seed draws the proposal's lines (the starting offer, as in
the written proposal), the budget the buyer announces, and what the buyer hides: the discount it
needs, the payment term it needs (never beyond the legal cap), the counterparts it can give and
what each is worth to it (it yields that many discount points). The case is a plain dict (JSON).
"""

from __future__ import annotations

import math
import random
from datetime import date, timedelta

from autograder.calculs import paiement
from autograder.moteur.calendrier import date_en_clair, jour_ouvre, ouvre
from autograder.moteur.texte import de

MAX_PROPOSITIONS = 5
REMISE_MAX = 20  # %, the widest the discount list goes
CONTREPARTIES = {
    "volume": "une quantité supplémentaire commandée ferme",
    "acompte": "un acompte de 30 % du TTC à la commande",
    "reference": "une visite de référence et un témoignage client",
    "signature": "la signature du bon de commande aujourd'hui",
}
REFUS = {
    "volume": "Plus de quantité\u202f? Notre besoin est chiffré au plus juste : je ne stockerai pas.",
    "acompte": "Un acompte\u202f? Notre trésorerie est engagée ailleurs ce semestre : c'est non.",
    "reference": "Un témoignage\u202f? Notre direction interdit de citer nos fournisseurs.",
    "signature": "Signer aujourd'hui\u202f? Pas sur ces bases : ne me pressez pas.",
}
GESTE = "l'accompagnement au démarrage offert (une demi-journée sur site)"
PART_ACOMPTE = 0.30


def _options_paiement(mode: str, jours: int) -> list[dict]:
    """The terms the seller may write, from the company's own to an unlawful one (the temptation)."""
    if mode == "facture_periodique":
        brutes = [(mode, 30), (mode, 45), (mode, 60)]
    else:
        brutes = [("date_facture", 30), ("date_facture", 45), ("fin_de_mois", 45)]
        brutes += [("date_facture", 60), ("date_facture", 90)]
    base = paiement.effectif(mode, jours)
    choisies = [(mode, jours)] + [
        (m, j) for m, j in brutes if paiement.effectif(m, j) > base and (m, j) != (mode, jours)
    ]
    if all(paiement.legal(m, j) for m, j in choisies):
        choisies.append((mode if mode == "facture_periodique" else "date_facture", 90))
    return [
        {
            "id": f"{m}_{j}",
            "mode": m,
            "jours": j,
            "libelle": paiement.delai_en_clair(m, j),
            "effectif": paiement.effectif(m, j),
            "legal": paiement.legal(m, j),
        }
        for m, j in sorted(set(choisies), key=lambda mj: paiement.effectif(*mj))
    ]


def _lignes(contexte: dict, rng: random.Random) -> list[dict]:
    offre = contexte["offre"]
    pris = sorted(rng.sample(range(len(offre)), min(3, len(offre))))
    produits = [offre[i] for i in pris]
    valeur = sum(p["prix_ht"] * p["quantite_par_commande"] for p in produits)
    echelle = max(1.0, contexte["prospect"]["budget_ht"] / valeur)
    return [
        {
            "id": p["id"],
            "designation": p["designation"],
            "unite": p["unite"],
            "quantite": max(1, round(p["quantite_par_commande"] * echelle)),
            "prix_ht": p["prix_ht"],
            "cout_ht": p["cout_ht"],
            "taux_tva": p["taux_tva"],
        }
        for p in produits
    ]


class PropositionInvalide(ValueError):
    """The written proposal cannot be the starting offer (French message)."""


def lignes_proposees(contexte: dict, proposition) -> list[dict]:
    """The order lines of a written proposal: each names a product of the offer, a whole quantity
    and its unit price HT (the cost and VAT come from the offer)."""
    produits = {p["id"]: p for p in contexte["offre"]}
    out = []
    for k, li in enumerate(proposition if isinstance(proposition, list) else [], start=1):
        p = produits.get(li.get("id")) if isinstance(li, dict) else None
        q, prix = (li.get("quantite"), li.get("prix_ht")) if p else (None, None)
        if p is None or isinstance(q, bool) or not isinstance(q, int) or q < 1:
            raise PropositionInvalide(
                f"Ligne n° {k} de la proposition : un produit de l'offre et une quantité entière "
                "sont attendus."
            )
        if isinstance(prix, bool) or not isinstance(prix, int | float) or prix <= 0:
            raise PropositionInvalide(
                f"Ligne n° {k} de la proposition : prix unitaire HT illisible."
            )
        out.append({**{c: p[c] for c in ("id", "designation", "unite", "cout_ht", "taux_tva")},
                    "quantite": q, "prix_ht": round(float(prix), 2)})  # fmt: skip
    if not out:
        raise PropositionInvalide("La proposition ne donne aucune ligne de prix lisible.")
    return out


def _rendez_vous(jour: date, validite: date) -> list[dict]:
    """Four slots for a closing appointment: two valid, a Saturday, one after the offer expires."""
    un = jour_ouvre(jour + timedelta(days=7))
    deux = jour_ouvre(un + timedelta(days=2))
    samedi = jour + timedelta(days=(5 - jour.weekday()) % 7 or 7)
    tard = jour_ouvre(validite + timedelta(days=3))
    return [
        {"id": "c1", "jour": un.isoformat(), "heure": "10\u00a0h"},
        {"id": "c2", "jour": samedi.isoformat(), "heure": "10\u00a0h"},
        {"id": "c3", "jour": tard.isoformat(), "heure": "14\u00a0h\u00a030"},
        {"id": "c4", "jour": deux.isoformat(), "heure": "14\u00a0h\u00a030"},
    ]


def construire(contexte: dict, graine: int, proposition: list[dict] | None = None) -> dict:
    """The case of one learner: the same context and seed give the same case. `proposition`: the
    lines of the learner's written proposal ({"id", "quantite", "prix_ht"}, see
    `lignes_proposees`), the starting offer instead of drawn lines."""
    rng = random.Random(f"commande|{contexte['id']}|{graine}")
    lignes = _lignes(contexte, rng)
    if proposition is not None:
        lignes = lignes_proposees(contexte, proposition)
    catalogue = round(sum(li["quantite"] * li["prix_ht"] for li in lignes), 2)
    budget = math.floor(catalogue / (1 + rng.uniform(0.08, 0.13)) / 100) * 100
    besoin = math.ceil(100 * (1 - budget / catalogue))
    cond = contexte["conditions"]
    options = _options_paiement(cond["paiement"]["mode"], cond["paiement"]["jours"])
    legales = [o for o in options if o["legal"]]
    besoin_paiement = rng.choice(legales[1:] or legales)
    concessions = ["geste", "remise"] + (["paiement"] if besoin_paiement is not legales[0] else [])
    ids = list(CONTREPARTIES)
    rng.shuffle(ids)
    acceptees = set(ids[: len(concessions)])
    contreparties = {
        c: {"acceptee": c in acceptees, "valeur": rng.choice((1, 2)) if c in acceptees else 0}
        for c in CONTREPARTIES
    }
    principale = max(lignes, key=lambda li: li["quantite"] * li["prix_ht"])
    jour = jour_ouvre(date(2027, 3, 1) + timedelta(days=rng.randrange(0, 40)))
    validite = jour + timedelta(days=cond["validite_offre_jours"])
    p = contexte["prospect"]
    decideurs = [m for m in p["centre_achat"] if m["role"] == "décideur"]
    commercial = rng.choice(contexte["commerciaux"])
    concurrent = rng.choice(contexte["concurrents"])
    return {
        "id": f"{contexte['id']}-{graine}",
        "contexte": contexte["id"],
        "numero": f"BC-{jour.year}-{graine % 10000:04d}",
        "vendeur": {
            "prenom": commercial["prenom"],
            "nom": commercial["nom"],
            "entreprise": contexte["entreprise"]["nom"],
            "forme_juridique": contexte["entreprise"]["forme_juridique"],
            "ville": contexte["entreprise"]["ville"],
        },
        "client": {
            "entreprise": p["entreprise"],
            "ville": p["ville"],
            "activite": p["activite"],
            "contact": dict(p["contact"]),
            "decideur": decideurs[0]["nom"],
        },
        "besoins": list(p["besoins_exprimes"]),
        "centre_achat": [{k: m[k] for k in ("nom", "fonction", "role")} for m in p["centre_achat"]],
        "concurrent": {
            "nom": concurrent["nom"],
            "faiblesse": concurrent["faiblesses"][0],
        },
        "lignes": lignes,
        "catalogue_ht": catalogue,
        "budget_ht": budget,
        "date": jour.isoformat(),
        "validite": validite.isoformat(),
        "conditions": {k: cond[k] for k in ("livraison", "garantie")},
        "paiements": options,
        "secteur_a_verifier": paiement.secteur_a_verifier(contexte["secteur"]),
        "paiement_depart": legales[0]["id"],
        "delegation": besoin + rng.choice((0, 1, 2)),
        "acheteur": {
            "remise_demandee": besoin + rng.choice((4, 5, 6)),
            "remise_besoin": besoin,
            "paiement_besoin": besoin_paiement["effectif"],
            "geste_valeur": 1,
        },
        "contreparties": contreparties,
        "volume": {
            "ligne": principale["id"],
            "ajout": max(1, math.ceil(principale["quantite"] * 0.2)),
        },
        "rendez_vous": _rendez_vous(jour, validite),
        "lieux": [
            f"dans les locaux {de(p['entreprise'])}, {p['ville']}",
            f"dans nos locaux, {contexte['entreprise']['ville']}",
            "en visioconférence",
        ],
    }


def option_paiement(cas: dict, ident: str) -> dict | None:
    return next((o for o in cas["paiements"] if o["id"] == ident), None)


def creneau_en_clair(creneau: dict) -> str:
    return f"{date_en_clair(date.fromisoformat(creneau['jour']))} à {creneau['heure']}"


def refus_creneau(cas: dict, creneau: dict) -> str:
    """Why a closing appointment cannot be held on this slot ("" when it can)."""
    j, debut, fin = (date.fromisoformat(x) for x in (creneau["jour"], cas["date"], cas["validite"]))
    if j.weekday() >= 5:
        return "ce jour tombe un week-end"
    if not ouvre(j):
        return "ce jour est férié"
    if j <= debut:
        return "ce jour n'est pas après l'entretien"
    if j > fin:
        return "l'offre ne sera plus valable ce jour-là : fixez la conclusion avant son échéance"
    return ""
