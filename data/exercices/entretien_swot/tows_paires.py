"""Ranger les idées stratégiques dans la bonne paire TOWS (SO, ST, WO, WT)."""

from autograder.metier.swot import cas as swot
from autograder.metier.swot.matrice import libelle
from autograder.moteur.formats import Classement, Element

TITRE = "Chaque suggestion dans sa paire TOWS"
CRITERES = ("CP8.4",)
POINTS = 3
FORMAT = Classement(
    categories=(
        ("SO", "SO : s'appuyer sur une force pour saisir une opportunité"),
        ("ST", "ST : utiliser une force pour parer une menace"),
        ("WO", "WO : corriger une faiblesse grâce à une opportunité"),
        ("WT", "WT : réduire une faiblesse exposée à une menace"),
    )
)


def generer(ctx):
    cas = swot.charger_cas(ctx.donnees["cas"])
    par_id = {e["id"]: e for e in cas["enonces"]}
    idees = []
    for paire, liste in cas["tows"].items():
        for idee in liste:
            appuis = " ; ".join(
                f"« {par_id[r]['texte']} » ({libelle(par_id[r]['quadrant'])})"
                for r in idee["enonces"]
            )
            idees.append([idee["texte"], paire, f"Elle s'appuie sur {appuis}."])
    ctx.rng.shuffle(idees)
    return {
        "titre": cas["titre"],
        "idees": [[f"i{n:02d}", *idee] for n, idee in enumerate(idees, start=1)],
    }


def enonce(p):
    return (
        "Une matrice TOWS croise l'interne et l'externe pour passer du constat aux suggestions. "
        f"Voici les idées retenues pour **{p['titre']}**. **Rangez chacune dans sa paire** : "
        "de quel élément interne part-elle, et à quel élément externe répond-elle ?"
    )


def elements(p):
    return [Element(*i) for i in p["idees"]]


def explication(p):
    return (
        "Une suggestion TOWS nomme toujours ses deux appuis : un élément interne (force ou "
        "faiblesse) et un élément externe (opportunité ou menace). Cherchez-les dans la matrice "
        "avant de choisir la paire."
    )
