"""The answer store: saved at once, restored, merged, never silently lost."""

import json
import os

import pytest

from autograder.moteur.reponses import Reponses


def test_saved_and_restored(tmp_path):
    r = Reponses("devoir", tmp_path)
    r.fixer_identifiant("alice")
    r.enregistrer("q1", 0.25, brute="25 %")
    again = Reponses("devoir", tmp_path)
    assert again.identifiant == "alice"
    assert again.valeur("q1") == 0.25
    assert again.get("q1")["brute"] == "25 %"
    assert (tmp_path / ".reponses" / "devoir.json").exists()


def test_two_kernels_merge(tmp_path):
    a, b = Reponses("devoir", tmp_path), Reponses("devoir", tmp_path)
    a.enregistrer("q1", 1)
    b.enregistrer("q2", 2)  # b never saw q1: it must not erase it
    assert Reponses("devoir", tmp_path).valeur("q1") == 1
    assert Reponses("devoir", tmp_path).valeur("q2") == 2


def test_corrupt_file_is_set_aside_not_erased(tmp_path):
    dossier = tmp_path / ".reponses"
    dossier.mkdir()
    (dossier / "devoir.json").write_text('{"reponses": {"q1": ', encoding="utf-8")
    r = Reponses("devoir", tmp_path)
    assert r.cles() == []
    assert r.avertissements and "mis de côté" in r.avertissements[0]
    cote = list(dossier.glob("devoir.corrompu-*.json"))
    assert len(cote) == 1 and cote[0].read_text() == '{"reponses": {"q1": '
    r.enregistrer("q1", 3)
    assert Reponses("devoir", tmp_path).valeur("q1") == 3


def test_wrong_structure_is_set_aside(tmp_path):
    dossier = tmp_path / ".reponses"
    dossier.mkdir()
    (dossier / "devoir.json").write_text('["pas", "un", "dict"]', encoding="utf-8")
    r = Reponses("devoir", tmp_path)
    assert r.avertissements
    assert list(dossier.glob("devoir.corrompu-*.json"))


def test_write_interrupted_midway_keeps_previous_file(tmp_path, monkeypatch):
    r = Reponses("devoir", tmp_path)
    r.enregistrer("q1", "avant")
    before = (tmp_path / ".reponses" / "devoir.json").read_text()

    def crash(*args, **kwargs):
        raise KeyboardInterrupt  # the kernel is interrupted between writing and renaming

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        r.enregistrer("q2", "x" * 100_000)
    monkeypatch.undo()
    assert (tmp_path / ".reponses" / "devoir.json").read_text() == before
    assert Reponses("devoir", tmp_path).valeur("q1") == "avant"
    leftovers = [p for p in (tmp_path / ".reponses").iterdir() if p.name != "devoir.json"]
    assert leftovers == []  # no half-written temporary file left behind


def test_write_killed_during_dump_keeps_previous_file(tmp_path, monkeypatch):
    r = Reponses("devoir", tmp_path)
    r.enregistrer("q1", 1)

    real_fsync = os.fsync

    def die(fd):
        real_fsync(fd)
        raise OSError("disque plein")

    monkeypatch.setattr(os, "fsync", die)
    with pytest.raises(OSError):
        r.enregistrer("q2", 2)
    monkeypatch.undo()
    data = json.loads((tmp_path / ".reponses" / "devoir.json").read_text())
    assert data["reponses"]["q1"]["valeur"] == 1 and "q2" not in data["reponses"]


def test_unstorable_value_refused_before_touching_file(tmp_path):
    r = Reponses("devoir", tmp_path)
    r.enregistrer("q1", 1)
    with pytest.raises(TypeError):
        r.enregistrer("q2", object())
    assert Reponses("devoir", tmp_path).cles() == ["q1"]
