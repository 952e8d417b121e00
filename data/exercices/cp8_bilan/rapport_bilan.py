"""Le compte rendu écrit : un rapport HTML et PDF clair et exploitable par un tiers (CP8.5)."""

from autograder.metier.bilan.rapport import DEFAUTS, QUALITES, RUBRIQUES
from autograder.moteur.formats import ChoixMultiple, Option

TITRE = "Le compte rendu du bilan (HTML et PDF)"
CRITERES = ("CP8.5", "CT1.4", "CT1.5")
POINTS = 3
FORMAT = ChoixMultiple()
VARIABLE = "controle_rapport"
WIDGET = False  # the answer is the report the learner writes, checked by controler_rapport


def generer(ctx):
    return {"commercial": ctx.donnees["commercial"], "trimestre": ctx.donnees["trimestre"]}


def enonce(p):
    rubriques = ", ".join(f"« {libelle} »" for _, libelle in RUBRIQUES.values())
    return (
        f"Rédigez le compte rendu du bilan de {p['commercial']} pour le T{p['trimestre']} 2025, "
        "destiné à la direction commerciale, avec `Rapport` de `autograder.metier.bilan.rapport` : "
        f"une section par rubrique ({rubriques}), chacune avec un commentaire rédigé "
        "(au moins une phrase factuelle, chiffrée, sans « à compléter »), les graphiques de "
        "tendance et d'écarts avec leur **texte alternatif**, des tableaux de synthèse (pas de "
        "données brutes). Écrivez le rapport avec `rapport.ecrire(...)` (un fichier HTML et un "
        "PDF à côté du notebook), puis rangez dans `controle_rapport` le résultat de "
        "`controler_rapport(fichiers)`. Chaque qualité attendue rapporte des points ; chaque "
        "défaut repéré en retire."
    )


def options(p):
    sortie = [Option(c, f"Rubrique « {lib} » présente et commentée", True, "")
              for c, (_, lib) in RUBRIQUES.items()]  # fmt: skip
    sortie += [Option(c, lib, True, "") for c, lib in QUALITES.items()]
    sortie += [
        Option(c, lib, False, "Défaut à corriger : un tiers ne pourrait pas exploiter le rapport.")
        for c, lib in DEFAUTS.items()
    ]
    return sortie


def explication(p):
    return (
        "Relisez la liste rendue par `controler_rapport(fichiers)` : il faut les six rubriques, "
        "chacune avec un commentaire d'au moins une phrase (titres : « Synthèse », « Activité de "
        "la période », « Tendances », « Écarts aux objectifs », « Mesures correctives », "
        "« Opportunités et plan d'actions »), un texte alternatif pour chaque graphique, un PDF "
        "écrit par `rapport.ecrire`, et aucun défaut (texte « à compléter », tableau brut de "
        "plus de 25 lignes : gardez `.head(10)`)."
    )
