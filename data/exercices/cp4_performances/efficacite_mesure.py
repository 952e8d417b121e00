"""Mesurer l'effet d'une action corrective : variation relative contre points de pourcentage."""

from autograder.calculs import ecart, ecart_relatif, taux_de_conversion
from autograder.moteur.formats import Nombre
from autograder.moteur.nombres import nombre

TITRE = "Efficacité de l'action corrective"
CRITERES = ("CT5.5",)
POINTS = 1
FORMAT = Nombre(unite="%", tolerance=0.1, bornes=(-100, 1000), decimales=1)


def generer(ctx):
    sc = ctx.donnees["scenario"]
    leads_avant = ctx.rng.randint(90, 160)
    ventes_avant = round(leads_avant * ctx.rng.uniform(0.12, 0.18))
    leads_apres = ctx.rng.randint(90, 160)
    ventes_apres = round(leads_apres * ctx.rng.uniform(0.19, 0.26))
    return {
        "commercial": sc.commercial,
        "leads_avant": leads_avant,
        "ventes_avant": ventes_avant,
        "leads_apres": leads_apres,
        "ventes_apres": ventes_apres,
    }


def _taux(p):
    return (
        taux_de_conversion(p["ventes_avant"], p["leads_avant"]),
        taux_de_conversion(p["ventes_apres"], p["leads_apres"]),
    )


def enonce(p):
    return (
        f"Après un coaching sur la découverte des besoins, on compare {p['commercial']} sur deux "
        f"trimestres : **avant**, {nombre(p['ventes_avant'])} ventes pour "
        f"{nombre(p['leads_avant'])} leads ; **après**, {nombre(p['ventes_apres'])} ventes pour "
        f"{nombre(p['leads_apres'])} leads. **De combien de pour cent le taux de conversion "
        "a-t-il progressé** (variation relative, en %, à 0,1 près) ?"
    )


def solution(p):
    avant, apres = _taux(p)
    return ecart_relatif(apres, avant)


def diagnostics(p):
    avant, apres = _taux(p)
    return [
        (
            ecart(apres, avant),
            "C'est la progression en points de pourcentage (taux après − taux "
            "avant). La variation relative rapporte cette différence au taux de départ.",
        ),
        (
            ecart_relatif(p["ventes_apres"], p["ventes_avant"]),
            "C'est la variation du nombre de "
            "ventes : le nombre de leads a changé aussi, comparez les taux.",
        ),
    ]


def explication(p):
    return "Variation relative = (taux après − taux avant) ÷ taux avant."
