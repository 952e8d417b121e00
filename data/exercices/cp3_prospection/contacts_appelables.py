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
        "appelables": int((valide & ~oppose & ~bloctel).sum()),
        "opposes_gardes": int((valide & ~bloctel).sum()),
        "bloctel_garde": int((valide & ~oppose).sum()),
        "sans_mobiles_perso": int((valide & ~oppose & ~perso).sum()),
        "sans_validite": int((c["telephone"].notna() & ~oppose & ~bloctel).sum()),
    }


def enonce(p):
    return (
        "**Règles appliquées.** (1) Un contact qui s'est **opposé** à la prospection "
        "(« Opposition à la prospection » = 1) ne doit plus être appelé (RGPD). (2) **Bloctel** "
        "protège les numéros des **consommateurs** : un numéro personnel inscrit sur Bloctel "
        "ne peut pas être démarché (« Inscrit sur Bloctel » = 1, uniquement des mobiles "
        "personnels ici). Les numéros **professionnels** (fixe ou mobile de l'entreprise) "
        "ne relèvent pas de Bloctel. (3) Le numéro doit être **valide** : dix chiffres "
        "commençant par 0 suivi d'un chiffre de 1 à 9 (ou +33 et neuf chiffres), séparés ou "
        "non par des espaces, des points ou des tirets.\n\n"
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
                p["opposes_gardes"],
                "Vous avez compté des contacts opposés à la prospection comme appelables : ils ne "
                "doivent plus être sollicités.",
            ),
            (
                p["bloctel_garde"],
                "Vous avez gardé les numéros inscrits sur Bloctel : ces mobiles personnels ne "
                "peuvent pas être démarchés.",
            ),
            (
                p["sans_mobiles_perso"],
                "Vous avez écarté tous les mobiles personnels : seuls ceux inscrits sur Bloctel "
                "sont interdits (et à appeler dans les créneaux légaux).",
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
        '(contacts["inscrit_bloctel"] == 0)).sum()`.'
    )
