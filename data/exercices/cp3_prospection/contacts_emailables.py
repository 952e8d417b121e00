"""Qui peut recevoir un e-mail de prospection B2B ? (CP3.5)"""

from autograder.moteur.formats import Nombre, pieges_distincts

TITRE = "Contacts joignables par e-mail de prospection"
CRITERES = ("CP3.5",)
POINTS = 2
FORMAT = Nombre(unite="contacts", tolerance=0, bornes=(0, 100000), decimales=0)
VARIABLE = "nb_emailables"
DONNEES = ("contacts",)


def generer(ctx):
    from autograder.crm import email_valide

    c = ctx.donnees["contacts"]
    valide = c["email"].fillna("").map(email_valide)
    oppose = c["opposition_prospection"] == 1
    consent = c["consentement_email"] == 1
    return {
        "emailables": int((valide & ~oppose).sum()),
        "avec_consentement": int((valide & ~oppose & consent).sum()),
        "sans_opposition_verifiee": int(valide.sum()),
        "sans_validite": int((c["email"].notna() & ~oppose).sum()),
    }


def enonce(p):
    return (
        "**Règle appliquée (B2B).** Hydralis écrit à des professionnels, sur leur **adresse "
        "professionnelle**, pour leur proposer des pompes et contrats en rapport avec leur "
        "fonction : le consentement préalable n'est pas exigé (il l'est pour les "
        "particuliers), mais la personne doit pouvoir s'opposer, et **un contact qui s'est "
        "opposé ne doit plus être sollicité**. On suppose ici que toutes les adresses du CRM "
        "sont professionnelles.\n\n"
        "Dans le tableau « Contacts » de vos données, combien de contacts peuvent recevoir "
        "l'e-mail de la campagne, c'est-à-dire ont un **e-mail valide** (renseigné et bien "
        "formé) et **pas d'opposition** (« Opposition à la prospection » = 0) ? Tapez le "
        "nombre dans le champ."
    )


def solution(p):
    return p["emailables"]


def diagnostics(p):
    return pieges_distincts(
        FORMAT,
        solution(p),
        [
            (
                p["avec_consentement"],
                "Vous avez exigé le consentement (`consentement_email = 1`) : c'est la règle pour "
                "les particuliers (opt-in). En B2B, sur une adresse professionnelle et pour une "
                "offre liée à la fonction, il suffit de respecter le droit d'opposition.",
            ),
            (
                p["sans_opposition_verifiee"],
                "Vous avez gardé les contacts opposés à la prospection : les solliciter est "
                "contraire au RGPD. Retirez `opposition_prospection = 1`.",
            ),
            (
                p["sans_validite"],
                "Vous avez gardé des adresses mal formées : l'e-mail n'arrivera pas. Filtrez avec "
                "`email_valide`.",
            ),
        ],
    )


def explication(p):
    return (
        '`valide = contacts["email"].fillna("").map(email_valide)` ; '
        '`(valide & (contacts["opposition_prospection"] == 0)).sum()`.'
    )
