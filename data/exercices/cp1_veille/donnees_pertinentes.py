"""Choisir, dans son fichier de veille, les informations pertinentes pour l'objectif de la veille.

La pertinence se calcule sur les données : chaque information du cas (data/veille/veille.json)
porte ses thèmes, chaque objectif les thèmes qu'il suit ; une information est pertinente quand
elle partage un thème avec l'objectif. Les informations d'un thème « discutable » pour l'objectif
(ni clairement utiles ni clairement hors sujet) ne sont pas proposées. La fiabilité de sa source est une autre question : le
retour de chaque option la donne, pour montrer qu'une source fiable peut être hors sujet.
"""

from autograder.moteur import banque
from autograder.moteur.formats import ChoixMultiple, Option

TITRE = "Les informations utiles à l'objectif de la veille"
CRITERES = ("CP1.2",)  # l'apprenant choisit lui-même les données qui servent l'objectif donné
POINTS = 2
FORMAT = ChoixMultiple()
DONNEES = ("veille",)
NOMBRE_OPTIONS = 8
FIABLES = ("officielle", "presse_specialisee")


def _cas():
    return banque.charger_contexte("cp1_veille").donnees_cas()


def pertinente(information: dict, objectif: dict) -> bool:
    return bool(set(information["themes"]) & set(objectif["themes"]))


def generer(ctx):
    cas = _cas()
    objectif = ctx.rng.choice(cas["objectifs"])
    par_texte = {i["texte"]: i for i in cas["informations"]}
    lignes = [(par_texte[r["information"]], r["date"]) for _, r in ctx.donnees["veille"].iterrows()]
    bonnes = [(i, d) for i, d in lignes if pertinente(i, objectif)]
    discutables = set(objectif.get("discutables", ()))
    autres = [
        (i, d)
        for i, d in lignes
        if not pertinente(i, objectif) and not discutables & set(i["themes"])
    ]
    # Among the distractors, at least one reliable source: reliable is not relevant.
    fiables = [k for k, (i, _) in enumerate(autres) if i["fiabilite"] in FIABLES]
    premier = ctx.rng.choice(fiables)
    reste = [k for k in range(len(autres)) if k != premier]
    tires = [premier, *ctx.rng.sample(reste, NOMBRE_OPTIONS - len(bonnes) - 1)]
    choisies = bonnes + [autres[k] for k in tires]
    choisies.sort(key=lambda x: x[1], reverse=True)  # in the order of the « Veille » table
    date_en_clair = banque.charger_contexte("cp1_veille").date_en_clair
    return {
        "objectif": objectif["cle"],
        "informations": [[i["cle"], date_en_clair(d)] for i, d in choisies],
    }


def _objectif(p) -> dict:
    return next(o for o in _cas()["objectifs"] if o["cle"] == p["objectif"])


def enonce(p):
    return (
        f"Votre responsable fixe l'objectif de la veille : **{_objectif(p)['texte']}**.\n\n"
        f"Voici {len(p['informations'])} informations de votre tableau « Veille ». **Cochez "
        "celles qui sont pertinentes pour cet objectif**, et seulement celles-là : une "
        "information utile pour un autre objectif n'a pas sa place dans ce dossier."
    )


def options(p):
    cas = _cas()
    objectif = _objectif(p)
    infos = {i["cle"]: i for i in cas["informations"]}
    themes, sources = cas["themes"], cas["libelles_type_source"]
    opts = []
    for cle, date in p["informations"]:
        i = infos[cle]
        fiable = i["fiabilite"] in FIABLES
        source = sources[i["fiabilite"]].lower()
        sujet = themes[i["themes"][0]]
        if pertinente(i, objectif):
            sujet = themes[next(t for t in i["themes"] if t in objectif["themes"])]
            retour = f"pertinente : elle renseigne sur {sujet}, que suit l'objectif ; " + (
                f"et sa source est fiable ({source})."
                if fiable
                else f"sa source est moins sûre ({source}) : à recouper, mais l'information "
                "sert l'objectif."
            )
        else:
            retour = f"hors sujet : elle porte sur {sujet}, pas sur ce que suit l'objectif." + (
                f" Sa source est pourtant fiable ({source}) : fiable ne veut pas dire pertinent."
                if fiable
                else ""
            )
        opts.append(
            Option(
                cle,
                f"{date} — {i['texte']} ({i['source']})",
                correct=pertinente(i, objectif),
                retour=retour,
            )
        )
    return opts


def explication(p):
    return (
        "Une information est pertinente quand elle aide à atteindre l'objectif de la veille : "
        "elle porte sur ce que l'objectif demande de suivre (un concurrent, un segment, un "
        "marché, une technologie). La fiabilité est une autre question, jugée avec la grille : "
        "une source officielle peut être hors sujet, une remontée du terrain peut être utile, à "
        "condition de la recouper."
    )
