"""Prioriser par le potentiel : la part du CA faite par les trois premiers secteurs (CP3.3)."""

from autograder.moteur.formats import Nombre, pieges_distincts

TITRE = "Pareto : part du CA des trois premiers secteurs"
CRITERES = ()  # aucun critère : voir la règle de data/exercices/README.md
POINTS = 1
FORMAT = Nombre(unite="%", tolerance=0.1, bornes=(0, 100), decimales=1)
VARIABLE = "part_top3"
DONNEES = ("commandes",)


def generer(ctx):
    cmd = ctx.donnees["commandes"].merge(
        ctx.donnees["entreprises"][["id", "secteur"]], left_on="entreprise_id", right_on="id"
    )
    total = float(cmd["montant_ht"].sum())
    par_secteur = cmd.groupby("secteur")["montant_ht"].agg(["sum", "count"])
    top_ca = par_secteur["sum"].sort_values(ascending=False)
    top_nb = par_secteur.sort_values("count", ascending=False).head(3)["sum"].sum()
    return {
        "top3": [str(s) for s in top_ca.index[:3]],
        "part": float(top_ca.head(3).sum()) / total,
        "part_sans_inconnus": float(top_ca.head(3).sum()) / float(top_ca.sum()),
        "part_top_nombre": float(top_nb) / total,
        "part_premier": float(top_ca.iloc[0]) / total,
    }


def enonce(p):
    return (
        "Pour concentrer la prospection là où est le potentiel, calculez la **part du chiffre "
        "d'affaires HT des commandes faite par les trois secteurs qui en réalisent le plus** "
        "(tableau « Commandes » de vos données, colonnes « Secteur de l'entreprise » et "
        "« Montant HT » ; un tableau croisé dynamique fait la somme par secteur). "
        "Le dénominateur est le CA de **toutes** les commandes, y compris celles d'entreprises "
        "dont le secteur n'est pas renseigné. Tapez la part dans le champ (en %, à 0,1 point "
        "près)."
    )


def solution(p):
    return p["part"]


def diagnostics(p):
    return pieges_distincts(
        FORMAT,
        solution(p),
        [
            (
                p["part_sans_inconnus"],
                "Vous avez rapporté au CA des seuls secteurs renseignés : le dénominateur doit "
                "être le CA de toutes les commandes.",
            ),
            (
                p["part_top_nombre"],
                "Vous avez pris les trois secteurs qui ont le plus de commandes : classez par "
                "CA, c'est le potentiel en euros qui compte.",
            ),
            (p["part_premier"], "C'est la part du premier secteur seulement ; il en faut trois."),
        ],
    )


def explication(p):
    return (
        f"Les trois premiers secteurs ({', '.join(p['top3'])}) : somme de leur CA ÷ CA total "
        "des commandes."
    )
