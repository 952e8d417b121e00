"""Dire son pitch à voix haute, dans le temps alloué : un enregistrement audio.

Le pitch construit à l'exercice « pitch » (même interlocuteur, même format, tirés de la graine
de l'apprenant) est dit et enregistré ; la note automatique porte sur la seule durée, mesurée
dans le fichier : entre 75 % du format et le format plus 5 secondes (la règle du cours,
`autograder.metier.pitch.fenetre`). Le contenu de l'oral est noté par le formateur, qui écoute
le fichier (cellule rédigée notée à la main, barème dans le carnet source).
"""

from autograder.metier import pitch
from autograder.moteur import banque
from autograder.moteur.formats import Enregistrement

TITRE = "Votre pitch à l'oral, enregistré"
CRITERES = ("CT1.3",)
POINTS = 1
FORMAT = Enregistrement()


def generer(ctx):
    d = ctx.donnees
    return {"interlocuteur": d["interlocuteur"], "format": d["format"], "situation": d["situation"]}


def fenetre(p):
    return pitch.fenetre(p["format"])


def enonce(p):
    _, nom = pitch.FORMATS[p["format"]]
    bas, haut = fenetre(p)
    cible, _ = pitch.VOCABULAIRE[p["interlocuteur"]]
    situation = banque.charger_contexte("cp5_image").SITUATIONS[p["situation"]]
    return (
        f"Dites **à voix haute** le pitch de **{nom}** que vous avez construit ci-dessus, comme "
        f"{situation}, face à votre interlocuteur : **{cible}**. Parlez sans lire mot à mot : "
        f"votre enregistrement doit durer entre **{round(bas)} et {round(haut)} secondes**.\n\n"
        "1. Cliquez sur « Enregistrer » (autorisez le micro si le navigateur le demande), dites "
        "votre pitch, puis cliquez sur « Arrêter ».\n"
        "2. Réécoutez-vous avec le lecteur ; recommencez autant de fois que vous voulez : un "
        "nouvel enregistrement remplace le précédent seulement une fois terminé.\n"
        "3. Cliquez sur « Vérifier » : la durée est mesurée dans le fichier.\n\n"
        "**Sans micro sur cet ordinateur** : enregistrez-vous avec le dictaphone de votre "
        "téléphone, transférez le fichier sur l'ordinateur, puis déposez-le avec le bouton "
        "« Déposer un fichier audio » (M4A, WAV, WebM ou Ogg, 30 Mo au plus).\n\n"
        "Le fichier est gardé à côté du carnet, dans le dossier `enregistrements/` : il est "
        "rendu avec votre devoir et votre formateur l'écoute pour noter le contenu."
    )


def explication(p):
    return (
        "Répétez avec le chronomètre du constructeur de pitch avant de vous enregistrer de "
        f"nouveau : à l'oral, un débit posé est d'environ {pitch.DEBIT_MOTS_MINUTE} mots par minute."
    )
