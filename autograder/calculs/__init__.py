"""Calculs commerciaux du négociateur technico-commercial — mémo des conventions.

Écriture des nombres
    Les taux s'écrivent en fraction décimale : 25 % → 0.25. Les montants sont en euros.
    Montants en euros : float arrondi au centime, demi-centime vers le haut (0,125 € → 0,13 €),
    calculé en décimal exact (``decimal.Decimal``). Taux, ratios, coefficients, quantités et
    jours : float non arrondi (arrondissez seulement pour afficher, voir ``autograder.moteur.nombres``).
    Une entrée impossible (prix négatif, dénominateur nul, taux hors bornes, NaN) lève une
    ``ValueError`` qui explique l'erreur en français.

Taux de marge ou taux de marque ?
    marge = prix de vente HT − coût d'achat HT
    taux de marge = marge / coût d'achat HT   ·   taux de marque = marge / prix de vente HT
    Achat 80 €, vente 100 € : marge 20 €, taux de marge 25 %, taux de marque 20 %.
    taux de marque = tm / (1 + tm)   ·   taux de marge = tq / (1 − tq)

Coefficient multiplicateur
    HT/HT = PV HT / coût d'achat HT = 1 + taux de marge (calcul de marge).
    TTC/HT = PV TTC / coût d'achat HT = coefficient HT/HT × (1 + TVA) (étiquetage en magasin).
    Achat 80 € HT, vente 120 € TTC (TVA 20 %) : 1,25 en HT/HT, 1,5 en TTC/HT.

Remises et facture
    Les remises se succèdent en cascade : 10 % puis 5 % = 14,5 % (1 000 € → 855 €, pas 850 €).
    Ordre : brut HT → remises → net commercial → escompte → net financier → TVA (sur le net
    financier) → net à payer TTC ; chaque montant arrondi au centime à son étape.

Seuil de rentabilité et point mort
    SR = charges fixes / taux de marge sur coût variable ; point mort = SR / CA × jours.
    Jours : 360 par défaut (année commerciale, 12 mois de 30 jours), 365 pour l'année civile.

Indicateurs
    Écart = réalisé − objectif (positif = dépassement) ; écart relatif = écart / objectif.
    ROI = (gain − coût) / coût, le gain étant la MARGE générée, pas le chiffre d'affaires.
    Attrition = clients perdus / clients en DÉBUT de période (autre convention : population
    moyenne de la période). NPS = % promoteurs (9–10) − % détracteurs (0–6), de −100 à +100.
    Valeur vie client = panier moyen × fréquence annuelle × durée, en CA ou en marge.

Règlements et financement (Code de commerce, L441-10 et D441-5 ; taux à vérifier chaque semestre)
    Délai convenu : 60 jours après la facture au plus, ou 45 jours fin de mois (deux lectures :
    + 45 jours puis fin de mois, ou fin de mois puis + 45 jours ; le contrat dit laquelle).
    Pénalités = montant TTC dû × taux annuel × jours de retard / 365 (ou 360), taux BCE + 10 points
    à défaut, jamais moins de 3 × le taux légal ; plus 40 € d'indemnité par facture payée en retard.
    Marché public (Code de la commande publique, R2192-10 et R2192-31) : 30 jours après la
    réception de la demande de paiement ; intérêts moratoires au taux BCE + 8 points, même calcul.
    DSO = créances clients TTC / CA TTC × jours. Mensualité : taux annuel / 12, terme échu (prêt)
    ou à échoir (loyer de crédit-bail), valeur résiduelle non financée.
"""

from .factures import Facture, facture, remises_successives, taux_de_remise_global
from .financement import mensualite
from .indicateurs import (
    FACTEURS_CA,
    decomposition_ecart_ca,
    ecart,
    ecart_relatif,
    nps,
    panier_moyen,
    roi,
    taux_attrition,
    taux_de_conversion,
    taux_de_realisation,
    valeur_vie_client,
)
from .prix import (
    coefficient_multiplicateur,
    cout_achat_par_taux_de_marge,
    cout_achat_par_taux_de_marque,
    marge,
    montant_tva,
    prix_de_vente_par_taux_de_marge,
    prix_de_vente_par_taux_de_marque,
    prix_ht,
    prix_ttc,
    taux_de_marge,
    taux_de_marge_depuis_taux_de_marque,
    taux_de_marque,
    taux_de_marque_depuis_taux_de_marge,
)
from .reglements import (
    date_limite_paiement,
    dso,
    indemnite_forfaitaire_recouvrement,
    penalites_de_retard,
    taux_interets_moratoires,
    taux_penalites_defaut,
    taux_penalites_minimum,
)
from .rentabilite import (
    marge_sur_cout_variable,
    point_mort_jours,
    seuil_de_rentabilite,
    seuil_de_rentabilite_en_quantite,
    taux_de_marge_sur_cout_variable,
)

__all__ = [
    # prix, TVA, marges
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
    # remises et factures
    "remises_successives",
    "taux_de_remise_global",
    "facture",
    "Facture",
    # rentabilité
    "marge_sur_cout_variable",
    "taux_de_marge_sur_cout_variable",
    "seuil_de_rentabilite",
    "seuil_de_rentabilite_en_quantite",
    "point_mort_jours",
    # indicateurs
    "taux_de_conversion",
    "panier_moyen",
    "taux_de_realisation",
    "ecart",
    "ecart_relatif",
    "decomposition_ecart_ca",
    "FACTEURS_CA",
    "roi",
    "taux_attrition",
    "nps",
    "valeur_vie_client",
    # règlements et financement
    "date_limite_paiement",
    "penalites_de_retard",
    "taux_penalites_defaut",
    "taux_penalites_minimum",
    "taux_interets_moratoires",
    "indemnite_forfaitaire_recouvrement",
    "dso",
    "mensualite",
]
