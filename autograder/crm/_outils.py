"""Shared helpers of the CRM generator: parameters, random draws, dates, text variants."""

from __future__ import annotations

import json
import random
import unicodedata
from datetime import date, timedelta
from functools import cache

from autograder.moteur.paths import data_path


@cache
def _json(*parts: str) -> str:
    return data_path(*parts).read_text(encoding="utf-8")


def parametres() -> dict:
    """Paramètres du générateur (``data/crm/parametres.json``), relus à chaque appel (copie)."""
    return json.loads(_json("crm", "parametres.json"))


def entreprise() -> dict:
    """Fiche d'Hydralis (``data/kpi/entreprise.json``) : commerciaux, régions, saisonnalité."""
    return json.loads(_json("kpi", "entreprise.json"))


def iso(d: date) -> str:
    return d.isoformat()


def jour(texte: str) -> date:
    return date.fromisoformat(texte)


def date_entre(rng: random.Random, debut: date, fin: date) -> date:
    """Uniform date in [debut, fin] (both included)."""
    return debut + timedelta(days=rng.randint(0, max(0, (fin - debut).days)))


def plus_ans(d: date, ans: int) -> date:
    try:
        return d.replace(year=d.year + ans)
    except ValueError:  # 29 February
        return d.replace(year=d.year + ans, day=28)


def tirage(rng: random.Random, poids: dict):
    """One key of a {value: weight} dict, drawn with its weight (order of the dict kept)."""
    return rng.choices(list(poids), weights=list(poids.values()))[0]


def sans_accents(texte: str) -> str:
    decompose = unicodedata.normalize("NFKD", texte)
    return "".join(c for c in decompose if not unicodedata.combining(c))


def slug(texte: str) -> str:
    """ASCII lowercase identifier for e-mail addresses: « Forez Laiterie » → « forez-laiterie »."""
    brut = sans_accents(texte).lower()
    morceaux = "".join(c if c.isalnum() else " " for c in brut).split()
    return "-".join(morceaux)


def siren(rng: random.Random, deja: set[str]) -> str:
    """Invented 9-digit SIREN-like number with a valid Luhn key, unique in ``deja``."""
    while True:
        corps = [rng.randint(0, 9) for _ in range(8)]
        corps[0] = rng.randint(3, 9)
        total = 0
        for i, chiffre in enumerate(reversed(corps)):
            v = chiffre * 2 if i % 2 == 0 else chiffre
            total += v - 9 if v > 9 else v
        numero = "".join(map(str, corps)) + str((10 - total % 10) % 10)
        if numero not in deja:
            deja.add(numero)
            return numero


def luhn_valide(numero: str) -> bool:
    """Vrai si ``numero`` (chiffres seulement) passe la clé de Luhn, comme un vrai SIREN."""
    if not numero.isdigit():
        return False
    total = 0
    for i, c in enumerate(reversed(numero)):
        v = int(c) * 2 if i % 2 == 1 else int(c)
        total += v - 9 if v > 9 else v
    return total % 10 == 0
