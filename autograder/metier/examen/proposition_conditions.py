"""The proposal's terms: payment terms (legal cap, the company's conditions), the B2B mandatory
mentions on late payment, the validity of the offer, the signature block.

Payment terms are read from the text: « 30 jours date de facture », « 45 jours fin de mois »,
« à réception de facture », « comptant ». The legal cap between businesses (art. L441-10 I of the
Code de commerce) is 60 days from the invoice date, or 45 days end of month, 45 days for a
periodic invoice (``PLAFONDS_PAIEMENT``); some sectors have shorter caps (art. L441-11: perishable
food, transport…), which the message leaves « à vérifier ». Consistent with the company's
conditions means no longer than them, counting « N jours fin de mois » as up to N + 30 days.
"""

from __future__ import annotations

import re

from autograder.metier.examen.contextes import PLAFONDS_PAIEMENT
from autograder.moteur.controles import Controle
from autograder.moteur.texte import sans_accents

FIN_DE_MOIS = 30  # the most days « fin de mois » adds
_JOURS = r"(\d{1,3}) ?(?:jours?|j)\b(?: nets?)?,?"
MOTIFS = (
    ("fin_de_mois", re.compile(_JOURS + r" (?:le )?fin de mois")),
    (
        "date_facture",
        re.compile(
            _JOURS + r" (?:a compter de |a partir de |apres |de |a )?(?:la )?(?:date )?"
            r"(?:d'emission |de reception )?(?:de (?:la )?|d')?factur\w*"
        ),
    ),
    ("reception", re.compile(r"a reception(?: de (?:la )?facture)?|\bcomptant\b")),
    ("inconnu", re.compile(r"(?:paiement|regl\w+|payable)[^.;]{0,40}?" + _JOURS)),
)
NOMS = {"date_facture": "date de facture", "fin_de_mois": "fin de mois"}
LOI = "art. L441-10 du Code de commerce"


def _texte(texte: str) -> str:
    return " ".join(sans_accents(texte).replace("’", "'").split())


def delais(texte: str) -> list[tuple[str, int, str]]:
    """The payment terms written: (mode, days, as written)."""
    t, trouves, vus = _texte(texte), [], set()
    for mode, motif in MOTIFS:
        for m in motif.finditer(t):
            if any(a < m.end() and m.start() < b for a, b in vus):
                continue  # already read by a more precise pattern
            vus.add((m.start(), m.end()))
            trouves.append((mode, int(m[1]) if m.groups() and m[1] else 0, m[0]))
    return trouves


def effectif(mode: str, jours: int) -> int:
    return jours + (FIN_DE_MOIS if mode == "fin_de_mois" else 0)


def _conditions(contexte: dict) -> tuple[str, int]:
    p = contexte["conditions"]["paiement"]
    return p["mode"], p["jours"]


def controler_paiement(texte: str, contexte: dict) -> list[Controle]:
    """Two checks: within the legal cap, and no longer than the company's conditions."""
    libelle_loi = "Délai de paiement dans le plafond légal"
    libelle_cond = "Délai de paiement conforme aux conditions de l'entreprise"
    lus = delais(texte)
    if not lus:
        conseil = (
            "aucun délai de paiement lu : écrivez-le dans « Conditions », par exemple « N jours "
            "date de facture », « N jours fin de mois » ou « à réception de facture »."
        )
        return [Controle(libelle_loi, False, conseil), Controle(libelle_cond, False, conseil)]
    mode_ctx, jours_ctx = _conditions(contexte)
    periodique = mode_ctx == "facture_periodique"
    trop = []
    for mode, jours, ecrit in lus:
        plafond = (
            PLAFONDS_PAIEMENT["facture_periodique" if periodique else "date_facture"]
            if mode in ("date_facture", "inconnu")
            else PLAFONDS_PAIEMENT.get(mode, 0)
        )
        if mode != "reception" and jours > plafond:
            trop.append(ecrit)
    if trop:
        loi = Controle(
            libelle_loi,
            False,
            f"« {trop[0]} » dépasse le plafond légal entre professionnels : 60 jours à compter "
            "de la date d'émission de la facture, ou 45 jours fin de mois (45 jours pour une "
            f"facture périodique), {LOI}. Certains secteurs ont un plafond plus court "
            "(art. L441-11 : denrées périssables, transport…) : à vérifier. Ramenez le délai "
            "dans ce plafond.",
        )
    else:
        loi = Controle(libelle_loi, True, "le délai de paiement respecte le plafond légal.")
    flous = [e for mode, _, e in lus if mode == "inconnu"]
    longs = [e for mode, j, e in lus if effectif(mode, j) > effectif(mode_ctx, jours_ctx)]
    if longs:
        cond = Controle(
            libelle_cond,
            False,
            f"« {longs[0]} » accorde plus de temps que les conditions de paiement de "
            "l'entreprise (voir le dossier, « Conditions ») : reprenez-les, ou dites quelle "
            "contrepartie justifie ce délai.",
        )
    elif flous:
        cond = Controle(
            libelle_cond,
            False,
            f"« {flous[0]} » : précisez le point de départ du délai (« date de facture » ou "
            "« fin de mois »), comme dans les conditions de l'entreprise.",
        )
    else:
        cond = Controle(libelle_cond, True, "le délai de paiement suit les conditions.")
    return [loi, cond]


def _liste(elements: list[str]) -> str:
    return ", ".join(elements[:-1]) + " et " + elements[-1] if len(elements) > 1 else elements[0]


def controler_penalites(texte: str) -> Controle:
    t = _texte(texte)
    penalites = re.search(
        r"penalit[^.]{0,60}retard|retard[^.]{0,80}penalit|interets? (?:de|pour) retard", t
    )
    indemnite = re.search(r"\b40\b[^.;]{0,60}recouvrement|recouvrement[^.;]{0,60}\b40\b", t)
    libelle = "Pénalités de retard et indemnité de 40 € pour frais de recouvrement"
    manque = [
        quoi
        for quoi, ok in (
            ("les pénalités de retard (leur taux)", penalites),
            ("l'indemnité forfaitaire de 40 € pour frais de recouvrement", indemnite),
        )
        if not ok
    ]
    if not manque:
        return Controle(
            libelle, True, "les mentions obligatoires sur le retard de paiement y sont."
        )
    return Controle(
        libelle,
        False,
        f"il manque {_liste(manque)} : ces mentions sont obligatoires entre professionnels "
        "(art. L441-10 et D441-5 du Code de commerce). Ajoutez-les aux conditions de paiement.",
    )


def controler_validite(texte: str) -> Controle:
    t = _texte(texte)
    duree = r"(?:\d{1,3}|un|une|deux|trois|quatre|six) ?(?:jours?|mois|semaines?)"
    date = r"\d{1,2}(?:er)?[ /.-](?:\d{1,2}|[a-z]+)[ /.-]\d{2,4}"
    ok = re.search(rf"(?:valable|validite|valide)[^.;]{{0,60}}?(?:{duree}|{date})", t)
    libelle = "Durée de validité de l'offre"
    if ok:
        return Controle(libelle, True, "la durée de validité de l'offre est indiquée.")
    return Controle(
        libelle,
        False,
        "la durée de validité de l'offre n'est pas indiquée : écrivez « Offre valable N jours » "
        "ou « valable jusqu'au JJ/MM/AAAA », comme le prévoient les conditions de l'entreprise.",
    )


def controler_signature(lecture) -> Controle:
    libelle = "Bloc « Bon pour accord » (date, nom, fonction, signature)"
    zone = lecture.texte("accord")
    mention = "accord" in lecture.titres or "bon pour accord" in _texte(lecture.texte())
    t = _texte(zone)
    manque = [
        quoi
        for quoi, motif in (
            ("la date", r"\bdate\b|\bfait a\b|\ble\s*:"),
            ("le nom", r"\bnom\b"),
            ("la fonction", r"\bfonction\b|\bqualite\b|\btitre\b"),
            ("la signature", r"\bsignature\b|\bsigne\b"),
        )
        if not re.search(motif, t)
    ]
    if mention and not manque:
        return Controle(libelle, True, "le client a de quoi signer.")
    if not mention:
        manque.append("la mention « Bon pour accord »")
    return Controle(
        libelle,
        False,
        f"bloc de signature incomplet, il manque {_liste(manque)} : ajoutez sous le titre "
        "« Bon pour accord » un cadre où le client écrit la date, son nom, sa fonction, et "
        "signe.",
    )
