"""CP6 engine: the learner's case, total cost of ownership, CO2, the quote and its widget."""

import math

import pytest

from autograder import calculs
from autograder.metier import proposition
from autograder.metier.proposition import Devis, LigneDevis
from autograder.widgets.devis import DevisWidget

GRAINES = range(40)


def test_cout_total_possession():
    assert proposition.cout_total_possession(30000, 50000, 0.18, 1500, 10) == 135000.0
    assert proposition.consommation_kwh(10.2, 5000) == pytest.approx(51000)
    with pytest.raises(ValueError, match="positif"):
        proposition.cout_total_possession(-1, 0, 0.2, 0, 10)
    with pytest.raises(ValueError, match="nombre"):
        proposition.consommation_kwh("dix", 5000)


def test_co2_and_pumps():
    assert proposition.co2_transport_kg(0.5, 200, 0.1) == pytest.approx(10)
    assert proposition.co2_kg(1000, 0.052) == pytest.approx(52)
    assert proposition.pompes_necessaires(52, 30, 0.15) == 2  # 59.8 m³/h → 2 pumps
    assert proposition.pompes_necessaires(53, 30, 0.15) == 3  # 60.95 m³/h → 3 pumps
    assert proposition.pompes_necessaires(60, 30, 0) == 2  # exact: no extra pump


def test_case_is_personal_and_stable():
    a, b = proposition.construire_cas(1), proposition.construire_cas(1)
    assert a["devis"] == b["devis"] and a["offres"] == b["offres"]
    autres = {proposition.construire_cas(g)["devis"].brut_ht for g in GRAINES}
    assert len(autres) > 20


@pytest.mark.parametrize("graine", GRAINES)
def test_case_is_consistent(graine):
    """Every learner's case tells the same story: feasible, profitable, best TCO, room to grow."""
    c = proposition.construire_cas(graine)
    tech, devis = c["cas"]["technique"], c["devis"]
    n = c["pompes_en_service"]
    assert proposition.pompes_necessaires(c["debit_requis"], c["debit_pompe"], 0.15) == n
    futur = c["debit_requis"] * (1 + tech["croissance_debit_a_terme"])
    assert proposition.pompes_necessaires(futur, c["debit_pompe"], 0.15) == n + 1
    assert devis.taux_de_marque() > devis.plancher and devis.alerte() is None
    assert c["budget"] >= devis.facture().net_commercial
    tco = [o.tco(c["heures_an"], c["prix_kwh"], c["annees"]) for o in c["offres"]]
    assert tco[0] == min(tco) and c["offres"][0].nom == "Hydralis"
    assert c["offres"][0].prix_ht > min(o.prix_ht for o in c["offres"][1:])  # dearer to buy
    a = c["agence"]
    taux = calculs.taux_de_marge_sur_cout_variable(a["ca"], a["charges_variables"])
    assert calculs.seuil_de_rentabilite(a["charges_fixes"], taux) < a["ca"]


def _devis(remises=(0.05, 0.03)):
    lignes = [
        LigneDevis("HX-30E", "Pompe <inox>", 3, 7450, 4480),
        LigneDevis("MES", "Mise en service", 1, 3200, 2050),
    ]
    return Devis("Laiterie & Cie", lignes, list(remises), 0.02, 0.20, 0.25)


def test_quote_uses_calculs_facture():
    d = _devis()
    assert d.brut_ht == 25550
    assert d.facture() == calculs.facture(25550, [0.05, 0.03], 0.02, 0.20)
    net = d.facture().net_commercial
    assert d.taux_de_marque() == calculs.taux_de_marque(net, 3 * 4480 + 2050)
    assert d.alerte() is None
    assert "plancher" in _devis(remises=(0.20, 0.15)).alerte()


def test_quote_html_is_a_clean_printable_page():
    page = proposition.devis_html(_devis())
    assert page.startswith("<!DOCTYPE html>") and "lang='fr'" in page and "@media print" in page
    assert "Pompe &lt;inox&gt;" in page and "Laiterie &amp; Cie" in page
    assert "Net à payer TTC" in page and "scope='col'" in page
    assert "coût" not in page.lower()  # the cost price never goes to the client


def test_widget_updates_refuses_bad_input_and_exports(tmp_path):
    pytest.importorskip("ipywidgets")
    w = DevisWidget(_devis(), tmp_path)
    for champ in [*w.quantites, *w.prix, w.remises, w.escompte, w.tva]:
        assert champ.description.strip()
    w.quantites[0].value = "4"
    assert w.devis.lignes[0].quantite == 4 and w.message.value == ""
    avant = w.devis
    for champ, mauvais in [
        (w.quantites[0], "deux"),
        (w.quantites[0], "2,5"),
        (w.prix[1], "-3"),
        (w.remises, "150"),
        (w.escompte, "abc"),
    ]:
        ancien = champ.value
        champ.value = mauvais
        assert "conservé" in w.message.value and w.devis is avant, mauvais
        assert champ.value == ancien  # the field shows the kept value again
    w.remises.value = "6 ; 2"
    assert w.devis.remises == [0.06, 0.02] and w.message.value == ""
    w.remises.value = "30 ; 20"
    assert "plancher" in w.apercu.value
    chemin = w.exporter()
    assert chemin.exists() and "Net à payer TTC" in chemin.read_text(encoding="utf-8")


def test_engine_stays_small():
    source = proposition.__file__
    with open(source, encoding="utf-8") as f:
        assert sum(1 for _ in f) < 400
    assert math.isfinite(proposition.construire_cas(2025)["prix_kwh"])


def test_cp6_exercises_cover_every_cp6_criterion():
    """Every CP6 criterion is graded in the assignment: by an automatic item or by the letter the
    trainer grades (CP6.1, needs gathered, and CP6.6, advantages put forward, are written)."""
    import json

    from autograder.moteur import banque, referentiel

    from .conftest import ROOT

    nb = json.loads((ROOT / "solutions/cp6_proposition/cp6_proposition.ipynb").read_text("utf-8"))
    nommes = set()
    for cellule in nb["cells"]:
        nommes |= set(cellule["metadata"].get("ntc", {}).get("criteres", []))
    cp6 = next(c for c in referentiel.competences() if c.id == "CP6")
    assert {c.id for c in cp6.criteres} <= nommes
    automatiques = set()
    for nom in banque.lister("cp6_proposition"):
        automatiques |= set(banque.charger_exercice("cp6_proposition", nom).CRITERES)
    assert len(automatiques & {c.id for c in cp6.criteres}) >= 5
    assert len(banque.lister("cp6_proposition")) >= 10
