"""The official reference data (data/referentiel/referentiel.json) and its loader."""

import re
from pathlib import Path

import pytest

from autograder.moteur import referentiel as ref

SOURCE_MD = Path(__file__).resolve().parents[1].parent / "shared/referentiel/REAC-RE-NTC-2024.md"
ID_RE = re.compile(r"^C[PT][1-9]\.[0-9]+$")


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def test_neuf_competences_professionnelles():
    cps = ref.competences()
    assert [c.id for c in cps] == [f"CP{n}" for n in range(1, 10)]
    assert [len(c.criteres) for c in cps] == [6, 4, 6, 7, 3, 8, 7, 5, 5]
    assert sum(len(c.criteres) for c in cps) == 51
    assert not any(c.transversale for c in cps)
    assert [c.activite for c in cps] == ["AT1"] * 4 + ["AT2"] * 5


def test_cinq_competences_transversales():
    cts = ref.transversales()
    assert [c.id for c in cts] == [f"CT{n}" for n in range(1, 6)]
    assert [len(c.criteres) for c in cts] == [5, 5, 4, 4, 5]
    assert sum(len(c.criteres) for c in cts) == 23
    assert all(c.transversale for c in cts)
    assert cts[0].titre == "Communiquer"
    assert cts[4].titre == "Mettre en œuvre une démarche de résolution de problème"
    for c in cts:
        assert c.evaluees_via == tuple(f"CP{n}" for n in range(1, 10))


def test_identifiants_uniques_bien_formes_et_contigus():
    tous = ref.tous_les_criteres()
    assert len(tous) == 74
    for comp in ref.competences() + ref.transversales():
        ids = [c.id for c in comp.criteres]
        assert all(ID_RE.match(i) for i in ids), ids
        assert ids == [f"{comp.id}.{k}" for k in range(1, len(ids) + 1)]
        assert all(c.competence == comp.id for c in comp.criteres)
    ids = [c.id for comp in ref.competences() + ref.transversales() for c in comp.criteres]
    assert len(ids) == len(set(ids))


def test_modalites_par_competence():
    par_id = {c.id: set(c.modalites) for c in ref.competences()}
    for n in range(3, 9):
        assert par_id[f"CP{n}"] == {"mise_en_situation", "entretien_technique"}
    for cp in ("CP1", "CP2", "CP9"):
        assert par_id[cp] == {"questionnement_productions"}
    connues = {m.id for m in ref.modalites()}
    assert connues == {
        "mise_en_situation",
        "entretien_technique",
        "questionnaire_professionnel",
        "questionnement_productions",
        "entretien_final",
    }
    assert all(s <= connues for s in par_id.values())


def test_durees_des_epreuves():
    mods = {m.id: m for m in ref.modalites()}
    et = mods["entretien_technique"]
    assert et.duree_minutes == 50
    assert [p.duree_minutes for p in et.parties] == [20, 15, 15]
    mes = mods["mise_en_situation"]
    assert mes.duree_minutes == 390
    assert [p.duree_minutes for p in mes.parties] == [240, 150]
    assert sum(p.duree_minutes for p in mes.parties[1].parties) == 150
    assert mods["questionnement_productions"].duree_minutes == 60
    assert mods["entretien_final"].duree_minutes == 10
    assert sum(m.duree_minutes or 0 for m in mods.values()) == 510


def test_libelles_verbatim_dans_la_source():
    if not SOURCE_MD.exists():
        pytest.skip(f"référentiel source absent : {SOURCE_MD}")
    texte = _norm(SOURCE_MD.read_text(encoding="utf-8"))
    for comp in ref.competences() + ref.transversales():
        assert _norm(comp.titre) in texte, comp.id
        for c in comp.criteres:
            assert _norm(c.libelle) in texte, c.id
    for m in ref.modalites():
        assert _norm(m.titre) in texte, m.id


def test_critere_connu_et_inconnu():
    c = ref.critere("CP4.2")
    assert c.competence == "CP4"
    assert c.libelle.startswith("Les écarts entre les résultats")
    assert ref.critere("CT3.1").libelle == "Des conditions favorables à la négociation sont créées"
    with pytest.raises(KeyError, match="Critère inconnu : 'CP4.9'"):
        ref.critere("CP4.9")


def test_charger_est_en_cache():
    assert ref.charger() is ref.charger()


def test_durees_des_certificats():
    """The written part of each CCP's mise en situation (RE, CCP parts): 1 h 30 and 3 h."""
    ccp = {c.id: c for c in ref.certificats()}
    assert set(ccp) == {"ccp_prospection", "ccp_negociation"}
    assert [c.activite for c in ccp.values()] == ["AT1", "AT2"]
    mes = {i: c.modalites[0] for i, c in ccp.items()}
    assert [p.duree_minutes for p in mes["ccp_prospection"].parties] == [90, 60]
    assert [p.duree_minutes for p in mes["ccp_negociation"].parties] == [180, 105]
    assert (
        mes["ccp_prospection"].duree_minutes == 150 and mes["ccp_negociation"].duree_minutes == 285
    )


def _sans_balises(texte: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", texte)).strip()  # \s: NBSP too


def test_certificats_verbatim_dans_le_re():
    if not SOURCE_MD.exists():
        pytest.skip(f"référentiel source absent : {SOURCE_MD}")
    source = SOURCE_MD.read_text(encoding="utf-8")
    texte = _sans_balises(source)
    for ccp in ref.certificats():
        section = re.search(rf"## CCP\s+### {re.escape(ccp.titre)}", source).start()
        extrait = _sans_balises(source[section : section + 6000])
        assert _sans_balises(ccp.titre) in texte
        for m in ccp.modalites:
            assert _sans_balises(m.titre) in extrait and _sans_balises(m.description) in extrait
            for p in m.parties:
                assert _sans_balises(p.titre).split(" : ")[0] in extrait
                for phrase in re.split(r"(?<=\.) ", _sans_balises(p.description)):
                    assert phrase in extrait, (ccp.id, phrase)
                heures, minutes = divmod(p.duree_minutes, 60)
                ecrit = f"{heures} h" + (f" {minutes}" if minutes else "")
                assert re.search(rf"\(durée : {ecrit}( min)?\)", extrait), (ccp.id, ecrit)


@pytest.mark.parametrize(
    ("taille", "ids", "total"),
    [
        ("titre", ["preparation", "compte_rendu", "echange_travaux", "prospection", "negociation",
                   "echange_negociation"], 150),
        ("ccp_prospection", ["preparation", "compte_rendu", "echange_travaux", "prospection"], 60),
        ("ccp_negociation", ["preparation", "negociation", "echange_negociation"], 105),
    ],
)  # fmt: skip
def test_sous_parties_de_l_oral(taille, ids, total):
    """The oral's timed sub-parts (RE §3.1 and the CCP parts) add up to the oral's duration."""
    orale = ref.partie_orale(taille)
    assert orale.duree_minutes == total
    assert [p.id for p in orale.parties] == ids
    assert sum(p.duree_minutes for p in orale.parties) == total
    for p in orale.parties:
        assert p.description.startswith(f"Pendant {p.duree_minutes} minutes"), p.id
    with pytest.raises(ValueError, match="Taille d'épreuve inconnue"):
        ref.partie_orale("ccp_inconnu")


def test_sous_parties_de_l_oral_des_ccp_verbatim():
    if not SOURCE_MD.exists():
        pytest.skip(f"référentiel source absent : {SOURCE_MD}")
    source = SOURCE_MD.read_text(encoding="utf-8")
    for ccp in ref.certificats():
        debut = re.search(rf"## CCP\s+### {re.escape(ccp.titre)}", source).start()
        fin = source.find("Autres modalités d'évaluation", debut)
        extrait = _sans_balises(source[debut:fin])
        for p in ref.partie_orale(ccp.id).parties:
            for phrase in re.split(r"(?<=\.) ", _sans_balises(p.description)):
                assert phrase in extrait, (ccp.id, p.id, phrase)
