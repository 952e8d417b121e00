"""Construire un persona à partir de ses données CRM (CP3.3).

Format personnalisé : la réponse est la fiche persona (un texte par rubrique), remplie dans un
formulaire ; chaque rubrique s'appuie sur un chiffre cité des données de l'apprenant. Les contrôles
de `autograder.metier.persona` vérifient ce que les données peuvent vérifier ; le rôle dans le
centre d'achat et ce qui est rédigé sont appréciés par le formateur (barème de la réponse rédigée
du § 6, qui reprend cette fiche).
"""

from autograder.metier import persona
from autograder.moteur.formats import Personnalise, ReponseInvalide
from autograder.moteur.nombres import nombre

TITRE = "Votre persona, construit à partir des données"
CRITERES = ("CP3.3",)
POINTS = 4
FORMAT = Personnalise()
DONNEES = ("commandes", "contacts", "opportunites")


def generer(ctx):
    stats = persona.statistiques(ctx.donnees)
    return {"stats": stats, "appuis": persona.soutenus(stats), "choix": persona.options(stats)}


def enonce(p):
    return (
        "Construisez **le persona de l'entreprise à prospecter en priorité**, à partir de vos "
        "données (classeur : feuilles « Commandes », « Contacts » et « Opportunités », qui "
        "donnent toutes le secteur de l'entreprise ; un tableau croisé dynamique compte par "
        "secteur). Chaque rubrique s'appuie sur un chiffre que vous citez :\n\n"
        f"1. **le segment** : un secteur que les chiffres désignent (parmi les "
        f"{persona.RANG_SOUTIEN} premiers en panier moyen, sur au moins "
        f"{persona.MIN_COMMANDES} commandes, ou en CA HT), avec son panier moyen ;\n"
        "2. **l'interlocuteur** : sa fonction, son rôle dans le centre d'achat, et le nombre de "
        "contacts de cette fonction dans le segment ;\n"
        "3. **ses besoins** : le produit le plus demandé par le segment (toutes ses "
        "opportunités), sa part, et ces besoins dits en une ou deux phrases ;\n"
        "4. **l'objection probable** : le motif de perte le plus fréquent du segment (ses "
        "opportunités perdues), sa part, et l'objection telle qu'il la dirait ;\n"
        "5. **le canal** : le canal préféré le plus fréquent chez les contacts du segment, et sa "
        "part.\n\n"
        "Les parts se tapent en % (42 pour 42 %), à 1 point près ; le panier moyen en euros, à "
        "1 % près. Tout est enregistré à chaque changement, même une fiche incomplète ; le "
        "message sous le formulaire dit ce qui manque."
    )


def lire(p, brute):
    try:
        return persona.lire(brute, p["choix"])
    except persona.FicheInvalide as exc:
        raise ReponseInvalide(str(exc)) from None


def noter(p, reponse):
    if not isinstance(reponse, dict):
        raise TypeError("persona answer must be a dict")
    controles = persona.controler(reponse, p["stats"], p["appuis"])
    reussis = sum(c.ok for c in controles)
    message = (
        f"Fiche persona : {reussis} contrôle{'s' if reussis > 1 else ''} réussi"
        f"{'s' if reussis > 1 else ''} sur {persona.NB_CONTROLES}."
    )
    details = [f"{'✅' if c.ok else '❌'} {c.libelle} — {c.conseil}" for c in controles]
    return persona.score(controles), message, details


def _fiche(p, secteur):
    st = p["stats"][secteur]
    fonction = persona.les_plus_frequents(st["fonctions"])[0]
    produit = persona.les_plus_frequents(st["produits"])[0]
    motif = persona.les_plus_frequents(st["motifs"])[0]
    canal = persona.les_plus_frequents(st["canaux"])[0]
    return {
        "secteur": secteur,
        "panier": nombre(st["panier"], 2),
        "fonction": fonction,
        "role_achat": "prescripteur",
        "nb_fonction": str(st["fonctions"][fonction]),
        "produit": produit,
        "part_produit": nombre(persona.part(st["produits"], produit), 1),
        "besoins": f"Fiabiliser ses installations avec une offre de type {produit}, "
        "sans arrêter la production.",
        "objection": motif,
        "part_objection": nombre(persona.part(st["motifs"], motif), 1),
        "objection_texte": f"« Votre offre ne nous convient pas : {motif}. » Je prépare "
        "une réponse chiffrée.",
        "canal": canal,
        "part_canal": nombre(persona.part(st["canaux"], canal), 1),
    }


def solution(p):
    meilleur = max(p["appuis"], key=lambda s: p["stats"][s]["panier"])
    return _fiche(p, meilleur)


def reponse_fausse(p):
    """A sector no figure supports, its figures taken from another sector (for the generic tests)."""
    autres = [s for s in p["stats"] if s not in p["appuis"]]
    fiche = _fiche(p, solution(p)["secteur"])
    fiche.update(secteur=autres[0], besoins="", objection_texte="")
    return fiche


def saisie(p, valeur, enregistrer):
    from autograder.widgets.persona import formulaire

    return formulaire(p["choix"], valeur, enregistrer)


def explication(p):
    return (
        "Un persona ne s'invente pas : on choisit le segment que les chiffres désignent, puis on "
        "lit, pour ce segment seulement, la fonction des contacts, les produits demandés, les "
        "motifs de perte et les canaux préférés. Filtrez chaque feuille sur le secteur choisi, "
        "comptez par valeur et rapportez au total du segment."
    )
