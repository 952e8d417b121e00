"""Motif de résiliation le plus fréquent : une piste d'amélioration de l'offre."""

from autograder.moteur.formats import Choix, Option
from autograder.moteur.nombres import nombre

TITRE = "Premier motif de résiliation"
CRITERES = ("CP9.2",)
POINTS = 1
FORMAT = Choix()
DONNEES = ("resiliations",)

PISTES = {
    "prix du contrat": "revoir les formules de contrat (niveaux de service, prix)",
    "passage chez un concurrent": "analyser les offres concurrentes et la valeur perçue",
    "insatisfaction sur les délais d'intervention": "fiabiliser les délais d'intervention",
    "internalisation de la maintenance": "proposer formation et pièces aux équipes du client",
    "fermeture ou rachat du site": "suivre le devenir des sites et le repreneur",
    "équipement remplacé": "proposer le remplacement avant le concurrent",
}


def generer(ctx):
    r = ctx.donnees["resiliations"]
    r = r[r["date"].str.startswith("2025")]
    comptes = r["motif"].value_counts()
    return {"comptes": {k: int(v) for k, v in comptes.items()}}


def enonce(p):
    return (
        "Dans le tableau « Résiliations » de vos données, regardez les résiliations **de "
        "l'année 2025**. **Quel motif revient le plus souvent ?** C'est la première piste "
        "d'amélioration de l'offre à remonter (et à inscrire dans les personas)."
    )


def options(p):
    comptes = p["comptes"]
    maxi = max(comptes.values())
    return [
        Option(
            cle=f"m{i}",
            libelle=motif[:1].upper() + motif[1:],
            correct=comptes.get(motif, 0) == maxi,
            retour=f"{nombre(comptes.get(motif, 0))} résiliation(s) en 2025"
            + (
                f" : le plus fréquent. Piste : {PISTES[motif]}."
                if comptes.get(motif, 0) == maxi
                else "."
            ),
        )
        for i, motif in enumerate(PISTES)
    ]


def explication(p):
    return (
        "`SELECT motif, COUNT(*) FROM resiliations WHERE date LIKE '2025%' GROUP BY motif "
        "ORDER BY 2 DESC` ou `value_counts()` en pandas."
    )
