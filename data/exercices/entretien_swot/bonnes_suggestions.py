"""Distinguer une suggestion recevable par le jury d'une fausse bonne idée."""

from autograder.metier.swot import cas as swot
from autograder.moteur.formats import ChoixMultiple, Option

TITRE = "Les suggestions recevables"
CRITERES = ("CP8.3",)
POINTS = 2
FORMAT = ChoixMultiple()

FAUSSES_BONNES_IDEES = [
    (
        "Baisser tous les prix de 15 % pour reprendre des parts de marché.",
        "guerre des prix : elle détruit la marge, ne s'appuie sur aucune force de la matrice et "
        "contredit un positionnement fondé sur le service.",
    ),
    (
        "Renforcer la communication de l'entreprise.",
        "trop vague : ni cible, ni action précise, ni indicateur, ni échéance ; le jury ne peut "
        "pas juger si elle est réalisable.",
    ),
    (
        "Attendre que le marché se stabilise avant d'agir.",
        "ce n'est pas une suggestion : une menace repérée appelle une action, même prudente et "
        "progressive.",
    ),
    (
        "Racheter le principal concurrent pour devenir le leader du marché.",
        "irréaliste avec les ressources de l'entreprise : le jury attend des actions faisables "
        "avec ses moyens.",
    ),
    (
        "Recruter dix commerciaux supplémentaires dès le mois prochain.",
        "ne répond à aucun élément de la matrice et ignore les contraintes (coût, délai de "
        "recrutement, formation).",
    ),
    (
        "Lancer une application mobile grand public.",
        "hors du cœur de métier B2B : aucune force ni opportunité de la matrice ne la justifie.",
    ),
    (
        "Améliorer la qualité dans tous les domaines.",
        "un vœu, pas une action : quel domaine, quel moyen, quel indicateur ?",
    ),
]


def generer(ctx):
    cas = swot.charger_cas(ctx.donnees["cas"])
    paires = ctx.rng.sample(list(cas["tows"]), 3)
    bonnes = [[ctx.rng.choice(cas["tows"][p])["texte"], p] for p in paires]
    fausses = ctx.rng.sample(FAUSSES_BONNES_IDEES, 3)
    options = [
        [
            f"b{n}",
            texte,
            True,
            "recevable : elle part d'un élément interne de la matrice pour répondre à un "
            "élément externe, et reste à la portée de l'entreprise.",
        ]
        for n, (texte, _paire) in enumerate(bonnes)
    ] + [[f"f{n}", texte, False, pourquoi] for n, (texte, pourquoi) in enumerate(fausses)]
    ctx.rng.shuffle(options)
    return {"titre": cas["titre"], "options": options}


def enonce(p):
    return (
        f"En préparant l'entretien sur **{p['titre']}**, vous avez noté six pistes. **Cochez "
        "celles que vous pouvez défendre devant le jury** : ancrées dans la matrice, réalistes "
        "pour l'entreprise, précises."
    )


def options(p):
    return [Option(*o) for o in p["options"]]


def explication(p):
    return (
        "Une suggestion recevable combine un élément interne et un élément externe, tient "
        "compte des moyens de l'entreprise, se mesure (indicateur, cible, échéance) et reste "
        "cohérente avec son positionnement."
    )
