"""Un énoncé piège : raisonner interne / externe et positif / négatif."""

from autograder.metier.swot import cas as swot
from autograder.metier.swot.matrice import LIBELLES, libelle, retour_enonce
from autograder.moteur.formats import Choix, Option

TITRE = "L'énoncé piège"
CRITERES = ()  # aucun critère : voir la règle de data/exercices/README.md
POINTS = 1
FORMAT = Choix()


def generer(ctx):
    cas = swot.charger_cas(ctx.donnees["cas"])
    pieges = [e for e in cas["enonces"] if "piege" in e and e["fait_ou_opinion"] == "fait"]
    e = ctx.rng.choice(pieges)
    return {
        "enonce": {
            k: e[k]
            for k in (
                "id",
                "texte",
                "quadrant",
                "origine",
                "effet",
                "fait_ou_opinion",
                "justification",
                "piege",
            )
        }
    }


def enonce(p):
    return (
        "Cet énoncé de la matrice fait souvent hésiter les candidats :\n\n"
        f"> {p['enonce']['texte']}\n\n"
        "**Dans quel quadrant le présentez-vous au jury ?** Raisonnez d'abord « l'entreprise "
        "le maîtrise-t-elle ? », puis « est-ce favorable ou défavorable ? »."
    )


def options(p):
    e = p["enonce"]
    return [
        Option(q, libelle(q), correct=q == e["quadrant"], retour=retour_enonce(e, q))
        for q in LIBELLES
    ]
