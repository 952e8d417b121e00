"""Délais de paiement, pénalités de retard, intérêts moratoires, indemnité de recouvrement, DSO.

Références : Code de commerce, art. L441-10 (plafond des délais, pénalités de retard) et D441-5
(indemnité forfaitaire de 40 €) ; pour un acheteur public, Code de la commande publique,
art. R2192-10 à R2192-12 (délai de paiement), R2192-31 (intérêts moratoires) et D2192-35
(indemnité de 40 €). Versions en vigueur à vérifier sur legifrance.gouv.fr.
"""

import calendar
import datetime as dt
from decimal import Decimal

from ._commun import (
    Libelle,
    affiche,
    en_decimal,
    entier_positif,
    euros,
    exact,
    flottant,
    positif,
    strictement_positif,
)
from ._commun import taux as _taux

_DATE_FACTURE = Libelle("La date de facture", feminin=True)
_MONTANT_TTC = Libelle("Le montant TTC")
_JOURS_RETARD = Libelle("Le nombre de jours de retard")
_TAUX_ANNUEL = Libelle("Le taux annuel des pénalités")
_JOURS_ANNEE = Libelle("Le nombre de jours de l'année")
_TAUX_BCE = Libelle("Le taux de refinancement de la BCE")
_TAUX_LEGAL = Libelle("Le taux de l'intérêt légal")
_FACTURES = Libelle("Le nombre de factures payées en retard")
_CREANCES = Libelle("Les créances clients TTC", feminin=True, pluriel=True)
_CA_TTC = Libelle("Le chiffre d'affaires TTC")
_JOURS_PERIODE = Libelle("Le nombre de jours de la période")

REGLES_PAIEMENT = (
    "60_jours",
    "45_jours_fin_de_mois",
    "fin_de_mois_45_jours",
    "30_jours",
    "50_jours",
)
INDEMNITE_RECOUVREMENT = Decimal(40)  # C. com. D441-5
MAJORATION_BCE = Decimal("0.10")  # C. com. L441-10 II : taux BCE + 10 points
MULTIPLE_TAUX_LEGAL = 3  # C. com. L441-10 II : plancher de 3 fois le taux légal
MAJORATION_BCE_PUBLIC = Decimal("0.08")  # Code de la commande publique R2192-31 : BCE + 8 points


def taux_en_fraction(x, libelle: Libelle):
    """Un taux annuel en fraction décimale ; « 15 » pour 15 % est refusé avec la bonne écriture."""
    d = en_decimal(x, libelle)
    if d >= 1:
        ecrit = f"{(d / 100).normalize():f}"
        raise ValueError(
            f"{libelle} s'écrit en fraction décimale, pas en pourcentage : {affiche(x)} % "
            f"s'écrit {ecrit} (reçu : {affiche(x)})."
        )
    return _taux(x, libelle)


def _date(x) -> dt.date:
    if isinstance(x, dt.datetime):
        x = x.date()
    elif isinstance(x, str):
        try:
            x = dt.date.fromisoformat(x.strip())
        except ValueError:
            raise ValueError(
                f"{_DATE_FACTURE} doit s'écrire AAAA-MM-JJ, par exemple 2025-03-14 (reçu : {x!r})."
            ) from None
    if not isinstance(x, dt.date):
        raise TypeError(
            f"{_DATE_FACTURE} doit être une date, par exemple datetime.date(2025, 3, 14) ou "
            f"« 2025-03-14 » (reçu : {x!r}, de type {type(x).__name__})."
        )
    aujourd_hui = dt.date.today()
    if x > aujourd_hui:
        raise ValueError(
            f"{_DATE_FACTURE} est dans le futur ({x:%d/%m/%Y}, nous sommes le "
            f"{aujourd_hui:%d/%m/%Y}) : une facture est datée du jour où elle est émise."
        )
    return x


def _fin_de_mois(d: dt.date) -> dt.date:
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def date_limite_paiement(date_facture, regle="60_jours") -> dt.date:
    """Date limite de paiement d'une facture selon le délai convenu, au plafond légal.

    Code de commerce, art. L441-10 I : le délai convenu ne peut dépasser **60 jours** à compter
    de la date d'émission de la facture ou, par dérogation expressément stipulée au contrat,
    **45 jours fin de mois**. Faute d'accord, le délai est de 30 jours après la réception des
    marchandises ou l'exécution de la prestation (non calculé ici : il part de la livraison).

    ``regle`` :

    * ``"60_jours"`` : date de facture + 60 jours ;
    * ``"45_jours_fin_de_mois"`` : date de facture + 45 jours, puis fin du mois atteint ;
    * ``"fin_de_mois_45_jours"`` : fin du mois de la facture, puis + 45 jours ;
    * ``"30_jours"`` : marché public, date + 30 jours (Code de la commande publique, R2192-10 :
      État, collectivités territoriales et la plupart des acheteurs publics) ;
    * ``"50_jours"`` : marché public d'un établissement public de santé, date + 50 jours
      (R2192-11).

    Pour un marché public, la date à donner est celle de la **réception de la demande de
    paiement** par l'acheteur (R2192-12), pas celle de la facture ; à défaut de date de réception
    constatée, la date de la demande augmentée de deux jours fait foi (R2192-14). Délais à
    vérifier sur legifrance.gouv.fr.

    Les deux lectures des « 45 jours fin de mois » sont admises en pratique : le contrat doit
    dire laquelle il retient. Facture du 10 janvier 2025 : 60 jours → 11 mars ; 45 jours puis
    fin de mois → 28 février ; fin de mois puis 45 jours → 17 mars.

    ``date_facture`` : un ``datetime.date`` ou une date écrite « AAAA-MM-JJ ». Une facture est
    datée du jour de son émission : une date dans le futur est refusée.

    >>> date_limite_paiement(dt.date(2025, 1, 10), "45_jours_fin_de_mois")
    datetime.date(2025, 2, 28)
    """
    d = _date(date_facture)
    if regle == "60_jours":
        return d + dt.timedelta(days=60)
    if regle == "45_jours_fin_de_mois":
        return _fin_de_mois(d + dt.timedelta(days=45))
    if regle == "fin_de_mois_45_jours":
        return _fin_de_mois(d) + dt.timedelta(days=45)
    if regle in ("30_jours", "50_jours"):
        return d + dt.timedelta(days=int(regle[:2]))
    raise ValueError(
        f"La règle de paiement doit être l'une de : {', '.join(REGLES_PAIEMENT)} "
        f"(reçu : {regle!r})."
    )


@exact
def penalites_de_retard(montant_ttc, jours_de_retard, taux_annuel, jours_annee=365) -> float:
    """Pénalités de retard = montant TTC dû × taux annuel × jours de retard / jours de l'année.

    Code de commerce, art. L441-10 II : les pénalités courent dès le lendemain de la date limite
    de paiement, sans rappel ; elles portent sur la somme due, TVA comprise, et ne sont pas
    soumises à la TVA. Le taux est celui des conditions générales de vente (au moins 3 fois le
    taux de l'intérêt légal : ``taux_penalites_minimum``), à défaut le taux BCE + 10 points
    (``taux_penalites_defaut``). Le taux s'écrit en fraction décimale : 12,15 % → 0.1215.

    ``jours_annee`` : 365 (année civile, défaut) ou 360 (année commerciale) ; le contrat
    peut retenir l'une ou l'autre, dites laquelle. Arrondi au centime.

    >>> penalites_de_retard(12_000, 30, 0.1315)
    129.7
    >>> penalites_de_retard(12_000, 30, 0.1315, jours_annee=360)
    131.5
    """
    montant = positif(montant_ttc, _MONTANT_TTC)
    jours = entier_positif(jours_de_retard, _JOURS_RETARD, "jours")
    t = taux_en_fraction(taux_annuel, _TAUX_ANNUEL)
    annee = en_decimal(jours_annee, _JOURS_ANNEE)
    if annee not in (360, 365, 366):
        raise ValueError(
            f"{_JOURS_ANNEE} doit être 365 (année civile), 366 (année bissextile) ou 360 "
            f"(année commerciale) (reçu : {affiche(jours_annee)})."
        )
    return euros(montant * t * jours / annee)


@exact
def taux_penalites_defaut(taux_bce) -> float:
    """Taux légal des pénalités à défaut de taux écrit dans les CGV = taux BCE + 10 points.

    Code de commerce, art. L441-10 II : taux de l'opération principale de refinancement la plus
    récente de la Banque centrale européenne, majoré de 10 points ; pour le premier semestre,
    le taux en vigueur au 1er janvier, pour le second, celui du 1er juillet. Ce taux change :
    à vérifier sur banque-france.fr ou ecb.europa.eu avant chaque semestre. Fraction décimale
    non arrondie : 3,15 % → 0.0315 donne 0.1315 (13,15 %).

    >>> taux_penalites_defaut(0.0315)
    0.1315
    """
    return flottant(taux_en_fraction(taux_bce, _TAUX_BCE) + MAJORATION_BCE)


@exact
def taux_interets_moratoires(taux_bce) -> float:
    """Taux des intérêts moratoires d'un marché public payé en retard = taux BCE + 8 points.

    Code de la commande publique, art. R2192-31 : taux de l'opération principale de
    refinancement la plus récente de la Banque centrale européenne, en vigueur au premier jour
    du semestre de l'année civile au cours duquel les intérêts ont commencé à courir, majoré de
    8 points (entre entreprises, c'est 10 points : ``taux_penalites_defaut``). Les intérêts
    courent dès le lendemain de la date limite, de plein droit ; leur montant se calcule comme
    les pénalités (``penalites_de_retard`` : montant TTC × taux × jours / 365), plus 40 € par
    demande de paiement (D2192-35). Taux BCE à vérifier sur banque-france.fr ou ecb.europa.eu.
    Fraction décimale non arrondie : 2,15 % → 0.0215 donne 0.1015 (10,15 %).

    >>> taux_interets_moratoires(0.0215)
    0.1015
    """
    return flottant(taux_en_fraction(taux_bce, _TAUX_BCE) + MAJORATION_BCE_PUBLIC)


@exact
def taux_penalites_minimum(taux_interet_legal) -> float:
    """Taux plancher des pénalités écrites dans les CGV = 3 × le taux de l'intérêt légal.

    Code de commerce, art. L441-10 II : un taux convenu ne peut être inférieur à trois fois le
    taux de l'intérêt légal (celui des créanciers professionnels, fixé chaque semestre par
    arrêté : à vérifier sur legifrance.gouv.fr ou banque-france.fr). Fraction décimale non
    arrondie.

    >>> taux_penalites_minimum(0.0371)
    0.1113
    """
    return flottant(taux_en_fraction(taux_interet_legal, _TAUX_LEGAL) * MULTIPLE_TAUX_LEGAL)


@exact
def indemnite_forfaitaire_recouvrement(nombre_factures=1) -> float:
    """Indemnité forfaitaire pour frais de recouvrement : 40 € par facture payée en retard.

    Code de commerce, art. L441-10 II et D441-5 : due de plein droit au créancier
    professionnel pour **chaque facture** réglée après sa date limite, en plus des pénalités ;
    une indemnisation complémentaire peut être demandée, sur justificatifs, si les frais réels
    sont plus élevés. Ne s'applique pas aux ventes à des consommateurs. En euros.

    >>> indemnite_forfaitaire_recouvrement(3)
    120.0
    """
    n = entier_positif(nombre_factures, _FACTURES, "factures")
    return euros(INDEMNITE_RECOUVREMENT * n)


@exact
def dso(creances_clients_ttc, chiffre_affaires_ttc, jours=365) -> float:
    """Délai moyen de paiement des clients (DSO, *days sales outstanding*), en jours.

    DSO = créances clients TTC / chiffre d'affaires TTC de la période × jours de la période.
    Les créances contiennent la TVA : on les rapporte au chiffre d'affaires **TTC** (le
    rapporter au CA HT allonge le DSO de 20 % à TVA 20 %). ``jours`` : 365 pour un CA annuel
    (360 si l'entreprise compte en année commerciale), 90 pour un trimestre. Non arrondi.

    >>> dso(180_000, 1_200_000)
    54.75
    """
    creances = positif(creances_clients_ttc, _CREANCES)
    ca = strictement_positif(chiffre_affaires_ttc, _CA_TTC, "le DSO divise par lui")
    j = strictement_positif(jours, _JOURS_PERIODE, "365 pour une année, 90 pour un trimestre")
    return flottant(creances / ca * j)


__all__ = [
    "date_limite_paiement",
    "penalites_de_retard",
    "taux_penalites_defaut",
    "taux_interets_moratoires",
    "taux_penalites_minimum",
    "indemnite_forfaitaire_recouvrement",
    "dso",
]
