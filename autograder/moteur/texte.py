"""Counting the words of a text that is spoken (a pitch, an exam presentation): the speaking
time of a text is estimated from it, at a rate in words per minute each exercise states."""

from __future__ import annotations

import re
import unicodedata

DEBIT_PITCH = 150
"""Words a minute of a pitch (CP5): a short, rehearsed, conversational pace (French speech
runs at 130 to 160)."""

DEBIT_EXPOSE = 130
"""Words a minute of an exam presentation to a jury: slower than a pitch, since a long talk needs
pauses and the speaker points at a document (the SWOT matrix) while speaking."""

MOT = re.compile(r"[0-9]+(?:[.,][0-9]+)?|[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def compter_mots(texte: str) -> int:
    """Les mots prononcés : « l'installation » compte pour un, « 15 000 » pour deux."""
    return len(MOT.findall(str(texte or "")))


def sans_accents(texte: str) -> str:
    """Lower case, accents dropped: « Écarts » → « ecarts » (to compare words as people write them)."""
    return unicodedata.normalize("NFKD", texte).encode("ascii", "ignore").decode().lower()


def de(nom: str) -> str:
    """« de Ferrand », « d'Armor », « d'Équipement » : the preposition elided before a vowel."""
    return f"d'{nom}" if sans_accents(nom[:1]).lower() in tuple("aeiouy") else f"de {nom}"
