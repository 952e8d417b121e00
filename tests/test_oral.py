"""The oral rehearsal of the dashboard report: the oral's sequence read from the reference, the
grid per part, the report's timing, the duration check of a recording (too short, too long, in
time, refused), nothing lost, the self-evaluation and its sheet, the notebook's widgets."""

import json
import re

import pytest

from autograder.metier.oral.compte_rendu import ETAPES, min_s, minutage
from autograder.metier.oral.enregistrement import juger, mesurer
from autograder.metier.oral.repetition import STORE, CarnetOral
from autograder.metier.oral.sequence import (
    CRITERES_PAR_PARTIE,
    MARGE_SECONDES,
    PART_MINIMALE,
    TAILLES,
    competences_evaluees,
    fenetre,
    partie,
    sequence_orale,
)
from autograder.moteur import audio, referentiel
from autograder.moteur.formats import ReponseInvalide
from autograder.moteur.seance import Seance
from autograder.widgets.oral import RepetitionOrale


def wav(secondes: float) -> bytes:
    return audio.silence_wav(secondes, frequence=1000)  # 1 kB a second: light test files


def pages_pdf(chemin) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", chemin.read_bytes()))


# -- the sequence, from the data ------------------------------------------------------------------
@pytest.mark.parametrize("taille", TAILLES)
def test_sequence_durations_come_from_the_reference(taille):
    orale = referentiel.partie_orale(taille)
    seq = sequence_orale(taille)
    assert [(p.id, p.duree_minutes, p.description) for p in seq] == [
        (q.id, q.duree_minutes, q.description) for q in orale.parties
    ]
    assert sum(p.duree_minutes for p in seq) == orale.duree_minutes
    assert seq[0].debut_minutes == 0 and seq[-1].fin_minutes == orale.duree_minutes
    assert all(a.fin_minutes == b.debut_minutes for a, b in zip(seq, seq[1:], strict=False))


def test_title_oral_is_150_minutes_in_six_parts():
    seq = sequence_orale("titre")
    assert [p.duree_minutes for p in seq] == [30, 15, 15, 15, 60, 15]
    assert partie("compte_rendu").debut_minutes == 30
    with pytest.raises(ValueError, match="n'a pas de partie « compte_rendu »"):
        partie("compte_rendu", "ccp_negociation")
    with pytest.raises(ValueError, match="Taille d'épreuve inconnue"):
        sequence_orale("oral_blanc")


@pytest.mark.parametrize("taille", TAILLES)
def test_grid_per_part_names_official_criteria_of_the_evaluated_competences(taille):
    cps = set(competences_evaluees(taille))
    tous = referentiel.tous_les_criteres()
    for p in sequence_orale(taille):
        for c in p.criteres:
            assert tous[c.id].libelle == c.libelle  # official wording, from the data
            assert c.id.startswith("CT") or c.competence in cps, (taille, p.id, c.id)
        assert [c.id for c in p.criteres] == [
            i for i in CRITERES_PAR_PARTIE[p.id] if i.startswith("CT") or i.split(".")[0] in cps
        ]
    assert partie("preparation", taille).criteres == ()


def test_report_grid_content():
    ids = [c.id for c in partie("compte_rendu").criteres]
    assert ids[:6] == ["CP4.1", "CP4.2", "CP4.3", "CP4.4", "CP4.5", "CP4.7"]
    assert "CT1.3" in ids and "CT1.4" in ids  # the time, the slides
    assert not any(i.startswith(("CP6", "CP7")) for i in ids)  # no negotiation in a report
    ccp = [c.id for c in partie("compte_rendu", "ccp_prospection").criteres]
    assert not any(i.startswith("CP8") for i in ccp)  # the CCP « prospection » evaluates CP3, CP4


def test_report_plan_is_timed_on_the_official_duration():
    assert abs(sum(e.part for e in ETAPES) - 1) < 1e-9
    etapes = minutage()
    assert sum(m.secondes for m in etapes) == 15 * 60
    assert [m.debut for m in etapes[1:]] == [m.fin for m in etapes[:-1]]
    ids = {c.id for c in partie("compte_rendu").criteres}
    servis = {i for e in ETAPES for i in e.criteres}
    assert servis == ids  # every criterion the jury observes has its step, and no other


def test_window_is_documented_and_computed_from_the_data():
    bas, haut = fenetre(partie("compte_rendu"))
    assert (bas, haut) == (15 * 60 * PART_MINIMALE, 15 * 60 + MARGE_SECONDES) == (720, 930)
    assert min_s(bas) == "12\u00a0min" and min_s(haut) == "15\u00a0min\u00a030\u00a0s"


# -- the duration check ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("secondes", "verdict", "extrait"),
    [
        (3, "court", "trop court, il manque 11\u00a0min\u00a057\u00a0s"),
        (719, "court", "trop court"),
        (720, "dans_le_temps", "dans le temps"),
        (14 * 60, "dans_le_temps", "dans le temps"),
        (930, "dans_le_temps", "dans le temps"),
        (931, "long", "de plus que le temps alloué"),
        (17 * 60, "long", "2\u00a0min de plus"),
    ],
)
def test_duration_check(secondes, verdict, extrait):
    p = partie("compte_rendu")
    cle, message = juger(secondes, fenetre(p), p.duree_minutes * 60)
    assert cle == verdict and extrait in message
    assert "15\u00a0min" in message  # the time allowed is always said


@pytest.mark.parametrize(
    ("contenu", "extrait"),
    [
        (b"", "Enregistrement vide"),
        (b"pas du son" * 10, "n'est pas un enregistrement utilisable"),
        (audio.silence_wav(0.4), "moins d'une seconde"),
    ],
)
def test_unusable_recordings_are_refused_in_french(contenu, extrait):
    with pytest.raises(ReponseInvalide, match=extrait) as exc:
        mesurer(contenu)
    assert "précédents sont conservés" in str(exc.value)


def test_a_file_without_duration_takes_the_browsers_measure_only_if_it_fits():
    mp4 = b"\x00\x00\x00\x18ftypM4A " + b"\x00" * 8 + b"\x00" * 40_000  # no moov: no duration
    assert mesurer(mp4, 20.0)[::2] == (20.0, "navigateur")
    with pytest.raises(ReponseInvalide, match="durée de ce fichier est illisible"):
        mesurer(mp4, 9000.0)  # 40 kB for 2 h 30: not this file's measure
    with pytest.raises(ReponseInvalide, match="illisible"):
        mesurer(mp4, "n'importe quoi")


# -- the rehearsal: recordings kept, nothing lost ---------------------------------------------------
def test_recordings_are_numbered_never_overwritten_and_the_best_is_kept(tmp_path):
    c = CarnetOral(tmp_path, identifiant="apprenante")
    assert c.retenu() is None and "Aucun enregistrement" in c.etat()
    ok, message = c.recevoir(wav(13 * 60))
    assert ok and "dans le temps" in message and "compte_rendu_oral-1.wav" in message
    bon = (tmp_path / "enregistrements" / "compte_rendu_oral-1.wav").read_bytes()

    ok, message = c.recevoir(wav(3))  # a slip: kept, but the good take stays the trainer's
    assert ok and "trop court" in message
    for refuse in (b"", b"\x00" * 50, audio.silence_wav(0.2)):
        ok, message = c.recevoir(refuse)
        assert not ok and "conservés" in message
    assert [e["fichier"] for e in c.essais()] == [
        "enregistrements/compte_rendu_oral-1.wav",
        "enregistrements/compte_rendu_oral-2.wav",
    ]
    assert (tmp_path / "enregistrements" / "compte_rendu_oral-1.wav").read_bytes() == bon
    assert c.retenu()["fichier"].endswith("-1.wav")
    assert "compte_rendu_oral-1.wav (13\u00a0min, dans le temps)" in c.etat()

    ok, _ = c.recevoir(wav(16 * 60))
    assert c.retenu()["fichier"].endswith("-1.wav")  # too long: the one in time is still kept
    ok, _ = c.recevoir(wav(14 * 60))
    assert c.retenu()["fichier"].endswith("-4.wav")  # the latest in time

    relu = CarnetOral(tmp_path)  # a restart: the same list, the same learner
    assert relu.identifiant == "apprenante" and len(relu.essais()) == 4


def test_only_too_short_takes_keep_the_latest(tmp_path):
    c = CarnetOral(tmp_path, identifiant="a")
    c.recevoir(wav(2))
    c.recevoir(wav(5))
    assert c.retenu()["fichier"].endswith("-2.wav") and c.retenu()["verdict"] == "court"


def test_a_file_put_by_hand_is_found_and_never_overwritten(tmp_path):
    c = CarnetOral(tmp_path, identifiant="a")
    assert "Aucun enregistrement pour l'instant" in c.chercher_fichiers()[0]  # nothing recorded
    dossier = tmp_path / "enregistrements"
    dossier.mkdir()
    (dossier / "compte_rendu_oral-1.wav").write_bytes(wav(12.5 * 60))  # a phone's file, by hand
    (dossier / "notes.txt").write_text("pas un enregistrement", encoding="utf-8")
    (dossier / "abime.m4a").write_bytes(b"abime" * 10)
    lignes = c.chercher_fichiers()
    assert any("compte_rendu_oral-1.wav" in x and "dans le temps" in x for x in lignes)
    assert any(
        x.startswith("abime.m4a") and "pas un enregistrement utilisable" in x for x in lignes
    )
    assert len(c.essais()) == 1
    ok, message = c.recevoir(wav(3))
    assert ok and "compte_rendu_oral-2.wav" in message
    assert c.chercher_fichiers() == ["abime.m4a\u00a0: " + lignes[0].split("\u00a0: ", 1)[1]]


def test_a_hand_edited_store_claims_nothing(tmp_path):
    c = CarnetOral(tmp_path, identifiant="a")
    c.reponses.enregistrer("essais", ["x", {"duree": 800}, {"fichier": 3}])
    c.reponses.enregistrer("grille", {"CP4.1": "excellent", "CP9.9": "acquis", "CT1.3": "acquis"})
    assert c.essais() == [] and c.retenu() is None
    assert c.grille() == {"CT1.3": "acquis"}


# -- self-evaluation and sheet ----------------------------------------------------------------------
def test_grid_is_saved_and_printed(tmp_path):
    c = CarnetOral(tmp_path, identifiant="apprenante")
    c.recevoir(wav(14 * 60))
    c.noter("CP4.1", "acquis")
    c.noter("CT1.3", "en_cours")
    c.noter("CP4.2", "non_acquis")
    c.noter("CP4.2", "")  # cleared
    c.noter_remarques("Annoncer le plan.\nUn chiffre par idée.")
    with pytest.raises(ValueError, match="absent de la grille"):
        c.noter("CP7.6", "acquis")
    with pytest.raises(ValueError, match="Niveau inconnu"):
        c.noter("CP4.1", "parfait")
    stocke = json.loads((tmp_path / ".reponses" / f"{STORE}.json").read_text(encoding="utf-8"))
    assert stocke["reponses"]["grille"]["valeur"] == {"CP4.1": "acquis", "CT1.3": "en_cours"}
    n = len(c.criteres())
    assert c.synthese() == (1, 1, 0, n - 2)

    page, pdf = c.fiche()
    assert page.parent == tmp_path and page.name == "autoevaluation_oral.html"
    texte = page.read_text(encoding="utf-8")
    for critere in c.criteres():
        assert critere.libelle.replace("'", "&#x27;") in texte
    assert "enregistrements/compte_rendu_oral-1.wav" in texte and "Un chiffre par idée." in texte
    assert pdf.read_bytes().startswith(b"%PDF") and pages_pdf(pdf) == 1


def test_ccp_negociation_has_no_report(tmp_path):
    with pytest.raises(ValueError, match="n'a pas de partie"):
        CarnetOral(tmp_path, identifiant="a", taille="ccp_negociation")
    assert (
        CarnetOral(tmp_path, identifiant="a", taille="ccp_prospection").preparation.duree_minutes
        == 15
    )


# -- the notebook's widgets -------------------------------------------------------------------------
def test_widgets_record_check_and_save(tmp_path):
    rep = RepetitionOrale(tmp_path, identifiant="apprenante")
    assert rep.chrono.secondes == 30 * 60
    rep.chrono_preparation()
    boite = rep.enregistreur()
    assert rep.micro.objectif == 15 * 60 and rep.micro.limite == 930 + 60
    assert "Présentez votre compte rendu" in rep.micro.consigne
    rep._recu(wav(4))
    assert "trop court" in rep.resultat.value and "role='status'" in rep.resultat.value
    rep._recu(b"")
    assert "role='alert'" in rep.resultat.value and "conservés" in rep.resultat.value
    assert "compte_rendu_oral-1.wav" in rep.etat_enregistrement.value
    assert boite is not None

    grille = rep.autoevaluation()
    assert list(grille.listes) == [c.id for c in rep.criteres()]
    grille.listes["CP4.3"].value = "acquis"
    grille.remarques.value = "Ralentir."
    relu = CarnetOral(tmp_path)
    assert relu.grille() == {"CP4.3": "acquis"} and relu.remarques() == "Ralentir."
    fiche = rep.bouton_fiche()
    fiche.children[0].click()
    assert "autoevaluation_oral.pdf" in fiche.children[1].value
    assert (tmp_path / "autoevaluation_oral.pdf").exists()


def test_the_written_works_are_read_from_the_written_exam(tmp_path):
    rep = RepetitionOrale(tmp_path, identifiant="apprenante")
    assert "pas encore passé l'écrit" in rep.travaux().value
    assert not (tmp_path / ".reponses" / "examen_ecrit.json").exists()  # read only

    ecrit = Seance("examen_ecrit", tmp_path)
    ecrit.reponses.fixer_identifiant("candidat.ecrit")
    sujet = ecrit.donnees["sujet"]
    ident = sujet.contextes[1]["id"]
    ecrit.reponses.enregistrer("contexte_choisi", ident)
    ecrit.reponses.enregistrer("chrono_ecrit_ccp_prospection", {"debut": "2026-01-05T09:00:00"})
    (tmp_path / "rendus").mkdir()
    (tmp_path / "rendus" / "diaporama.pptx").write_bytes(b"PK")
    ecrit.reponses.enregistrer("diaporama", {"fichier": "rendus/diaporama.pptx"})

    rep = RepetitionOrale(tmp_path / ".", identifiant=None)
    assert rep.identifiant == "candidat.ecrit" and rep.taille == "ccp_prospection"
    assert rep.preparation.duree_minutes == 15
    vu = rep.travaux().value
    assert sujet.contexte(ident)["entreprise"]["nom"] in vu and "choisi à l'écrit" in vu
    assert "rendus/diaporama.pptx" in vu and "pas encore déposé" in vu  # the workbook is missing
    assert "Taux de réalisation" in vu


def test_a_negotiation_ccp_rehearses_the_title_oral(tmp_path):
    ecrit = Seance("examen_ecrit", tmp_path)
    ecrit.reponses.enregistrer("chrono_ecrit_ccp_negociation", {"debut": "2026-01-05T09:00:00"})
    rep = RepetitionOrale(tmp_path)
    assert rep.taille == "titre" and "CCP « négociation »" in rep.note_taille


def test_preparation_clock_comes_from_the_data_and_survives_a_restart(tmp_path):
    from datetime import datetime, timedelta

    c = CarnetOral(tmp_path, identifiant="a")
    assert c.chrono.secondes == partie("preparation").duree_minutes * 60 == 30 * 60
    debut = datetime.now().astimezone() - timedelta(minutes=31)
    c.chrono.demarrer(debut)
    relu = CarnetOral(tmp_path)
    assert relu.chrono.fini() and "Passez au compte rendu" in relu.chrono.etat()
    relu.chrono.recommencer()  # a new rehearsal: the earlier start stays in the record
    assert not relu.chrono.fini()
    assert CarnetOral(tmp_path).reponses.valeur("chrono_preparation_titre")["precedents"] == [
        debut.isoformat(timespec="seconds")
    ]
