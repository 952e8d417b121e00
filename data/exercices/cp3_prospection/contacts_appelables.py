"""Qui peut-on appeler pour une campagne de prospection téléphonique ? (CP3.5)"""

from autograder.moteur.formats import Nombre, pieges_distincts

TITRE = "Contacts joignables par téléphone"
CRITERES = ("CP3.5",)
POINTS = 2
FORMAT = Nombre(unite="contacts", tolerance=0, bornes=(0, 100000), decimales=0)
VARIABLE = "nb_appelables"
DONNEES = ("contacts",)


def generer(ctx):
    from autograder.crm import telephone_valide

    c = ctx.donnees["contacts"]
    valide = c["telephone"].fillna("").map(telephone_valide)
    oppose = c["opposition_prospection"] == 1
    bloctel = c["inscrit_bloctel"] == 1
    perso = c["type_telephone"] == "mobile personnel"
    return {
        # Since 11 August 2026 a consumer's line needs prior consent (L223-1 C. consom.); the
        # CRM records none for the phone, so no personal mobile is callable.
        "appelables": int((valide & ~oppose & ~perso).sum()),
        "regle_bloctel": int((valide & ~oppose & ~bloctel).sum()),
        "opposes_gardes": int((valide & ~perso).sum()),
        "mobiles_perso_gardes": int((valide & ~oppose).sum()),
        "sans_validite": int((c["telephone"].notna() & ~oppose & ~perso).sum()),
    }


def enonce(p):
    return (
        "**Règles appliquées (droit en vigueur depuis le 11 août 2026).** (1) Un contact qui "
        "s'est **opposé** à la prospection (« Opposition à la prospection » = 1) ne doit plus "
        "être appelé (RGPD). (2) Démarcher par téléphone un **consommateur** exige désormais "
        "son **consentement préalable**, dont vous devez apporter la preuve (code de la "
        "consommation, art. L. 223-1, modifié par la loi n° 2025-594 du 30 juin 2025). Dans ce "
        "cours, un **mobile personnel** est la ligne d'un consommateur ; votre CRM n'enregistre "
        "aucun consentement au démarchage téléphonique. Les numéros **professionnels** (fixe ou "
        "mobile de l'entreprise), pour une offre liée à la fonction du contact, restent "
        "joignables. (3) Le numéro doit être **valide** : dix chiffres commençant par 0 suivi "
        "d'un chiffre de 1 à 9 (ou +33 et neuf chiffres), séparés ou non par des espaces, des "
        "points ou des tirets.\n\n"
        "Dans le tableau « Contacts » de vos données (filtres du tableur), combien de contacts "
        "peut-on appeler ? Tapez le nombre dans le champ."
    )


def solution(p):
    return p["appelables"]


def diagnostics(p):
    return pieges_distincts(
        FORMAT,
        solution(p),
        [
            (
                p["regle_bloctel"],
                "Vous avez appliqué la règle d'avant le 11 août 2026 : seuls les mobiles "
                "personnels inscrits sur Bloctel étaient alors interdits. Depuis, un consommateur "
                "ne peut être démarché qu'avec son consentement préalable, que le CRM "
                "n'enregistre pour aucun d'eux.",
            ),
            (
                p["opposes_gardes"],
                "Vous avez compté des contacts opposés à la prospection comme appelables : ils ne "
                "doivent plus être sollicités.",
            ),
            (
                p["mobiles_perso_gardes"],
                "Vous avez gardé les mobiles personnels : sans consentement préalable, un "
                "consommateur ne peut plus être démarché par téléphone.",
            ),
            (
                p["sans_validite"],
                "Vous avez gardé des numéros mal formés : vérifiez-les avec `telephone_valide`.",
            ),
        ],
    )


def explication(p):
    return (
        '`valide = contacts["telephone"].fillna("").map(telephone_valide)` ; '
        '`(valide & (contacts["opposition_prospection"] == 0) & '
        '(contacts["type_telephone"] != "mobile personnel")).sum()`.'
    )
