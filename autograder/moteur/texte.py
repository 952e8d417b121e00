"""Counting the words of a text that is spoken (a pitch, an exam presentation): the speaking
time of a text is estimated from it, at a rate in words per minute each exercise states."""

from __future__ import annotations

import re

MOT = re.compile(r"[0-9]+(?:[.,][0-9]+)?|[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def compter_mots(texte: str) -> int:
    """Les mots prononcés : « l'installation » compte pour un, « 15 000 » pour deux."""
    return len(MOT.findall(str(texte or "")))
