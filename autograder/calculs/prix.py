"""Prix, TVA, marges et coefficients multiplicateurs."""

from ._commun import UN, Libelle, euros, exact, flottant, positif, strictement_positif
from ._commun import taux as _taux

_PRIX_HT = Libelle("Le prix HT")
_PRIX_TTC = Libelle("Le prix TTC")
_PRIX_VENTE = Libelle("Le prix de vente")
_PRIX_VENTE_HT = Libelle("Le prix de vente HT")
_COUT_ACHAT_HT = Libelle("Le coût d'achat HT")
_TAUX_TVA = Libelle("Le taux de TVA")
_TAUX_MARGE = Libelle("Le taux de marge")
_TAUX_MARQUE = Libelle("Le taux de marque")

_RAISON_MARQUE = "la marge ne peut pas atteindre le prix de vente (taux de marque = marge / PV HT)"


def _tva(t):
    return _taux(t, _TAUX_TVA, raison_max="les taux français sont 20 %, 10 %, 5,5 % et 2,1 %")


def _taux_marge(t):
    # Taux de marge négatif = vente à perte ; en dessous de -100 % le prix serait négatif.
    return _taux(t, _TAUX_MARGE, minimum=-UN, minimum_inclus=False, maximum=None)


def _taux_marque(t):
    return _taux(t, _TAUX_MARQUE, minimum=None, raison_max=_RAISON_MARQUE)


# --- TVA -----------------------------------------------------------------------------------


@exact
def prix_ttc(prix_ht, taux_tva=0.20) -> float:
    """Prix TTC = prix HT × (1 + taux de TVA), arrondi au centime (demi-centime vers le haut).

    Taux français en vigueur : 0.20 (normal), 0.10 (intermédiaire), 0.055 (réduit),
    0.021 (particulier). Le taux s'écrit en fraction décimale : 20 % → 0.20.

    >>> prix_ttc(100)
    120.0
    """
    return euros(positif(prix_ht, _PRIX_HT) * (UN + _tva(taux_tva)))


@exact
def prix_ht(prix_ttc, taux_tva=0.20) -> float:
    """Prix HT = prix TTC / (1 + taux de TVA), arrondi au centime (demi-centime vers le haut).

    Attention : on divise par (1 + taux) ; retirer 20 % du TTC est faux
    (120 € TTC → 100 € HT, et non 96 €).

    >>> prix_ht(120)
    100.0
    """
    return euros(positif(prix_ttc, _PRIX_TTC) / (UN + _tva(taux_tva)))


@exact
def montant_tva(prix_ht, taux_tva=0.20) -> float:
    """Montant de TVA = prix HT × taux de TVA, arrondi au centime (demi-centime vers le haut).

    Sur une facture, la TVA se calcule sur la base HT totale (le net financier), pas ligne à
    ligne : voir ``facture``.

    >>> montant_tva(100)
    20.0
    """
    return euros(positif(prix_ht, _PRIX_HT) * _tva(taux_tva))


# --- Marge, taux de marge, taux de marque ---------------------------------------------------


@exact
def marge(prix_vente_ht, cout_achat_ht) -> float:
    """Marge commerciale (unitaire ou globale) = prix de vente HT − coût d'achat HT, en euros.

    Toujours calculée hors taxes. Négative en cas de vente à perte. Arrondie au centime.

    >>> marge(100, 80)
    20.0
    """
    pv = positif(prix_vente_ht, _PRIX_VENTE_HT)
    return euros(pv - positif(cout_achat_ht, _COUT_ACHAT_HT))


@exact
def taux_de_marge(prix_vente_ht, cout_achat_ht) -> float:
    """Taux de marge = marge / coût d'achat HT (la marge rapportée à ce que l'article a coûté).

    À ne pas confondre avec le taux de marque (marge / prix de vente HT), toujours plus petit
    pour une marge positive. Exemple : achat 80 €, vente 100 € → taux de marge 25 %,
    taux de marque 20 %. Résultat : fraction décimale non arrondie (0.25 pour 25 %).

    >>> taux_de_marge(100, 80)
    0.25
    """
    pv = positif(prix_vente_ht, _PRIX_VENTE_HT)
    ca = strictement_positif(cout_achat_ht, _COUT_ACHAT_HT, "le taux de marge divise par lui")
    return flottant((pv - ca) / ca)


@exact
def taux_de_marque(prix_vente_ht, cout_achat_ht) -> float:
    """Taux de marque = marge / prix de vente HT (la part du prix de vente qui est de la marge).

    À ne pas confondre avec le taux de marge (marge / coût d'achat HT). Exemple : achat 80 €,
    vente 100 € → taux de marque 20 %, taux de marge 25 %. Résultat : fraction décimale non
    arrondie (0.2 pour 20 %).

    >>> taux_de_marque(100, 80)
    0.2
    """
    pv = strictement_positif(prix_vente_ht, _PRIX_VENTE_HT, "le taux de marque divise par lui")
    ca = positif(cout_achat_ht, _COUT_ACHAT_HT)
    return flottant((pv - ca) / pv)


@exact
def prix_de_vente_par_taux_de_marge(cout_achat_ht, taux) -> float:
    """Prix de vente HT = coût d'achat HT × (1 + taux de marge), arrondi au centime.

    Le taux de marge s'applique au coût d'achat : 80 € à 25 % de marge → 100 €.

    >>> prix_de_vente_par_taux_de_marge(80, 0.25)
    100.0
    """
    return euros(positif(cout_achat_ht, _COUT_ACHAT_HT) * (UN + _taux_marge(taux)))


@exact
def prix_de_vente_par_taux_de_marque(cout_achat_ht, taux) -> float:
    """Prix de vente HT = coût d'achat HT / (1 − taux de marque), arrondi au centime.

    Le taux de marque porte sur le prix de vente, qu'on ne connaît pas encore : on divise.
    80 € à 20 % de marque → 100 € (et non 80 × 1,20 = 96 €, erreur classique).
    Taux de marque ≥ 1 (100 %) refusé : la marge ne peut pas égaler le prix de vente.

    >>> prix_de_vente_par_taux_de_marque(80, 0.20)
    100.0
    """
    t = _taux_marque(taux)
    return euros(positif(cout_achat_ht, _COUT_ACHAT_HT) / (UN - t))


@exact
def cout_achat_par_taux_de_marge(prix_vente_ht, taux) -> float:
    """Coût d'achat HT = prix de vente HT / (1 + taux de marge), arrondi au centime.

    Vente 100 € avec 25 % de marge → achat 80 € (et non 100 × 0,75 = 75 €, erreur classique).

    >>> cout_achat_par_taux_de_marge(100, 0.25)
    80.0
    """
    t = _taux_marge(taux)
    return euros(positif(prix_vente_ht, _PRIX_VENTE_HT) / (UN + t))


@exact
def cout_achat_par_taux_de_marque(prix_vente_ht, taux) -> float:
    """Coût d'achat HT = prix de vente HT × (1 − taux de marque), arrondi au centime.

    Vente 100 € avec 20 % de marque → achat 80 €. Taux de marque ≥ 1 (100 %) refusé.

    >>> cout_achat_par_taux_de_marque(100, 0.20)
    80.0
    """
    t = _taux_marque(taux)
    return euros(positif(prix_vente_ht, _PRIX_VENTE_HT) * (UN - t))


@exact
def taux_de_marque_depuis_taux_de_marge(taux) -> float:
    """Taux de marque = taux de marge / (1 + taux de marge).

    25 % de marge ↔ 20 % de marque. Résultat : fraction décimale non arrondie.

    >>> taux_de_marque_depuis_taux_de_marge(0.25)
    0.2
    """
    t = _taux_marge(taux)
    return flottant(t / (UN + t))


@exact
def taux_de_marge_depuis_taux_de_marque(taux) -> float:
    """Taux de marge = taux de marque / (1 − taux de marque).

    20 % de marque ↔ 25 % de marge. Taux de marque ≥ 1 (100 %) refusé.

    >>> taux_de_marge_depuis_taux_de_marque(0.20)
    0.25
    """
    t = _taux_marque(taux)
    return flottant(t / (UN - t))


# --- Coefficient multiplicateur -------------------------------------------------------------


@exact
def coefficient_multiplicateur(prix_vente, cout_achat_ht) -> float:
    """Coefficient multiplicateur = prix de vente / coût d'achat HT (non arrondi).

    Deux conventions, selon le prix de vente que vous passez :

    * coefficient **HT/HT** : prix de vente HT / coût d'achat HT = 1 + taux de marge
      = 1 / (1 − taux de marque). C'est celui du calcul de marge (négoce, B2B).
    * coefficient **TTC/HT** (coefficient de vente, commerce de détail) : prix de vente TTC /
      coût d'achat HT = coefficient HT/HT × (1 + taux de TVA). Il passe directement du prix
      d'achat fournisseur à l'étiquette.

    Exemple : achat 80 € HT, vente 120 € TTC (100 € HT, TVA 20 %) →
    coefficient HT/HT = 100 / 80 = 1.25 ; coefficient TTC/HT = 120 / 80 = 1.5.
    Précisez toujours lequel vous donnez.

    >>> coefficient_multiplicateur(120, 80)
    1.5
    """
    pv = positif(prix_vente, _PRIX_VENTE)
    ca = strictement_positif(cout_achat_ht, _COUT_ACHAT_HT, "le coefficient divise par lui")
    return flottant(pv / ca)


__all__ = [
    "prix_ttc",
    "prix_ht",
    "montant_tva",
    "marge",
    "taux_de_marge",
    "taux_de_marque",
    "prix_de_vente_par_taux_de_marge",
    "prix_de_vente_par_taux_de_marque",
    "cout_achat_par_taux_de_marge",
    "cout_achat_par_taux_de_marque",
    "taux_de_marque_depuis_taux_de_marge",
    "taux_de_marge_depuis_taux_de_marque",
    "coefficient_multiplicateur",
]
