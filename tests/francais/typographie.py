"""French typography on the prose a learner reads (see prose.en_prose).

- a non-breaking space (U+00A0, or the narrow U+202F) before « : ; ! ? », except between two
  digits (14:30, 1:2) and after another « ! » or « ? » (« ?! »);
- a non-breaking space after « and before »;
- elision before a vowel or a mute h: « de Hydralis » → « d'Hydralis », « que il » → « qu'il »;
  words with an aspirate h (« la hausse », « le haut ») and a few others (« le oui ») keep the
  full form.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .prose import OBJET

INSECABLES = "\u00a0\u202f"

_PONCTUATION_HAUTE = re.compile(r"[:;!?]")
_GUILLEMETS = re.compile(r"[«»]")
_ELIDABLES = "de|le|la|que|jusque|ne|se|je|me|te"
_ELISION = re.compile(
    rf"(?<![\w'’-])({_ELIDABLES}|si)[ \t\n\u00a0]+([^\W\d_][\w'’-]*)", re.IGNORECASE
)
# Aspirate h (no elision: « le haut », « la hiérarchie ») as word beginnings, then whole words.
H_ASPIRE = (
    "hach", "haie", "haine", "hall", "halte", "hamac", "hameau", "hamburger", "hanche",
    "handicap", "hangar", "hanovre", "hant", "harass", "harcel", "harcèl", "hardi", "hardware", "hareng",
    "hargn", "haricot", "harnais", "harp", "hasard", "hashtag", "hâte", "hâti", "hauss", "haut",
    "haversine", "havre", "hennir", "hérisson", "hernie", "hêtre", "heurt", "hibou", "hiérarch", "hiss",
    "hobby", "hochet", "hockey", "holding", "hollandais", "homard", "hongr", "honte", "honteu",
    "hoquet", "hors", "hotline", "hot-line", "hotte", "houle", "housse", "hublot", "huer",
    "huit", "hurl", "hutte",
)  # fmt: skip
MOTS_SANS_ELISION = {"héros", "oui", "ou", "onze", "onzième", "ouistiti", "ululement", "uhlan"}
_VOYELLES = set("aeiouéèêëàâäîïôöûùüœæ")


@dataclass(frozen=True)
class Defaut:
    regle: str  # « espace insécable », « guillemets », « élision »
    position: int  # offset in the prose
    message: str


def _demande_elision(mot: str) -> bool:
    bas = mot.lower()
    if bas in MOTS_SANS_ELISION or (len(mot) == 1 and mot.isupper()):
        return False  # « de A à Z », « le A de BANT »: letter names
    if bas == "y":
        return True
    initiale = unicodedata.normalize("NFD", bas)[0]
    if bas[0] == "h":
        return not bas.startswith(H_ASPIRE)
    return initiale in _VOYELLES or bas[0] in _VOYELLES


def defauts(prose: str) -> list[Defaut]:
    trouves = []
    for m in _PONCTUATION_HAUTE.finditer(prose):
        i, signe = m.start(), m.group()
        avant = prose[i - 1] if i else "\n"
        apres = prose[i + 1] if i + 1 < len(prose) else ""
        if avant in INSECABLES or avant in "!?\n" or (avant.isdigit() and apres.isdigit()):
            continue
        if signe == ":" and avant == OBJET and apres != " ":
            continue  # « `http://…` » left the scheme's colon: a code fragment
        quoi = "une espace ordinaire" if avant in " \t" else "aucune espace"
        trouves.append(
            Defaut(
                "espace insécable", i, f"{quoi} avant « {signe} » (il faut une espace insécable)"
            )
        )
    for m in _GUILLEMETS.finditer(prose):
        i, signe = m.start(), m.group()
        voisin = prose[i + 1 : i + 2] if signe == "«" else prose[i - 1 : i]
        if voisin in INSECABLES and voisin:
            continue
        quoi = "une espace ordinaire" if voisin in (" ", "\t", "\n") else "aucune espace"
        cote = "après" if signe == "«" else "avant"
        trouves.append(
            Defaut("guillemets", i, f"{quoi} {cote} « {signe} » (il faut une espace insécable)")
        )
    for m in _ELISION.finditer(prose):
        petit, mot = m.group(1), m.group(2)
        if petit.isupper() and len(petit) > 1:
            continue  # « ME », « TE »: an acronym (moyenne entreprise), not a pronoun
        if petit.lower() == "si":
            if mot.lower() in ("il", "ils"):
                trouves.append(Defaut("élision", m.start(), f"« {petit} {mot} » → « s'{mot} »"))
            continue
        if _demande_elision(mot):
            elide = petit[:-1] + "'"
            trouves.append(Defaut("élision", m.start(), f"« {petit} {mot} » → « {elide}{mot} »"))
    return sorted(trouves, key=lambda d: d.position)


def extrait(prose: str, position: int, largeur: int = 30) -> str:
    """A one-line snippet around a position; non-breaking spaces shown as ⍽, the place as ▶."""
    debut, fin = max(0, position - largeur), position + largeur
    texte = prose[debut:position] + "▶" + prose[position:fin]
    texte = re.sub(r"[\u00a0\u202f]", "⍽", texte)
    return " ".join(texte.replace(OBJET, "…").split())
