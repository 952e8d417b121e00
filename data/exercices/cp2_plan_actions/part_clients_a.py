"""La loi de Pareto sur le portefeuille : quelle part des clients fait l'essentiel du CA ?"""

from autograder.metier import plan_actions as pa
from autograder.moteur.formats import Nombre, pieges_distincts
from autograder.moteur.nombres import pourcent

TITRE = "Part des clients classés A"
CRITERES = ("CP2.1",)
POINTS = 1
FORMAT = Nombre(unite="%", tolerance=0.1, bornes=(0, 100), decimales=1)
DONNEES = ("clients",)


def generer(ctx):
    c = ctx.donnees["clients"]
    s = pa.synthese_abc(pa.classer_abc(c, "ca"))
    return {
        "part_clients": float(s.loc["A", "part_clients"]),
        "part_ca": float(s.loc["A", "part_ca"]),
        "nombre": int(len(c)),
        "part_a_marge": float(
            pa.synthese_abc(pa.classer_abc(c, "marge"), "marge").loc["A", "part_clients"]
        ),
    }


def enonce(p):
    return (
        f"Avec le même classement ABC sur le CA, quelle **part des {p['nombre']} clients** (en "
        "nombre) est classée A ? Répondez en %, à une décimale. Comparez avec la « règle des "
        "20/80 »."
    )


def solution(p):
    return p["part_clients"]


def diagnostics(p):
    return pieges_distincts(
        FORMAT,
        solution(p),
        [
            (
                p["part_ca"],
                "C'est la part du chiffre d'affaires faite par les clients A ; la "
                "question porte sur la part des clients, en nombre.",
            ),
            (p["part_a_marge"], "Vous avez classé sur la marge : la consigne demande le CA."),
        ],
    )


def explication(p):
    return (
        f"part des clients A = clients A / {p['nombre']} clients ; ici, "
        f"{pourcent(p['part_clients'])} des clients font {pourcent(p['part_ca'])} du CA."
    )
