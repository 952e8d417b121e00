"""Le coefficient TTC/HT du commerce de détail : coefficient HT/HT × (1 + TVA)."""

from autograder.calculs import coefficient_multiplicateur, prix_ttc
from autograder.moteur.formats import Nombre
from autograder.moteur.nombres import euros, nombre, pourcent

TITRE = "Coefficient TTC/HT de l'étiquette"
CRITERES = ()  # une technique : voir la règle de data/exercices/README.md
POINTS = 1
FORMAT = Nombre(unite="", tolerance=0.005, bornes=(1, 5), decimales=3)


def generer(ctx):
    p = ctx.donnees["conditions"]["prix"]
    return {"k": p["coefficient_comptoir"], "cout": p["cout_achat_ht"], "tva": p["taux_tva"]}


def enonce(p):
    return (
        f"Au comptoir, le distributeur vend aussi aux particuliers et étiquette en TTC. Avec son "
        f"coefficient HT/HT de {nombre(p['k'], 2)} et une TVA de {pourcent(p['tva'], 0)}, **quel "
        "coefficient TTC/HT** applique-t-il directement au coût d'achat HT pour obtenir le prix "
        "de l'étiquette ? (À 0,001 près.)"
    )


def solution(p):
    return coefficient_multiplicateur(prix_ttc(p["cout"] * p["k"], p["tva"]), p["cout"])


def diagnostics(p):
    return [
        (
            p["k"] + p["tva"],
            "Les deux coefficients se multiplient, ils ne s'additionnent pas : "
            "coefficient HT/HT × (1 + TVA).",
        ),
        (
            p["k"] * (1 - p["tva"]),
            "La TVA s'ajoute au prix : le coefficient TTC/HT est plus grand.",
        ),
    ]


def explication(p):
    return (
        f"{nombre(p['k'], 2)} × (1 + {nombre(p['tva'], 2)}) ; vérification sur la pièce à "
        f"{euros(p['cout'])} HT : prix TTC {euros(prix_ttc(p['cout'] * p['k'], p['tva']))}."
    )
