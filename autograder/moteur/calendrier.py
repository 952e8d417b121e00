"""French working days: public holidays (mainland), Easter, dates written out in French."""

from __future__ import annotations

from datetime import date, timedelta

from autograder.moteur.nombres import MOIS

JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def paques(annee: int) -> date:
    """Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = annee % 19, annee // 100, annee % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    mois, jour = divmod(h + ll - 7 * m + 114, 31)
    return date(annee, mois, jour + 1)


def ferie(d: date) -> bool:
    """A French public holiday (mainland)."""
    p = paques(d.year)
    mobiles = {p + timedelta(days=n) for n in (1, 39, 50)}
    fixes = {(1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25)}
    return (d.month, d.day) in fixes or d in mobiles


def ouvre(d: date) -> bool:
    return d.weekday() < 5 and not ferie(d)


def jour_ouvre(d: date) -> date:
    """`d`, or the first working day after it."""
    while not ouvre(d):
        d += timedelta(days=1)
    return d


def date_en_clair(d: date) -> str:
    return f"{JOURS[d.weekday()]} {'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"
