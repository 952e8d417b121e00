"""Nombres à la française : affichage et lecture des réponses tapées par les apprenants."""

import decimal

import numpy as np
import pytest

from autograder.moteur.nombres import (
    contient_pourcent,
    duree,
    euros,
    lire_nombre,
    nombre,
    points,
    pourcent,
)

FINE = "\u202f"  # espace fine insécable : milliers
INSEC = "\u00a0"  # espace insécable : avant € et %

# --- Affichage ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "valeur, attendu",
    [
        (1234.56, f"1{FINE}234,56{INSEC}€"),
        (0, f"0,00{INSEC}€"),
        (999, f"999,00{INSEC}€"),
        (1000, f"1{FINE}000,00{INSEC}€"),
        (1_000_000, f"1{FINE}000{FINE}000,00{INSEC}€"),
        (-1234.5, f"-1{FINE}234,50{INSEC}€"),
        (0.125, f"0,13{INSEC}€"),  # demi-centime vers le haut
        (2.675, f"2,68{INSEC}€"),  # le float 2.675 vaut 2,67499… : on arrondit l'écrit
        (-0.125, f"-0,13{INSEC}€"),
        (-0.004, f"0,00{INSEC}€"),  # pas de « -0,00 »
        (decimal.Decimal("19.999"), f"20,00{INSEC}€"),
        (np.float64(1234.56), f"1{FINE}234,56{INSEC}€"),
        (np.int64(42), f"42,00{INSEC}€"),
    ],
)
def test_euros(valeur, attendu):
    assert euros(valeur) == attendu


def test_euros_decimales():
    assert euros(1234.5, 0) == f"1{FINE}235{INSEC}€"
    assert euros(0.1234, decimales=4) == f"0,1234{INSEC}€"


@pytest.mark.parametrize(
    "taux, decimales, attendu",
    [
        (0.842, 1, f"84,2{INSEC}%"),
        (0.145, 1, f"14,5{INSEC}%"),
        (0.25, 0, f"25{INSEC}%"),
        (0.25, 2, f"25,00{INSEC}%"),
        (1 / 3, 1, f"33,3{INSEC}%"),
        (-0.05, 1, f"-5,0{INSEC}%"),
        (0.0005, 1, f"0,1{INSEC}%"),  # 0,05 % → 0,1 % (demi vers le haut)
        (12.5, 1, f"1{FINE}250,0{INSEC}%"),
    ],
)
def test_pourcent(taux, decimales, attendu):
    assert pourcent(taux, decimales) == attendu


def test_pourcent_par_defaut_une_decimale():
    assert pourcent(0.2) == f"20,0{INSEC}%"


@pytest.mark.parametrize(
    "valeur, decimales, attendu",
    [
        (1234, 0, f"1{FINE}234"),
        (123, 0, "123"),
        (1234567.891, 2, f"1{FINE}234{FINE}567,89"),
        (1234.5, 0, f"1{FINE}235"),  # round(1234.5) donnerait 1234 (arrondi au pair)
        (2.5, 0, "3"),
        (-2.5, 0, "-3"),
        (-1234, 0, f"-1{FINE}234"),
        (12.5, 2, "12,50"),
    ],
)
def test_nombre(valeur, decimales, attendu):
    assert nombre(valeur, decimales) == attendu


@pytest.mark.parametrize("fonction", [euros, pourcent, nombre])
def test_affichage_refuse_ce_qui_n_est_pas_un_nombre(fonction):
    with pytest.raises(ValueError, match="pas un nombre fini"):
        fonction(float("nan"))
    with pytest.raises(ValueError, match="pas un nombre fini"):
        fonction(float("inf"))
    with pytest.raises(TypeError, match="un nombre est attendu"):
        fonction("12")
    with pytest.raises(TypeError, match="un nombre est attendu"):
        fonction(True)
    with pytest.raises(ValueError, match="nombre de décimales"):
        fonction(1, -1)
    with pytest.raises(ValueError, match="nombre de décimales"):
        fonction(1, 1.5)


# --- Lecture --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "texte, attendu",
    [
        ("12,5", 12.5),
        ("12.5", 12.5),
        ("12", 12.0),
        ("0", 0.0),
        ("1234,56", 1234.56),
        ("1 234,56", 1234.56),
        (f"1{INSEC}234,56", 1234.56),
        (f"1{FINE}234,56", 1234.56),
        ("1\u2009234,56", 1234.56),  # espace fine ordinaire
        ("1 234 567,89", 1234567.89),
        ("1 234,56 €", 1234.56),
        (f"1{FINE}234,56{INSEC}€", 1234.56),
        ("1234,56€", 1234.56),
        ("12,5 EUR", 12.5),
        ("12,5 euros", 12.5),
        ("84,2 %", 84.2),
        ("84,2%", 84.2),
        (f"84,2{INSEC}%", 84.2),
        ("-3", -3.0),
        ("+3", 3.0),
        ("\u22123", -3.0),  # signe moins typographique
        ("- 12,5 €", -12.5),
        ("-0", 0.0),
        ("  12,5  ", 12.5),
        ("12,5\n", 12.5),
        (",5", 0.5),
        (".5", 0.5),
        ("0.125", 0.125),  # zéro devant : pas de lecture « milliers » possible
        ("1,234", 1.234),  # la virgule seule est toujours décimale, à la française
        ("1234.567", 1234.567),  # quatre chiffres avant le point : pas un groupe de milliers
        ("1 234.567", 1234.567),  # les espaces séparent déjà les milliers
        ("1.234,56", 1234.56),  # point des milliers, virgule décimale
        ("1,234.56", 1234.56),  # écriture anglo-saxonne, sans ambiguïté
        ("1.234.567", 1234567.0),  # séparateur répété : forcément des milliers
        ("1,234,567", 1234567.0),
        (euros(-1234.56), -1234.56),  # ce que le cours affiche se relit
        (pourcent(0.842), 84.2),
        (nombre(1234567), 1234567.0),
    ],
)
def test_lire_nombre_accepte(texte, attendu):
    valeur = lire_nombre(texte)
    assert type(valeur) is float
    assert valeur == attendu


def test_lire_nombre_accepte_un_nombre_deja_converti():
    assert lire_nombre(12) == 12.0
    assert lire_nombre(12.5) == 12.5
    assert lire_nombre(np.float64(2.5)) == 2.5


@pytest.mark.parametrize("texte", ["", "   ", f"{INSEC}{FINE}", "\n", None])
def test_lire_nombre_reponse_vide(texte):
    with pytest.raises(ValueError, match=f"^Réponse vide{INSEC}: tapez un nombre.$"):
        lire_nombre(texte)


def test_lire_nombre_message_exact_pour_un_texte():
    with pytest.raises(ValueError) as erreur:
        lire_nombre("douze")
    assert (
        str(erreur.value)
        == f"«{INSEC}douze{INSEC}» n'est pas un nombre{INSEC}: tapez par exemple 1 234,56 ou 12,5."
    )


@pytest.mark.parametrize(
    "texte, message",
    [
        ("douze", "n'est pas un nombre"),
        (
            "12,5,3",
            f"«{INSEC}12,5,3{INSEC}» n'est pas un nombre{INSEC}: un nombre n'a qu'une seule marque décimale",
        ),
        ("1.234.56", "une seule marque décimale"),
        ("1,23.45", "une seule marque décimale"),
        ("12 34", "par groupes de trois chiffres"),
        ("1 2345", "par groupes de trois chiffres"),
        ("1  234", "n'est pas un nombre"),
        ("1 234.567,8", "mélange plusieurs façons"),
        ("1 234,567.8", "mélange plusieurs façons"),
        ("1.234.567,8,9", "n'est pas un nombre"),
        ("12,", "n'est pas un nombre"),
        ("12.", "n'est pas un nombre"),
        (",", "n'est pas un nombre"),
        ("-", "n'est pas un nombre"),
        ("%", "n'est pas un nombre"),
        ("€", "n'est pas un nombre"),
        ("12 € %", "n'est pas un nombre"),
        ("€12", "n'est pas un nombre"),
        ("1e3", "n'est pas un nombre"),
        ("nan", "n'est pas un nombre"),
        ("inf", "n'est pas un nombre"),
        ("--3", "n'est pas un nombre"),
        ("3-", "n'est pas un nombre"),
        ("12,5 kg", "n'est pas un nombre"),
        ("١٢", "n'est pas un nombre"),  # chiffres arabes-indiens : seuls 0-9 sont admis
        ("1.234", rf"«{INSEC}1\.234{INSEC}» est ambigu .* tapez 1,234 .* ou 1 234"),
        ("12.500", "est ambigu"),
        ("-1.234 €", "est ambigu"),
    ],
)
def test_lire_nombre_refuse(texte, message):
    with pytest.raises(ValueError, match=message):
        lire_nombre(texte)


def test_lire_nombre_tronque_les_longues_reponses():
    with pytest.raises(ValueError, match="…") as erreur:
        lire_nombre("je ne sais pas du tout comment on calcule un taux de marque")
    assert len(str(erreur.value)) < 120


@pytest.mark.parametrize("valeur", [lire_nombre, contient_pourcent])
def test_lecture_refuse_les_types_inattendus(valeur):
    if valeur is contient_pourcent:
        assert contient_pourcent(12) is False
    else:
        with pytest.raises(TypeError, match="texte tapé"):
            lire_nombre(["12"])
        with pytest.raises(TypeError, match="texte tapé"):
            lire_nombre(True)


@pytest.mark.parametrize(
    "texte, attendu",
    [
        ("84,2 %", True),
        ("84,2%", True),
        (f"84,2{INSEC}%  ", True),
        ("84,2", False),
        ("0,842", False),
        ("12 €", False),
        ("", False),
    ],
)
def test_contient_pourcent(texte, attendu):
    assert contient_pourcent(texte) is attendu


def test_lecture_d_un_taux_avec_ou_sans_pourcent():
    # Usage prévu : « 84,2 % » et « 0,842 » désignent le même taux.
    def taux(texte):
        valeur = lire_nombre(texte)
        return valeur / 100 if contient_pourcent(texte) else valeur

    assert taux("84,2 %") == pytest.approx(0.842)
    assert taux("0,842") == 0.842


@pytest.mark.parametrize("x", [0, 0.01, 12.5, 1234.56, -987654.32, 1e9])
def test_aller_retour_affichage_lecture(x):
    assert lire_nombre(euros(x)) == round(x, 2)
    assert lire_nombre(nombre(x, 2)) == round(x, 2)


# --- Points de pourcentage et durées --------------------------------------------------------


@pytest.mark.parametrize(
    "ecart, decimales, attendu",
    [
        (0.021, 1, f"2,1{INSEC}points"),
        (0.02, 0, f"2{INSEC}points"),
        (0.10 - 0.08, 0, f"2{INSEC}points"),  # 0.020000000000000004
        (0.015, 1, f"1,5{INSEC}point"),  # singulier sous 2
        (0.0199, 1, f"2,0{INSEC}points"),  # accord sur la valeur affichée, arrondie
        (0.0194, 1, f"1,9{INSEC}point"),
        (-0.008, 1, f"-0,8{INSEC}point"),
        (-0.034, 1, f"-3,4{INSEC}points"),
        (0, 1, f"0,0{INSEC}point"),
        (-0.0004, 1, f"0,0{INSEC}point"),  # pas de « -0,0 »
        (0.00145, 2, f"0,15{INSEC}point"),  # arrondi sur l'écrit, pas sur le float
        (0.145, 1, f"14,5{INSEC}points"),  # 0.145 * 100 vaut 14,499… en float
        (np.float64(0.0123), 2, f"1,23{INSEC}point"),
    ],
)
def test_points(ecart, decimales, attendu):
    assert points(ecart, decimales) == attendu


def test_points_par_defaut_une_decimale():
    assert points(0.05) == f"5,0{INSEC}points"


def test_points_refuse_ce_qui_n_est_pas_un_nombre():
    with pytest.raises(TypeError, match="points"):
        points("2 %")
    with pytest.raises(ValueError, match="décimales"):
        points(0.02, -1)


@pytest.mark.parametrize(
    "minutes, attendu",
    [
        (390, f"6{INSEC}h{INSEC}30"),
        (360, f"6{INSEC}h"),
        (65, f"1{INSEC}h{INSEC}05"),
        (60, f"1{INSEC}h"),
        (50, f"50{INSEC}min"),
        (5, f"5{INSEC}min"),
        (0, f"0{INSEC}min"),
        (90.0, f"1{INSEC}h{INSEC}30"),
        (np.int64(20), f"20{INSEC}min"),
        (60_030, f"1{FINE}000{INSEC}h{INSEC}30"),
    ],
)
def test_duree(minutes, attendu):
    assert duree(minutes) == attendu


@pytest.mark.parametrize("minutes", [-5, 12.5, float("nan")])
def test_duree_refuse_les_valeurs_impossibles(minutes):
    with pytest.raises(ValueError, match="duree"):
        duree(minutes)


@pytest.mark.parametrize("minutes", [None, "6 h", True])
def test_duree_refuse_ce_qui_n_est_pas_un_nombre(minutes):
    with pytest.raises(TypeError, match="duree"):
        duree(minutes)


def test_a_unit_is_singular_under_two():
    from autograder.moteur.formats import Nombre, ReponseInvalide

    clients = Nombre(unite="clients", bornes=(0, 5000), decimales=0)
    assert clients.montrer(0) == "0\u00a0client" and clients.montrer(1) == "1\u00a0client"
    assert clients.montrer(2) == "2\u00a0clients" and clients.montrer(-3) == "-3\u00a0clients"
    assert Nombre(unite="mois", decimales=0).montrer(1) == "1\u00a0mois"
    assert Nombre(unite="rendez-vous", decimales=0).montrer(1) == "1\u00a0rendez-vous"
    assert Nombre(unite="km", decimales=0).montrer(1) == "1\u00a0km"
    with pytest.raises(ReponseInvalide, match="entre 0\u00a0client et 5\u202f000\u00a0clients"):
        clients.lire_reponse(None, "-5")
