"""Les réserves à la livraison : précises, écrites sur le bon, confirmées dans les 3 jours."""

from autograder.moteur.formats import ChoixMultiple, Option

TITRE = "Réserves à la livraison"
CRITERES = ()  # reconnaître des pratiques : voir la règle de data/exercices/README.md
POINTS = 1
FORMAT = ChoixMultiple()

BANQUE = [
    (
        "precises",
        "Écrire sur le bon de livraison, avant de signer, des réserves précises : « collecteur "
        "du skid enfoncé côté vanne 2 ; 4 colis reçus sur 5 ».",
        True,
        "Oui : seules des réserves précises et écrites sur le bon engagent le transporteur.",
    ),
    (
        "photos",
        "Photographier les dommages et l'emballage devant le chauffeur.",
        True,
        "Oui : les photos datées appuient les réserves.",
    ),
    (
        "lettre",
        "Confirmer les réserves au transporteur par lettre recommandée dans les 3 jours, "
        "jours fériés non compris.",
        True,
        "Oui : Code de commerce, art. L133-3 ; sans cette confirmation, l'action contre le "
        "transporteur s'éteint.",
    ),
    (
        "vague",
        "Écrire « sous réserve de déballage » sur le bon.",
        False,
        "Non : une réserve vague ou de principe n'a aucune valeur.",
    ),
    (
        "signer",
        "Signer sans réserve pour ne pas retenir le chauffeur, puis appeler Hydralis.",
        False,
        "Non : un bon signé sans réserve vaut réception conforme.",
    ),
    (
        "refus",
        "Refuser toute la livraison sans rien écrire.",
        False,
        "Non : le refus doit être motivé par écrit ; le matériel intact est utile à l'installation.",
    ),
]


def generer(ctx):
    ordre = [b[0] for b in BANQUE]
    ctx.rng.shuffle(ordre)
    return {"ordre": ordre}


def enonce(p):
    return (
        "Le skid arrive à la laiterie : un collecteur est enfoncé et il manque un colis sur cinq. "
        "M. Vernet vous appelle avant de signer le bon du transporteur. **Que lui conseillez-vous ?** "
        "(Cochez tout ce qui convient.)"
    )


def options(p):
    par_cle = {b[0]: b for b in BANQUE}
    return [Option(*par_cle[k]) for k in p["ordre"]]


def explication(p):
    return (
        "Réserves précises sur le bon, avant de signer ; preuves ; confirmation motivée au "
        "transporteur dans les 3 jours (C. com. L133-3)."
    )
