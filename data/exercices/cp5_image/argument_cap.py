"""Construire l'argument d'une démonstration : caractéristique, avantage, preuve, reliés au besoin."""

from autograder.metier import vente_sociale as vs
from autograder.moteur.formats import Choix, Option

TITRE = "Un argument complet pour un besoin"
CRITERES = ()  # choisir parmi des arguments tout faits : aucun critère (CP5.1 : la rédaction)
POINTS = 1
FORMAT = Choix()


def generer(ctx):
    d = vs.donnees()
    c = next(x for x in d["clients"] if x["id"] == ctx.donnees["client_demo"])
    besoin = ctx.rng.choice(c["besoins"])
    juste = next(f for f in d["fonctions"] if f["besoin"] == besoin)
    autre = ctx.rng.choice([f for f in d["fonctions"] if f["besoin"] not in c["besoins"]])
    cles = ["cap", "sans_preuve", "hors_besoin", "caracteristique"]
    ctx.rng.shuffle(cles)
    return {
        "client": c["nom"],
        "besoin": besoin,
        "fonction": juste["id"],
        "autre": autre["id"],
        "ordre": cles,
    }


def enonce(p):
    besoin = vs.donnees()["besoins"][p["besoin"]]["libelle"].lower()
    return (
        f"Pendant la démonstration chez {p['client']}, vous arrivez au besoin « {besoin} ». "
        "**Quelle phrase est un argument complet, construit selon la méthode CAP "
        "(caractéristique, avantage, preuve) et relié à ce besoin ?**"
    )


def options(p):
    f, a = vs.fonction(p["fonction"]), vs.fonction(p["autre"])
    textes = {
        "cap": (
            f"{f['caracteristique']} : {f['avantage']}. Regardez : {f['preuve']}.",
            True,
            "complet : la caractéristique, ce qu'elle apporte au client, et une preuve qu'il voit.",
        ),
        "sans_preuve": (
            f"{f['caracteristique']} : {f['avantage']}, faites-nous confiance.",
            False,
            "il manque la preuve : « faites-nous confiance » ne prouve rien, le client veut voir.",
        ),
        "hors_besoin": (
            f"{a['caracteristique']} : {a['avantage']}. Regardez : {a['preuve']}.",
            False,
            "bien construit, mais pour un besoin que ce client n'a pas exprimé.",
        ),
        "caracteristique": (
            f"{f['caracteristique']}.",
            False,
            "une caractéristique seule : le client ne sait pas ce qu'il y gagne ni pourquoi vous croire.",
        ),
    }
    return [Option(k, *textes[k]) for k in p["ordre"]]


def explication(p):
    return (
        "CAP : la **caractéristique** (ce qu'est le produit), l'**avantage** (ce qu'il permet, "
        "pour ce client), la **preuve** (ce que le client voit, mesure ou lit : essai, chiffre, "
        "certificat, témoignage). Un argument sans preuve est une promesse."
    )
