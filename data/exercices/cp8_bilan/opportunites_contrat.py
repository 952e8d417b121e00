"""Nouvelles opportunités : les clients équipés d'une pompe sans contrat de maintenance (CP8.4)."""

from autograder.moteur.formats import Nombre, pieges_distincts

TITRE = "Opportunités de contrats de maintenance"
CRITERES = ("CP8.4",)
POINTS = 2
FORMAT = Nombre(unite="entreprises", tolerance=0.4, bornes=(0, 10_000), decimales=0)
VARIABLE = "nb_clients_sans_contrat"
DONNEES = ("entreprises", "solutions_en_service")


def _compter(sol, ent, qui, *, pompes_actives=True, contrats_actifs=True, par="entreprise"):
    pompes = sol[sol["type"] == "pompe"]
    if pompes_actives:
        pompes = pompes[pompes["statut"] == "en service"]
    contrats = sol[sol["type"] == "contrat"]
    if contrats_actifs:
        contrats = contrats[contrats["statut"] == "en service"]
    portefeuille = set(ent.loc[ent["commercial"] == qui, "id"]) if qui else set(ent["id"])
    cibles = pompes[
        pompes["entreprise_id"].isin(portefeuille)
        & ~pompes["entreprise_id"].isin(set(contrats["entreprise_id"]))
    ]
    return len(cibles) if par == "pompe" else cibles["entreprise_id"].nunique()


def generer(ctx):
    d = ctx.donnees
    sol, ent, qui = d["solutions_en_service"], d["entreprises"], d["commercial"]
    return {
        "commercial": qui,
        "n": _compter(sol, ent, qui),
        "pieges": {
            "pompes": _compter(sol, ent, qui, par="pompe"),
            "equipe": _compter(sol, ent, None),
            "resiliees": _compter(sol, ent, qui, pompes_actives=False),
            "tous_contrats": _compter(sol, ent, qui, contrats_actifs=False),
        },
    }


def enonce(p):
    return (
        f"Une piste de CA pour le prochain trimestre : les entreprises du portefeuille de "
        f"**{p['commercial']}** (colonne « Commercial » du tableau « Entreprises ») qui ont **au "
        "moins une pompe en service** et **aucun contrat de maintenance en service** (tableau "
        "« Solutions en service », colonnes « Type » et « Statut » ; le « N° entreprise » relie "
        "les deux tableaux). Comptez ces **entreprises** et tapez le nombre dans le champ."
    )


def solution(p):
    return p["n"]


MESSAGES = {
    "pompes": "Vous avez compté des pompes : une entreprise équipée de trois pompes est une "
    "seule opportunité (comptez les entreprises distinctes).",
    "equipe": "Vous avez compté toute l'équipe : limitez-vous au portefeuille du commercial.",
    "resiliees": "Vous avez gardé des pompes résiliées : seules les pompes en service comptent.",
    "tous_contrats": "Un contrat résilié ne couvre plus l'entreprise : ne retenez que les "
    "contrats en service.",
}


def diagnostics(p):
    return pieges_distincts(FORMAT, solution(p), [(v, MESSAGES[k]) for k, v in p["pieges"].items()])


def explication(p):
    return "`bilan.clients_sans_contrat(con, commercial)` donne la liste ; comptez ses lignes."
