"""L'ordre d'une séquence de marketing automation déclenchée par un téléchargement.

Critères : aucun : remettre dans l'ordre une séquence toute faite prouve une connaissance, pas
l'usage d'une plateforme d'automatisation pour recueillir des données (CP3.2).
"""

from autograder.moteur.formats import Classement, Element

TITRE = "Une séquence de marketing automation"
CRITERES = ()  # aucun critère : voir la docstring
POINTS = 2
FORMAT = Classement(
    categories=(
        ("e1", "1. Jour 0"),
        ("e2", "2. Jour 2"),
        ("e3", "3. Jour 7"),
        ("e4", "4. Selon le score"),
        ("e5", "5. Jour 30"),
    )
)

ETAPES = [
    (
        "remerciement",
        "E-mail automatique : merci, voici le guide téléchargé (et rien d'autre).",
        "e1",
        "On livre d'abord ce qui a été promis, aussitôt.",
    ),
    (
        "cas_client",
        "E-mail : un cas client du même secteur, chiffré, avec un lien vers une "
        "page « diagnostic ».",
        "e2",
        "On nourrit l'intérêt avec une preuve, sans vendre encore.",
    ),
    (
        "invitation",
        "E-mail : invitation au webinaire ou à la démonstration sur site.",
        "e3",
        "Une fois l'intérêt confirmé, on propose un engagement léger.",
    ),
    (
        "appel",
        "Le score dépasse le seuil (pages de prix vues, inscription) : alerte au "
        "commercial, qui appelle.",
        "e4",
        "Le passage à l'humain se fait sur un signal, pas avant.",
    ),
    (
        "reactivation",
        "Sans réaction : dernier e-mail « on garde le contact ? », puis sortie de la séquence.",
        "e5",
        "On clôt proprement : pas de relance sans fin, et l'opposition reste possible à chaque envoi.",
    ),
]


def generer(ctx):
    ordre = list(range(len(ETAPES)))
    ctx.rng.shuffle(ordre)
    return {"ordre": ordre}


def enonce(p):
    return (
        "Un responsable maintenance a téléchargé votre guide « Pompes et arrêts de ligne » "
        "sur le site (formulaire avec consentement). La plateforme de marketing automation "
        "déroule une séquence de 5 étapes. **Placez chaque étape à son moment.**"
    )


def elements(p):
    return [Element(*ETAPES[i]) for i in p["ordre"]]
