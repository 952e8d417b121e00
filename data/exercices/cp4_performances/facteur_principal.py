"""Identifier le facteur qui explique l'écart (diagnostic avant toute action)."""

from autograder.moteur.formats import Choix, Option
from autograder.moteur.nombres import euros

TITRE = "Facteur principal de l'écart"
CRITERES = ("CP4.3", "CT4.2", "CT5.3")
POINTS = 1
FORMAT = Choix()
DONNEES = ("ventes",)

LIBELLES = {
    "leads": "Le nombre de leads (volume de contacts entrants)",
    "conversion": "Le taux de conversion des leads en ventes",
    "panier": "Le panier moyen (montant par vente)",
}


def generer(ctx):
    return dict(ctx.donnees["cas"])


def enonce(p):
    return (
        f"Décomposez l'écart de chiffre d'affaires de **{p['commercial']}** au "
        f"**T{p['trimestre']}** en effet leads, effet conversion et effet panier (substitutions "
        "successives, comme pour l'effet conversion ci-dessus, à partir du tableau « Ventes "
        "2025 »). **Quel facteur explique l'essentiel de l'écart ?**"
    )


def options(p):
    d = p["decomposition"]
    principal = d["facteur_principal"]
    opts = [
        Option(
            cle=f,
            libelle=LIBELLES[f],
            correct=f == principal,
            retour=f"effet {f} = {euros(d['effet_' + f], 0)}"
            + (" : c'est le plus défavorable." if f == principal else "."),
        )
        for f in ("leads", "conversion", "panier")
    ]
    opts.append(
        Option(
            cle="saisonnalite",
            libelle="La saisonnalité : tout le monde baisse ce trimestre-là",
            retour="Les objectifs mensuels intègrent déjà la saisonnalité : un écart à "
            "l'objectif ne s'explique donc pas par elle. La décomposition désigne un facteur "
            "propre à ce commercial.",
        )
    )
    return opts
