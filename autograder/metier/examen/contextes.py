"""The bank of written-exam subjects: company contexts and subjects, checked against a schema.

data/examen/contextes/<id>.json: one fictitious B2B company (company, offer, sales organisation and
the parameters of its sales figures, a prospect's first-contact note, competitors, terms).
data/examen/sujets.json: subjects, each a pair of contexts from different sectors (the session lead
offers both, each candidate picks one: RE §3.1).

The schema is code (``SCHEMA``): types, required fields, ranges; then rules across fields
(prices above costs, references, the legal cap of payment terms, figures that leave something to
analyse). Every problem is reported in French with the file and the field path, e.g.
« contextes/imprimerie.json, offre[2].prix_ht : nombre attendu, trouvé "douze" » (lists count
from 0, as in a JSON path).
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

from autograder.calculs.paiement import PLAFONDS_PAIEMENT  # noqa: F401  (art. L441-10 I caps)
from autograder.moteur.paths import data_path

ROLES = ("décideur", "prescripteur", "utilisateur", "acheteur", "filtre")
"""Roles of the buying centre (centre d'achat)."""
TAUX_TVA = (0.2, 0.1, 0.055, 0.021)
"""French VAT rates (normal, intermediate, reduced, special)."""
MOIS_MIN, MOIS_MAX = 12, 24
COMMANDES_MIN, COMMANDES_MAX = 3, 60  # orders a rep signs in a month: a realistic funnel
RENDEZ_VOUS_MAX = 80  # meetings a field rep can hold in a month
ECART_NET = 0.10  # a rep is « clearly » under/over objective: trend 10 points below/above it
_ID = re.compile(r"[a-z][a-z0-9_]*")
_MOIS = re.compile(r"20[0-9]{2}-(0[1-9]|1[0-2])")


class ErreurContexte(ValueError):
    """A context or the subjects file breaks the schema; ``erreurs`` lists every problem."""

    def __init__(self, erreurs: list[str]):
        self.erreurs = list(erreurs)
        super().__init__("\n".join(self.erreurs))


# -- the schema, as code --------------------------------------------------------------------------
# A field is (type, options): "texte", "entier", "nombre", "taux" (0 < x <= 1), "id", "mois",
# ("liste", item, min, max), ("objet", {champ: spec}), ("choix", values), ("mois_12", number).

TEXTE, ENTIER, NOMBRE, TAUX, IDENT = "texte", "entier", "nombre", "taux", "id"


def _liste(item, mini=1, maxi=50):
    return ("liste", item, mini, maxi)


def _objet(**champs):
    return ("objet", champs)


def _positif(mini=0.0, maxi=math.inf, entier=False):
    return ("borne", ENTIER if entier else NOMBRE, mini, maxi)


PRODUIT = _objet(
    id=IDENT,
    designation=TEXTE,
    unite=TEXTE,
    prix_ht=_positif(0.01),
    cout_ht=_positif(0.0),
    taux_tva=("choix", TAUX_TVA),
    part_commandes=TAUX,
    quantite_par_commande=_positif(1, 10_000),
)
COMMERCIAL = _objet(
    prenom=TEXTE,
    nom=TEXTE,
    region=TEXTE,
    ca_mensuel_base=_positif(1_000, 5_000_000),
    saisonnalite=IDENT,
    tendance_annuelle=_positif(-0.5, 1.0),
    taux_rendez_vous=TAUX,
    taux_devis=TAUX,
    taux_vente=TAUX,
)
MEMBRE = _objet(nom=TEXTE, fonction=TEXTE, role=("choix", ROLES), attentes=TEXTE)
SCHEMA = _objet(
    id=IDENT,
    secteur=TEXTE,
    note=TEXTE,
    entreprise=_objet(
        nom=TEXTE,
        forme_juridique=TEXTE,
        ville=TEXTE,
        effectif=_positif(1, 100_000, entier=True),
        chiffre_affaires_annuel_ht=_positif(10_000),
        historique=TEXTE,
    ),
    convention_cout=TEXTE,
    offre=_liste(PRODUIT, 3, 6),
    periode=_objet(debut="mois", mois=_positif(MOIS_MIN, MOIS_MAX, entier=True)),
    saisonnalite=("profils",),
    objectifs=_objet(
        hausse_ca=_positif(0.0, 0.5), hausse_ventes=_positif(0.0, 0.5), description=TEXTE
    ),
    commerciaux=_liste(COMMERCIAL, 3, 6),
    prospect=_objet(
        entreprise=TEXTE,
        activite=TEXTE,
        ville=TEXTE,
        effectif=_positif(1, 100_000, entier=True),
        contact=_objet(nom=TEXTE, fonction=TEXTE),
        premier_contact=TEXTE,
        besoins_exprimes=_liste(TEXTE, 2, 8),
        besoins_non_exprimes=_liste(_objet(indice=TEXTE, besoin=TEXTE), 1, 5),
        contraintes=_liste(TEXTE, 1, 8),
        budget_ht=_positif(100),
        budget=TEXTE,
        processus_decision=TEXTE,
        centre_achat=_liste(MEMBRE, 4, 8),
    ),
    concurrents=_liste(
        _objet(
            nom=TEXTE,
            produit=IDENT,
            prix_ht=_positif(0.01),
            forces=_liste(TEXTE, 1, 5),
            faiblesses=_liste(TEXTE, 1, 5),
        ),
        2,
        3,
    ),
    conditions=_objet(
        paiement=_objet(
            mode=("choix", tuple(PLAFONDS_PAIEMENT)), jours=_positif(0, 120, entier=True)
        ),
        livraison=TEXTE,
        garantie=TEXTE,
        validite_offre_jours=_positif(1, 180, entier=True),
        remises=TEXTE,
    ),
)
SCHEMA_SUJETS = _objet(
    sujets=_liste(_objet(id=IDENT, titre=TEXTE, contextes=_liste(IDENT, 2, 2)), 1, 100)
)


def _montre(valeur) -> str:
    texte = json.dumps(valeur, ensure_ascii=False)
    return texte if len(texte) <= 40 else texte[:39] + "…"


def _nombre(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _verifier(valeur, spec, chemin: str, erreurs: list[str]) -> None:
    """Append to `erreurs` « chemin : problème » for every break of `spec`."""
    trouve = f"trouvé {_montre(valeur)}"
    genre = spec if isinstance(spec, str) else spec[0]
    if genre == TEXTE:
        if not isinstance(valeur, str) or not valeur.strip():
            erreurs.append(f"{chemin} : texte non vide attendu, {trouve}")
    elif genre == IDENT:
        if not isinstance(valeur, str) or not _ID.fullmatch(valeur):
            erreurs.append(
                f"{chemin} : identifiant attendu (minuscules, chiffres, « _ »), {trouve}"
            )
    elif genre == "mois":
        if not isinstance(valeur, str) or not _MOIS.fullmatch(valeur):
            erreurs.append(f"{chemin} : mois attendu au format AAAA-MM, {trouve}")
    elif genre == TAUX:
        if not _nombre(valeur):
            erreurs.append(f"{chemin} : nombre attendu, {trouve}")
        elif not 0 < valeur <= 1:
            erreurs.append(f"{chemin} : taux attendu entre 0 (exclu) et 1, {trouve}")
    elif genre == "borne":
        _, nature, mini, maxi = spec
        if nature == ENTIER and not (isinstance(valeur, int) and not isinstance(valeur, bool)):
            erreurs.append(f"{chemin} : nombre entier attendu, {trouve}")
        elif not _nombre(valeur):
            erreurs.append(f"{chemin} : nombre attendu, {trouve}")
        elif not mini <= valeur <= maxi:
            borne = f"au plus {maxi:g}" if valeur > maxi else f"au moins {mini:g}"
            erreurs.append(f"{chemin} : valeur {borne} attendue, {trouve}")
    elif genre == "choix":
        if valeur not in spec[1]:
            permis = ", ".join(_montre(v) for v in spec[1])
            erreurs.append(f"{chemin} : une de ces valeurs attendue ({permis}), {trouve}")
    elif genre == "liste":
        _, item, mini, maxi = spec
        if not isinstance(valeur, list):
            erreurs.append(f"{chemin} : liste attendue, {trouve}")
            return
        if not mini <= len(valeur) <= maxi:
            nombre = f"{mini}" if mini == maxi else f"de {mini} à {maxi}"
            erreurs.append(f"{chemin} : {nombre} éléments attendus, trouvé {len(valeur)}")
        for i, v in enumerate(valeur):
            _verifier(v, item, f"{chemin}[{i}]", erreurs)
    elif genre == "objet":
        if not isinstance(valeur, dict):
            erreurs.append(f"{chemin} : objet attendu, {trouve}")
            return
        for cle, sous in spec[1].items():
            ici = f"{chemin}.{cle}" if chemin else cle
            if cle not in valeur:
                erreurs.append(f"{ici} : champ obligatoire manquant")
            else:
                _verifier(valeur[cle], sous, ici, erreurs)
    elif genre == "profils":
        if not isinstance(valeur, dict) or not valeur:
            erreurs.append(
                f"{chemin} : objet {{nom du profil : 12 coefficients}} attendu, {trouve}"
            )
            return
        for nom, coefs in valeur.items():
            ici = f"{chemin}.{nom}"
            if not isinstance(coefs, list) or len(coefs) != 12:
                erreurs.append(f"{ici} : 12 coefficients attendus (janvier à décembre), {trouve}")
            elif not all(_nombre(c) and 0.2 <= c <= 2.0 for c in coefs):
                erreurs.append(f"{ici} : coefficients entre 0,2 et 2 attendus, {trouve}")
            elif abs(sum(coefs) / 12 - 1) > 0.05:
                moyenne = f"{sum(coefs) / 12:.3f}".replace(".", ",")
                erreurs.append(
                    f"{ici} : la moyenne des 12 coefficients doit valoir 1, trouvé {moyenne}"
                )


# -- rules across fields --------------------------------------------------------------------------


def _regles(c: dict, erreurs: list[str]) -> None:
    ids = [p["id"] for p in c["offre"]]
    for i, p in enumerate(c["offre"]):
        if p["prix_ht"] <= p["cout_ht"]:
            erreurs.append(
                f"offre[{i}].prix_ht : le prix HT ({p['prix_ht']:g}) doit dépasser le coût "
                f"({p['cout_ht']:g})"
            )
        if ids.count(p["id"]) > 1:
            erreurs.append(f"offre[{i}].id : identifiant « {p['id']} » en double")
    parts = sum(p["part_commandes"] for p in c["offre"])
    if abs(parts - 1) > 0.001:
        erreurs.append(f"offre : la somme des part_commandes doit valoir 1, trouvé {parts:g}")
    noms = [f"{r['prenom']} {r['nom']}" for r in c["commerciaux"]]
    hausse = c["objectifs"]["hausse_ca"]
    for i, r in enumerate(c["commerciaux"]):
        if noms.count(noms[i]) > 1:
            erreurs.append(f"commerciaux[{i}].nom : commercial « {noms[i]} » en double")
        if r["saisonnalite"] not in c["saisonnalite"]:
            connus = ", ".join(c["saisonnalite"])
            erreurs.append(
                f"commerciaux[{i}].saisonnalite : profil « {r['saisonnalite']} » inconnu "
                f"(profils : {connus})"
            )
        panier = sum(p["part_commandes"] * p["quantite_par_commande"] * p["prix_ht"]
                     for p in c["offre"])  # fmt: skip
        commandes = r["ca_mensuel_base"] / panier
        if not COMMANDES_MIN <= commandes <= COMMANDES_MAX:
            erreurs.append(
                f"commerciaux[{i}].ca_mensuel_base : {commandes:.0f} commandes par mois au panier "
                f"moyen de {panier:.0f} € ; de {COMMANDES_MIN} à {COMMANDES_MAX} attendues"
            )
        rendez_vous = commandes / (r["taux_devis"] * r["taux_vente"])
        if rendez_vous > RENDEZ_VOUS_MAX:
            erreurs.append(
                f"commerciaux[{i}].taux_vente : {rendez_vous:.0f} rendez-vous par mois pour "
                f"{commandes:.0f} commandes ; au plus {RENDEZ_VOUS_MAX} (relevez taux_devis, "
                "taux_vente ou le panier moyen)"
            )
    annuel = 12 * sum(r["ca_mensuel_base"] for r in c["commerciaux"])
    if annuel > c["entreprise"]["chiffre_affaires_annuel_ht"]:
        erreurs.append(
            f"entreprise.chiffre_affaires_annuel_ht : inférieur au chiffre d'affaires des "
            f"commerciaux ({annuel:.0f} € par an)"
        )
    tendances = [r["tendance_annuelle"] for r in c["commerciaux"]]
    if min(tendances) > hausse - ECART_NET:
        erreurs.append(
            "commerciaux : au moins un commercial doit être nettement sous l'objectif "
            f"(tendance_annuelle inférieure à hausse_ca - {ECART_NET:g})"
        )
    if max(tendances) < hausse + ECART_NET:
        erreurs.append(
            "commerciaux : au moins un commercial doit être nettement au-dessus de l'objectif "
            f"(tendance_annuelle supérieure à hausse_ca + {ECART_NET:g})"
        )
    creux = [nom for nom, coefs in c["saisonnalite"].items() if min(coefs) > 0.8]
    if len(creux) == len(c["saisonnalite"]):
        erreurs.append(
            "saisonnalite : au moins un profil doit avoir un mois creux (coefficient ≤ 0,8)"
        )
    roles = {m["role"] for m in c["prospect"]["centre_achat"]}
    for role in ROLES:
        if role not in roles:
            erreurs.append(f"prospect.centre_achat : aucun membre n'a le rôle « {role} »")
    for i, k in enumerate(c["concurrents"]):
        if k["produit"] not in ids:
            erreurs.append(
                f"concurrents[{i}].produit : produit « {k['produit']} » absent de l'offre"
            )
    paiement = c["conditions"]["paiement"]
    plafond = PLAFONDS_PAIEMENT[paiement["mode"]]
    if paiement["jours"] > plafond:
        erreurs.append(
            f"conditions.paiement.jours : {paiement['jours']} jours dépasse le plafond légal "
            f"de {plafond} jours en mode « {paiement['mode']} » (art. L441-10 du Code de commerce)"
        )


def _prefixe(nom: str, erreur: str) -> str:
    """« fichier, chemin : problème », or « fichier : problème » for the whole document."""
    return nom + erreur if erreur[:1].isspace() else f"{nom}, {erreur}"


def valider_contexte(contexte, nom: str) -> None:
    """Raise ``ErreurContexte`` listing every problem of `contexte`, each prefixed by `nom`."""
    erreurs: list[str] = []
    _verifier(contexte, SCHEMA, "", erreurs)
    if not erreurs:
        _regles(contexte, erreurs)
    if erreurs:
        raise ErreurContexte([_prefixe(nom, e) for e in erreurs])


def valider_sujets(sujets, contextes: dict[str, dict], nom: str = "sujets.json") -> None:
    """Subjects: unique ids, two existing contexts from different sectors, no pair twice."""
    erreurs: list[str] = []
    _verifier(sujets, SCHEMA_SUJETS, "", erreurs)
    if not erreurs:
        vus, paires = set(), set()
        for i, s in enumerate(sujets["sujets"]):
            if s["id"] in vus:
                erreurs.append(f"sujets[{i}].id : identifiant « {s['id']} » en double")
            vus.add(s["id"])
            for j, ident in enumerate(s["contextes"]):
                if ident not in contextes:
                    erreurs.append(f"sujets[{i}].contextes[{j}] : contexte « {ident} » inconnu")
            a, b = s["contextes"]
            if a in contextes and b in contextes:
                if contextes[a]["secteur"] == contextes[b]["secteur"]:
                    erreurs.append(
                        f"sujets[{i}].contextes : les deux contextes sont du même secteur "
                        f"(« {contextes[a]['secteur']} »)"
                    )
            if frozenset((a, b)) in paires or a == b:
                erreurs.append(f"sujets[{i}].contextes : paire ({a}, {b}) en double")
            paires.add(frozenset((a, b)))
    if erreurs:
        raise ErreurContexte([_prefixe(nom, e) for e in erreurs])


def _lire(chemin: Path, nom: str):
    if not chemin.is_file():
        raise ErreurContexte([f"{nom} : fichier introuvable"])
    try:
        return json.loads(chemin.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ErreurContexte([f"{nom} : JSON illisible (ligne {exc.lineno}) : {exc.msg}"]) from exc


def lire_contexte(chemin: Path | str) -> dict:
    """One context file, checked; its id must be its file name."""
    chemin = Path(chemin)
    nom = f"contextes/{chemin.name}"
    contexte = _lire(chemin, nom)
    valider_contexte(contexte, nom)
    if contexte["id"] != chemin.stem:
        raise ErreurContexte([f"{nom}, id : « {contexte['id']} » attendu « {chemin.stem} »"])
    return contexte


@lru_cache(maxsize=1)
def _tous() -> tuple[tuple[str, dict], ...]:
    dossier = data_path("examen", "contextes")
    return tuple((f.stem, lire_contexte(f)) for f in sorted(dossier.glob("*.json")))


def contextes() -> dict[str, dict]:
    """Every context of data/examen/contextes, checked, by id (a fresh copy)."""
    return {ident: json.loads(json.dumps(c)) for ident, c in _tous()}


def contexte(ident: str) -> dict:
    """One context by id; an unknown id lists those available."""
    tous = contextes()
    if ident not in tous:
        raise ErreurContexte([f"contextes/{ident}.json : contexte inconnu ; contextes : "
                              + ", ".join(tous)])  # fmt: skip
    return tous[ident]


def sujets() -> list[dict]:
    """The subjects of data/examen/sujets.json, checked against the contexts."""
    donnees = _lire(data_path("examen", "sujets.json"), "sujets.json")
    valider_sujets(donnees, contextes())
    return donnees["sujets"]
