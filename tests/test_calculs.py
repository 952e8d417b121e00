"""Calculs commerciaux : cas travaillés à la main, confusions classiques, conventions."""

import decimal
import doctest
import inspect
import math
import subprocess
import sys

import numpy as np
import pytest

import autograder.calculs as calculs
from autograder.calculs import (
    Facture,
    coefficient_multiplicateur,
    cout_achat_par_taux_de_marge,
    cout_achat_par_taux_de_marque,
    ecart,
    ecart_relatif,
    facture,
    marge,
    marge_sur_cout_variable,
    montant_tva,
    nps,
    panier_moyen,
    point_mort_jours,
    prix_de_vente_par_taux_de_marge,
    prix_de_vente_par_taux_de_marque,
    prix_ht,
    prix_ttc,
    remises_successives,
    roi,
    seuil_de_rentabilite,
    seuil_de_rentabilite_en_quantite,
    taux_attrition,
    taux_de_conversion,
    taux_de_marge,
    taux_de_marge_depuis_taux_de_marque,
    taux_de_marge_sur_cout_variable,
    taux_de_marque,
    taux_de_marque_depuis_taux_de_marge,
    taux_de_realisation,
    taux_de_remise_global,
    valeur_vie_client,
)

# --- API publique ---------------------------------------------------------------------------

SIGNATURES = {
    "prix_ttc": "(prix_ht, taux_tva=0.2)",
    "prix_ht": "(prix_ttc, taux_tva=0.2)",
    "montant_tva": "(prix_ht, taux_tva=0.2)",
    "marge": "(prix_vente_ht, cout_achat_ht)",
    "taux_de_marge": "(prix_vente_ht, cout_achat_ht)",
    "taux_de_marque": "(prix_vente_ht, cout_achat_ht)",
    "prix_de_vente_par_taux_de_marge": "(cout_achat_ht, taux)",
    "prix_de_vente_par_taux_de_marque": "(cout_achat_ht, taux)",
    "cout_achat_par_taux_de_marge": "(prix_vente_ht, taux)",
    "cout_achat_par_taux_de_marque": "(prix_vente_ht, taux)",
    "taux_de_marque_depuis_taux_de_marge": "(taux)",
    "taux_de_marge_depuis_taux_de_marque": "(taux)",
    "coefficient_multiplicateur": "(prix_vente, cout_achat_ht)",
    "remises_successives": "(montant, taux)",
    "taux_de_remise_global": "(taux)",
    "facture": "(brut_ht, remises=(), escompte=0.0, taux_tva=0.2)",
    "marge_sur_cout_variable": "(chiffre_affaires, charges_variables)",
    "taux_de_marge_sur_cout_variable": "(chiffre_affaires, charges_variables)",
    "seuil_de_rentabilite": "(charges_fixes, taux_mcv)",
    "seuil_de_rentabilite_en_quantite": "(charges_fixes, prix_unitaire, cout_variable_unitaire)",
    "point_mort_jours": "(seuil, chiffre_affaires, jours=360)",
    "taux_de_conversion": "(conversions, contacts)",
    "panier_moyen": "(chiffre_affaires, nombre_commandes)",
    "taux_de_realisation": "(realise, objectif)",
    "ecart": "(realise, objectif)",
    "ecart_relatif": "(realise, objectif)",
    "roi": "(gain, cout)",
    "taux_attrition": "(clients_perdus, clients_debut_periode)",
    "nps": "(notes)",
    "valeur_vie_client": "(panier_moyen, frequence_annuelle, duree_annees, taux_de_marque=None)",
}


@pytest.mark.parametrize("nom, signature", SIGNATURES.items())
def test_signatures_publiques(nom, signature):
    fonction = getattr(calculs, nom)
    parametres = str(inspect.signature(fonction)).split(" ->")[0]
    assert parametres == signature
    assert fonction.__doc__ and len(fonction.__doc__) > 40  # docstring lisible par help()
    assert nom in calculs.__all__


def test_docstrings_executables():
    for module in (calculs.prix, calculs.factures, calculs.rentabilite, calculs.indicateurs):
        resultat = doctest.testmod(module)
        assert resultat.failed == 0 and resultat.attempted > 0, module.__name__


def test_import_leger_sans_numpy_ni_pandas():
    code = (
        "import sys, autograder.calculs, autograder.moteur.nombres; "
        "print(sorted(m for m in ('numpy', 'pandas', 'matplotlib') if m in sys.modules))"
    )
    sortie = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert sortie.stdout.strip() == "[]"


# --- TVA ----------------------------------------------------------------------------------


def test_tva_cas_simples():
    assert prix_ttc(100) == 120.0
    assert prix_ttc(100, 0.055) == 105.5
    assert prix_ttc(19.99) == 23.99  # 23,988 → 23,99
    assert prix_ht(120) == 100.0
    assert prix_ht(105.5, 0.055) == 100.0
    assert montant_tva(100) == 20.0
    assert montant_tva(100, 0.021) == 2.1


def test_prix_ht_divise_par_1_plus_tva():
    # Confusion classique : retirer 20 % du TTC donne 96 €, faux.
    assert prix_ht(120) == 100.0
    assert prix_ht(120) != 120 * (1 - 0.20)


def test_arrondi_au_centime_demi_vers_le_haut():
    # 0,625 × 0,20 = 0,125 exactement : arrondi commercial → 0,13 (round() donnerait 0,12).
    assert round(0.125, 2) == 0.12
    assert montant_tva(0.625) == 0.13
    assert prix_ttc(0.625) == 0.75
    assert marge(1.005, 1.0) == 0.01  # 0,005 → 0,01 malgré le float 1.005 ≈ 1.00499…
    assert marge(1.0, 1.005) == -0.01  # demi vers le haut en valeur absolue


@pytest.mark.parametrize("taux_tva", [0.20, 0.10, 0.055, 0.021])
def test_aller_retour_ht_ttc_au_centime(taux_tva):
    for centimes in range(0, 100_000, 7):
        ht = centimes / 100
        assert prix_ht(prix_ttc(ht, taux_tva), taux_tva) == ht
        assert prix_ttc(ht, taux_tva) == round(ht + montant_tva(ht, taux_tva), 2)


def test_montants_renvoyes_en_float():
    assert type(prix_ttc(100)) is float
    assert type(marge(100, 80)) is float
    assert type(taux_de_marge(100, 80)) is float
    assert type(facture(100).net_a_payer) is float


# --- Marge, taux de marge, taux de marque ----------------------------------------------------


def test_taux_de_marge_et_taux_de_marque_ne_se_confondent_pas():
    # Achat 80 €, vente 100 € : marge 20 €, 20/80 = 25 % de marge, 20/100 = 20 % de marque.
    assert marge(100, 80) == 20.0
    assert taux_de_marge(100, 80) == 0.25
    assert taux_de_marque(100, 80) == 0.20


def test_vente_a_perte():
    assert marge(75, 80) == -5.0
    assert taux_de_marge(75, 80) == -0.0625
    assert taux_de_marque(75, 80) == pytest.approx(-1 / 15)


def test_prix_de_vente_depuis_les_taux():
    assert prix_de_vente_par_taux_de_marge(80, 0.25) == 100.0
    assert prix_de_vente_par_taux_de_marque(80, 0.20) == 100.0
    # Confusion classique : appliquer le taux de marque au coût (80 × 1,20 = 96 €).
    assert prix_de_vente_par_taux_de_marque(80, 0.20) != 96.0
    assert prix_de_vente_par_taux_de_marque(10, 0.30) == 14.29  # 14,2857… au centime
    assert prix_de_vente_par_taux_de_marge(80, 1.5) == 200.0  # un taux de marge peut dépasser 100 %


def test_cout_achat_depuis_les_taux():
    assert cout_achat_par_taux_de_marge(100, 0.25) == 80.0
    # Confusion classique : retirer 25 % du prix de vente (75 €).
    assert cout_achat_par_taux_de_marge(100, 0.25) != 75.0
    assert cout_achat_par_taux_de_marque(100, 0.20) == 80.0


def test_conversion_taux_de_marge_taux_de_marque_dans_les_deux_sens():
    assert taux_de_marque_depuis_taux_de_marge(0.25) == 0.20
    assert taux_de_marge_depuis_taux_de_marque(0.20) == 0.25
    assert taux_de_marque_depuis_taux_de_marge(1.0) == 0.5
    assert taux_de_marge_depuis_taux_de_marque(0.5) == 1.0
    for tm in (0.1, 0.3, 0.6, 2.0):
        tq = taux_de_marque_depuis_taux_de_marge(tm)
        assert tq < tm
        assert taux_de_marge_depuis_taux_de_marque(tq) == pytest.approx(tm)


def test_coefficient_multiplicateur_ht_ht_et_ttc_ht():
    # Achat 80 € HT, étiquette 120 € TTC (TVA 20 %, soit 100 € HT).
    coef_ttc_ht = coefficient_multiplicateur(120, 80)
    coef_ht_ht = coefficient_multiplicateur(prix_ht(120), 80)
    assert coef_ttc_ht == 1.5
    assert coef_ht_ht == 1.25
    assert coef_ttc_ht == pytest.approx(coef_ht_ht * 1.20)
    assert coef_ht_ht == 1 + taux_de_marge(100, 80)
    assert coef_ht_ht == 1 / (1 - taux_de_marque(100, 80))


# --- Remises et facture -----------------------------------------------------------------------


def test_remises_en_cascade_ne_s_additionnent_pas():
    assert remises_successives(1000, [0.10, 0.05]) == 855.0
    assert remises_successives(1000, [0.10, 0.05]) != 850.0
    assert taux_de_remise_global([0.10, 0.05]) == 0.145
    assert taux_de_remise_global([0.05, 0.10]) == 0.145  # l'ordre ne change pas le total


def test_remises_cas_limites():
    assert remises_successives(1000, []) == 1000.0
    assert remises_successives(1000, 0.10) == 900.0  # un taux seul est accepté
    assert remises_successives(1000, (0.1,)) == 900.0
    assert taux_de_remise_global([]) == 0.0
    assert taux_de_remise_global(0.2) == 0.2
    assert taux_de_remise_global(x for x in (0.5, 0.5)) == 0.75


def test_remises_arrondies_a_chaque_etape():
    # 33,33 × 10 % = 3,333 → 3,33 ; 30,00 × 5 % = 1,50 → net 28,50.
    assert remises_successives(33.33, [0.10, 0.05]) == 28.5
    # 0,25 × 10 % = 0,025 → 0,03 (demi vers le haut) → 0,22.
    assert remises_successives(0.25, [0.10]) == 0.22
    for brut in (33.33, 2450, 1234.56, 0.25, 999.99):
        for remises in ([0.1], [0.1, 0.05], [0.03, 0.02, 0.015]):
            assert remises_successives(brut, remises) == facture(brut, remises).net_commercial


def test_facture_complete_au_centime():
    f = facture(2450, remises=[0.10, 0.05], escompte=0.02, taux_tva=0.20)
    assert f.brut_ht == 2450.00
    assert f.remises == (245.00, 110.25)  # 2 450 × 10 % ; 2 205 × 5 %
    assert f.net_commercial == 2094.75
    # 2 094,75 × 2 % = 41,895 : demi-centime, arrondi vers le haut → 41,90
    assert f.montant_escompte == 41.90
    assert f.net_financier == 2052.85
    assert f.tva == 410.57  # 2 052,85 × 20 % = 410,57 : TVA sur le net financier
    assert f.net_a_payer == 2463.42
    assert f == Facture(2450.0, (245.0, 110.25), 2094.75, 41.9, 2052.85, 410.57, 2463.42)
    assert f.taux_remises == (0.1, 0.05) and f.taux_escompte == 0.02 and f.taux_tva == 0.2


def test_facture_tva_sur_le_net_financier_et_non_sur_le_net_commercial():
    f = facture(2450, remises=[0.10, 0.05], escompte=0.02)
    assert f.tva == montant_tva(f.net_financier)
    assert f.tva != montant_tva(f.net_commercial)


def test_facture_demi_centime_sur_la_tva():
    # 3,00 € HT à 5,5 % : 0,165 → 0,17 (l'arrondi « au pair » donnerait 0,16).
    pair = decimal.Decimal("0.165").quantize(decimal.Decimal("0.01"), decimal.ROUND_HALF_EVEN)
    assert pair == decimal.Decimal("0.16")
    f = facture(3, taux_tva=0.055)
    assert (f.tva, f.net_a_payer) == (0.17, 3.17)
    assert facture(0.625).brut_ht == 0.63  # le brut est d'abord arrondi au centime
    f = facture(10.25, remises=[0.10])  # remise 1,025 → 1,03 ; net 9,22 ; TVA 1,844 → 1,84
    assert (f.remises, f.net_commercial, f.tva, f.net_a_payer) == ((1.03,), 9.22, 1.84, 11.06)


def test_facture_sans_remise_ni_escompte():
    f = facture(100)
    assert f.remises == ()
    assert f.montant_escompte == 0.0
    assert f.net_commercial == f.net_financier == 100.0
    assert f.tva == 20.0 and f.net_a_payer == 120.0


def test_facture_taux_reduit_et_affichage():
    f = facture(1000, escompte=0.01, taux_tva=0.055)
    assert (f.net_financier, f.tva, f.net_a_payer) == (990.0, 54.45, 1044.45)
    libelles = [libelle for libelle, _ in f.lignes()]
    assert libelles == [
        "Montant brut HT",
        "Net commercial HT",
        "Escompte 1\u00a0%",
        "Net financier HT",
        "TVA 5,5\u00a0%",
        "Net à payer TTC",
    ]
    texte = str(facture(2450, [0.10, 0.05], 0.02))
    assert "Remise 10\u00a0%" in texte and "-245,00\u00a0€" in texte
    assert "2\u202f463,42\u00a0€" in texte.splitlines()[-1]


def test_facture_est_figee():
    f = facture(100)
    with pytest.raises(AttributeError):
        f.tva = 0


# --- Rentabilité -------------------------------------------------------------------------------


def test_marge_sur_cout_variable_et_seuil():
    assert marge_sur_cout_variable(200_000, 120_000) == 80_000.0
    taux_mcv = taux_de_marge_sur_cout_variable(200_000, 120_000)
    assert taux_mcv == 0.4
    assert seuil_de_rentabilite(60_000, taux_mcv) == 150_000.0
    assert seuil_de_rentabilite(10_000, 0.3) == 33_333.33  # au centime
    assert seuil_de_rentabilite(0, 0.5) == 0.0


def test_seuil_en_quantite():
    assert seuil_de_rentabilite_en_quantite(60_000, 50, 30) == 3000.0
    q = seuil_de_rentabilite_en_quantite(1000, 5, 2)
    assert q == pytest.approx(333.333333)
    assert math.ceil(q) == 334  # on vend des unités entières : arrondi à l'unité supérieure


def test_point_mort_360_ou_365_jours():
    assert point_mort_jours(150_000, 200_000) == 270.0  # 9 mois de 30 jours
    assert point_mort_jours(150_000, 200_000, jours=360) == 270.0
    assert point_mort_jours(150_000, 200_000, jours=365) == 273.75
    assert point_mort_jours(100_000, 240_000) == 150.0  # 5 mois → fin mai (année commerciale)
    assert point_mort_jours(100_000, 240_000, 365) == pytest.approx(152.0833333)
    assert point_mort_jours(300_000, 200_000) == 540.0  # seuil non atteint dans l'exercice


# --- Indicateurs --------------------------------------------------------------------------------


def test_conversion_et_panier_moyen():
    assert taux_de_conversion(12, 48) == 0.25
    assert taux_de_conversion(0, 48) == 0.0
    assert taux_de_conversion(48, 48) == 1.0
    assert panier_moyen(12_500, 250) == 50.0
    assert panier_moyen(200, 3) == 66.67


def test_objectifs_ecarts():
    assert taux_de_realisation(110_000, 100_000) == 1.1
    assert ecart(110_000, 100_000) == 10_000.0  # positif = dépassement
    assert ecart(95_000, 100_000) == -5_000.0
    assert ecart_relatif(95_000, 100_000) == -0.05
    assert ecart_relatif(110_000, 100_000) == pytest.approx(
        taux_de_realisation(110_000, 100_000) - 1
    )
    # Écart calculé en décimal exact : pas de 234.46000000000004.
    assert ecart(1234.56, 1000.1) == 234.46


def test_roi_sur_la_marge_et_non_sur_le_ca():
    assert roi(15_000, 10_000) == 0.5
    assert roi(10_000, 10_000) == 0.0
    # Action à 5 000 € qui génère 10 000 € de CA à 30 % de marque, soit 3 000 € de marge.
    marge_generee = 10_000 * 0.30
    assert roi(marge_generee, 5_000) == -0.4  # perte : l'action ne se paie pas
    assert roi(10_000, 5_000) == 1.0  # calcul (faux) sur le CA : l'action paraîtrait rentable


def test_attrition_sur_la_population_de_debut():
    # 400 clients au 1er janvier, 30 perdus, 50 gagnés (400 + 50 − 30 = 420 au 31 décembre).
    assert taux_attrition(30, 400) == 0.075
    # L'autre convention (population moyenne) donne un autre taux : ce n'est pas celle retenue.
    assert taux_attrition(30, 400) != 30 / ((400 + 420) / 2)
    assert taux_attrition(0, 400) == 0.0
    assert taux_attrition(400, 400) == 1.0


def test_nps():
    assert nps([10, 9, 8, 7, 6, 0]) == 0.0  # (2 − 2) / 6
    assert nps([10, 10, 9, 8]) == 75.0  # passifs comptés au dénominateur
    assert nps([10, 9, 9, 8, 7, 6]) == pytest.approx(100 * (3 - 1) / 6)
    assert nps([0, 6, 3]) == -100.0
    assert nps([9]) == 100.0
    assert nps([7, 8]) == 0.0
    assert nps(np.array([10, 9, 0])) == pytest.approx(100 / 3)
    assert nps(n for n in (10, 0)) == 0.0
    assert nps([10.0, 6.0]) == 0.0


def test_valeur_vie_client_en_ca_ou_en_marge():
    assert valeur_vie_client(80, 6, 5) == 2400.0
    assert valeur_vie_client(80, 6, 5, taux_de_marque=0.30) == 720.0
    assert valeur_vie_client(45.5, 4, 3, 0.25) == 136.5
    # Le taux est marge / CA : avec un taux de marge sur coût de 25 % (marque 20 %), on passe 0.20.
    assert valeur_vie_client(100, 1, 1, taux_de_marque_depuis_taux_de_marge(0.25)) == 20.0


# --- Types d'entrée -------------------------------------------------------------------------------


def test_scalaires_numpy_et_decimal():
    assert prix_ttc(np.float64(100)) == 120.0
    assert prix_ttc(np.int64(100)) == 120.0
    assert prix_ttc(np.float32(0.1)) == 0.12
    assert taux_de_marge(np.int32(100), np.float64(80)) == 0.25
    assert taux_de_marque(decimal.Decimal("100"), decimal.Decimal("80.00")) == 0.2
    assert remises_successives(np.float64(1000), np.array([0.10, 0.05])) == 855.0


def test_contexte_decimal_global_sans_effet():
    with decimal.localcontext() as ctx:
        ctx.prec = 3
        ctx.rounding = decimal.ROUND_DOWN
        assert prix_ttc(1234.56) == 1481.47
        assert facture(2450, [0.10, 0.05], 0.02).net_a_payer == 2463.42


# --- Erreurs en français ------------------------------------------------------------------------

ERREURS = [
    (prix_ttc, (-3,), r"Le prix HT doit être positif ou nul \(reçu : -3\)"),
    (prix_ttc, (100, 20), r"taux de TVA.*fraction décimale : 20 % s'écrit 0\.20"),
    (prix_ttc, (100, -0.2), r"taux de TVA doit être supérieur ou égal à 0"),
    (prix_ht, (-120,), "Le prix TTC doit être positif"),
    (montant_tva, (float("nan"),), "n'est pas un nombre valide"),
    (prix_ttc, (math.inf,), "doit être un nombre fini"),
    (marge, (-3, 80), r"Le prix de vente HT doit être positif ou nul \(reçu : -3\)"),
    (marge, (100, -1), "Le coût d'achat HT doit être positif"),
    (taux_de_marge, (100, 0), "Le coût d'achat HT ne peut pas être nul"),
    (taux_de_marque, (0, 80), "Le prix de vente HT ne peut pas être nul"),
    (prix_de_vente_par_taux_de_marque, (80, 1), "taux de marque doit être strictement inférieur"),
    (prix_de_vente_par_taux_de_marque, (80, 1.2), "la marge ne peut pas atteindre le prix"),
    (cout_achat_par_taux_de_marque, (100, 1), "taux de marque doit être strictement inférieur"),
    (taux_de_marge_depuis_taux_de_marque, (1,), "taux de marque doit être strictement inférieur"),
    (taux_de_marque_depuis_taux_de_marge, (-1,), "taux de marge doit être strictement supérieur"),
    (cout_achat_par_taux_de_marge, (100, -1), "taux de marge doit être strictement supérieur"),
    (prix_de_vente_par_taux_de_marge, (-80, 0.25), "coût d'achat HT doit être positif"),
    (coefficient_multiplicateur, (120, 0), "coût d'achat HT ne peut pas être nul"),
    (remises_successives, (-1000, [0.1]), "Le montant doit être positif"),
    (remises_successives, (1000, [0.1, 5]), r"taux de remise n°2 .*fraction décimale"),
    (remises_successives, (1000, [1]), "ce ne serait plus une remise"),
    (taux_de_remise_global, ([-0.1],), "taux de remise n°1 doit être supérieur ou égal"),
    (facture, (-1,), "montant brut HT doit être positif"),
    (facture, (100, (), 1), "taux d'escompte doit être strictement inférieur"),
    (facture, (100, (), 0.02, 1.2), "taux de TVA"),
    (marge_sur_cout_variable, (100, -1), "Les charges variables doivent être positives ou nulles"),
    (taux_de_marge_sur_cout_variable, (0, 10), "chiffre d'affaires ne peut pas être nul"),
    (seuil_de_rentabilite, (-1, 0.4), "Les charges fixes doivent être positives ou nulles"),
    (seuil_de_rentabilite, (1000, 0), "taux de marge sur coût variable doit être strictement"),
    (seuil_de_rentabilite, (1000, 1.5), "la MCV ne peut pas dépasser le chiffre d'affaires"),
    (seuil_de_rentabilite_en_quantite, (1000, 5, 5), "doit être strictement positive"),
    (seuil_de_rentabilite_en_quantite, (1000, 4, 5), "prix de vente unitaire"),
    (point_mort_jours, (100, 0), "chiffre d'affaires ne peut pas être nul"),
    (point_mort_jours, (100, 200, 0), "360 \\(année commerciale\\) ou 365"),
    (point_mort_jours, (-100, 200), "seuil de rentabilité doit être positif"),
    (taux_de_conversion, (12, 10), "ne peut pas dépasser le nombre de contacts"),
    (taux_de_conversion, (1, 0), "nombre de contacts ne peut pas être nul"),
    (taux_de_conversion, (-1, 10), "nombre de conversions doit être positif"),
    (panier_moyen, (100, 0), "nombre de commandes ne peut pas être nul"),
    (ecart_relatif, (5, 0), "L'objectif ne peut pas être nul : un écart relatif n'a pas de sens."),
    (taux_de_realisation, (5, 0), "L'objectif ne peut pas être nul"),
    (taux_de_realisation, (5, -10), "L'objectif doit être strictement positif"),
    (ecart, (float("nan"), 10), "Le réalisé n'est pas un nombre valide"),
    (roi, (100, 0), "coût de l'action ne peut pas être nul"),
    (roi, (-100, 50), "gain \\(marge générée\\) doit être positif"),
    (taux_attrition, (5, 0), "clients en début de période ne peut pas être nul"),
    (taux_attrition, (50, 40), "ne peut pas dépasser le nombre de clients en début"),
    (nps, ([],), "La liste des notes est vide"),
    (nps, ([10, 11],), r"La note n°2 doit être un entier de 0 à 10 \(reçu : 11\)"),
    (nps, ([-1],), "La note n°1 doit être un entier de 0 à 10"),
    (nps, ([8.5],), "La note n°1 doit être un entier"),
    (nps, ([float("nan")],), "La note n°1 doit être un entier"),
    (valeur_vie_client, (-80, 6, 5), "panier moyen doit être positif"),
    (valeur_vie_client, (80, 6, 5, 1.3), "la marge ne peut pas dépasser le chiffre d'affaires"),
    (valeur_vie_client, (80, -6, 5), "La fréquence d'achat annuelle doit être positive ou nulle"),
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
        lambda: prix_ttc("12"),
        lambda: prix_ttc(True),
        lambda: prix_ttc(None),
        lambda: remises_successives(1000, "0.1"),
        lambda: nps("910"),
        lambda: nps(9),
        lambda: nps(["9"]),
    ],
)
def test_types_refuses(appel):
    with pytest.raises(TypeError, match="doi(t|vent) être"):
        appel()
