"""Detecting the deliberate defects of the CRM database (what learners must clean)."""

from __future__ import annotations

import re
import sqlite3
from datetime import date

EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_TELEPHONE = re.compile(r"^(0[1-9]\d{8}|\+33[1-9]\d{8})$")


def email_valide(email: str | None) -> bool:
    """Vrai si l'adresse est bien formée : une partie locale, un seul @, un domaine avec extension.

    >>> email_valide("lea.martin@laiterie-forez.fr"), email_valide("lea.martin@@laiterie-forez.fr")
    (True, False)
    """
    return email is not None and EMAIL.match(email) is not None


def telephone_valide(numero: str | None) -> bool:
    """Vrai si le numéro, une fois retirés espaces, points et tirets, est un numéro français.

    Dix chiffres commençant par 0 (04 72 12 34 56) ou +33 suivi de neuf chiffres.

    >>> telephone_valide("04.72.12.34.56"), telephone_valide("4 72 12 34 56")
    (True, False)
    """
    if numero is None:
        return False
    return _TELEPHONE.match(re.sub(r"[ .\-]", "", numero)) is not None


def cle_raison_sociale(nom: str) -> str:
    """Raison sociale normalisée pour repérer les doublons : casse, espaces, accents, forme.

    >>> cle_raison_sociale("  LAITERIE  Forez s.a.s. ") == cle_raison_sociale("Laiterie Forez")
    True
    """
    import unicodedata

    texte = unicodedata.normalize("NFKD", nom)
    texte = "".join(c for c in texte if not unicodedata.combining(c)).lower()
    mots = texte.replace(".", "").split()
    if mots and mots[-1] in {"sas", "sarl", "sa", "sasu"}:
        mots = mots[:-1]
    return " ".join(mots)


def _date_reference(connexion: sqlite3.Connection) -> date:
    ligne = connexion.execute(
        "SELECT valeur FROM informations WHERE cle = 'date_reference'"
    ).fetchone()
    return date.fromisoformat(ligne[0])


def limite_obsolescence(connexion: sqlite3.Connection, ans: int = 2) -> str:
    """Date (ISO) avant laquelle une fiche contact est obsolète : date de référence − ``ans``."""
    reference = _date_reference(connexion)
    return reference.replace(year=reference.year - ans).isoformat()


def defauts(connexion: sqlite3.Connection) -> dict[str, int]:
    """Compte chaque classe de défaut de la base (nombre de lignes concernées).

    * ``doublons_entreprises`` : fiches en trop (même SIREN qu'une fiche plus ancienne) ;
    * ``secteurs_manquants`` : entreprises sans secteur ;
    * ``emails_manquants`` / ``telephones_manquants`` : contacts sans e-mail / sans téléphone ;
    * ``emails_invalides`` / ``telephones_invalides`` : renseignés mais mal formés ;
    * ``contacts_opposes`` : contacts ayant refusé la prospection, toujours présents ;
    * ``contacts_apres_opposition`` : interactions datées après l'opposition du contact ;
    * ``numeros_bloctel`` : mobiles personnels inscrits sur Bloctel ;
    * ``fiches_obsoletes`` : contacts mis à jour il y a plus de 2 ans (date de référence).
    """

    def un(requete: str, *args) -> int:
        return connexion.execute(requete, args).fetchone()[0]

    emails = [r[0] for r in connexion.execute("SELECT email FROM contacts WHERE email IS NOT NULL")]
    tels = [
        r[0]
        for r in connexion.execute("SELECT telephone FROM contacts WHERE telephone IS NOT NULL")
    ]
    return {
        "doublons_entreprises": un(
            "SELECT COUNT(*) - COUNT(DISTINCT siren) FROM entreprises WHERE siren IS NOT NULL"
        ),
        "secteurs_manquants": un("SELECT COUNT(*) FROM entreprises WHERE secteur IS NULL"),
        "emails_manquants": un("SELECT COUNT(*) FROM contacts WHERE email IS NULL"),
        "telephones_manquants": un("SELECT COUNT(*) FROM contacts WHERE telephone IS NULL"),
        "emails_invalides": sum(not email_valide(e) for e in emails),
        "telephones_invalides": sum(not telephone_valide(t) for t in tels),
        "contacts_opposes": un("SELECT COUNT(*) FROM contacts WHERE opposition_prospection = 1"),
        "contacts_apres_opposition": un(
            "SELECT COUNT(*) FROM interactions i JOIN contacts c ON c.id = i.contact_id "
            "WHERE c.opposition_prospection = 1 AND i.date > c.date_opposition"
        ),
        "numeros_bloctel": un("SELECT COUNT(*) FROM contacts WHERE inscrit_bloctel = 1"),
        "fiches_obsoletes": un(
            "SELECT COUNT(*) FROM contacts WHERE date_maj < ?", limite_obsolescence(connexion)
        ),
    }
