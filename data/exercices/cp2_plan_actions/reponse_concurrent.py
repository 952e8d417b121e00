"""Réagir à l'offensive d'un concurrent sans brader la marge."""

from autograder.moteur.formats import Choix, Option

TITRE = "Réponse à une baisse de prix d'un concurrent"
CRITERES = ("CP2.3",)
POINTS = 1
FORMAT = Choix()


def generer(ctx):
    return {
        "baisse": ctx.rng.choice([10, 15, 20]),
        "secteur": ctx.rng.choice(["traitement de l'eau", "chimie", "agroalimentaire"]),
        "ordre": ctx.rng.sample(["cout_global", "aligner", "ignorer", "abandonner"], 4),
    }


def enonce(p):
    return (
        f"Un concurrent annonce une baisse de {p['baisse']} % sur ses pompes standard dans le "
        f"secteur **{p['secteur']}**, où se trouvent plusieurs de vos clients A. **Quel "
        "ajustement du plan est le plus pertinent ?**"
    )


def options(p):
    opts = [
        Option(
            "cout_global",
            "Visiter en priorité les clients A du secteur avec un chiffrage du coût global "
            "(énergie, maintenance, arrêts évités) et une offre de contrat de maintenance.",
            correct=True,
            retour="On protège d'abord les comptes menacés, en argumentant sur ce que le client "
            "attend vraiment (disponibilité, coût d'usage) plutôt que sur le prix d'achat.",
        ),
        Option(
            "aligner",
            f"Aligner tout le catalogue sur une baisse de {p['baisse']} % pour tous les clients.",
            retour="Une baisse générale détruit la marge, y compris chez des clients qui ne "
            "sont pas menacés ; elle ne relève pas du commercial seul.",
        ),
        Option(
            "ignorer",
            "Ne rien changer : le plan a été validé en début d'année.",
            retour="Un plan s'ajuste aux évolutions du marché : c'est le rôle de la veille.",
        ),
        Option(
            "abandonner",
            f"Abandonner le secteur {p['secteur']} et reporter l'effort sur les autres.",
            retour="Disproportionné : on perdrait des clients A sans combattre.",
        ),
    ]
    rang = {cle: i for i, cle in enumerate(p["ordre"])}
    return sorted(opts, key=lambda o: rang[o.cle])
