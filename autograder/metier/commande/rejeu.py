"""Replaying a face-to-face negotiation from its stored transcript, and what it earned.

A transcript is {"etapes": [...], "debut": iso, "fin": iso, "chrono_negociation": {…}}; a step is a
choice id (choice phases), {"dit": "typed line"} (typed phases), {"proposition": {"remise": %,
"paiement": id, "geste": bool, "contrepartie": id or ""}} (a conditional offer: « si vous …, alors je
… ») or {"rdv": {"creneau": id, "lieu": n, "participants": [names]}}. The buyer's answers, the deal
and the order form are recomputed from the steps alone: an edited outcome claims nothing, an
unknown or misplaced step stops the replay there (French message), an unfinished negotiation
keeps the points of its steps.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from autograder.calculs import paiement as legal
from autograder.metier.commande import regles
from autograder.metier.commande.bon import totaux
from autograder.metier.commande.cas import (
    CONTREPARTIES,
    GESTE,
    MAX_PROPOSITIONS,
    REFUS,
    REMISE_MAX,
    creneau_en_clair,
    option_paiement,
    refus_creneau,
)
from autograder.metier.commande.repliques import TECHNIQUES, noeud, replique
from autograder.moteur.nombres import euros

CHOIX = ("ouverture", "solution", "objection", "conclusion")
SAISIES = ("decouverte", "prix", "accord")
POINTS_COMMANDE, POINTS_RDV = 4, 2


@dataclass
class Etape:
    qui: str
    dit: str
    reponse: str
    points: int
    retour: str
    compte: bool = True  # False for an offer: offers are graded on the agreement as a whole


@dataclass
class Etat:
    remise: int = 0
    paiement: str = ""
    geste: bool = False
    obtenues: list[str] = field(default_factory=list)


@dataclass
class Rejeu:
    etat: Etat
    phase: str = "ouverture"
    etapes: list[Etape] = field(default_factory=list)
    erreur: str = ""
    points: int = 0
    propositions: int = 0
    impayees: int = 0
    illegales: int = 0
    accord: bool = False
    issue: str = ""  # "commande", "rdv" or "" (none yet, or none at all)
    rdv: dict | None = None
    dit: str = ""  # the buyer's line now
    reponse: str = ""  # the buyer's answer to the last proposal

    @property
    def fini(self) -> bool:
        return self.phase in ("signe", "fin")


def seuil_remise(cas: dict, etat: Etat) -> int:
    """The discount the buyer needs now: each counterpart it gave and the free help lower it."""
    a = cas["acheteur"]
    cede = sum(cas["contreparties"][c]["valeur"] for c in etat.obtenues)
    return a["remise_besoin"] - cede - (a["geste_valeur"] if etat.geste else 0)


def accepte(cas: dict, etat: Etat) -> bool:
    o = option_paiement(cas, etat.paiement)
    return (
        etat.remise >= seuil_remise(cas, etat)
        and o["effectif"] >= cas["acheteur"]["paiement_besoin"]
    )


def en_clair(cas: dict, p: dict) -> str:
    """A conditional offer as the seller says it."""
    o = option_paiement(cas, p.get("paiement")) or {"libelle": "?"}
    donne = [f"une remise de {p.get('remise')} %"] if p.get("remise") else []
    donne.append(f"un paiement à {o['libelle']}")
    if p.get("geste"):
        donne.append(GESTE)
    texte = ", ".join(donne[:-1]) + " et " + donne[-1] if len(donne) > 1 else donne[0]
    if not p.get("remise"):
        texte += ", sans remise"
    c = p.get("contrepartie")
    si = (
        f"Si vous m'accordez {CONTREPARTIES[c]}, je vous propose "
        if c in CONTREPARTIES
        else "Je vous propose "
    )
    return si + texte + "."


def lire_proposition(cas: dict, p) -> str:
    """Why a proposal is malformed ("" when it is well formed)."""
    if not isinstance(p, dict):
        return "une proposition (remise, délai, geste, contrepartie) était attendue"
    r = p.get("remise")
    if isinstance(r, bool) or not isinstance(r, int) or not 0 <= r <= REMISE_MAX:
        return f"la remise doit être un nombre entier de 0 à {REMISE_MAX} %"
    if option_paiement(cas, p.get("paiement")) is None:
        return f"« {str(p.get('paiement'))[:40]} » n'est pas un délai de paiement de la liste"
    if not isinstance(p.get("geste"), bool):
        return "le geste (accompagnement offert) doit valoir oui ou non"
    if p.get("contrepartie", "") not in ("", *CONTREPARTIES):
        return f"« {str(p.get('contrepartie'))[:40]} » n'est pas une contrepartie de la liste"
    return ""


def _proposer(cas: dict, r: Rejeu, p: dict) -> Etape:
    e, o = r.etat, option_paiement(cas, p["paiement"])
    actuel = option_paiement(cas, e.paiement)
    r.propositions += 1
    if not o["legal"]:
        r.illegales += 1
        reponse = (
            "Si ce délai n'est pas légal, je ne peux pas le signer : revoyez votre proposition."
        )
        retour = f"❌ {o['libelle']} : hors la loi. {legal.RAPPEL_LOI}"
        pts = 0
    else:
        cedes = [
            quoi
            for quoi, ok in (
                ("la remise", p["remise"] > e.remise),
                ("le délai de paiement", o["effectif"] > actuel["effectif"]),
                ("l'accompagnement offert", p["geste"] and not e.geste),
            )
            if ok
        ]
        recul = (
            p["remise"] < e.remise
            or o["effectif"] < actuel["effectif"]
            or e.geste
            and not p["geste"]
        )
        c = p["contrepartie"]
        nouveau = Etat(p["remise"], p["paiement"], p["geste"], list(e.obtenues))
        if recul:
            reponse, pts = "Vous revenez sur ce qui était acquis\u202f? Certainement pas.", 0
            retour = (
                "❌ Revenir sur une concession accordée ruine la confiance : proposez autre chose."
            )
        elif cedes and (not c or c in e.obtenues):
            r.etat, r.impayees = nouveau, r.impayees + 1
            reponse, pts = "Je prends. Et quoi d'autre\u202f?", 0
            retour = (
                f"❌ Concession sans contrepartie ({', '.join(cedes)}) : l'acheteur l'empoche"
                + (" (cette contrepartie était déjà obtenue)" if c else "")
                + ". Demandez toujours quelque chose en échange : « si vous…, alors je… »."
            )
        elif cedes and not cas["contreparties"][c]["acceptee"]:
            reponse, pts = REFUS[c], 1
            retour = "🟡 Proposition conditionnelle refusée : rien n'est cédé. Essayez une autre contrepartie."
        elif cedes:
            nouveau.obtenues.append(c)
            r.etat, pts = nouveau, 2
            reponse = f"D'accord pour {CONTREPARTIES[c]}."
            retour = f"✅ Donnant-donnant : {', '.join(cedes)} contre {CONTREPARTIES[c]}."
        else:
            pts = 1
            reponse = (
                "Vous me demandez un effort sans rien bouger de votre côté\u202f?"
                if c
                else "Vous maintenez votre offre\u202f? Je note."
            )
            retour = "🟡 Vous tenez votre position : utile une fois, pas indéfiniment."
    if accepte(cas, r.etat):
        r.accord, r.phase = True, "accord"
        reponse += " " + replique(cas, "accord")
    elif r.propositions >= MAX_PROPOSITIONS:
        r.phase = "rdv"
        reponse += " " + replique(cas, "rdv")
    else:
        manque = []
        if option_paiement(cas, r.etat.paiement)["effectif"] < cas["acheteur"]["paiement_besoin"]:
            manque.append("le délai de paiement reste trop court pour nous")
        if r.etat.remise < seuil_remise(cas, r.etat):
            manque.append(
                f"nous restons au-dessus de notre budget de {euros(cas['budget_ht'], 0)} HT"
            )
        reponse += " Mais " + " et ".join(manque) + "."
    r.reponse = reponse
    return Etape(cas["client"]["contact"]["nom"], "", en_clair(cas, p), pts, retour, False)


def _rdv(cas: dict, r: Rejeu, d) -> tuple[Etape | None, str]:
    if not isinstance(d, dict):
        return None, "un rendez-vous (créneau, lieu, participants) était attendu"
    creneau = next((c for c in cas["rendez_vous"] if c["id"] == d.get("creneau")), None)
    lieu = d.get("lieu")
    noms = {m["nom"] for m in cas["centre_achat"]}
    parts = d.get("participants")
    if creneau is None:
        return None, "le créneau n'est pas un de ceux proposés"
    if isinstance(lieu, bool) or not isinstance(lieu, int) or not 0 <= lieu < len(cas["lieux"]):
        return None, "le lieu n'est pas un de ceux proposés"
    if not isinstance(parts, list) or not parts or not set(parts) <= noms:
        return None, "les participants doivent être choisis dans le centre d'achat du client"
    refus = refus_creneau(cas, creneau)
    decideur = cas["client"]["decideur"] in parts
    elements = [
        (not refus, "un créneau possible" + (f" ({refus})" if refus else "")),
        (decideur, f"le décideur présent ({cas['client']['decideur']})"),
    ]
    pts = sum(ok for ok, _ in elements)
    if pts == 2:
        r.issue, r.rdv = (
            "rdv",
            {"creneau": creneau, "lieu": cas["lieux"][lieu], "participants": parts},
        )
    retour = regles.bilan(elements)
    texte = f"Rendez-vous de conclusion le {creneau_en_clair(creneau)}, {cas['lieux'][lieu]}, avec {', '.join(parts)}."
    return Etape(cas["client"]["contact"]["nom"], "", texte, pts, retour), ""


def rejouer(cas: dict, etapes: list) -> Rejeu:
    r = Rejeu(Etat(paiement=cas["paiement_depart"]))
    qui = cas["client"]["contact"]["nom"]
    r.dit = noeud(cas, "ouverture")["dit"]
    for k, s in enumerate(etapes, start=1):
        phase, dit, faute = r.phase, r.dit, ""
        if r.fini:
            faute = "la négociation était déjà terminée"
        elif phase in CHOIX:
            n = noeud(cas, phase)
            pris = next((c for c in n["choix"] if isinstance(s, str) and c["id"] == s), None)
            if pris is None:
                faute = (
                    f"« {str(s)[:60]} » n'est pas une réponse possible à ce moment de l'entretien"
                )
            else:
                retour = f"{TECHNIQUES[pris['technique']].capitalize()} : {pris['retour']}"
                r.etapes.append(Etape(qui, dit, pris["texte"], pris["points"], retour))
                r.points += pris["points"]
                r.phase = pris["suivant"]
                if r.phase == "signe":
                    r.issue = "commande"
        elif phase in SAISIES:
            if (
                not (isinstance(s, dict) and isinstance(s.get("dit"), str))
                or len(s["dit"]) > regles.LONGUEUR_MAX
            ):
                faute = f"une phrase à taper était attendue ({regles.CONSIGNES[phase]})"
            else:
                ctrl = _controler(cas, r, phase, s["dit"])
                r.etapes.append(Etape(qui, dit, s["dit"], ctrl.points, ctrl.retour))
                r.points += ctrl.points
                r.phase = {"decouverte": "solution", "prix": "objection", "accord": "conclusion"}[
                    phase
                ]
        elif phase == "proposition":
            p = s.get("proposition") if isinstance(s, dict) else None
            faute = lire_proposition(cas, p)
            if not faute:
                e = _proposer(cas, r, p)
                e.dit = dit
                r.etapes.append(e)
        elif phase == "rdv":
            e, faute = _rdv(cas, r, s.get("rdv") if isinstance(s, dict) else None)
            if e is not None:
                e.dit = dit
                r.etapes.append(e)
                r.points += e.points
                r.phase = "fin"
        if faute:
            r.erreur = (
                f"Étape n° {k} : {faute} (transcription modifiée ou étape sautée) ; cette étape et "
                "la suite ne sont pas comptées."
            )
            return r
        r.dit = r.reponse if phase == "proposition" else _dit(cas, r)
    return r


def _dit(cas: dict, r: Rejeu) -> str:
    if r.phase in CHOIX:
        return noeud(cas, r.phase)["dit"]
    if r.phase == "rdv" and r.accord:
        return "D'accord : fixons ce rendez-vous de conclusion."
    if r.phase in (*SAISIES, "proposition", "rdv"):
        return replique(cas, r.phase)
    if r.phase == "signe":
        return "Je signe le bon de commande."
    return "Au revoir."


def _controler(cas, r, phase, texte) -> regles.Controle:
    if phase == "decouverte":
        return regles.decouverte(cas, texte)
    if phase == "prix":
        return regles.prix(cas, texte)
    o = option_paiement(cas, r.etat.paiement)
    return regles.accord(
        cas, texte, totaux(cas, r.etat)["net_ht"], r.etat.remise, o["jours"], r.etat.obtenues
    )
