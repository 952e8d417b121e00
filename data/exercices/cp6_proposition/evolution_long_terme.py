"""Adapter la proposition à l'évolution des besoins : la deuxième ligne dans trois ans."""

from autograder.metier import proposition
from autograder.moteur.formats import Choix, Option
from autograder.moteur.nombres import nombre, pourcent

TITRE = "Une station qui suit la croissance de la laiterie"
CRITERES = ("CP6.5", "CT2.5")
POINTS = 1
FORMAT = Choix()


def generer(ctx):
    d = ctx.donnees
    t = d["cas"]["technique"]
    futur = d["debit_requis"] * (1 + t["croissance_debit_a_terme"])
    ordre = list(range(4))
    ctx.rng.shuffle(ordre)
    return {
        "debit": d["debit_requis"],
        "croissance": t["croissance_debit_a_terme"],
        "annees": t["horizon_croissance_annees"],
        "aujourd_hui": d["pompes_en_service"],
        "a_terme": proposition.pompes_necessaires(
            futur, d["debit_pompe"], t["marge_securite_debit"]
        ),
        "ordre": ordre,
    }


def enonce(p):
    return (
        f"Si la deuxième ligne ouvre, le débit de pointe augmentera de "
        f"{pourcent(p['croissance'], 0)} dans {p['annees']} ans. Aujourd'hui, "
        f"{nombre(p['aujourd_hui'])} pompes en service suffisent. **Que proposez-vous ?**"
    )


def options(p):
    choix = [
        (
            "Un skid avec un emplacement et des raccordements réservés pour une pompe de plus, "
            "des variateurs, et une extension chiffrée en option dans l'offre.",
            f"À terme, il faudra {nombre(p['a_terme'])} pompes en service : l'extension se fera "
            "en un arrêt, sans racheter la station, et la laiterie connaît son coût dès aujourd'hui.",
        ),
        (
            f"Installer tout de suite {nombre(p['a_terme'])} pompes en service.",
            "Le projet n'est pas certain : c'est dépasser le budget voté et consommer plus "
            "pendant trois ans pour un besoin qui n'existe pas encore.",
        ),
        (
            "Dimensionner au plus juste et n'en parler qu'au moment de la nouvelle ligne.",
            "Il faudrait alors refaire la station : le besoin futur, confié par la cliente, doit "
            "être anticipé.",
        ),
        (
            "Promettre que les pompes actuelles suffiront en les faisant tourner plus vite.",
            "C'est techniquement faux au-delà du point de fonctionnement : la promesse sera intenable.",
        ),
    ]
    return [
        Option(cle=f"o{i}", libelle=choix[i][0], correct=i == 0, retour=choix[i][1])
        for i in p["ordre"]
    ]
