"""CP6 terms of sale: every learner's case tells a coherent, lawful story."""

import datetime as dt

import pytest

from autograder.calculs import date_limite_paiement, taux_penalites_minimum
from autograder.metier import conditions_vente as cv
from autograder.metier import proposition

D = dt.date


@pytest.mark.parametrize("graine", range(40))
def test_each_learner_gets_a_lawful_case(graine):
    cas = proposition.construire_cas(graine)
    c = cv.construire(graine, cas["devis"])
    f = c["facture"]
    # the choice among the due dates is only fair if they all differ
    assert len(set(f["echeances"].values())) == 3
    assert f["echeance"] == date_limite_paiement(f["date"], f["regle"])
    assert f["paiement"] > f["echeance"] and f["paiement"] < dt.date.today()
    # the CGV rate of the case respects the legal floor of its semester
    legal = c["taux_legal"][cv.semestre(f["echeance"])]
    assert f["taux_cgv"] >= taux_penalites_minimum(legal)
    # the late payer's invoices are all paid within the semester of their due date
    r = c["retardataire"]
    for facture in r["factures"]:
        paiement = r["echeance"] + dt.timedelta(days=facture["jours_de_retard"])
        assert cv.semestre(paiement) == cv.semestre(r["echeance"])
    cb = c["credit_bail"]
    assert 0 < cb["valeur_residuelle"] < cb["capital"]


def test_bce_rate_of_the_semester_is_the_one_of_1_january_or_1_july():
    table = [["2025-01-01", 0.03], ["2025-03-12", 0.025], ["2025-07-01", 0.02]]
    assert cv.taux_bce_au(D(2025, 5, 10), table) == 0.025
    assert cv.taux_bce_du_semestre(D(2025, 5, 10), table) == 0.03
    assert cv.taux_bce_du_semestre(D(2025, 9, 1), table) == 0.02
    assert cv.semestre(D(2025, 6, 30)) == "2025-S1" and cv.semestre(D(2025, 7, 1)) == "2025-S2"
    with pytest.raises(ValueError, match="Aucun taux BCE"):
        cv.taux_bce_au(D(2020, 1, 1), table)


def test_data_quote_their_sources_and_flag_moving_rates():
    d = cv.charger()
    assert "TP-00338" in d["reac"]["source"] and d["reac"]["citations"]
    references = {t["reference"] for t in d["textes"]}
    assert {"Code de commerce, art. L441-1", "Code de commerce, art. D441-5"} <= references
    assert "socle unique de la négociation commerciale" in d["textes"][0]["objet"]
    assert "vérifier" in d["a_verifier"]
    dates = [x for x, _ in d["taux_bce"]]
    assert dates == sorted(dates)
