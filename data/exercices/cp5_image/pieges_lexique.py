"""Les limites d'un lexique : quels avis le tri automatique lit-il de travers ?"""

from autograder.metier import ereputation
from autograder.moteur.formats import ChoixMultiple, Option
from autograder.moteur.nombres import nombre

TITRE = "Ce que le lexique ne voit pas"
CRITERES = ("CP5.3",)
POINTS = 2
FORMAT = ChoixMultiple()
DONNEES = ("avis",)

POURQUOI = {
    "ironie": "ironie : les mots sont positifs, le sens est négatif ; un lexique ne lit que les mots.",
    "implicite": "fait négatif sans mot chargé : seul un lecteur humain sait que c'est anormal.",
    "negation": "la règle de négation du lexique retourne bien le sens du mot qui suit.",
    None: "des mots sans ambiguïté : le lexique et les étoiles disent la même chose.",
}


def generer(ctx):
    avis = ereputation.scorer(ereputation.charger_avis()).drop_duplicates("texte")
    avis = avis[avis["note"] != 3]

    def tirer(masque, n):
        lignes = avis[masque]
        return [lignes.iloc[i] for i in ctx.rng.sample(range(len(lignes)), n)]

    mal_lus = tirer(avis["piege"].isin(["ironie", "implicite"]), 2)
    bien_lus = tirer(avis["piege"] == "negation", 2) + tirer(avis["piege"].isna(), 1)
    choisis = mal_lus + bien_lus
    ctx.rng.shuffle(choisis)
    return {
        "avis": [
            [
                r["id"],
                r["texte"],
                int(r["note"]),
                float(r["score"]),
                r["polarite"],
                r["piege"] if isinstance(r["piege"], str) else None,
            ]
            for r in choisis
        ]
    }


def enonce(p):
    return (
        "Le lexique du cours a noté ces avis (leurs étoiles sont entre parenthèses). **Cochez "
        "ceux qu'il classe mal**, c'est-à-dire ceux où sa polarité contredit les étoiles. "
        "Réfléchissez d'abord, puis vérifiez dans la colonne « Classement du lexique » du "
        "tableau « Avis clients »."
    )


def options(p):
    sortie = []
    for cle, texte, note, score, polarite, piege in p["avis"]:
        mal = polarite != ereputation.polarite_etoiles(note)
        retour = (
            f"score {nombre(score, 2)} (« {polarite} ») pour {note} étoile"
            f"{'s' if note > 1 else ''} — {POURQUOI[piege]}"
        )
        sortie.append(Option(cle, f"{texte} ({note} ★)", mal, retour))
    return sortie


def explication(p):
    return (
        "Un lexique repère vite les avis à lire, mais il ne comprend ni l'ironie ni les faits "
        "sans mot chargé : la surveillance de l'e-réputation finit toujours par une lecture "
        "humaine des avis négatifs ou douteux."
    )
