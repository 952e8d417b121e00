"""The typed lines of the negotiation, checked for key elements with simple rules the learner is told.

- decouverte: the recap of the discovery names at least two of the client's needs (a need counts
  when two of its main words are there, plurals and endings aside) and ends on a question;
- prix: the sandwich method: a benefit, then the price (the proposal's total HT, exact to the euro,
  said « HT »), then another benefit, without a word that belittles the price or apologises;
- accord: the agreement restated before signing: the net total HT, the discount, the payment term
  and every counterpart the client gave.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from autograder.moteur.nombres import euros as _euros
from autograder.moteur.texte import sans_accents

LONGUEUR_MAX = 800  # characters of one typed line
MOTS_VIDES = set(
    "avec dans pour nous notre nos vous votre vos leur leurs sans sous entre plus moins tous toutes "
    "cette cela elle elles ils une des les aux par sur qui que quoi dont mais donc aussi afin etre "
    "avoir fait faire chez tres peut doit comme apres avant depuis aujourd jour jours heure heures "
    "premiere premier annee mois seul seule".split()
)
AVANTAGES = (
    "gain", "gagn", "econom", "secur", "fiab", "garant", "rapid", "reduir", "redui", "evit", "suppr",
    "simplif", "tranquil", "confor", "perform", "durab", "rentab", "protec", "accompa", "servic",
    "disponib", "qualit", "trac", "delai", "livr",
)  # fmt: skip
MINIMISER = (
    r"\bseulement\b", r"\bdesole", r"\bmalheureusement\b", r"\bhelas\b", r"\bpetit prix\b",
    r"\bpas (?:si )?cher\b", r"\bne (?:vous )?coute? que\b", r"\bjuste\b", r"\bpardon\b",
)  # fmt: skip
CONSIGNES = {
    "decouverte": "Reformulez les besoins que le client vous a confiés (au moins deux), puis "
    "vérifiez par une question que vous l'avez bien compris.",
    "prix": "Annoncez le prix par la méthode du sandwich : un bénéfice pour le client, le "
    "montant total HT de la proposition, puis un second bénéfice. Sans vous excuser.",
    "accord": "Reformulez l'accord avant la signature : le montant net HT, la remise, le délai "
    "de paiement et chaque engagement que le client a pris en échange.",
}


@dataclass
class Controle:
    points: int
    retour: str
    elements: list[tuple[bool, str]] = field(default_factory=list)


def normaliser(texte: str) -> str:
    t = sans_accents(str(texte or "")).replace("’", "'").lower()
    return re.sub(r"\s+", " ", t).strip()


def racines(texte: str) -> set[str]:
    """The main words of a text, cut to 6 letters (plurals and endings aside)."""
    mots = re.findall(r"[a-z]{5,}", normaliser(texte))
    return {m[:6] for m in mots if m not in MOTS_VIDES}


def besoin_repris(besoin: str, texte: str) -> bool:
    attendus, dits = racines(besoin), racines(texte)
    return len(attendus & dits) >= min(2, len(attendus))


def montants(texte: str) -> list[tuple[float, int, int]]:
    """Every amount written in the text: (value, start, end); « 24 319,50 », « 24319 », « 24.319 »."""
    t = str(texte).replace("\u202f", " ").replace("\u00a0", " ")
    out = []
    for m in re.finditer(
        r"(?<![\d,.])\d{1,3}(?:[ .]\d{3})+(?:,\d{1,2})?|(?<![\d,.])\d+(?:,\d{1,2})?", t
    ):
        brut = re.sub(r"[ .]", "", m.group(0)).replace(",", ".")
        out.append((float(brut), m.start(), m.end()))
    return out


def bilan(elements) -> str:
    return " ; ".join(f"{'✅' if ok else '❌'} {quoi}" for ok, quoi in elements)


def _points(elements) -> int:
    manque = sum(not ok for ok, _ in elements)
    return 2 if not manque else 1 if manque == 1 else 0


def decouverte(cas: dict, texte: str) -> Controle:
    repris = [b for b in cas["besoins"] if besoin_repris(b, texte)]
    requis = min(2, len(cas["besoins"]))
    elements = [
        (
            len(repris) >= requis,
            f"{len(repris)} besoin(s) du client repris sur {requis} au moins"
            + (f" (« {repris[0][:50]}… »)" if repris else ""),
        ),
        ("?" in texte, "une question de contrôle (« … , c'est bien cela ? »)"),
    ]
    return Controle(_points(elements), bilan(elements), elements)


def _avantage(morceau: str, cas: dict) -> bool:
    t = normaliser(morceau)
    return any(a in t for a in AVANTAGES) or any(
        len(racines(b) & racines(morceau)) >= 1 for b in cas["besoins"]
    )


def prix(cas: dict, texte: str) -> Controle:
    total = cas["catalogue_ht"]
    trouve = next(((v, a, b) for v, a, b in montants(texte) if abs(v - total) <= 1), None)
    t = normaliser(texte)
    if trouve:
        _, a, b = trouve
        avant, apres = texte[:a], texte[b:]
        ht = re.search(r"\bh\.?\s?t\b|hors taxes?", normaliser(apres[:30])) is not None
    else:
        avant = apres = ""
        ht = False
    elements = [
        (trouve is not None, f"le montant total de la proposition ({_euros(total)})"),
        (ht, "le montant dit « HT »"),
        (bool(trouve) and _avantage(avant, cas), "un bénéfice pour le client avant le prix"),
        (bool(trouve) and _avantage(apres, cas), "un bénéfice pour le client après le prix"),
        (
            not any(re.search(m, t) for m in MINIMISER),
            "aucun mot qui s'excuse du prix ou le rabaisse (« seulement », « désolé »…)",
        ),
    ]
    return Controle(_points(elements), bilan(elements), elements)


def accord(cas: dict, texte: str, net_ht: float, remise: int, jours: int, obtenues) -> Controle:
    t = normaliser(texte)
    valeurs = [v for v, _, _ in montants(texte)]
    mots = {
        "volume": (r"quantit|volume|supplement", "la quantité supplémentaire"),
        "acompte": (r"acompte", "l'acompte"),
        "reference": (r"temoign|reference|visite", "la visite de référence et le témoignage"),
        "signature": (r"sign", "la signature aujourd'hui"),
    }
    elements = [
        (any(abs(v - net_ht) <= 1 for v in valeurs), f"le montant net HT ({_euros(net_ht)})"),
        (
            re.search(rf"(?<![\d,]){remise}\s?(?:%|pour ?cent)", t.replace("\u00a0", " "))
            is not None,
            f"la remise ({remise} %)",
        ),
        (re.search(rf"(?<!\d){jours}\s?(?:jours|j)\b", t) is not None, f"le délai ({jours} jours)"),
    ]
    for c in obtenues:
        motif, quoi = mots[c]
        elements.append((re.search(motif, t) is not None, f"votre contrepartie : {quoi}"))
    return Controle(_points(elements), bilan(elements), elements)
