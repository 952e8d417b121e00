"""Votre propre profil professionnel et une publication, dans le respect de la charte (CP5.2).

Format personnalisé : la réponse est le titre, le résumé et la publication de l'apprenant ; les
contrôles de `autograder.metier.profil` vérifient ce que dit la charte d'Hydralis et ses
consignes chiffrées. Le ton et la valeur pour le lecteur sont notés par le formateur (réponse
rédigée qui suit, avec l'aperçu du profil sous la cellule notée).
"""

from autograder.metier import profil
from autograder.moteur.formats import Personnalise, ReponseInvalide

TITRE = "Votre profil et votre publication"
CRITERES = ("CP5.2",)
POINTS = 4
FORMAT = Personnalise()


def generer(ctx):
    return profil.situation(ctx.rng)


def enonce(p):
    c = profil.consignes()
    return (
        "Créez **votre** profil professionnel de négociateur technico-commercial chez Hydralis, "
        f"puis une publication, dans le respect de la charte ci-dessus. Vous suivez les secteurs "
        f"**{p['secteurs'][0]}** et **{p['secteurs'][1]}**.\n\n"
        f"1. **Titre** du profil : {c['titre_caracteres_max']} caractères au plus, votre poste "
        "réel, l'entreprise et votre domaine ;\n"
        f"2. **Résumé** (rubrique « Infos ») : de {c['resume_mots'][0]} à {c['resume_mots'][1]} "
        "mots, qui vous êtes, quels clients vous accompagnez et ce que vous leur apportez ;\n"
        f"3. **Publication** : de {c['publication_mots'][0]} à {c['publication_mots'][1]} mots, "
        f"sur ce sujet : *{profil.consigne_sujet(p)}* Elle apporte quelque chose au lecteur, se "
        f"termine par une invitation à agir et porte de {c['mots_diese'][0]} à "
        f"{c['mots_diese'][1]} mots-dièse.\n\n"
        "Ce que la charte interdit de publier, même quand on vous le dit, est contrôlé aussi. "
        "Chaque contrôle dit ce qu'il faut corriger ; le ton et l'intérêt pour le lecteur sont "
        "appréciés par votre formateur."
    )


def lire(p, brute):
    try:
        return profil.lire(brute)
    except profil.ProfilInvalide as exc:
        raise ReponseInvalide(str(exc)) from None


def noter(p, reponse):
    if not isinstance(reponse, dict):
        raise TypeError("profile answer must be a dict")
    controles = profil.controler(reponse, p)
    reussis = sum(c.ok for c in controles)
    message = (
        f"Profil et publication : {reussis} contrôle{'s' if reussis > 1 else ''} réussi"
        f"{'s' if reussis > 1 else ''} sur {profil.NB_CONTROLES}."
    )
    if any(c.bloquant and not c.ok for c in controles):
        message += (
            " À ne pas publier en l'état : la charte l'interdit (la moitié des points au plus)."
        )
    details = [f"{'✅' if c.ok else '❌'} {c.libelle} — {c.conseil}" for c in controles]
    return profil.score(controles), message, details


SUJETS = {
    "salon": (
        "Rendez-vous au salon professionnel de l'eau, stand B12 : Hydralis y présente sa "
        "nouvelle pompe doseuse, pensée pour doser juste et consommer moins de réactifs.",
        "Venez nous voir au stand pour une démonstration, ou écrivez-moi pour réserver un créneau.",
    ),
    "certification": (
        "Hydralis vient d'obtenir la certification ISO 50001 : notre démarche d'efficacité "
        "énergétique est désormais vérifiée par un organisme indépendant.",
        "Écrivez-moi pour recevoir le détail de la démarche et en parler avec votre équipe.",
    ),
    "installation": (
        "Dans une laiterie de la région, le nettoyage d'une pompe est passé de 60 à 10 minutes "
        "grâce à nos pompes centrifuges inox démontables sans outil.",
        "Écrivez-moi pour organiser une démonstration sur votre ligne.",
    ),
    "webinaire": (
        "Hydralis organise un webinaire public et gratuit sur la maintenance prédictive des "
        "pompes, un jeudi de novembre à 11 h.",
        "Inscrivez-vous par le lien en commentaire, et posez-nous vos questions à l'avance.",
    ),
}


def solution(p):
    debut, appel = SUJETS[p["sujet"]]
    s1, s2 = p["secteurs"]
    return {
        "titre": "Négociateur technico-commercial chez Hydralis · pompes industrielles et "
        "maintenance",
        "resume": (
            f"J'accompagne les industriels des secteurs {s1} et {s2} dans le choix, la mise en "
            "service et la maintenance de leurs pompes. Mon rôle : comprendre vos contraintes de "
            "production, d'hygiène et d'énergie, puis vous proposer la solution juste, ni trop "
            "grande ni trop petite. Hydralis conçoit et fabrique ses pompes à Lyon, et nos "
            "techniciens interviennent sous quarante-huit heures dans toute la région."
        ),
        "publication": (
            f"{debut} Moins d'arrêts de production, moins d'énergie consommée, des équipes qui "
            "gagnent du temps au quotidien : c'est ce que nos clients nous disent attendre "
            f"d'abord. {appel}\n\n#pompes #maintenance #industrie"
        ),
    }


def reponse_fausse(p):
    """Confidential facts published (a red line): some credit at most, never full marks."""
    juste = solution(p)
    return juste | {
        "publication": f"Contrat signé avec {p['client']} : {p['montant']} € ! Le meilleur "
        "fournisseur de la région !!! #pompes"
    }


def saisie(p, valeur, enregistrer):
    from autograder.widgets.profil import formulaire

    return formulaire(valeur, enregistrer)


def apercu(p, reponse):
    return profil.apercu(reponse)


def explication(p):
    return (
        "Un profil se lit comme une carte de visite : un titre exact (poste, entreprise, "
        "domaine), un résumé tourné vers les clients. Une publication apporte une information "
        "utile, avec des faits vérifiables, et invite à agir ; ce que la charte protège (clients, "
        "montants, remises, données personnelles) ne se publie jamais."
    )
