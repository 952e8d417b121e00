"""La négociation en face à face de l'épreuve (RE § 3.1 : « pour amener le prospect à signer le bon
de commande ou, a minima, à fixer un rendez-vous ultérieur de conclusion »), sur le prospect d'un
contexte de l'étude de cas écrite : cadrer l'entretien, reformuler les besoins, présenter la
solution, annoncer et défendre le prix, échanger des concessions contre des contreparties dans la
loi, conclure. Le widget enregistre chaque coup ; la correction rejoue toute la transcription et
refait le bon de commande à partir de ce que l'acheteur a réellement accepté.

Critères : aucun (CRITERES = ()), après examen de chacun.
- CP7.1 « La négociation de la solution répond aux attentes de l'entreprise prospect/cliente » : les
  attentes de l'acheteur sont des seuils cachés du simulateur ; l'accord les atteint ou non, mais
  la plupart des répliques sont choisies parmi des énoncés tout faits. L'exercice « simulation »
  du carnet évalue déjà ce critère sur les offres chiffrées de l'apprenant.
- CP7.6 (l'argumentation) et CP7.7 (les objections traitées de manière factuelle) : l'apprenant
  choisit l'argumentation et la réponse à l'objection parmi des propositions ; juger n'est pas faire.
- CT3.2, CT3.4 et CT1.2, CT1.3 : l'échange est tapé et cliqué, pas parlé ; le temps est indiqué
  mais non noté. L'oral et la conduite de l'échange restent jugés par le jury qui joue l'acheteur.
"""

import functools

from autograder.metier.commande import note
from autograder.metier.commande.cas import MAX_PROPOSITIONS, construire
from autograder.metier.examen import contextes
from autograder.moteur.formats import Personnalise
from autograder.moteur.nombres import euros
from autograder.moteur.texte import de

TITRE = "Négociation en face à face : jusqu'au bon de commande"
CRITERES = ()  # aucun critère : voir la docstring et la règle de data/exercices/README.md
POINTS = 5
FORMAT = Personnalise()


def generer(ctx):
    ids = sorted(contextes.contextes())
    return {
        "contexte": ctx.rng.choice(ids),
        "graine": ctx.rng.getrandbits(32),
        "melange": ctx.rng.getrandbits(32),
    }


@functools.lru_cache(maxsize=32)
def _construire(ident: str, graine: int) -> dict:
    return construire(contextes.contexte(ident), graine)


def _cas(p):
    return _construire(p["contexte"], p["graine"])


def enonce(p):
    c = _cas(p)
    cl = c["client"]
    return (
        f"**Négociation en face à face (60 minutes, comme à l'épreuve).** Vous êtes "
        f"{c['vendeur']['prenom']} {c['vendeur']['nom']}, {de(c['vendeur']['entreprise'])}. Vous "
        f"rencontrez {cl['contact']['nom']} ({cl['entreprise']}) pour présenter votre proposition "
        f"de {euros(c['catalogue_ht'])} HT et la négocier. Cadrez l'entretien, reformulez les "
        "besoins, présentez la solution puis le prix (méthode du sandwich), traitez l'objection, "
        f"puis faites jusqu'à {MAX_PROPOSITIONS} propositions conditionnelles : **toute "
        "concession se paie d'une contrepartie**, la remise reste dans votre délégation et le délai "
        "de paiement dans la loi. Reformulez l'accord et concluez : le bon de commande signé "
        "rapporte le plus, un rendez-vous de conclusion avec le décideur rapporte moins. Le "
        "chronomètre démarre à votre premier coup ; l'entretien est noté quel que soit le temps."
    )


def lire(p, brute):
    return note.lire(brute)


def noter(p, reponse):
    return note.noter(_cas(p), reponse)


def solution(p):
    return {"etapes": note.meilleur_parcours(_cas(p))}


def reponse_fausse(p):
    """A stored answer worth 0 (for the generic « wrong answer » tests)."""
    return {"etapes": note.pire_parcours(_cas(p))}


def saisie(p, valeur, enregistrer):
    from autograder.moteur.seance import mode_correction
    from autograder.widgets.commande import negociation

    return negociation(
        _cas(p), valeur, enregistrer, p.get("melange"), examen=True, retours=mode_correction()
    )


def explication(p):
    return (
        "Posez la valeur avant le prix : cadrez, reformulez les besoins, argumentez besoin par "
        "besoin avec une preuve, puis annoncez le prix entre deux bénéfices. Devant l'objection, "
        "faites-la préciser et comparez le coût complet. Ne cédez jamais sans contrepartie "
        "(« si vous…, alors je… »), restez dans votre délégation et dans le plafond légal de "
        "paiement, reformulez l'accord, puis demandez la signature."
    )
