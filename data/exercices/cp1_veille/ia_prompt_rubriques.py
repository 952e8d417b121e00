"""Ranger les phrases d'une consigne (prompt) dans ses six rubriques."""

from autograder.metier import veille_ia
from autograder.moteur import banque
from autograder.moteur.formats import Classement, Element, tirer_par_categorie

TITRE = "Les six rubriques d'une consigne pour l'IA"
CRITERES = ()  # ranger des phrases toutes faites : une connaissance (data/exercices/README.md)
POINTS = 2
FORMAT = Classement(categories=tuple((c, lib) for c, lib, _ in veille_ia.donnees()["rubriques"]))


def generer(ctx):
    ctxt = banque.charger_contexte("cp1_veille")
    objectif = ctx.rng.choice(ctxt.donnees_cas()["objectifs"])["texte"]
    proche = str(ctxt.distances(ctx.donnees["carte"]).idxmin())
    fragments = [
        (f"f{k}", f["texte"], f["rubrique"]) for k, f in enumerate(veille_ia.donnees()["fragments"])
    ]
    return {
        "objectif": objectif,
        "proche": proche,
        "nombre": int(ctx.rng.randint(8, 20)),
        "fragments": tirer_par_categorie(fragments, ctx.rng, 1, 1),
    }


def enonce(p):
    return (
        "Voici, dans le désordre, les phrases d'une consigne écrite pour l'assistant d'IA de "
        "veille d'Hydralis. **Rangez chaque phrase dans sa rubrique** : rôle, contexte, tâche, "
        "contraintes, format, sources à citer."
    )


def elements(p):
    aides = {c: aide for c, _, aide in veille_ia.donnees()["rubriques"]}
    return [
        Element(
            cle,
            texte.format(objectif=p["objectif"], proche=p["proche"], nombre=p["nombre"]),
            rubrique,
            f"cette phrase dit {aides[rubrique]}.",
        )
        for cle, texte, rubrique in p["fragments"]
    ]


def explication(p):
    return (
        "Le rôle dit qui parle ; le contexte, pour quelle entreprise et quel objectif ; la tâche, "
        "ce qu'il faut faire ; les contraintes, ce qui est interdit (inventer, sortir des "
        "documents) ; le format, la forme de la réponse ; les sources, d'où vient chaque "
        "information."
    )
