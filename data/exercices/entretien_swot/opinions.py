"""Repérer les opinions présentées comme des faits dans la matrice."""

from autograder.metier.swot import cas as swot
from autograder.moteur.formats import ChoixMultiple, Option

TITRE = "Les opinions à vérifier avant de les présenter"
CRITERES = ("CT1.5",)
POINTS = 2
FORMAT = ChoixMultiple()


def generer(ctx):
    cas = swot.charger_cas(ctx.donnees["cas"])
    opinions = [e for e in cas["enonces"] if e["fait_ou_opinion"] == "opinion"]
    faits = [e for e in cas["enonces"] if e["fait_ou_opinion"] == "fait"]
    pieges = [e for e in faits if "piege" in e]
    autres = [e for e in faits if "piege" not in e]
    choisis = opinions + pieges[:2] + ctx.rng.sample(autres, 5 - len(opinions) - len(pieges[:2]))
    ctx.rng.shuffle(choisis)
    return {
        "titre": cas["titre"],
        "options": [
            [e["id"], e["texte"], e["fait_ou_opinion"] == "opinion", e["justification"]]
            for e in choisis
        ],
    }


def enonce(p):
    return (
        "Devant le jury, un constat se fonde sur des **faits** ; une **opinion** (un avis, une "
        "impression, une affirmation non chiffrée attribuée à quelqu'un) se signale comme telle, "
        "avec la façon de la vérifier. **Cochez les énoncés qui sont des opinions.**"
    )


def options(p):
    return [
        Option(
            cle,
            texte,
            correct=opinion,
            retour=(
                f"opinion : ne la présentez pas comme un fait. {justification}"
                if opinion
                else f"fait vérifiable (chiffre, événement ou règle constatés). {justification}"
            ),
        )
        for cle, texte, opinion, justification in p["options"]
    ]


def explication(p):
    return (
        "Indices d'une opinion : « pense que », « affirme », « selon », des guillemets, un "
        "jugement sans chiffre ni source. Un fait peut être dérangeant ou surprenant : il reste "
        "un fait s'il est mesuré ou constaté."
    )
