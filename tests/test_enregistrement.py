"""The recorded oral: duration read from the audio container, the Enregistrement format (too
short, too long, within, missing file, not audio), and the file written through the session."""

from __future__ import annotations

import struct
from datetime import UTC, datetime

import pytest

from autograder.moteur import audio
from autograder.moteur.formats import ReponseInvalide
from autograder.moteur.seance import Seance

NOM = "pitch_oral"


# -- containers built by hand, as browsers and phones write them -------------------------------
def _element(ident: int, charge: bytes, inconnue: bool = False) -> bytes:
    taille = b"\x01\xff\xff\xff\xff\xff\xff\xff" if inconnue else b"\x01" + len(charge).to_bytes(7)
    return ident.to_bytes((ident.bit_length() + 7) // 8) + taille + charge


def webm(secondes: float, duree_info: float | None = None) -> bytes:
    """A MediaRecorder-like WebM: segment and clusters of unknown size, Opus blocks every 20 ms,
    no Duration element unless `duree_info` (ms) is given."""
    info = _element(0x2AD7B1, (1_000_000).to_bytes(3))
    if duree_info is not None:
        info += _element(0x4489, struct.pack(">d", duree_info))
    piste = _element(0xAE, _element(0x83, b"\x02") + _element(0x86, b"A_OPUS"))
    corps = _element(0x1549A966, info) + _element(0x1654AE6B, piste)
    n = round(secondes * 50)
    for debut in range(0, n, 50):  # one cluster per second
        blocs = b"".join(
            _element(
                0xA3, b"\x81" + ((k - debut) * 20).to_bytes(2, signed=True) + b"\x80\xf8\xff\xfe"
            )
            for k in range(debut, min(n, debut + 50))
        )
        corps += _element(0x1F43B675, _element(0xE7, (debut * 20).to_bytes(4)) + blocs, True)
    entete = _element(0x1A45DFA3, _element(0x4282, b"webm"))
    return entete + _element(0x18538067, corps, True)


def _page_ogg(granule: int, paquet: bytes, drapeau: int = 0) -> bytes:
    return (
        b"OggS\x00"
        + bytes([drapeau])
        + struct.pack("<qIII", granule, 1, 0, 0)
        + bytes([1, len(paquet)])
        + paquet
    )


def ogg_opus(secondes: float, pre_saut: int = 312) -> bytes:
    tete = b"OpusHead\x01\x01" + struct.pack("<HIhB", pre_saut, 48_000, 0, 0)
    fin = round(secondes * 48_000) + pre_saut
    return (
        _page_ogg(0, tete, 2)
        + _page_ogg(0, b"OpusTags" + bytes(8))
        + _page_ogg(fin, b"\xf8\xff\xfe", 4)
    )


def m4a(secondes: float, echelle: int = 44_100) -> bytes:
    def boite(genre: bytes, charge: bytes) -> bytes:
        return struct.pack(">I", 8 + len(charge)) + genre + charge

    mvhd = boite(
        b"mvhd", bytes(12) + struct.pack(">II", echelle, round(secondes * echelle)) + bytes(80)
    )
    return (
        boite(b"ftyp", b"M4A \x00\x00\x00\x00") + boite(b"moov", mvhd) + boite(b"mdat", bytes(64))
    )


@pytest.mark.parametrize(
    ("contenu", "conteneur", "duree"),
    [
        (webm(3.0), "webm", 3.0),
        (webm(2.0, duree_info=2500.0), "webm", 2.5),
        (ogg_opus(4.2), "ogg", 4.2),
        (audio.silence_wav(12.5), "wav", 12.5),
        (m4a(61.3), "mp4", 61.3),
    ],
)
def test_duration_read_from_the_container(contenu, conteneur, duree):
    mesure = audio.mesurer(contenu)
    assert mesure.conteneur == conteneur
    assert mesure.duree == pytest.approx(duree, abs=0.03)


def test_a_truncated_webm_still_gives_what_it_holds():
    assert audio.mesurer(webm(3.0)[:-40]).duree == pytest.approx(2.98, abs=0.05)


@pytest.mark.parametrize(
    "contenu", [b"", b"bonjour tout le monde", b"\x89PNG\r\n\x1a\n" + bytes(40)]
)
def test_not_audio_is_refused(contenu):
    with pytest.raises(audio.AudioIllisible):
        audio.mesurer(contenu)


def test_browser_duration_must_fit_the_file_size():
    assert audio.debit_plausible(16_000, 2.0)  # 64 kbit/s
    assert not audio.debit_plausible(16_000, 120.0)  # a 16 kB file is not two minutes of voice


# -- the format, through the session (as the widget uses it) ------------------------------------
@pytest.fixture
def seance(tmp_path):
    s = Seance("cp5_image", tmp_path)
    s.changer_identifiant("alice")
    return s


def _fenetre(seance):
    ex = seance.exercice(NOM)
    return ex.format.fenetre(ex)


def test_within_the_allotted_time(seance, tmp_path):
    bas, haut = _fenetre(seance)
    verdict = seance.repondre(NOM, {"audio": webm((bas + haut) / 2), "duree_navigateur": 1.0})
    assert verdict.juste and "temps alloué respecté" in verdict.message
    valeur = seance.reponses.valeur(NOM)
    assert valeur["fichier"] == f"enregistrements/{NOM}.webm" and valeur["mesure"] == "fichier"
    assert (tmp_path / valeur["fichier"]).read_bytes()[:4] == b"\x1a\x45\xdf\xa3"
    assert seance.noter(NOM) is None


@pytest.mark.parametrize(("facteur", "mot"), [(0.5, "trop court"), (1.5, "de trop")])
def test_too_short_or_too_long_scores_zero_with_the_window(seance, facteur, mot):
    bas, haut = _fenetre(seance)
    duree = bas * facteur if facteur < 1 else haut * facteur
    verdict = seance.repondre(NOM, {"audio": audio.silence_wav(duree)})
    assert verdict.score == 0 and mot in verdict.message
    assert f"{round(bas)}\u00a0s" in verdict.message or "min" in verdict.message
    with pytest.raises(AssertionError, match=mot):
        seance.noter(NOM)


def test_the_edges_of_the_window_count(seance):
    bas, haut = _fenetre(seance)
    for duree in (bas, haut):
        assert seance.repondre(NOM, {"audio": audio.silence_wav(duree)}).juste


def test_missing_file_is_explained(seance, tmp_path):
    bas, haut = _fenetre(seance)
    seance.repondre(NOM, {"audio": audio.silence_wav((bas + haut) / 2)})
    (tmp_path / "enregistrements" / f"{NOM}.wav").unlink()
    verdict = seance.exercice(NOM).evaluer(seance.reponses.valeur(NOM))
    assert verdict.score == 0 and "introuvable" in verdict.message
    with pytest.raises(AssertionError, match="introuvable"):
        seance.noter(NOM)


def test_not_audio_refused_in_french_and_previous_recording_kept(seance, tmp_path):
    bas, haut = _fenetre(seance)
    seance.repondre(NOM, {"audio": audio.silence_wav((bas + haut) / 2)})
    avant = seance.reponses.valeur(NOM)
    octets = (tmp_path / avant["fichier"]).read_bytes()
    for brute in ({"audio": b"ceci n'est pas du son du tout"}, {"audio": b""}, "texte", None):
        with pytest.raises(ReponseInvalide, match="enregistrement|Enregistrez"):
            seance.repondre(NOM, brute)
    assert seance.reponses.valeur(NOM) == avant
    assert (tmp_path / avant["fichier"]).read_bytes() == octets
    assert seance.noter(NOM) is None


def test_a_file_without_duration_takes_the_browser_measure_if_it_fits(seance):
    fragmente = m4a(0) + bytes(400_000)  # Safari: fragmented MP4 whose header says 0
    bas, haut = _fenetre(seance)
    milieu = (bas + haut) / 2
    assert seance.repondre(NOM, {"audio": fragmente, "duree_navigateur": milieu}).juste
    assert seance.reponses.valeur(NOM)["mesure"] == "navigateur"
    with pytest.raises(ReponseInvalide, match="durée"):  # 400 kB cannot last 0.01 s of voice
        seance.repondre(NOM, {"audio": fragmente, "duree_navigateur": 0.01})
    with pytest.raises(ReponseInvalide, match="durée"):  # a dropped file: no browser measure
        seance.repondre(NOM, {"audio": fragmente, "duree_navigateur": None})


def test_a_stored_answer_pointing_outside_its_folder_scores_zero(seance):
    ex = seance.exercice(NOM)
    for fichier in ("../../etc/passwd", "/etc/passwd", "autre/pitch_oral.wav"):
        verdict = ex.evaluer({"fichier": fichier, "duree": 50, "octets": 10})
        assert verdict.score == 0 and "hors du dossier" in verdict.message


def test_the_recording_is_what_grading_measures(seance, tmp_path):
    """The grade follows the file handed in, not the duration written in the answer file."""
    bas, haut = _fenetre(seance)
    seance.repondre(NOM, {"audio": audio.silence_wav((bas + haut) / 2)})
    (tmp_path / "enregistrements" / f"{NOM}.wav").write_bytes(audio.silence_wav(bas / 3))
    with pytest.raises(AssertionError, match="trop court"):
        seance.noter(NOM)


# -- the widget, without a browser -------------------------------------------------------------
def _widget(seance):
    from autograder.widgets.exercice import creer_widget

    return creer_widget(seance, seance.exercice(NOM))


def test_the_recorders_message_is_checked_and_saved_at_once(seance):
    bas, haut = _fenetre(seance)
    w = _widget(seance)
    message = {"type": "enregistrement", "duree": (bas + haut) / 2, "mime": "audio/webm"}
    w.controles.enregistreur._message(None, message, [memoryview(webm((bas + haut) / 2))])
    assert "✅" in w.retour.value
    assert seance.reponses.valeur(NOM)["fichier"].endswith(".webm")
    w.controles.enregistreur._message(None, message, [memoryview(b"pas du son, vraiment pas")])
    assert "role='alert'" in w.retour.value and "conservé" in w.retour.value
    assert seance.reponses.valeur(NOM)["fichier"].endswith(".webm")


def test_a_phone_recording_can_be_dropped(seance):
    bas, haut = _fenetre(seance)
    w = _widget(seance)
    contenu = m4a((bas + haut) / 2)
    fichier = {"name": "pitch.m4a", "type": "audio/mp4", "size": len(contenu),
               "content": memoryview(contenu), "last_modified": datetime.now(UTC)}  # fmt: skip
    w.controles.depot.value = (fichier,)
    assert "✅" in w.retour.value
    assert seance.reponses.valeur(NOM)["fichier"] == f"enregistrements/{NOM}.m4a"
    assert "pitch.m4a" in w.controles.enregistreur.statut
    assert w.controles.depot.value == ()
