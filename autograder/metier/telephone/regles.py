"""The typed lines of a phone call, checked for key elements with simple rules the learner is told.

- presentation: first name and company of the caller, the reason for the call, in one sentence
  (and the decision-maker's name when the rule says so);
- creneaux: two precise slots (day, date, time), each on a working day, in office hours, within
  the three weeks after the call; the decision-maker takes the first valid one;
- reformulation: the agreed appointment repeated: day, time, place, duration, participant.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from autograder.moteur.calendrier import JOURS, date_en_clair, ferie, paques  # noqa: F401
from autograder.moteur.nombres import MOIS, duree
from autograder.moteur.texte import compter_mots

HEURE_MIN, HEURE_MAX = 8 * 60, 18 * 60  # office hours, in minutes after midnight
DELAI_JOURS = 21  # an appointment within the three weeks after the call
MOTS_MAX = 40  # « in one sentence »: one sentence, and a short one

CONSIGNES = {
    "presentation": "Présentez-vous en une phrase : votre prénom, votre entreprise et le motif "
    "précis de l'appel.",
    "presentation_decideur": "Saluez votre interlocuteur par son nom, puis présentez-vous en une "
    "phrase : votre prénom, votre entreprise et le motif précis de l'appel.",
    "creneaux": "Proposez deux créneaux précis (jour, date et heure, par exemple « mardi "
    "16 mars à 10 h »), en jours ouvrés, entre 8 h et 18 h, dans les trois semaines.",
    "reformulation": "Reformulez le rendez-vous convenu : le jour, l'heure, le lieu, la durée et "
    "avec qui.",
}


def normaliser(texte: str) -> str:
    """Lower case, without accents, typographic apostrophes and spaces made plain."""
    t = unicodedata.normalize("NFKD", str(texte or "")).encode("ascii", "ignore").decode()
    return re.sub(r"\s+", " ", t.replace("’", "'").lower()).strip()


def contient(texte: str, mot: str) -> bool:
    """`mot` as a whole word (or words) of `texte`, accents and case ignored."""
    return re.search(rf"(?<!\w){re.escape(normaliser(mot))}(?!\w)", normaliser(texte)) is not None


def une_phrase(texte: str) -> bool:
    """No sentence ends before the last one (« . », « ! », « ? » followed by more words)."""
    corps = re.sub(r"\d[.,]\d", "0", str(texte).strip())
    return re.search(r"[.!?…]+\s+\S", corps) is None and compter_mots(texte) <= MOTS_MAX


# -- dates ---------------------------------------------------------------------------------------
def heure_en_clair(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{h}\u00a0h" + (f"\u00a0{m:02d}" if m else "")


@dataclass
class Creneau:
    jour: date
    minutes: int  # start time, in minutes after midnight

    def en_clair(self) -> str:
        return f"{date_en_clair(self.jour)} à {heure_en_clair(self.minutes)}"

    def iso(self) -> str:
        return (
            datetime.combine(self.jour, datetime.min.time())
            .replace(hour=self.minutes // 60, minute=self.minutes % 60)
            .isoformat(timespec="minutes")
        )


_NOMS_MOIS = [normaliser(m) for m in MOIS]
_DATE = re.compile(
    rf"(?:\b(?P<js>{'|'.join(JOURS)})\b\s*)?(?:le\s+)?\b(?P<num>\d{{1,2}})(?:er)?\b"
    rf"(?:\s*(?P<mois>{'|'.join(_NOMS_MOIS)})\b|\s*/\s*(?P<m>\d{{1,2}})(?:\s*/\s*\d{{2,4}})?)?"
    rf"|\b(?P<seul>{'|'.join(JOURS)})\b"
)
_HEURE = re.compile(r"\b(?P<h>\d{1,2})\s*(?:h|heures?|:)\s*(?P<mn>[0-5]\d)?(?!\s*(?:min|/))")


def lire_creneaux(texte: str, appel: date) -> list[tuple[Creneau | None, str]]:
    """Each slot the text proposes: (slot, "") or (None, why it is not precise)."""
    t = normaliser(texte)
    dates = []
    for m in _DATE.finditer(t):
        if m["seul"] or m["js"] or m["mois"] or m["m"]:
            dates.append(m)
    out = []
    for i, m in enumerate(dates):
        fin = dates[i + 1].start() if i + 1 < len(dates) else len(t)
        if m["seul"]:
            out.append((None, f"« {m['seul']} » sans date : donnez le jour et la date"))
            continue
        num = int(m["num"])
        mois = _NOMS_MOIS.index(m["mois"]) + 1 if m["mois"] else int(m["m"] or 0) or appel.month
        annee = appel.year
        try:
            jour = date(annee, mois, num)
            if jour < appel:
                jour = (
                    date(annee + 1, mois, num)
                    if m["mois"] or m["m"]
                    else date(annee + (mois == 12), mois % 12 + 1, num)
                )
        except ValueError:
            out.append((None, f"« {m.group(0).strip()} » n'est pas une date du calendrier"))
            continue
        if m["js"] and JOURS.index(m["js"]) != jour.weekday():
            out.append(
                (
                    None,
                    f"le {num} {MOIS[jour.month - 1]} {jour.year} est un {JOURS[jour.weekday()]}, "
                    f"pas un {m['js']}",
                )
            )
            continue
        h = _HEURE.search(t, m.end(), fin)
        if h is None or int(h["h"]) > 23:
            out.append((None, f"le {date_en_clair(jour)} sans heure précise"))
            continue
        out.append((Creneau(jour, int(h["h"]) * 60 + int(h["mn"] or 0)), ""))
    return out


def refus_creneau(c: Creneau, appel: date, duree_min: int) -> str:
    """Why the decision-maker cannot accept this slot ("" when it is acceptable)."""
    if c.jour.weekday() >= 5:
        return f"le {date_en_clair(c.jour)} tombe un week-end, pas un jour ouvré"
    if ferie(c.jour):
        return f"le {date_en_clair(c.jour)} est un jour férié"
    if c.jour <= appel:
        return f"le {date_en_clair(c.jour)} n'est pas après la date de l'appel"
    if c.jour > appel + timedelta(days=DELAI_JOURS):
        return (
            f"le {date_en_clair(c.jour)} est au-delà des trois semaines qui suivent l'appel "
            f"(au plus tard le {date_en_clair(appel + timedelta(days=DELAI_JOURS))})"
        )
    if c.minutes < HEURE_MIN or c.minutes + duree_min > HEURE_MAX:
        return (
            f"{heure_en_clair(c.minutes)} pour {duree(duree_min)} sort des heures de bureau "
            f"({heure_en_clair(HEURE_MIN)} – {heure_en_clair(HEURE_MAX)})"
        )
    return ""


# -- the three rules -----------------------------------------------------------------------------
@dataclass
class Controle:
    points: int
    retour: str
    elements: list[tuple[bool, str]] = field(default_factory=list)
    creneau: Creneau | None = None

    @property
    def complet(self) -> bool:
        return all(ok for ok, _ in self.elements)


def _bilan(elements: list[tuple[bool, str]]) -> str:
    return " ; ".join(f"{'✅' if ok else '❌'} {quoi}" for ok, quoi in elements)


def presentation(cas: dict, texte: str, nommer_decideur: bool = False) -> Controle:
    v, dec = cas["vendeur"], cas["decideur"]
    elements = []
    if nommer_decideur:
        elements.append(
            (contient(texte, dec["nom"]), f"le nom de votre interlocuteur ({dec['nom']})")
        )
    elements += [
        (contient(texte, v["prenom"]), f"votre prénom ({v['prenom']})"),
        (contient(texte, v["entreprise"]), f"votre entreprise ({v['entreprise']})"),
        (
            any(contient(texte, m) for m in cas["motif"]["mots"]),
            f"le motif de l'appel (un mot comme « {cas['motif']['mots'][0]} »)",
        ),
        (une_phrase(texte), f"une seule phrase, {MOTS_MAX} mots au plus"),
    ]
    manque = sum(not ok for ok, _ in elements)
    points = 2 if not manque else 1 if manque == 1 else 0
    return Controle(points, _bilan(elements), elements)


def creneaux(cas: dict, texte: str) -> Controle:
    appel = date.fromisoformat(cas["date_appel"])
    lus = lire_creneaux(texte, appel)
    elements, valides = [], []
    for k, (c, pourquoi) in enumerate(lus, start=1):
        if c is not None:
            pourquoi = refus_creneau(c, appel, cas["rdv"]["duree_min"])
        if c is not None and not pourquoi:
            valides.append(c)
            elements.append((True, f"créneau {k} : {c.en_clair()}"))
        else:
            elements.append((False, f"créneau {k} refusé : {pourquoi}"))
    if len(lus) < 2:
        elements.append((False, f"{len(lus)} créneau(x) proposé(s) ; il en faut deux, précis"))
    points = 2 if len(valides) >= 2 and len(lus) == len(valides) else 1 if valides else 0
    retour = _bilan(elements) or "❌ aucun créneau lisible : donnez le jour, la date et l'heure"
    return Controle(points, retour, elements, valides[0] if valides else None)


def reformulation(cas: dict, texte: str, creneau: Creneau | None) -> Controle:
    if creneau is None:
        return Controle(
            0, "❌ aucun créneau n'a été accepté : il n'y a rien à confirmer", [(False, "créneau")]
        )
    rdv, dec = cas["rdv"], cas["decideur"]
    heures = [int(h["h"]) * 60 + int(h["mn"] or 0) for h in _HEURE.finditer(normaliser(texte))]
    jour = JOURS[creneau.jour.weekday()]
    elements = [
        (
            contient(texte, jour) or contient(texte, str(creneau.jour.day)),
            f"le jour ({jour} {creneau.jour.day})",
        ),
        (creneau.minutes in heures, f"l'heure ({heure_en_clair(creneau.minutes)})"),
        (any(contient(texte, m) for m in rdv["mots_lieu"]), f"le lieu ({rdv['lieu']})"),
        (rdv["duree_min"] in durees(texte), f"la durée ({duree(rdv['duree_min'])})"),
        (contient(texte, dec["nom"]), f"les participants (avec {dec['civilite']} {dec['nom']})"),
    ]
    return Controle(2 if all(ok for ok, _ in elements) else 0, _bilan(elements), elements, creneau)


_DUREE = re.compile(
    r"\b(?P<h>\d{1,2})\s*h(?:eures?)?\s*(?P<hm>\d{2})?\b(?!\s*(?:du|le))"
    r"|\b(?P<mn>\d{1,3})\s*(?:min|minutes?)\b"
)
_DUREES_MOTS = {
    "une heure": 60,
    "une demi-heure": 30,
    "une heure et demie": 90,
    "trois quarts d'heure": 45,
}


def durees(texte: str) -> set[int]:
    """Every duration written in the text, in minutes (« 45 min », « 1 h 30 », « une heure »)."""
    t = normaliser(texte)
    out = {v for mots, v in _DUREES_MOTS.items() if mots in t}
    for m in _DUREE.finditer(t):
        if m["mn"]:
            out.add(int(m["mn"]))
        else:
            out.add(int(m["h"]) * 60 + int(m["hm"] or 0))
    return out
