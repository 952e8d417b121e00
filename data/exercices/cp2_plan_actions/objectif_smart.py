"""Reconnaître un objectif SMART, point de départ d'un plan d'actions commerciales."""

from autograder.moteur.formats import Choix, Option

TITRE = "Un objectif SMART pour le plan"
CRITERES = ()  # aucun critère : voir la règle de data/exercices/README.md
POINTS = 1
FORMAT = Choix()

SECTEURS = ("agroalimentaire", "chimie", "traitement de l'eau", "collectivités")


def generer(ctx):
    secteur = ctx.rng.choice(SECTEURS)
    return {
        "secteur": secteur,
        "contrats": ctx.rng.choice([8, 10, 12, 15]),
        "echeance": ctx.rng.choice(["30 juin 2026", "30 septembre 2026", "31 décembre 2026"]),
        "ordre": ctx.rng.sample(["smart", "mesurable", "realiste", "temps"], 4),
    }


def enonce(p):
    return (
        f"Votre responsable vous demande de proposer l'objectif principal du plan d'actions pour "
        f"le secteur **{p['secteur']}**. **Lequel de ces objectifs est SMART** (spécifique, "
        "mesurable, atteignable, réaliste, temporellement défini) ?"
    )


def options(p):
    opts = [
        Option(
            "smart",
            f"Signer {p['contrats']} nouveaux contrats de maintenance préventive auprès des "
            f"clients {p['secteur']} classés A ou B d'ici le {p['echeance']}.",
            correct=True,
            retour="Spécifique (contrats de maintenance, clients A et B du secteur), mesurable "
            "(un nombre de contrats), réaliste, et daté.",
        ),
        Option(
            "mesurable",
            f"Développer fortement nos ventes dans le secteur {p['secteur']} en 2026.",
            retour="Non mesurable : « fortement » ne se compte pas ; sans chiffre, impossible de "
            "savoir en fin d'année si l'objectif est atteint.",
        ),
        Option(
            "realiste",
            f"Tripler le chiffre d'affaires du secteur {p['secteur']} d'ici la fin du mois.",
            retour="Mesurable et daté, mais irréaliste : un cycle de vente industriel dure "
            "plusieurs mois.",
        ),
        Option(
            "temps",
            f"Devenir le fournisseur de référence des clients {p['secteur']} de la région.",
            retour="Ni mesurable ni daté : c'est une ambition (une vision), pas un objectif.",
        ),
    ]
    rang = {cle: i for i, cle in enumerate(p["ordre"])}
    return sorted(opts, key=lambda o: rang[o.cle])
