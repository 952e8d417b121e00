"""The prospecting-channels data of CP3 lesson 2: schema checked, numbers tied to the CRM."""

import json

import pytest

from autograder.crm import ouvrir_crm
from autograder.metier import canaux


def test_lesson_data_is_valid():
    d = canaux.charger()
    assert d["source"] and len(d["reac_cp3"]) >= 4


def test_malformed_lesson_data_is_refused_in_french(tmp_path):
    d = canaux.charger()
    d["salon_exemple"]["taux_marque"] = 35
    f = tmp_path / "canaux.json"
    f.write_text(json.dumps(d), encoding="utf-8")
    with pytest.raises(ValueError, match="taux de marque"):
        canaux.charger(f)


def test_ai_segmentation_has_one_miscount_and_is_stable(tmp_path):
    import pandas as pd

    con = ouvrir_crm(7, dossier=tmp_path)
    d = {t: pd.read_sql(f"SELECT * FROM {t}", con) for t in ("entreprises", "commandes")}
    seg = canaux.segmentation_ia(d)
    assert seg == canaux.segmentation_ia(d)
    faux = [s for s in seg["segments"] if s["annonce"] != s["prospects"]]
    assert [s["cle"] for s in faux] == [seg["faux"]]
    assert len({s["secteur"] for s in seg["segments"]}) == 4
