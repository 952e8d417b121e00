"""L'appel de prospection téléphonique de l'épreuve (RE § 3.1) : franchir le barrage du standard
honnêtement, obtenir le nom et la fonction du décideur, traiter ses objections et prendre un
rendez-vous daté, situé, minuté et reformulé. Le widget enregistre chaque réplique ; la correction
rejoue toute la transcription.

Critères : aucun (CRITERES = ()), après examen de chacun.
- CP3.4 « L'entreprise prospect est contactée par le canal le plus approprié par rapport à son
  persona » : le canal est imposé (le téléphone) ; l'apprenant ne le choisit pas.
- CT1.2 « La communication orale est adaptée au contexte et au destinataire » et CT1.3 (le temps
  alloué) : l'apprenant choisit et tape ses répliques, il ne parle pas ; le temps est indiqué et un
  appel de plus de 15 minutes signalé, mais l'appel est noté quel que soit le temps. L'oral, sa
  forme et sa durée, reste évalué par le jury qui joue les interlocuteurs.
- CP3.1 (données recueillies) et CP3.5 (fichier qualifié) : l'appel ne recueille pas de besoins et
  ne met pas à jour de fichier ici.
"""

from autograder.metier.telephone import appel as tel
from autograder.metier.telephone.cas import charger_cas, lister_cas
from autograder.moteur.formats import Personnalise

TITRE = "Appel de prospection : obtenir le décideur et un rendez-vous"
CRITERES = ()  # aucun critère : voir la docstring et la règle de data/exercices/README.md
POINTS = 4
FORMAT = Personnalise()


def generer(ctx):
    # melange: this learner's order of the replies (the best one is not always listed first)
    return {"cas": ctx.rng.choice(lister_cas()), "melange": ctx.rng.getrandbits(32)}


def _cas(p):
    return charger_cas(p["cas"])


def enonce(p):
    c = _cas(p)
    return (
        f"**Appel de prospection (15 minutes, comme à l'épreuve).** Vous êtes "
        f"{c['vendeur']['prenom']} {c['vendeur']['nom']}, de {c['vendeur']['entreprise']}. Vous "
        f"appelez {c['entreprise']} ({c['ville']}) : obtenez l'identité du responsable à "
        "contacter, puis un rendez-vous avec lui ou elle. Choisissez vos répliques et tapez les "
        "phrases demandées (présentation, deux créneaux, reformulation du rendez-vous). Chaque "
        "réplique est notée de 0 à 2 points ; le rendez-vous rapporte ses points s'il est "
        "valable (jour ouvré, heures de bureau, dans les trois semaines) et reformulé en entier. "
        "Le chronomètre démarre à votre première réplique ; l'appel est noté quel que soit le "
        "temps, et sa durée est indiquée."
    )


def lire(p, brute):
    return tel.lire(brute)


def noter(p, reponse):
    return tel.noter(_cas(p), reponse)


def solution(p):
    return {"etapes": tel.meilleur_parcours(_cas(p))}


def reponse_fausse(p):
    """A stored answer worth 0 (for the generic « wrong answer » tests)."""
    return {"etapes": tel.pire_parcours(_cas(p))}


def saisie(p, valeur, enregistrer):
    from autograder.moteur.seance import mode_correction
    from autograder.widgets.telephone import appel

    # The exam countdown: its start is saved with the call's answer.
    return appel(
        _cas(p), valeur, enregistrer, p.get("melange"), examen=True, retours=mode_correction()
    )


def explication(p):
    return (
        "Au standard : présentez-vous en une phrase (prénom, entreprise, motif), demandez "
        "précisément le nom et la fonction du responsable, faites du standard un allié et ne "
        "mentez jamais sur une relation qui n'existe pas. Au décideur : rebondissez sur chaque "
        "objection par une question ou une preuve, proposez deux créneaux précis, puis "
        "reformulez le rendez-vous : jour, heure, lieu, durée et participants."
    )
