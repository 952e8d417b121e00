"""Repérer la publication qui franchit la limite : dénigrement ou comparaison illicite.

Sources (relevées le 7 décembre 2026) : C. consom., art. L122-1 (ordonnance n° 2016-301 du
14 mars 2016), https://cabinet-greffe.com/publications/article/la-publicite-comparative-peut-elle-egarer-le-consommateur ;
dénigrement, C. civ., art. 1240 et Cass. com., 9 janvier 2019, n° 17-18.350,
https://cms.law/fr/FRA/Publication/Denigrement-fautif
"""

from autograder.metier import vente_sociale as vs
from autograder.moteur.formats import Choix, Option

TITRE = "Comparer sans dénigrer"
CRITERES = ()  # reconnaître une règle sur des textes tout faits : une connaissance
POINTS = 1
FORMAT = Choix()


def generer(ctx):
    pubs = vs.donnees()["publications_comparatives"]
    illicite = ctx.rng.choice([x for x in pubs if not x["licite"]])
    licites = [x for x in pubs if x["licite"]]
    choisies = [illicite["id"], *(x["id"] for x in ctx.rng.sample(licites, 3))]
    ctx.rng.shuffle(choisies)
    return {"publications": choisies}


def enonce(p):
    return (
        "Quatre projets de publication circulent dans l'équipe commerciale. Trois peuvent être "
        "publiés. **Lequel ne doit pas l'être, parce qu'il dénigre un concurrent ou compare de "
        "façon illicite ?**"
    )


def options(p):
    par_id = {x["id"]: x for x in vs.donnees()["publications_comparatives"]}
    return [
        Option(i, par_id[i]["texte"], not par_id[i]["licite"], par_id[i]["retour"])
        for i in p["publications"]
    ]


def explication(p):
    return (
        "La publicité comparative est permise si elle compare objectivement des caractéristiques "
        "essentielles, pertinentes et vérifiables de biens qui répondent au même besoin, sans "
        "tromper ni dénigrer (Code de la consommation, art. L122-1 et suivants). Le dénigrement (jeter "
        "le discrédit sur un concurrent) est une faute, même sans comparaison."
    )
