"""Adapter la communication au canal : téléphone, face-à-face, réseau social."""

from autograder.moteur.formats import Classement, Element, tirer_par_categorie

TITRE = "Chaque canal a ses règles"
CRITERES = ("CT1.1",)
POINTS = 2
FORMAT = Classement(
    categories=(
        ("telephone", "Au téléphone"),
        ("face", "En face à face"),
        ("reseau", "Sur un réseau social (écrit)"),
    )
)

BANQUE = [
    (
        "t1",
        "Sourire en parlant et articuler : la voix porte tout le message.",
        "telephone",
        "au téléphone, sans image, la voix et le rythme font l'impression.",
    ),
    (
        "t2",
        "Annoncer la durée de l'échange dès le début (« Je vous prends deux minutes »).",
        "telephone",
        "l'interlocuteur, dérangé, accepte d'écouter s'il sait combien de temps.",
    ),
    (
        "t3",
        "Reformuler plus souvent, faute de voir les réactions de l'interlocuteur.",
        "telephone",
        "sans le non-verbal, on vérifie la compréhension par la parole.",
    ),
    (
        "t4",
        "Décrire un schéma en mots, puis proposer de l'envoyer par courriel pendant l'appel.",
        "telephone",
        "le téléphone n'a pas d'image : on la remplace par la description, puis par un envoi.",
    ),
    (
        "f1",
        "Observer le langage non verbal de l'acheteur et ajuster son argument.",
        "face",
        "le face-à-face est le seul canal où l'on voit les réactions en direct.",
    ),
    (
        "f2",
        "Montrer la pièce, la maquette ou une démonstration sur tablette.",
        "face",
        "la démonstration physique est la force du face-à-face.",
    ),
    (
        "f3",
        "Adapter sa tenue aux codes du site (chaussures de sécurité en usine).",
        "face",
        "l'image de l'entreprise passe aussi par la tenue et la posture.",
    ),
    (
        "r1",
        "Écrire pour être lu en trois secondes : une idée, un visuel, un lien.",
        "reseau",
        "sur un fil d'actualité, le lecteur décide en un coup d'œil.",
    ),
    (
        "r2",
        "Se rappeler que l'écrit reste et peut être partagé : relire avant de publier.",
        "reseau",
        "un écrit public engage l'entreprise durablement : c'est l'enjeu de l'écrit.",
    ),
    (
        "r3",
        "Répondre publiquement sous 24 heures à un commentaire, puis passer en message privé.",
        "reseau",
        "la réponse publique montre l'écoute ; le détail se règle en privé.",
    ),
    (
        "r4",
        "Ajouter un texte alternatif à l'image et des sous-titres à la vidéo.",
        "reseau",
        "l'accessibilité élargit l'audience (handicap visuel ou auditif, lecture sans le son).",
    ),
]


def generer(ctx):
    return {"elements": tirer_par_categorie(BANQUE, ctx.rng, 2, 1)}


def enonce(p):
    return (
        "Vous présenterez l'offre de maintenance d'Hydralis sur trois canaux. **Rangez chaque "
        "bonne pratique dans le canal où elle compte le plus.**"
    )


def elements(p):
    return [Element(*e) for e in p["elements"]]


def explication(p):
    return (
        "L'oral (téléphone, face-à-face) permet d'ajuster en direct mais s'oublie ; l'écrit "
        "(réseau social) se relit, se partage et reste : ce sont les enjeux différents de "
        "l'oral et de l'écrit."
    )
