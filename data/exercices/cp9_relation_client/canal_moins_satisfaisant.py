"""Carte des points de contact : le canal préféré où la satisfaction est la plus basse."""

from autograder.moteur.formats import Choix, Option
from autograder.moteur.nombres import nombre, pourcent

TITRE = "Canal où la satisfaction est la plus basse"
CRITERES = ("CP9.4",)
POINTS = 1
FORMAT = Choix()
DONNEES = ("enquetes_satisfaction", "contacts")


def generer(ctx):
    d = ctx.donnees
    e = d["enquetes_satisfaction"].merge(
        d["contacts"][["id", "canal_prefere"]], left_on="contact_id", right_on="id"
    )
    g = e.groupby("canal_prefere")["csat"]
    return {
        "csat": {k: float(v) for k, v in g.apply(lambda s: (s >= 4).mean()).items()},
        "reponses": {k: int(v) for k, v in g.size().items()},
    }


def enonce(p):
    return (
        "Reliez chaque réponse d'enquête (2024 et 2025, tableau « Enquêtes de satisfaction ») "
        "au **canal préféré** du contact qui a répondu (tableau « Contacts », même « N° "
        "contact ») et calculez le CSAT (part des notes 4–5) par canal. "
        "**Sur quel canal l'expérience est-elle la moins satisfaisante ?**"
    )


def options(p):
    mini = min(p["csat"].values())
    return [
        Option(
            cle=canal,
            libelle=canal[:1].upper() + canal[1:],
            correct=taux == mini,
            retour=f"CSAT {pourcent(taux)} sur {nombre(p['reponses'][canal])} réponses"
            + (" : le plus bas, c'est le point de contact à travailler." if taux == mini else "."),
        )
        for canal, taux in sorted(p["csat"].items())
    ]


def explication(p):
    return (
        "Jointure `enquetes_satisfaction.contact_id = contacts.id`, puis "
        "`groupby('canal_prefere')['csat'].apply(lambda s: (s >= 4).mean())`."
    )
