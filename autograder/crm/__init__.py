"""Base CRM d'Hydralis : prospects, clients, ventes et relation client sur 24 mois.

Base SQLite générée à partir d'une graine (même graine, même fichier, octet pour octet),
avec des défauts volontaires à nettoyer (doublons, champs manquants, e-mails et numéros
mal formés, oppositions, Bloctel, fiches obsolètes). Schéma : ``data/crm/README.md``.

>>> from autograder.crm import ouvrir_crm, defauts  # doctest: +SKIP
>>> con = ouvrir_crm()  # doctest: +SKIP
"""

from .acces import chemin_crm, ouvrir_crm
from .generation import TABLES, donnees, generer_crm
from .qualite import cle_raison_sociale, defauts, email_valide, telephone_valide
from .synthese import indicateurs

__all__ = [
    "TABLES",
    "chemin_crm",
    "cle_raison_sociale",
    "defauts",
    "donnees",
    "email_valide",
    "generer_crm",
    "indicateurs",
    "ouvrir_crm",
    "telephone_valide",
]
