"""La date limite de paiement selon la lecture des « 45 jours fin de mois » écrite au contrat."""

from autograder.metier.conditions_vente import LECTURES
from autograder.moteur.formats import Choix, Option

TITRE = "Date limite de paiement de la facture"
CRITERES = ()  # appliquer une règle de calcul de date : voir data/exercices/README.md
POINTS = 1
FORMAT = Choix()


def generer(ctx):
    f = ctx.donnees["conditions"]["facture"]
    echeances = [[r, d.isoformat()] for r, d in f["echeances"].items()]
    ctx.rng.shuffle(echeances)
    return {"date": f["date"].isoformat(), "regle": f["regle"], "echeances": echeances}


def _jour(iso: str) -> str:
    a, m, j = iso.split("-")
    return f"{j}/{m}/{a}"


def enonce(p):
    return (
        f"La station est livrée et installée ; la facture est émise le **{_jour(p['date'])}**. "
        "Le contrat signé avec la laiterie stipule un délai de « 45 jours fin de mois », et "
        f"précise la lecture retenue : **{LECTURES[p['regle']]}**. "
        "**Quelle est la date limite de paiement ?**"
    )


def options(p):
    return [
        Option(
            cle=regle,
            libelle=_jour(iso),
            correct=regle == p["regle"],
            retour=f"C'est la date calculée par la règle « {LECTURES[regle]} »"
            + ("." if regle == p["regle"] else " : ce n'est pas la lecture écrite au contrat."),
        )
        for regle, iso in p["echeances"]
    ]


def explication(p):
    return (
        "Appliquez les deux étapes dans l'ordre écrit au contrat : « + 45 jours puis fin de "
        "mois » ne donne pas la même date que « fin de mois puis + 45 jours »."
    )
