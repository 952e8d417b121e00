"""How long an audio recording lasts, read from its container: no codec, no new dependency.

- WebM (Chrome's and Edge's MediaRecorder): the Info/Duration element when there is one, else —
  MediaRecorder streams its file and never writes it — the span of the block timestamps plus one
  block's length, read by walking the EBML elements (clusters of unknown size included);
- Ogg (Firefox): the granule position of the last page (Opus: minus the pre-skip, at 48 kHz);
- WAV: the data size over the byte rate of the « fmt » chunk;
- MP4 / M4A (a phone's voice recorder): the movie header (mvhd). Safari's MediaRecorder writes a
  fragmented MP4 whose header says 0: the duration is then unknown (None) and the caller may take
  the browser's own measure, checked against the file size with `debit_plausible`.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

# Bytes per second an audio file can plausibly have: 500 B/s is a 4 kbit/s Opus voice, 400 kB/s
# beyond a 48 kHz stereo 16-bit WAV. A browser duration outside this range does not fit the file.
DEBIT_MIN, DEBIT_MAX = 500, 400_000


class AudioIllisible(ValueError):
    """Not an audio file this module can read (French message)."""


@dataclass(frozen=True)
class Mesure:
    conteneur: str  # webm, ogg, wav, mp4
    extension: str  # the file name's extension for it
    duree: float | None  # seconds; None when the container does not say


def debit_plausible(octets: int, secondes: float) -> bool:
    return secondes > 0 and DEBIT_MIN <= octets / secondes <= DEBIT_MAX


def mesurer(contenu: bytes) -> Mesure:
    """The container and duration of an audio file's bytes; raises AudioIllisible."""
    if len(contenu) < 12:
        raise AudioIllisible("le fichier est vide ou presque (quelques octets)")
    try:
        if contenu[:4] == b"\x1a\x45\xdf\xa3":
            return Mesure("webm", "webm", _duree_webm(contenu))
        if contenu[:4] == b"OggS":
            return Mesure("ogg", "ogg", _duree_ogg(contenu))
        if contenu[:4] == b"RIFF" and contenu[8:12] == b"WAVE":
            return Mesure("wav", "wav", _duree_wav(contenu))
        if contenu[4:8] == b"ftyp":
            return Mesure("mp4", "m4a", _duree_mp4(contenu))
    except (IndexError, struct.error, ValueError) as exc:
        if isinstance(exc, AudioIllisible):
            raise
        raise AudioIllisible("le fichier audio est abîmé (structure illisible)") from None
    raise AudioIllisible("ce n'est pas un fichier audio reconnu (WebM, Ogg, WAV ou M4A)")


# -- WebM / Matroska ---------------------------------------------------------------------------
_MAITRES = {0x18538067, 0x1549A966, 0x1F43B675, 0xA0, 0x1654AE6B, 0xAE}  # entered, not skipped
_SEGMENT_INFO_SCALE, _DUREE, _TIMECODE, _TYPE_PISTE = 0x2AD7B1, 0x4489, 0xE7, 0x83
_BLOCS = (0xA3, 0xA1)  # SimpleBlock, Block


def _vint(data: bytes, i: int, marqueur: bool) -> tuple[int, int, bool]:
    """An EBML variable-length integer at i: (value, length, all value bits set = unknown size)."""
    premier = data[i]
    if premier == 0:
        raise ValueError("vint")
    n = 9 - premier.bit_length()
    valeur = premier if marqueur else premier & ((1 << (8 - n)) - 1)
    for octet in data[i + 1 : i + n]:
        valeur = (valeur << 8) | octet
    if len(data) < i + n:
        raise IndexError("vint")
    return valeur, n, not marqueur and valeur == (1 << (7 * n)) - 1


def _duree_webm(data: bytes) -> float | None:
    echelle, duree_info, cluster, temps, audio = 1_000_000, None, 0, [], False
    i = 0
    while i < len(data):
        try:
            ident, n, _ = _vint(data, i, True)
            taille, m, inconnue = _vint(data, i + n, False)
        except (IndexError, ValueError):
            break  # a truncated tail (recording cut short): keep what was read
        i += n + m
        if ident in _MAITRES:
            continue  # walk into it
        if inconnue:
            break
        charge = data[i : i + taille]
        if ident == _SEGMENT_INFO_SCALE:
            echelle = int.from_bytes(charge, "big")
        elif ident == _DUREE and len(charge) in (4, 8):
            duree_info = struct.unpack(">f" if len(charge) == 4 else ">d", charge)[0]
        elif ident == _TIMECODE:
            cluster = int.from_bytes(charge, "big")
        elif ident == _TYPE_PISTE and int.from_bytes(charge, "big") == 2:
            audio = True
        elif ident in _BLOCS and len(charge) >= 4:
            _, k, _ = _vint(charge, 0, False)
            temps.append(cluster + struct.unpack(">h", charge[k : k + 2])[0])
        i += taille
    if not audio:
        raise AudioIllisible("ce fichier WebM ne contient pas de piste audio")
    if duree_info and duree_info > 0:
        return duree_info * echelle / 1e9
    if len(temps) < 2:
        return None
    temps.sort()
    ecarts = sorted(b - a for a, b in zip(temps, temps[1:], strict=False) if b > a)
    pas = ecarts[len(ecarts) // 2] if ecarts else 0
    return (temps[-1] - temps[0] + pas) * echelle / 1e9


# -- Ogg ---------------------------------------------------------------------------------------
def _duree_ogg(data: bytes) -> float | None:
    debut = 27 + data[26]  # the first packet, after the page header and its segment table
    entete = data[debut : debut + 40]
    if entete.startswith(b"OpusHead"):
        pre_saut, frequence = struct.unpack("<H", entete[10:12])[0], 48_000
    elif entete.startswith(b"\x01vorbis"):
        pre_saut, frequence = 0, struct.unpack("<I", entete[12:16])[0]
    else:
        raise AudioIllisible("ce fichier Ogg ne contient ni Opus ni Vorbis")
    fin = len(data)
    while (k := data.rfind(b"OggS", 0, fin)) >= 0:
        granule = struct.unpack("<q", data[k + 6 : k + 14])[0]
        if granule > 0:
            return max(0.0, (granule - pre_saut) / frequence)
        fin = k
    return None


# -- WAV ---------------------------------------------------------------------------------------
def _duree_wav(data: bytes) -> float | None:
    i, debit = 12, None
    while i + 8 <= len(data):
        ident, taille = data[i : i + 4], struct.unpack("<I", data[i + 4 : i + 8])[0]
        if ident == b"fmt ":
            debit = struct.unpack("<I", data[i + 16 : i + 20])[0]
        elif ident == b"data":
            if not debit:
                raise AudioIllisible("fichier WAV sans description du son (bloc « fmt »)")
            utile = min(taille, len(data) - i - 8)  # a streamed WAV says 0 or 0xFFFFFFFF
            return (utile if 0 < taille < 0xFFFFFFFF else len(data) - i - 8) / debit
        i += 8 + taille + (taille & 1)
    raise AudioIllisible("fichier WAV sans données sonores")


# -- MP4 / M4A ---------------------------------------------------------------------------------
def _boites(data: bytes, debut: int, fin: int):
    i = debut
    while i + 8 <= fin:
        taille, genre = struct.unpack(">I4s", data[i : i + 8])
        entete = 8
        if taille == 1:
            taille, entete = struct.unpack(">Q", data[i + 8 : i + 16])[0], 16
        elif taille == 0:
            taille = fin - i
        if taille < entete:
            return
        yield genre, i + entete, min(i + taille, fin)
        i += taille


def _duree_mp4(data: bytes) -> float | None:
    for genre, debut, fin in _boites(data, 0, len(data)):
        if genre != b"moov":
            continue
        for sous, d, _ in _boites(data, debut, fin):
            if sous == b"mvhd":
                if data[d] == 1:
                    echelle, duree = struct.unpack(">IQ", data[d + 20 : d + 32])
                else:
                    echelle, duree = struct.unpack(">II", data[d + 12 : d + 20])
                if echelle and 0 < duree < 0xFFFFFFFF:
                    return duree / echelle
                return None
    return None


# -- a recording of silence (the key of a recorded exercise, tests) ----------------------------
def silence_wav(secondes: float, frequence: int = 8000) -> bytes:
    """A valid WAV of `secondes` of silence (8-bit mono PCM: 8 kB per second)."""
    n = round(secondes * frequence)
    fmt = struct.pack("<HHIIHH", 1, 1, frequence, frequence, 1, 8)
    return (
        b"RIFF"
        + struct.pack("<I", 36 + n)
        + b"WAVEfmt "
        + struct.pack("<I", len(fmt))
        + fmt
        + b"data"
        + struct.pack("<I", n)
        + b"\x80" * n
    )
