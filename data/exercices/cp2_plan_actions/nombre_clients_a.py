"""Classement ABC du portefeuille, calculé avec pandas."""

from autograder.metier import plan_actions as pa
from autograder.moteur.formats import Nombre, pieges_distincts
from autograder.moteur.nombres import pourcent

TITRE = "Nombre de clients A (classement ABC sur le CA)"
CRITERES = ("CP2.1",)
POINTS = 2
FORMAT = Nombre(unite="clients", tolerance=0, bornes=(0, 1000), decimales=0)
VARIABLE = "nombre_clients_a"
DONNEES = ("clients",)


def _compter_a(valeurs, seuil):
    """Clients whose cumulated share (in the order given) is at most the threshold."""
    total = sum(valeurs)
    cumul, n = 0.0, 0
    for v in valeurs:
        cumul += v
        n += cumul / total <= seuil + 1e-12
    return n


def generer(ctx):
    c = ctx.donnees["clients"]
    bas, haut = pa.seuils_abc()
    return {
        "seuil_a": bas,
        "seuil_b": haut,
        "a_ca": int((pa.classer_abc(c, "ca")["classe"] == "A").sum()),
        "a_marge": int((pa.classer_abc(c, "marge")["classe"] == "A").sum()),
        "a_plus_b": int((pa.classer_abc(c, "ca")["classe"] != "C").sum()),
        "non_trie": _compter_a([float(x) for x in c["ca"]], bas),
    }


def enonce(p):
    return (
        "Classez les clients du tableau « Clients » de vos données selon la méthode ABC **sur "
        "le chiffre d'affaires** : dans votre tableur, triez par CA décroissant, calculez la part "
        "cumulée du CA (CA cumulé ÷ CA total) ; un client est A si la part cumulée (lui compris) "
        f"est d'au plus {pourcent(p['seuil_a'], 0)}, B jusqu'à {pourcent(p['seuil_b'], 0)}, C "
        "au-delà. Tapez le **nombre de clients A** dans le champ."
    )


def solution(p):
    return p["a_ca"]


def diagnostics(p):
    return pieges_distincts(
        FORMAT,
        solution(p),
        [
            (
                p["a_marge"],
                "Vous avez classé sur la marge : la consigne demande le chiffre "
                "d'affaires (les deux classements ne donnent pas les mêmes clients).",
            ),
            (
                p["non_trie"],
                "La part cumulée a été calculée avant de trier : triez d'abord par "
                "CA décroissant (`sort_values(ascending=False)`), puis cumulez.",
            ),
            (
                p["a_plus_b"],
                "Vous avez compté les clients A et B : A s'arrête à "
                f"{pourcent(p['seuil_a'], 0)} du CA cumulé.",
            ),
        ],
    )


def explication(p):
    return (
        '`t = clients.sort_values("ca", ascending=False)` ; '
        '`t["part_cumulee"] = t["ca"].cumsum() / t["ca"].sum()` ; '
        f'`(t["part_cumulee"] <= {p["seuil_a"]}).sum()`.'
    )
