"""Payment terms between businesses: the legal caps and how long a term really runs.

Art. L441-10 I of the Code de commerce: 60 days from the invoice date, or by derogation 45 days end
of month; 45 days from the invoice date for a periodic invoice. Some sectors have shorter caps
(art. L441-11: perishable food, transport…): the text says « à vérifier » rather than decide.
Checked 2026-12-07 against L441-11 in force since 2024-01-01 (perishable food: 30 days after
delivery; road haulage: 30 days from the invoice):
https://www.doctrine.fr/l/texts/codes/LEGITEXT000005634379/articles/LEGIARTI000038411642
"""

from __future__ import annotations

from autograder.moteur.texte import sans_accents

PLAFONDS_PAIEMENT = {"date_facture": 60, "fin_de_mois": 45, "facture_periodique": 45}
FIN_DE_MOIS = 30  # the most days « fin de mois » adds
LOI = "art. L441-10 I du Code de commerce"
RAPPEL_LOI = (
    "Plafond légal entre professionnels : 60 jours à compter de la date d'émission de la "
    "facture, ou 45 jours fin de mois (45 jours pour une facture périodique), "
    f"{LOI}. Certains secteurs ont un plafond plus court (art. L441-11 : denrées "
    "périssables, transport…) : à vérifier."
)
SECTEURS_A_VERIFIER = (
    (("restauration", "alimentaire", "denree"), "denrées alimentaires périssables"),
    (("transport", "logisti"), "transport de marchandises"),
)  # words of a sector -> the art. L441-11 case it may fall under


def secteur_a_verifier(secteur: str) -> str:
    """The art. L441-11 case a sector may fall under ("" when none): a shorter cap, à vérifier."""
    t = sans_accents(secteur).lower()
    return next((cas for mots, cas in SECTEURS_A_VERIFIER if any(m in t for m in mots)), "")


_NOMS = {
    "date_facture": "date de facture",
    "fin_de_mois": "fin de mois",
    "facture_periodique": "date de facture périodique",
}


def effectif(mode: str, jours: int) -> int:
    """The longest the term can run, in days (« N jours fin de mois »: up to N + 30)."""
    return jours + (FIN_DE_MOIS if mode == "fin_de_mois" else 0)


def legal(mode: str, jours: int) -> bool:
    return jours <= PLAFONDS_PAIEMENT.get(mode, 0)


def delai_en_clair(mode: str, jours: int) -> str:
    """« 45 jours fin de mois », « 30 jours date de facture »."""
    return f"{jours} jours {_NOMS[mode]}"
