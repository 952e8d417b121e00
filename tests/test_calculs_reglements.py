"""Délais de paiement, pénalités, indemnité, DSO, mensualité : cas travaillés à la main."""

import datetime as dt
import doctest
import inspect

import pytest

import autograder.calculs as calculs
from autograder.calculs import (
    date_limite_paiement,
    dso,
    indemnite_forfaitaire_recouvrement,
    mensualite,
    penalites_de_retard,
    taux_interets_moratoires,
    taux_penalites_defaut,
    taux_penalites_minimum,
)

SIGNATURES = {
    "date_limite_paiement": '(date_facture, regle="60_jours")',
    "penalites_de_retard": "(montant_ttc, jours_de_retard, taux_annuel, jours_annee=365)",
    "taux_penalites_defaut": "(taux_bce)",
    "taux_penalites_minimum": "(taux_interet_legal)",
    "taux_interets_moratoires": "(taux_bce)",
    "indemnite_forfaitaire_recouvrement": "(nombre_factures=1)",
    "dso": "(creances_clients_ttc, chiffre_affaires_ttc, jours=365)",
    "mensualite": "(capital, taux_annuel, duree_mois, valeur_residuelle=0.0, a_echoir=False)",
}


@pytest.mark.parametrize("nom, signature", SIGNATURES.items())
def test_signatures_de_l_issue(nom, signature):
    fonction = getattr(calculs, nom)
    parametres = str(inspect.signature(fonction)).split(" ->")[0].replace("'", '"')
    assert parametres == signature
    assert nom in calculs.__all__
    assert len(fonction.__doc__) > 200  # conventions écrites


def test_docstrings_executables_et_loi_citee():
    for module in (calculs.reglements, calculs.financement):
        resultat = doctest.testmod(module)
        assert resultat.failed == 0 and resultat.attempted > 0, module.__name__
    assert "L441-10" in date_limite_paiement.__doc__
    assert "L441-10" in penalites_de_retard.__doc__
    assert "D441-5" in indemnite_forfaitaire_recouvrement.__doc__
    assert "à vérifier" in taux_penalites_defaut.__doc__
    assert "à vérifier" in taux_penalites_minimum.__doc__
    assert "R2192-31" in taux_interets_moratoires.__doc__
    assert "R2192-10" in date_limite_paiement.__doc__


# --- Délais de paiement : 60 jours et les deux lectures des 45 jours fin de mois -------------------

D = dt.date


@pytest.mark.parametrize(
    "facture, soixante, plus_45_puis_fdm, fdm_puis_45",
    [
        # 10/01 + 60 j = 11/03 ; 10/01 + 45 j = 24/02 → 28/02 ; 31/01 + 45 j = 17/03
        (D(2025, 1, 10), D(2025, 3, 11), D(2025, 2, 28), D(2025, 3, 17)),
        # 31/01 + 60 j = 01/04 ; 31/01 + 45 j = 17/03 → 31/03 ; 31/01 + 45 j = 17/03
        (D(2025, 1, 31), D(2025, 4, 1), D(2025, 3, 31), D(2025, 3, 17)),
        # année bissextile : 15/01/2024 + 45 j = 29/02 (déjà fin de mois) ; 31/01 + 45 j = 16/03
        (D(2024, 1, 15), D(2024, 3, 15), D(2024, 2, 29), D(2024, 3, 16)),
        # changement d'année : 20/12 + 45 j = 03/02 → 28/02 ; 31/12 + 45 j = 14/02
        (D(2024, 12, 20), D(2025, 2, 18), D(2025, 2, 28), D(2025, 2, 14)),
    ],
)
def test_date_limite_les_trois_regles(facture, soixante, plus_45_puis_fdm, fdm_puis_45):
    assert date_limite_paiement(facture) == soixante
    assert date_limite_paiement(facture, "45_jours_fin_de_mois") == plus_45_puis_fdm
    assert date_limite_paiement(facture, "fin_de_mois_45_jours") == fdm_puis_45


def test_date_limite_d_un_marche_public():
    # demande de paiement reçue le 20/06/2025 : + 30 jours = 20/07 ; hôpital + 50 jours = 09/08
    assert date_limite_paiement(D(2025, 6, 20), "30_jours") == D(2025, 7, 20)
    assert date_limite_paiement(D(2025, 6, 20), "50_jours") == D(2025, 8, 9)
    # fin d'année : 15/12/2024 + 30 jours = 14/01/2025
    assert date_limite_paiement(D(2024, 12, 15), "30_jours") == D(2025, 1, 14)


def test_interets_moratoires_cas_a_la_main():
    # BCE 2,15 % au 1er juillet 2025 + 8 points = 10,15 % (et non 12,15 % entre entreprises)
    assert taux_interets_moratoires(0.0215) == pytest.approx(0.1015)
    assert taux_interets_moratoires(0) == pytest.approx(0.08)
    # 36 000 € TTC payés 25 jours en retard : 36 000 × 0,1015 × 25 / 365 = 250,27 €
    assert penalites_de_retard(36_000, 25, taux_interets_moratoires(0.0215)) == 250.27
    with pytest.raises(ValueError, match="fraction décimale"):
        taux_interets_moratoires(2.15)


def test_date_limite_accepte_texte_iso_et_datetime():
    assert date_limite_paiement("2025-01-10") == D(2025, 3, 11)
    assert date_limite_paiement(dt.datetime(2025, 1, 10, 15, 30)) == D(2025, 3, 11)
    assert type(date_limite_paiement(D(2025, 1, 10))) is dt.date


# --- Pénalités de retard --------------------------------------------------------------------------


def test_penalites_cas_a_la_main():
    # 12 000 × 13,15 % × 30 / 365 = 47 340 / 365 = 129,698… → 129,70 €
    assert penalites_de_retard(12_000, 30, 0.1315) == 129.70
    # en année commerciale : 1 578 × 30 / 360 = 131,50 €
    assert penalites_de_retard(12_000, 30, 0.1315, jours_annee=360) == 131.50
    # 5 400 € TTC, 45 jours à 11,13 % (3 × 3,71 %) : 5 400 × 0,1113 × 45 / 365 = 74,10 €
    assert penalites_de_retard(5_400, 45, 0.1113) == 74.10
    assert penalites_de_retard(5_400, 0, 0.1113) == 0.0


def test_penalites_demi_centime_vers_le_haut():
    # 18,25 × 10 % × 1 / 365 = 0,005 exactement → 0,01 €
    assert penalites_de_retard(18.25, 1, 0.10) == 0.01


def test_taux_legaux():
    assert taux_penalites_defaut(0.0315) == pytest.approx(0.1315)  # BCE 3,15 % + 10 points
    assert taux_penalites_defaut(0) == pytest.approx(0.10)
    assert taux_penalites_minimum(0.0371) == pytest.approx(0.1113)  # 3 × 3,71 %
    # un taux de CGV inférieur au plancher se voit en comparant
    assert 0.10 < taux_penalites_minimum(0.0371)


def test_indemnite_forfaitaire_par_facture():
    assert indemnite_forfaitaire_recouvrement() == 40.0
    assert indemnite_forfaitaire_recouvrement(3) == 120.0  # trois factures en retard
    assert indemnite_forfaitaire_recouvrement(0) == 0.0


# --- DSO --------------------------------------------------------------------------------------------


def test_dso():
    assert dso(180_000, 1_200_000) == pytest.approx(54.75)  # 0,15 × 365
    assert dso(180_000, 1_200_000, jours=360) == pytest.approx(54.0)
    assert dso(90_000, 300_000, jours=90) == pytest.approx(27.0)  # un trimestre
    # créances TTC rapportées au CA HT : 20 % de trop à TVA 20 %
    assert dso(180_000, 1_000_000) == pytest.approx(dso(180_000, 1_200_000) * 1.2)


# --- Mensualité -------------------------------------------------------------------------------------


def test_mensualite_emprunt_et_loyer():
    # i = 0,5 % ; 1,005^-12 = 0,941905… ; 50 / 0,058095 = 860,66 €
    assert mensualite(10_000, 0.06, 12) == 860.66
    assert mensualite(10_000, 0.06, 12, a_echoir=True) == 856.38  # 860,664… / 1,005
    assert mensualite(12_000, 0, 24) == 500.0
    assert mensualite(12_000, 0, 24, valeur_residuelle=1_200) == 450.0


def test_mensualite_credit_bail_avec_valeur_residuelle():
    # 30 000 € à 5 % sur 36 mois, option d'achat 3 000 €, loyers à échoir
    loyer = mensualite(30_000, 0.05, 36, valeur_residuelle=3_000, a_echoir=True)
    assert loyer == 818.30
    i = 0.05 / 12
    actualise = sum(loyer / (1 + i) ** k for k in range(36)) + 3_000 / (1 + i) ** 36
    assert actualise == pytest.approx(30_000, abs=36 * 0.01)
    assert loyer < mensualite(30_000, 0.05, 36, a_echoir=True)  # l'option d'achat allège


# --- Erreurs en français ----------------------------------------------------------------------------

ERREURS = [
    (date_limite_paiement, ("2099-01-01",), r"La date de facture est dans le futur \(01/01/2099"),
    (date_limite_paiement, ("10/01/2025",), "La date de facture doit s'écrire AAAA-MM-JJ"),
    (date_limite_paiement, (D(2025, 1, 10), "45 jours"), "La règle de paiement doit être l'une"),
    (
        penalites_de_retard,
        (1000, -3, 0.12),
        r"jours de retard doit être positif ou nul \(reçu : -3",
    ),
    (penalites_de_retard, (1000, 2.5, 0.12), "jours de retard doit être un nombre entier"),
    (penalites_de_retard, (1000, 30, 15), r"taux annuel des pénalités .*15 % s'écrit 0\.15"),
    (penalites_de_retard, (1000, 30, -0.1), "taux annuel des pénalités doit être supérieur"),
    (penalites_de_retard, (-1000, 30, 0.1), "Le montant TTC doit être positif"),
    (penalites_de_retard, (1000, 30, 0.1, 300), r"365 \(année civile\).*360"),
    (taux_penalites_defaut, (3.15,), r"taux de refinancement de la BCE .*0\.0315"),
    (taux_penalites_minimum, (3.71,), r"taux de l'intérêt légal .*0\.0371"),
    (indemnite_forfaitaire_recouvrement, (-1,), "nombre de factures payées en retard doit être"),
    (indemnite_forfaitaire_recouvrement, (1.5,), "nombre entier de factures"),
    (dso, (100, 0), "chiffre d'affaires TTC ne peut pas être nul"),
    (dso, (-100, 1000), "créances clients TTC doivent être positives ou nulles"),
    (dso, (100, 1000, -5), "nombre de jours de la période doit être strictement positif"),
    (mensualite, (10_000, 6, 12), r"taux annuel .*6 % s'écrit 0\.06"),
    (mensualite, (10_000, 0.06, 0), "durée en mois doit être d'au moins 1 mois"),
    (mensualite, (10_000, 0.06, -12), "durée en mois doit être positive"),
    (mensualite, (10_000, 0.06, 12.5), "nombre entier de mois"),
    (mensualite, (0, 0.06, 12), "capital financé ne peut pas être nul"),
    (mensualite, (10_000, 0.06, 12, 12_000), "valeur résiduelle doit être comprise entre 0"),
]


@pytest.mark.parametrize(
    "fonction, args, message", ERREURS, ids=[f"{f.__name__}{a}" for f, a, _ in ERREURS]
)
def test_erreurs_en_francais(fonction, args, message):
    with pytest.raises(ValueError, match=message):
        fonction(*args)


@pytest.mark.parametrize(
    "appel",
    [
        lambda: date_limite_paiement(20250110),
        lambda: penalites_de_retard("1000", 30, 0.1),
        lambda: mensualite(10_000, 0.06, 12, a_echoir="oui"),
    ],
)
def test_types_refuses(appel):
    with pytest.raises(TypeError, match="doi(t|vent) (être|valoir)"):
        appel()
