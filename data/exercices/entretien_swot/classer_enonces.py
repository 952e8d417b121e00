"""Classer chaque énoncé de la matrice en force, faiblesse, opportunité ou menace."""

from autograder.metier.swot import cas as swot
from autograder.metier.swot.matrice import lire_classement, noter_classement
from autograder.moteur.formats import Personnalise
from autograder.widgets.swot import MatriceSWOT

TITRE = "Classer les énoncés de la matrice SWOT"
CRITERES = ("CP8.4",)
POINTS = 4
FORMAT = Personnalise()

CHAMPS = ("id", "texte", "quadrant", "origine", "effet", "fait_ou_opinion", "justification")


def generer(ctx):
    cas = swot.charger_cas(ctx.donnees["cas"])
    enonces = [
        {**{k: e[k] for k in CHAMPS}, **({"piege": e["piege"]} if "piege" in e else {})}
        for e in cas["enonces"]
    ]
    ctx.rng.shuffle(enonces)
    return {"titre": cas["titre"], "enonces": enonces}


def enonce(p):
    return (
        f"Le jury vous remet la matrice de **{p['titre']}**, mais les énoncés sont en vrac. "
        f"Pour chacun des {len(p['enonces'])} énoncés, posez-vous deux questions : **l'entreprise "
        "en a-t-elle la maîtrise** (interne) ou non (externe) ? **L'effet est-il positif ou "
        "négatif** pour elle ? Puis choisissez le quadrant. Une opinion se classe là où irait le "
        "fait s'il était vérifié. Un énoncé laissé vide compte comme « non répondu »."
    )


def lire(p, brute):
    return lire_classement(p["enonces"], brute)


def noter(p, reponse):
    return noter_classement(p["enonces"], reponse)


def solution(p):
    return {e["id"]: e["quadrant"] for e in p["enonces"]}


def saisie(p, valeur, enregistrer):
    from autograder.moteur.seance import mode_correction

    return MatriceSWOT(p["enonces"], valeur, enregistrer, correction=mode_correction())


def explication(p):
    return (
        "Méthode : interne = ce que l'entreprise maîtrise (ses équipes, ses outils, ses résultats, "
        "ses clients actuels) ; externe = ce qu'elle subit ou saisit (marché, réglementation, "
        "concurrents, technologies). Un même sujet peut donner deux énoncés : la règle est "
        "externe, la façon dont l'entreprise y est exposée est interne."
    )


def reponse_fausse(p):
    """Every statement in a wrong quadrant (for the engine's generic tests)."""
    return {e["id"]: next(q for q in "SWOT" if q != e["quadrant"]) for e in p["enonces"]}
