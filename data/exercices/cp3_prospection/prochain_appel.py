"""Le prochain appel permis à un consommateur déjà sollicité (décret n° 2022-1313).

Critères : aucun. Appliquer les jours, heures et le plafond de 4 sollicitations en 30 jours
est une connaissance du cadre légal, pas une compétence du titre : voir data/exercices/README.md.
"""

from datetime import date, timedelta

from autograder.moteur.calendrier import date_en_clair, jour_ouvre
from autograder.moteur.formats import Choix, Option

TITRE = "Le prochain appel permis"
CRITERES = ()  # aucun critère : voir la docstring
POINTS = 1
FORMAT = Choix()
DONNEES = ()


def generer(ctx):
    premier = jour_ouvre(date(2026, 1, 5) + timedelta(days=ctx.rng.randrange(0, 300)))
    appels = [premier]
    for ecart in sorted(ctx.rng.sample(range(3, 20), 3)):
        appels.append(jour_ouvre(premier + timedelta(days=ecart)))
    permis = jour_ouvre(premier + timedelta(days=31))
    samedi = permis + timedelta(days=(5 - permis.weekday()) % 7)
    dans_fenetre = jour_ouvre(appels[-1] + timedelta(days=4))
    options = [
        [
            "permis",
            f"{date_en_clair(permis)}, à 10 h 30",
            True,
            "Juste : la période de 30 jours ouverte par le premier appel est close, c'est un jour "
            "ouvré, dans la plage 10 h – 13 h.",
        ],
        [
            "fenetre",
            f"{date_en_clair(dans_fenetre)}, à 11 h",
            False,
            "Ce serait le cinquième appel dans les 30 jours qui suivent le premier : au plus 4.",
        ],
        [
            "samedi",
            f"{date_en_clair(samedi)}, à 10 h 30",
            False,
            "Jamais le samedi, le dimanche ni un jour férié.",
        ],
        ["pause", f"{date_en_clair(permis)}, à 13 h 30", False, "Pas d'appel entre 13 h et 14 h."],
        ["soir", f"{date_en_clair(permis)}, à 20 h 15", False, "Pas d'appel après 20 h."],
    ]
    ctx.rng.shuffle(options)
    return {"appels": [date_en_clair(a) for a in appels], "options": options}


def enonce(p):
    liste = "\n".join(f"- {a}" for a in p["appels"])
    return (
        "Hydralis vend aussi des pompes de relevage aux particuliers. Un particulier (mobile "
        "personnel, consentement préalable au démarchage téléphonique noté dans le CRM, pas de "
        "refus exprimé depuis) a déjà été appelé aux dates "
        "suivantes, toutes sans réponse :\n\n"
        + liste
        + "\n\nLe décret n° 2022-1313 du 13 octobre 2022 limite le démarchage des "
        "consommateurs aux jours ouvrés, de 10 h à 13 h et de 14 h à 20 h, et à **4 "
        "sollicitations au plus sur 30 jours** à compter de la première. **Quand pouvez-vous "
        "le rappeler ?**"
    )


def options(p):
    return [Option(*o) for o in p["options"]]
