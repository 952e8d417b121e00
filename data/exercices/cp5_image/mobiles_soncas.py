"""SONCAS : reconnaître le mobile d'achat derrière une phrase du client."""

from autograder.metier import vente_sociale as vs
from autograder.moteur.formats import Classement, Element

TITRE = "Le mobile derrière la phrase (SONCAS)"
CRITERES = ()  # reconnaître un mobile dans des phrases données : une connaissance
POINTS = 2
FORMAT = Classement(categories=tuple((k, v["libelle"]) for k, v in vs.donnees()["soncas"].items()))


def generer(ctx):
    choisis = []
    for mobile, v in vs.donnees()["soncas"].items():
        i = ctx.rng.randrange(len(v["phrases"]))
        choisis.append([f"{mobile}-{i}", mobile, i])
    ctx.rng.shuffle(choisis)
    return {"phrases": choisis}


POURQUOI = {
    "securite": "le client cherche à éviter un risque : preuves, références, garanties.",
    "orgueil": "le client veut être valorisé, être le premier, se distinguer.",
    "nouveaute": "le client est attiré par ce qui est récent, innovant.",
    "confort": "le client veut se simplifier la vie : facilité, un seul interlocuteur.",
    "argent": "le client raisonne en coût, en économies, en retour sur investissement.",
    "sympathie": "le client achète aussi une relation : confiance, proximité.",
}


def enonce(p):
    return (
        "Pendant la démonstration, le client réagit. **Rangez chaque phrase sous le mobile "
        "d'achat qu'elle révèle** (méthode SONCAS), pour choisir la preuve à lui montrer."
    )


def elements(p):
    soncas = vs.donnees()["soncas"]
    return [Element(cle, soncas[m]["phrases"][i], m, POURQUOI[m]) for cle, m, i in p["phrases"]]


def explication(p):
    return (
        "SONCAS : Sécurité, Orgueil, Nouveauté, Confort, Argent, Sympathie. Repérer le mobile "
        "dit quelle preuve montrer : une référence pour la sécurité, un calcul pour l'argent."
    )
