"""Trouver la source citée par l'IA qui n'existe pas dans le dossier de veille."""

from autograder.metier import veille_ia
from autograder.moteur.formats import Choix, Option

TITRE = "La source inventée"
CRITERES = ()  # vérifier le texte d'une IA : juger n'est pas faire (data/exercices/README.md)
POINTS = 1
FORMAT = Choix()
DONNEES = ("veille",)


def generer(ctx):
    note = ctx.donnees["note_ia"]
    veille = ctx.donnees["veille"]
    citees = set(veille_ia.sources_citees(note)) - {note["source_inventee"]}
    reelles = sorted(s for s in citees if s in set(veille["source"]))
    autres = sorted(set(veille["source"]) - citees)
    leurres = [*reelles, *ctx.rng.sample(autres, 4 - len(reelles))]
    options = [*leurres, note["source_inventee"]]
    ctx.rng.shuffle(options)
    return {"sources": options, "inventee": note["source_inventee"]}


def enonce(p):
    return (
        "La note rédigée par l'assistant d'IA cite plusieurs sources, dont celles-ci. "
        "**Laquelle de ces sources ne figure nulle part dans votre tableau « Veille » ?** "
        "C'est la marque d'une source inventée : le chiffre qu'elle porte ne peut pas être "
        "repris."
    )


def options(p):
    return [
        Option(
            f"s{k}",
            s,
            s == p["inventee"],
            "introuvable dans votre dossier : une IA peut inventer une source plausible."
            if s == p["inventee"]
            else "elle figure dans la colonne « Source » de votre tableau « Veille ».",
        )
        for k, s in enumerate(p["sources"])
    ]
