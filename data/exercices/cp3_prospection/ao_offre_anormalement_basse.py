"""Les offres dont l'acheteur doit demander la justification (offre anormalement basse).

Critères : aucun. Appliquer le seuil de détection d'un règlement de consultation est une
technique ; la règle (demander des justifications avant tout rejet) est une connaissance.
"""

from autograder.metier import marches_publics as mp
from autograder.moteur.formats import ChoixMultiple, Option
from autograder.moteur.nombres import euros, pourcent

TITRE = "L'offre anormalement basse"
CRITERES = ()  # aucun critère : une règle appliquée
POINTS = 2
FORMAT = ChoixMultiple()
NOMS = (
    "Rhône Pompage",
    "Atelier des Fluides",
    "Maintenance Industrielle du Centre",
    "Hydralis",
    "Eaux et Pompes Services",
)


def generer(ctx):
    rng = ctx.rng
    while True:
        base = rng.randrange(90, 160) * 1000
        ecart = rng.choice((0.15, 0.2, 0.25))
        prix = {n: round(base * rng.uniform(0.9, 1.12), -2) for n in NOMS}
        bas = rng.sample([n for n in NOMS if n != "Hydralis"], rng.choice((1, 2)))
        for n in bas:
            prix[n] = round(base * rng.uniform(0.5, 0.72), -2)
        moyenne = sum(prix.values()) / len(prix)
        limite = moyenne * (1 - ecart)
        signales = mp.offres_a_justifier(prix, ecart)
        if signales and all(abs(p - limite) > 0.02 * limite for p in prix.values()):
            return {"prix": prix, "ecart": ecart}


def enonce(p):
    lignes = ["| Entreprise | Offre (HT) |", "|---|---:|"]
    lignes += [f"| {n} | {euros(v, 0)} |" for n, v in p["prix"].items()]
    return (
        "Lot de maintenance d'un appel d'offres : l'acheteur a publié les montants des offres "
        "reçues dans son rapport.\n\n"
        + "\n".join(lignes)
        + "\n\nLe règlement de la consultation précise : « toute offre inférieure de plus de "
        f"{pourcent(p['ecart'], 0)} à la moyenne des offres reçues fera l'objet d'une demande de "
        "justification ». **Cochez les offres concernées.**"
    )


def _limite(p):
    return sum(p["prix"].values()) / len(p["prix"]) * (1 - p["ecart"])


def options(p):
    signales = mp.offres_a_justifier(p["prix"], p["ecart"])
    limite = _limite(p)
    return [
        Option(
            cle=n,
            libelle=f"{n} ({euros(v, 0)})",
            correct=n in signales,
            retour=(
                f"Sous le seuil de détection ({euros(limite, 0)}) : l'acheteur lui demande de "
                "justifier son prix (R2152-3) ; il ne la rejette que si les justifications ne "
                "convainquent pas."
                if n in signales
                else f"Au-dessus du seuil de détection ({euros(limite, 0)}) : pas de demande."
            ),
        )
        for n, v in p["prix"].items()
    ]


def explication(p):
    return (
        f"Moyenne de toutes les offres reçues, puis seuil = moyenne × (1 − "
        f"{pourcent(p['ecart'], 0)}) = {euros(_limite(p), 0)}. Une offre sous ce seuil n'est pas "
        "rejetée d'office : l'acheteur exige d'abord des justifications."
    )
