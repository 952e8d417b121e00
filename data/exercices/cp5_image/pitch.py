"""Construire son elevator pitch : cinq parties, dans le temps du format, adapté à la cible.

Format personnalisé : la réponse est le texte des cinq parties (un dictionnaire), saisi dans le
constructeur de pitch ; la note se recalcule sur ce texte (structure, durée estimée au nombre
de mots, vocabulaire de l'interlocuteur, preuve, appel à l'action), jamais sur l'horloge.
"""

from autograder.metier import pitch
from autograder.moteur import banque
from autograder.moteur.formats import Personnalise, ReponseInvalide

TITRE = "Votre elevator pitch"
CRITERES = ("CP5.1",)
POINTS = 4
FORMAT = Personnalise()

# Un pitch modèle par interlocuteur (une phrase par partie), complété par des phrases communes
# jusqu'à la durée du format : c'est la solution de référence, qui passe tous les contrôles.
MODELES = {
    "dirigeant": {
        "accroche": "Une heure d'arrêt de ligne coûte en moyenne 15 000 euros à une laiterie.",
        "probleme": "Vos pompes vieillissantes font peser un risque sur votre production et votre marge.",
        "solution": "Hydralis remplace et entretient vos pompes avec un contrat qui sécurise vos coûts.",
        "preuve": "Chez nos clients agroalimentaires, les arrêts ont baissé de 40 % en un an.",
        "appel": "Je vous propose un rendez-vous de trente minutes pour chiffrer votre retour sur investissement.",
    },
    "acheteur": {
        "accroche": "Et si votre prochaine pompe vous coûtait moins cher sur dix ans ?",
        "probleme": "Vous comparez des prix d'achat, mais la maintenance et l'énergie pèsent bien plus lourd.",
        "solution": "Hydralis vous garantit un prix ferme, un délai de livraison tenu et un seul contrat.",
        "preuve": "Sur dix ans, le coût total de nos clients est inférieur de 14 % à leur ancien fournisseur.",
        "appel": "Puis-je vous envoyer une comparaison chiffrée et fixer un rendez-vous la semaine prochaine ?",
    },
    "technicien": {
        "accroche": "Combien de fois cette année avez-vous démonté la même pompe ?",
        "probleme": "Les pannes imprévues compliquent votre maintenance et font chuter le rendement de la ligne.",
        "solution": "Nos pompes inox intègrent des capteurs qui envoient leurs données à votre supervision.",
        "preuve": "Rendement de 82 %, conformité à la norme EN 809 et 120 installations en service.",
        "appel": "Je vous propose une démonstration sur votre site avec votre équipe de maintenance.",
    },
    "utilisateur": {
        "accroche": "Une heure de nettoyage par pompe, chaque semaine : et si c'était dix minutes ?",
        "probleme": "Le démontage actuel est long, pénible et pose des questions de sécurité.",
        "solution": "Notre pompe se démonte sans outil, simple et facile à nettoyer au quotidien.",
        "preuve": "Dans une laiterie cliente, le nettoyage est passé de 60 à 10 minutes par pompe.",
        "appel": "Je vous propose un essai d'une semaine sur votre ligne, avec une formation de l'équipe.",
    },
}
COMPLEMENTS = [
    (
        "probleme",
        "Les exigences d'hygiène et d'économie d'énergie se renforcent chaque année dans votre secteur.",
    ),
    (
        "solution",
        "Nos techniciens interviennent sous quarante-huit heures dans toute la région, avec les pièces courantes en stock.",
    ),
    ("preuve", "Hydralis conçoit et fabrique ses pompes à Lyon depuis plus de vingt ans."),
    (
        "solution",
        "Le contrat de maintenance préventive planifie les visites pour ne jamais arrêter votre production.",
    ),
    (
        "probleme",
        "Chaque panne mobilise votre équipe, retarde les livraisons et coûte cher en pièces urgentes.",
    ),
    (
        "preuve",
        "Notre certification ISO 50001 atteste une démarche mesurée d'efficacité énergétique.",
    ),
    (
        "solution",
        "Nous dimensionnons chaque pompe à votre besoin réel, ni trop grande ni trop petite, pour réduire la consommation.",
    ),
    (
        "probleme",
        "Les pompes surdimensionnées consomment jusqu'à un tiers d'énergie de trop sans que personne ne le voie.",
    ),
    (
        "preuve",
        "Une coopérative laitière de la région a réduit sa facture d'électricité de pompage de 22 % en un an.",
    ),
    (
        "solution",
        "Un interlocuteur unique suit votre installation, du premier diagnostic jusqu'aux visites annuelles.",
    ),
    (
        "accroche",
        "Je suis négociateur technico-commercial chez Hydralis, fabricant lyonnais de pompes industrielles.",
    ),
    (
        "solution",
        "Nous formons aussi vos équipes pour qu'elles gardent la maîtrise de leurs équipements au quotidien.",
    ),
    ("preuve", "Nos clients renouvellent leur contrat de maintenance à plus de 90 % chaque année."),
]


def generer(ctx):
    d = ctx.donnees
    return {"interlocuteur": d["interlocuteur"], "format": d["format"], "situation": d["situation"]}


def enonce(p):
    secondes, nom = pitch.FORMATS[p["format"]]
    bas, haut = pitch.fenetre(p["format"])
    cible, vocabulaire = pitch.VOCABULAIRE[p["interlocuteur"]]
    situation = banque.charger_contexte("cp5_image").SITUATIONS[p["situation"]]
    return (
        f"Construisez votre pitch de **{nom}** pour présenter Hydralis {situation}. Votre "
        f"interlocuteur : **{cible}**. Remplissez les cinq parties (accroche, problème du client, solution et valeur, preuve, appel à l'action). "
        f"À {pitch.DEBIT_MOTS_MINUTE} mots par minute, visez entre {pitch.mots_pour(bas)} et "
        f"{pitch.mots_pour(haut)} mots en tout ({round(bas)} à {round(haut)} s). Parlez le "
        f"langage de votre interlocuteur (au moins {pitch.MOTS_CIBLE_MIN} mots de ses "
        f"préoccupations, par exemple : {', '.join(vocabulaire[:5])}). Le panneau sous le texte "
        "se met à jour quand vous quittez une zone ; le chronomètre sert à répéter à voix haute."
    )


def lire(p, brute):
    if not isinstance(brute, dict):
        raise ReponseInvalide(
            "Réponse attendue : le texte des cinq parties du pitch, saisi dans le constructeur "
            "ci-dessus."
        )
    parties = {}
    for cle, libelle, _ in pitch.PARTIES:
        texte = brute.get(cle)
        if texte is None:
            texte = ""
        if not isinstance(texte, str):
            raise ReponseInvalide(f"Partie « {libelle} » : du texte est attendu.")
        if len(texte) > pitch.LONGUEUR_MAX:
            raise ReponseInvalide(
                f"Partie « {libelle} » : {len(texte)} caractères, c'est trop pour un pitch "
                f"(au plus {pitch.LONGUEUR_MAX}). Votre réponse précédente est conservée."
            )
        parties[cle] = texte.strip()
    if pitch.compter_mots(pitch.texte_complet(parties)) == 0:
        raise ReponseInvalide("Pitch vide : écrivez au moins une partie avant de vérifier.")
    return parties


def noter(p, reponse):
    if not isinstance(reponse, dict):
        raise TypeError("pitch answer must be a dict")
    analyse = pitch.analyser(reponse, p["interlocuteur"], p["format"])
    reussis = sum(c.ok for c in analyse.controles)
    message = (
        f"Pitch de {pitch.en_mots(analyse.nb_mots)}, environ {round(analyse.duree)} s à l'oral : "
        f"{reussis} contrôle{'s' if reussis > 1 else ''} réussi{'s' if reussis > 1 else ''} sur "
        f"{len(analyse.controles)}."
    )
    details = [f"{'✅' if c.ok else '❌'} {c.libelle} — {c.conseil}" for c in analyse.controles]
    return analyse.score, message, details


def solution(p):
    parties = dict(MODELES[p["interlocuteur"]])
    bas, haut = pitch.fenetre(p["format"])
    cible = pitch.mots_pour((bas + haut) / 2)
    for cle, phrase in COMPLEMENTS:
        if pitch.compter_mots(pitch.texte_complet(parties)) >= cible:
            break
        parties[cle] = f"{parties[cle]} {phrase}"
    return parties


def saisie(p, valeur, enregistrer):
    from autograder.widgets.pitch import constructeur

    return constructeur(p["interlocuteur"], p["format"], valeur, enregistrer)


def explication(p):
    return (
        "Un pitch efficace : une accroche qui concerne l'interlocuteur, SON problème, la valeur "
        "de la solution pour lui, une preuve vérifiable, et une prochaine étape concrète — le "
        "tout dans le temps donné. Dites-le à voix haute avec le chronomètre."
    )


def reponse_fausse(p):
    """A greeting and nothing else: no structure, far too short (for the generic tests)."""
    return {"accroche": "Bonjour, je m'appelle Paul et je vends des pompes."}
