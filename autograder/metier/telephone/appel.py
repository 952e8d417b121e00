"""Replaying and grading a phone prospecting call from its stored transcript.

A transcript is {"etapes": [...], "debut": iso, "fin": iso, "chrono_appel": {…}}: each step is a choice id (a node
with choices) or {"dit": "the typed line"} (a node with a `saisie`). Grading replays every step
from the start: a hand-edited transcript cannot claim an appointment, since the slot is read from
the typed request and the confirmation checked against it. An unknown choice or a skipped step
stops the replay there (French message, nothing counted after it); an unfinished call keeps the
points of its steps. The clock is reported, never graded.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date, timedelta

from autograder.metier.telephone import regles
from autograder.metier.telephone.vocabulaire import QUI, TECHNIQUES
from autograder.moteur.dialogue import NIVEAUX_REPLIQUE, ligne_duree, lire_transcription
from autograder.moteur.formats import ReponseInvalide
from autograder.moteur.nombres import duree

DUREE_EPREUVE = 15 * 60  # seconds (RE §3.1: « Pendant 15 minutes, le candidat prospecte… »)
CLE_CHRONO = "chrono_appel"  # the exam countdown's record, kept in the transcript
LONGUEUR_MAX = 600  # characters of one typed line
CIVILITES = {"Mme": "Madame", "M.": "Monsieur"}


@dataclass
class Etape:
    qui: str  # who spoke (label)
    dit: str  # what they said
    reponse: str  # what the caller chose or typed
    points: int
    retour: str
    saisie: bool = False


@dataclass
class Rejeu:
    etapes: list[Etape] = field(default_factory=list)
    noeud: dict | None = None  # where the call stands (None after a refused step)
    erreur: str = ""
    creneau: regles.Creneau | None = None
    rdv: bool = False
    points: int = 0
    revele: bool = False

    @property
    def fini(self) -> bool:
        return self.noeud is not None and not self.noeud["choix"] and "saisie" not in self.noeud


def interlocuteur(cas: dict, noeud: dict, revele: bool) -> str:
    d = cas["decideur"]
    if noeud["qui"] == "decideur" and revele:
        return f"{d['prenom']} {d['nom']} ({d['fonction']})"
    return QUI[noeud["qui"]]


def lire(brute) -> dict:
    """The stored transcript, its shape checked (the steps themselves are checked by replay)."""
    t = lire_transcription(brute, "Appel illisible : menez l'appel dans le widget.", (CLE_CHRONO,))
    for k, e in enumerate(t["etapes"], start=1):
        if isinstance(e, dict) and isinstance(e.get("dit"), str):
            if len(e["dit"]) > LONGUEUR_MAX:
                raise ReponseInvalide(
                    f"Étape n° {k} : phrase trop longue ({len(e['dit'])} caractères, "
                    f"{LONGUEUR_MAX} au plus) ; au téléphone, soyez bref."
                )
        elif not isinstance(e, str):
            raise ReponseInvalide(
                f"Étape n° {k} illisible : un choix de la liste ou une phrase tapée est attendu."
            )
    if not isinstance(t.get(CLE_CHRONO), dict):  # a clock record is a dict or nothing
        t.pop(CLE_CHRONO, None)
    return t


def rejouer(cas: dict, etapes: list) -> Rejeu:
    noeuds = cas["appel"]["noeuds"]
    r = Rejeu(noeud=noeuds[cas["appel"]["depart"]])
    for k, e in enumerate(etapes, start=1):
        n, qui = r.noeud, interlocuteur(cas, r.noeud, r.revele)
        s = n.get("saisie")
        if s is not None:
            if not (isinstance(e, dict) and isinstance(e.get("dit"), str)):
                r.erreur = (
                    f"Étape n° {k} : une phrase à taper était attendue ({regles.CONSIGNES[_consigne(s)]}) "
                    "; cette étape et la suite de l'appel ne sont pas comptées."
                )
                r.noeud = None
                return r
            ctrl = _controler(cas, s, e["dit"], r.creneau)
            ctrl.points = min(ctrl.points, s.get("plafond", 2))
            if s["regle"] == "creneaux":
                r.creneau = ctrl.creneau
            if s["regle"] == "reformulation" and ctrl.points:
                r.rdv = True
            r.etapes.append(Etape(qui, n["dit"], e["dit"], ctrl.points, ctrl.retour, True))
            r.points += ctrl.points
            suite = s["suivant"] if ctrl.points or "sinon" not in s else s["sinon"]
        else:
            pris = next((c for c in n["choix"] if isinstance(e, str) and c["id"] == e), None)
            if pris is None:
                r.erreur = (
                    f"Étape n° {k} : « {_en_clair(e)} » n'est "
                    "pas une réponse possible à ce moment de l'appel (transcription modifiée ou "
                    "étape sautée) ; cette étape et la suite ne sont pas comptées."
                    if n["choix"]
                    else f"Étape n° {k} : l'appel était déjà terminé ; la suite n'est pas comptée."
                )
                r.noeud = None
                return r
            retour = f"{TECHNIQUES[pris['technique']].capitalize()} : {pris['retour']}"
            r.etapes.append(Etape(qui, n["dit"], pris["texte"], pris["points"], retour))
            r.points += pris["points"]
            suite = pris["suivant"]
        r.revele = r.revele or bool(noeuds[suite].get("revele"))
        r.noeud = noeuds[suite]
    if r.rdv:
        r.points += cas["points_rdv"]
    return r


def _en_clair(e) -> str:
    """A step as the learner would read it (a hand-edited one may be anything)."""
    if isinstance(e, dict):
        return str(e.get("dit", "?"))[:80]
    return str(e)[:80]


def _consigne(s: dict) -> str:
    return "presentation_decideur" if s.get("decideur") else s["regle"]


def _controler(cas, s, texte, creneau) -> regles.Controle:
    if s["regle"] == "presentation":
        return regles.presentation(cas, texte, bool(s.get("decideur")))
    if s["regle"] == "creneaux":
        return regles.creneaux(cas, texte)
    return regles.reformulation(cas, texte, creneau)


# -- the key: a call worth full marks, and one worth nothing --------------------------------------
def creneaux_solution(cas: dict) -> list[regles.Creneau]:
    """Two acceptable slots: the first two working days a week after the call, 10 h and 14 h 30."""
    jour, out = date.fromisoformat(cas["date_appel"]) + timedelta(days=7), []
    while len(out) < 2:
        if jour.weekday() < 5 and not regles.ferie(jour):
            out.append(regles.Creneau(jour, 10 * 60 if not out else 14 * 60 + 30))
        jour += timedelta(days=1)
    return out


def phrase_solution(cas: dict, s: dict) -> str:
    v, d, rdv = cas["vendeur"], cas["decideur"], cas["rdv"]
    civ = f"{CIVILITES.get(d['civilite'], d['civilite'])} {d['nom']}"
    if s["regle"] == "presentation":
        salut = f"Bonjour {civ}, " if s.get("decideur") else "Bonjour, "
        return (
            f"{salut}je suis {v['prenom']} {v['nom']}, de {v['entreprise']}, et je vous appelle "
            f"au sujet {cas['motif']['phrase']}."
        )
    c1, c2 = creneaux_solution(cas)
    if s["regle"] == "creneaux":
        return f"Je vous propose {c1.en_clair()} ou {c2.en_clair()} : lequel vous convient le mieux\u202f?"
    return (
        f"Je récapitule : rendez-vous le {c1.en_clair()}, {rdv['lieu']}, pendant "
        f"{duree(rdv['duree_min'])}, avec vous, {civ} ; je vous envoie une confirmation par "
        "courriel."
    )


def meilleur_parcours(cas: dict) -> list:
    """The steps worth the most points (choice ids and typed lines)."""
    noeuds = cas["appel"]["noeuds"]

    @functools.cache
    def meilleur(nom):
        n = noeuds[nom]
        s = n.get("saisie")
        if s is not None:
            pts, suite = meilleur(s["suivant"])
            bonus = cas["points_rdv"] if s["regle"] == "reformulation" else 0
            return pts + s.get("plafond", 2) + bonus, ({"dit": phrase_solution(cas, s)}, *suite)
        if not n["choix"]:
            return 0, ()
        options = [(meilleur(c["suivant"])[0] + c["points"], c) for c in n["choix"]]
        pts, c = max(options, key=lambda o: o[0])
        return pts, (c["id"], *meilleur(c["suivant"])[1])

    return list(meilleur(cas["appel"]["depart"])[1])


def pire_parcours(cas: dict) -> list:
    """The fewest points at every step: the worst reply, « Allô ? » for a line to type."""
    noeuds, n, out = cas["appel"]["noeuds"], cas["appel"]["noeuds"][cas["appel"]["depart"]], []
    while (n["choix"] or "saisie" in n) and len(out) < 100:
        if "saisie" in n:
            out.append({"dit": "Allô\u202f?"})
            n = noeuds[n["saisie"].get("sinon", n["saisie"]["suivant"])]
        else:
            c = min(n["choix"], key=lambda x: x["points"])
            out.append(c["id"])
            n = noeuds[c["suivant"]]
    return out


_MAXIMA: dict[str, int] = {}  # case id -> points of its best path (cases are read-only data)


def points_max(cas: dict) -> int:
    if cas["id"] not in _MAXIMA:
        _MAXIMA[cas["id"]] = rejouer(cas, meilleur_parcours(cas)).points
    return _MAXIMA[cas["id"]]


# -- grading --------------------------------------------------------------------------------------
def noter(cas: dict, reponse) -> tuple[float, str, list[str]]:
    try:
        t = lire(reponse)
    except ReponseInvalide as exc:
        return 0.0, str(exc), []
    if not t["etapes"]:
        return 0.0, "Appel pas encore commencé.", []
    r, maxi = rejouer(cas, t["etapes"]), points_max(cas)
    details = [f"{NIVEAUX_REPLIQUE[e.points]} — {e.retour}" for e in r.etapes]
    if r.erreur:
        details.append(f"⚠️ {r.erreur}")
    elif not r.fini:
        details.append(
            "Appel interrompu avant la fin : le score des étapes jouées est conservé ; "
            "menez l'appel jusqu'à sa conclusion."
        )
    if r.rdv:
        rdv = cas["rdv"]
        details.append(
            f"📅 Rendez-vous obtenu et confirmé (+{cas['points_rdv']} points) : "
            f"{r.creneau.en_clair()}, {rdv['lieu']}, {duree(rdv['duree_min'])}."
        )
    else:
        details.append(
            "Pas de rendez-vous valide : il faut un créneau accepté (jour ouvré, heures de "
            "bureau, dans les trois semaines) puis une reformulation complète."
        )
    ligne = ligne_duree(
        t,
        "l'appel",
        DUREE_EPREUVE,
        "au-delà des 15 minutes de l'épreuve (l'appel est noté quand même)",
    )
    details += [ligne] if ligne else []
    message = f"{r.points} point{'s' if r.points > 1 else ''} sur {maxi}."
    return r.points / maxi, message, details
