"""What a negotiation earned, replayed from the learner's moves only, and its key.

Points: 2 for each choice and each typed line (0 to 2), then, once an agreement is reached, 2 for
donnant-donnant (minus one per concession without counterpart), 2 for lawful terms (0 if an offer
broke the legal cap of payment terms), 2 for the margin kept (the discount no higher than the best
negotiator's, one point of slack; 1 within the seller's delegation; 0 beyond it); the order form
signed earns POINTS_COMMANDE, a valid closing appointment (a possible day, the decision-maker
invited) POINTS_RDV. The clock is reported, never graded.
"""

from __future__ import annotations

import functools
import json

from autograder.metier.commande import bon as bc
from autograder.metier.commande.cas import (
    CONTREPARTIES,
    MAX_PROPOSITIONS,
    creneau_en_clair,
    option_paiement,
    refus_creneau,
)
from autograder.metier.commande.rejeu import (
    POINTS_COMMANDE,
    POINTS_RDV,
    Etat,
    rejouer,
    seuil_remise,
)
from autograder.metier.commande.repliques import noeud
from autograder.moteur.dialogue import NIVEAUX_REPLIQUE, ligne_duree, lire_transcription
from autograder.moteur.formats import ReponseInvalide
from autograder.moteur.nombres import euros, pourcent

DUREE_EPREUVE = 60 * 60  # RE §3.1: 60 minutes of presentation and negotiation
CLE_CHRONO = "chrono_negociation"
ETAPES_MAX = 40


def lire(brute) -> dict:
    """The stored transcript, its shape checked; a claimed order form (« bon ») is kept only to
    be compared with the replay, never trusted."""
    t = lire_transcription(
        brute, "Négociation illisible : menez l'entretien dans le widget.", (CLE_CHRONO, "bon")
    )
    if len(t["etapes"]) > ETAPES_MAX:
        raise ReponseInvalide(f"Négociation trop longue : {ETAPES_MAX} étapes au plus.")
    return t


def _remise_reference(cas: dict) -> int:
    """The discount of the best negotiator: every counterpart the buyer can give, obtained."""
    tout = Etat(geste=True, obtenues=[c for c, d in cas["contreparties"].items() if d["acceptee"]])
    return max(1, seuil_remise(cas, tout))


def accord_final(cas: dict, r) -> list[tuple[str, int, str]]:
    """(label, points out of 2, comment) of the agreement's three parts."""
    if not r.accord:
        return []
    e, ref = r.etat, _remise_reference(cas)
    t = bc.totaux(cas, e)
    don = max(0, 2 - r.impayees)
    if e.remise > cas["delegation"]:
        m, dit = 0, f"remise de {e.remise} %, au-delà de votre délégation ({cas['delegation']} %)"
    elif e.remise <= ref + 1:
        m, dit = 2, f"remise de {e.remise} % (le meilleur accord possible : {ref} %)"
    else:
        m, dit = 1, f"remise de {e.remise} %, dans votre délégation, mais {ref} % suffisait"
    dit += f" ; marge {euros(t['marge'], 0)}, taux de marque {pourcent(t['taux_de_marque'])}"
    return [
        ("Donnant-donnant", don, f"{r.impayees} concession(s) sans contrepartie"),
        ("Conditions légales", 0 if r.illegales else 2,
         "une offre hors du plafond légal de paiement" if r.illegales else "aucune offre illégale"),
        ("Marge conservée", m, dit),
    ]  # fmt: skip


def total(cas: dict, r) -> int:
    bonus = {"commande": POINTS_COMMANDE, "rdv": POINTS_RDV}.get(r.issue, 0)
    return r.points + sum(p for _, p, _ in accord_final(cas, r)) + bonus


def _cle(cas):
    return json.dumps(cas, sort_keys=True)


@functools.lru_cache(maxsize=64)
def _max(cle: str) -> int:
    cas = json.loads(cle)
    return total(cas, rejouer(cas, meilleur_parcours(cas)))


def points_max(cas: dict) -> int:
    return _max(_cle(cas))


def noter(cas: dict, reponse) -> tuple[float, str, list[str]]:
    try:
        t = lire(reponse)
    except ReponseInvalide as exc:
        return 0.0, str(exc), []
    if not t["etapes"]:
        return 0.0, "Entretien pas encore commencé.", []
    r, maxi = rejouer(cas, t["etapes"]), points_max(cas)
    details = [
        f"{NIVEAUX_REPLIQUE[e.points]} — {e.retour}" if e.compte else f"↔️ Offre : {e.retour}"
        for e in r.etapes
    ]
    details += [f"{lib} : {p}/2 — {dit}." for lib, p, dit in accord_final(cas, r)]
    if r.erreur:
        details.append(f"⚠️ {r.erreur}")
    elif not r.fini:
        details.append(
            "Négociation interrompue avant la fin : les points des étapes jouées sont conservés ; "
            "menez l'entretien jusqu'au bon de commande ou au rendez-vous de conclusion."
        )
    if "bon" in t:
        faux = (
            bc.ecarts(cas, r.etat, t["bon"])
            if r.issue == "commande"
            else ["aucune commande n'a été signée"]
        )
        if faux:
            details.append(
                "⚠️ Bon de commande modifié à la main : "
                + " ; ".join(faux)
                + ". Seul le bon issu de la négociation rejouée compte."
            )
    if r.issue == "commande":
        b = bc.bon(cas, r.etat)
        details.append(
            f"📝 Bon de commande signé (+{POINTS_COMMANDE} points) : {euros(b['net_ht'])} HT, "
            f"remise {b['remise']} %, paiement {b['paiement']}."
        )
    elif r.issue == "rdv":
        c = r.rdv["creneau"]
        details.append(
            f"📅 Rendez-vous de conclusion fixé (+{POINTS_RDV} points) : {creneau_en_clair(c)}."
        )
    else:
        details.append("Ni bon de commande signé ni rendez-vous de conclusion valable.")
    ligne = ligne_duree(
        t,
        "l'entretien",
        DUREE_EPREUVE,
        "au-delà des 60 minutes de l'épreuve (l'entretien est noté quand même)",
    )
    details += [ligne] if ligne else []
    pts = total(cas, r)
    return pts / maxi, f"{pts} point{'s' if pts > 1 else ''} sur {maxi}.", details


# -- the key -------------------------------------------------------------------------------------
def _meilleur(cas: dict, phase: str) -> str:
    return max(noeud(cas, phase)["choix"], key=lambda c: c["points"])["id"]


def propositions_solution(cas: dict) -> list[dict]:
    """Each concession paid by a counterpart the buyer gives, the most valued first: the payment
    term the buyer needs, the free help, then the discount that closes."""
    cps = sorted(
        (c for c, d in cas["contreparties"].items() if d["acceptee"]),
        key=lambda c: (-cas["contreparties"][c]["valeur"], list(CONTREPARTIES).index(c)),
    )
    besoin = cas["acheteur"]["paiement_besoin"]
    paie = next(o["id"] for o in cas["paiements"] if o["legal"] and o["effectif"] >= besoin)
    depart = cas["paiement_depart"]
    etapes = ([] if paie == depart else [("paiement", paie)]) + [("geste", True), ("remise", None)]
    p, out = {"remise": 0, "paiement": depart, "geste": False, "contrepartie": ""}, []
    for (quoi, val), c in zip(etapes, cps, strict=True):
        p = {**p, "contrepartie": c}
        if quoi == "remise":
            val = _remise_reference(cas)
        p[quoi] = val
        out.append({"proposition": dict(p)})
    return out


def phrases_solution(cas: dict, etat: Etat) -> dict[str, str]:
    b = [x[0].lower() + x[1:].rstrip(".") for x in cas["besoins"][:2]]
    t = bc.totaux(cas, etat)
    o = option_paiement(cas, etat.paiement)
    engagements = " et ".join(CONTREPARTIES[c] for c in etat.obtenues)
    return {
        "decouverte": f"Si je vous ai bien compris, il vous faut d'abord : {b[0]} ; ensuite : {b[1]}. "
        "Est-ce bien cela\u202f?",
        "prix": f"Pour répondre à votre besoin, {b[0]}, avec un service garanti, notre proposition "
        f"s'élève à {euros(cas['catalogue_ht'])} HT, avec un accompagnement qui vous fait gagner "
        "du temps dès le démarrage.",
        "accord": f"Je récapitule : {euros(t['net_ht'])} HT après une remise de {etat.remise} %, "
        f"paiement à {o['libelle']}, et en échange {engagements}. C'est bien notre accord\u202f?",
    }


def meilleur_parcours(cas: dict) -> list:
    props = propositions_solution(cas)
    dernier = props[-1]["proposition"]
    etat = Etat(
        dernier["remise"],
        dernier["paiement"],
        dernier["geste"],
        [p["proposition"]["contrepartie"] for p in props],
    )
    ph = phrases_solution(cas, etat)
    return [
        _meilleur(cas, "ouverture"),
        {"dit": ph["decouverte"]},
        _meilleur(cas, "solution"),
        {"dit": ph["prix"]},
        _meilleur(cas, "objection"),
        *props,
        {"dit": ph["accord"]},
        _meilleur(cas, "conclusion"),
    ]


def pire_parcours(cas: dict) -> list:
    """The fewest points: the worst replies, « Euh » for each line, the offer held until the buyer
    leaves, then a closing appointment on a Saturday without the decision-maker."""
    pire = {
        ph: min(noeud(cas, ph)["choix"], key=lambda c: c["points"])["id"]
        for ph in ("ouverture", "solution", "objection")
    }
    tenir = {
        "proposition": {
            "remise": 0,
            "paiement": cas["paiement_depart"],
            "geste": False,
            "contrepartie": "",
        }
    }
    autres = [m["nom"] for m in cas["centre_achat"] if m["nom"] != cas["client"]["decideur"]]
    samedi = next(c["id"] for c in cas["rendez_vous"] if "week-end" in refus_creneau(cas, c))
    return [
        pire["ouverture"], {"dit": "Euh."}, pire["solution"], {"dit": "Euh."}, pire["objection"],
        *[tenir] * MAX_PROPOSITIONS,
        {"rdv": {"creneau": samedi, "lieu": 0, "participants": autres[:1]}},
    ]  # fmt: skip
