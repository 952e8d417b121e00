"""Les acteurs de l'économie sociale et solidaire que le REAC cite."""

from autograder.metier import organisation as org
from autograder.moteur.formats import Classement, Element

TITRE = "Les acteurs de l'ESS"
CRITERES = ()  # reconnaître des institutions : une connaissance (data/exercices/README.md)
POINTS = 2


def _acteurs():
    return org.donnees()["acteurs_ess"]


FORMAT = Classement(categories=tuple((cle, nom) for cle, nom, _ in _acteurs()))


def generer(ctx):
    acteurs = _acteurs()
    ctx.rng.shuffle(acteurs)
    return {"elements": [[cle, role, cle, ""] for cle, _, role in acteurs]}


def enonce(p):
    return (
        "La loi n° 2014-856 du 31 juillet 2014 organise l'économie sociale et solidaire (ESS). "
        "Un client, une SCIC de traitement de l'eau, vous parle de ses partenaires. **Associez "
        "chaque rôle à l'acteur de l'ESS qui le tient.**"
    )


def elements(p):
    return [Element(*e) for e in p["elements"]]


def explication(p):
    return (
        "National : ESS France (représentation), CSESS (dialogue avec les pouvoirs publics), CNCRESS "
        "(réseau des CRESS) ; régional : CRESS ; entreprises : SCOP (salariés associés), SCIC "
        "(plusieurs catégories d'associés)."
    )
