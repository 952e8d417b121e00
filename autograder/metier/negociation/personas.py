"""Buyer personas of the negotiation simulator: data/negociation/*.json, schema in its README.

`charger_persona` validates every file it loads: a malformed persona fails with a French message
that names the file and the field (like autograder/swot.py).
"""

from __future__ import annotations

import copy
import functools
import math

from autograder.moteur import dialogue
from autograder.moteur.dialogue import meilleur_chemin  # noqa: F401  (the persona's key)
from autograder.moteur.paths import charger_fiche, data_path

TERMES = {
    "livraison": "Délai de livraison",
    "paiement": "Délai de paiement",
    "garantie": "Garantie",
    "formation": "Formation",
    "service": "Service après-vente",
}
AVEC_ARTICLE = {
    "livraison": "le délai de livraison",
    "paiement": "le délai de paiement",
    "garantie": "la garantie",
    "formation": "la formation",
    "service": "le service après-vente",
}
CONTREPARTIES = {
    "acompte": "Un acompte de 30 % à la commande",
    "maintenance": "Un contrat de maintenance de 3 ans",
    "reference": "Une visite de référence et un témoignage client",
    "volume": "Une commande ferme supplémentaire (engagement de volume)",
    "signature": "La signature du bon de commande avant la fin du mois",
}
TECHNIQUES = {
    "creuser": "creuser",
    "reformuler": "reformuler",
    "argumenter_preuve": "argumenter avec une preuve",
    "argumenter_sans_preuve": "argumenter sans preuve",
    "controler": "contrôler",
    "ceder": "céder",
    "contredire": "contredire",
    "esquiver": "esquiver",
    "denigrer": "dénigrer",
    "ecoblanchiment": "allégation écologique invérifiable",
    "forcer": "forcer la conclusion",
    "enchainer": "enchaîner sans contrôler",
}


# The « ecologie » block of a persona: the case of its ecological dialogue (ecologie.py).
ECOLOGIE_TEXTES = ("equipement", "enjeu", "ancien_client", "ancien_vendeur", "decideur")
ECOLOGIE_NOMBRES = ("puissance_kw", "heures_an", "gain_energie", "prix_kwh")


class PersonaInvalide(ValueError):
    """Persona mal formé : le message nomme le fichier et le champ fautif."""


def _valider(data, nom: str) -> None:
    def err(champ, probleme):
        raise PersonaInvalide(f"{nom} : {champ} {probleme}.")

    if not isinstance(data, dict):
        err("(racine)", "n'est pas un objet JSON")
    for champ in ("id", "entreprise", "secteur", "solution", "contexte"):
        if not isinstance(data.get(champ), str) or not data[champ].strip():
            err(champ, "est absent ou n'est pas un texte non vide")
    inter = data.get("interlocuteur")
    if not isinstance(inter, dict) or not all(
        isinstance(inter.get(c), str) and inter[c].strip() for c in ("nom", "fonction", "profil")
    ):
        err("interlocuteur", "doit donner nom, fonction et profil")
    if not isinstance(data.get("besoins"), list) or len(data["besoins"]) < 2:
        err("besoins", "doit être une liste d'au moins 2 besoins")
    for champ in ("prix_catalogue", "cout_revient", "budget", "prix_reservation"):
        v = data.get(champ)
        if isinstance(v, bool) or not isinstance(v, int | float) or v <= 0:
            err(champ, "n'est pas un montant positif")
    if (
        not data["cout_revient"]
        < data["budget"]
        < data["prix_reservation"]
        < data["prix_catalogue"]
    ):
        err("prix_reservation", "doit vérifier coût < budget < prix de réserve < prix catalogue")
    plancher = data.get("plancher_taux_de_marque")
    if not isinstance(plancher, int | float) or not 0 < plancher < 1:
        err("plancher_taux_de_marque", "doit être un taux entre 0 et 1 (0.2 pour 20 %)")
    poids = data.get("poids")
    if not isinstance(poids, dict) or set(poids) != {"prix", *TERMES}:
        err("poids", f"doit donner un poids pour prix et {', '.join(TERMES)}")
    if abs(sum(poids.values()) - 1) > 1e-6:
        err("poids", f"totalise {sum(poids.values()):g} ; attendu 1")
    termes = data.get("termes")
    if not isinstance(termes, dict) or set(termes) != set(TERMES):
        err("termes", f"doit décrire exactement {', '.join(TERMES)}")
    for t, d in termes.items():
        niveaux = d.get("niveaux") if isinstance(d, dict) else None
        if not isinstance(niveaux, list) or len(niveaux) < 2:
            err(f"termes.{t}.niveaux", "doit compter au moins 2 niveaux")
        for i, n in enumerate(niveaux):
            ch = f"termes.{t}.niveaux[{i}]"
            if not isinstance(n, dict) or not all(
                k in n for k in ("id", "libelle", "cout", "valeur")
            ):
                err(ch, "doit donner id, libelle, cout et valeur")
            if not 0 <= n["valeur"] <= 1 or n["cout"] < 0:
                err(ch, "a une valeur hors de 0..1 ou un coût négatif")
            if i == 0 and (n["cout"] != 0 or n["valeur"] != 0):
                err(ch, "est la proposition initiale : coût et valeur 0 attendus")
            if i and (
                n["cout"] <= niveaux[i - 1]["cout"] or n["valeur"] <= niveaux[i - 1]["valeur"]
            ):
                err(ch, "doit coûter et valoir plus que le niveau précédent")
        ids = [n["id"] for n in niveaux]
        if len(set(ids)) != len(ids):
            err(f"termes.{t}.niveaux", "a deux niveaux de même id")
        if "exigence" in d and d["exigence"] not in ids[1:]:
            err(
                f"termes.{t}.exigence",
                f"« {d['exigence']} » n'est pas un niveau au-delà du premier",
            )
        if d.get("non_negociable") and ("exigence" in d or not d.get("raison")):
            err(f"termes.{t}", "non négociable : donner sa raison, et pas d'exigence du client")
    if not any("exigence" in d for d in termes.values()):
        err("termes", "aucun terme ne porte d'exigence (besoin du client)")
    if not any(d.get("non_negociable") for d in termes.values()):
        err("termes", "aucun point non négociable")
    ach = data.get("acheteur")
    if not isinstance(ach, dict) or not all(k in ach for k in ("seuil_initial", "pas", "patience")):
        err("acheteur", "doit donner seuil_initial, pas et patience")
    cps = data.get("contreparties")
    if not isinstance(cps, dict) or set(cps) != set(CONTREPARTIES):
        err("contreparties", f"doit décrire exactement {', '.join(CONTREPARTIES)}")
    for c, d in cps.items():
        if (
            not isinstance(d, dict)
            or not isinstance(d.get("acceptee"), bool)
            or not d.get("reponse")
        ):
            err(f"contreparties.{c}", "doit donner acceptee (vrai/faux), gain et reponse")
    if sum(d["acceptee"] for d in cps.values()) < 3:
        err("contreparties", "l'acheteur doit pouvoir accorder au moins 3 contreparties")
    valider_dialogue(data.get("objection"), err)
    valider_ecologie(data.get("ecologie"), err)


def lister_personas() -> list[str]:
    return sorted(p.stem for p in data_path("negociation").glob("*.json"))


@functools.lru_cache(maxsize=16)
def _charger(ident: str) -> dict:
    return charger_fiche("negociation", ident, PersonaInvalide, _valider, "personas")


def charger_persona(ident: str, facteur: float = 1.0) -> dict:
    """Validated persona; every amount in € multiplied by `facteur` and rounded to 100 € (a
    learner's own numbers), the floor and the weights unchanged."""
    p = copy.deepcopy(_charger(ident))

    def arrondi(x):  # to the nearest 100 €, halves up (round() would round 250 € to 200 €)
        return math.floor(x * facteur / 100 + 0.5) * 100

    for champ in ("prix_catalogue", "cout_revient", "budget", "prix_reservation"):
        p[champ] = arrondi(p[champ])
    for d in p["termes"].values():
        for n in d["niveaux"]:
            n["cout"] = arrondi(n["cout"])
    for d in p["contreparties"].values():
        d["gain"] = arrondi(d["gain"])
    p["facteur"] = facteur
    return p


def tirer_persona(rng) -> dict:
    """A learner's buyer: one persona, amounts scaled by a factor between 0.9 and 1.15."""
    return charger_persona(rng.choice(lister_personas()), round(rng.uniform(0.9, 1.15), 2))


# -- the objection dialogue of a persona ---------------------------------------------------
def valider_dialogue(
    dlg, err, racine: str = "objection", techniques: dict = TECHNIQUES, replique: str = "acheteur"
) -> None:
    """The persona's objection dialogue (autograder.moteur.dialogue does the checking)."""
    dialogue.valider_dialogue(dlg, err, racine, techniques, replique)


def valider_ecologie(bloc, err) -> None:
    """The « ecologie » block of a persona (called by the persona validation)."""
    if not isinstance(bloc, dict):
        err("ecologie", f"doit donner {', '.join(ECOLOGIE_NOMBRES + ECOLOGIE_TEXTES)}")
    for champ in ECOLOGIE_NOMBRES:
        v = bloc.get(champ)
        if isinstance(v, bool) or not isinstance(v, int | float) or v <= 0:
            err(f"ecologie.{champ}", "n'est pas un nombre positif")
    if not 0 < bloc["gain_energie"] < 1:
        err("ecologie.gain_energie", "doit être une part entre 0 et 1 (0.25 pour 25 %)")
    for champ in ECOLOGIE_TEXTES:
        if not isinstance(bloc.get(champ), str) or not bloc[champ].strip():
            err(f"ecologie.{champ}", "est absent ou n'est pas un texte non vide")
