"""Qualifier le fichier : repérer les e-mails mal formés (CP3.5)."""

from autograder.moteur.formats import Nombre, pieges_distincts

TITRE = "E-mails mal formés"
CRITERES = ("CP3.5",)
POINTS = 1
FORMAT = Nombre(unite="contacts", tolerance=0, bornes=(0, 100000), decimales=0)
VARIABLE = "nb_emails_invalides"
DONNEES = ("contacts",)


def _valide(serie):
    from autograder.crm import email_valide

    return serie.fillna("").map(email_valide)


def generer(ctx):
    c = ctx.donnees["contacts"]
    valide = _valide(c["email"])
    renseigne = c["email"].notna()
    return {
        "invalides": int((renseigne & ~valide).sum()),
        "invalides_ou_manquants": int((~valide).sum()),
        "manquants": int((~renseigne).sum()),
        "sans_arobase": int((renseigne & ~c["email"].fillna("").str.contains("@")).sum()),
    }


def enonce(p):
    return (
        "Dans le tableau « Contacts » de vos données, combien d'adresses e-mail sont "
        "**renseignées mais mal formées** (pas de @, deux @, pas d'extension après le point, "
        "espace, virgule…) ? Les e-mails manquants (cellule vide) ne comptent pas : c'est un "
        "autre défaut. Parcourez ou filtrez la colonne « E-mail », puis tapez le nombre dans le "
        "champ."
    )


def solution(p):
    return p["invalides"]


def diagnostics(p):
    return pieges_distincts(
        FORMAT,
        solution(p),
        [
            (
                p["invalides_ou_manquants"],
                "Vous avez compté aussi les e-mails manquants : ce sont deux défauts distincts, "
                "à traiter différemment (compléter la fiche / corriger l'adresse).",
            ),
            (p["manquants"], "C'est le nombre d'e-mails manquants, pas mal formés."),
            (
                p["sans_arobase"],
                "Vous n'avez repéré que les adresses sans @ : une adresse peut avoir un @ et rester "
                "fausse (deux @, pas d'extension, espace). Utilisez `email_valide`.",
            ),
        ],
    )


def explication(p):
    return (
        '`renseigne = contacts["email"].notna()` ; `valide = contacts["email"].fillna("")'
        ".map(email_valide)` ; `(renseigne & ~valide).sum()`."
    )
