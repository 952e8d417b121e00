"""Ce qui peut être collé dans un outil d'IA public, ce qu'on anonymise d'abord, ce qui n'y va jamais."""

from autograder.metier import veille_ia
from autograder.moteur.formats import Classement, Element, tirer_par_categorie

TITRE = "Coller, anonymiser ou jamais ?"
CRITERES = ()  # classer des documents types : une connaissance des règles (RGPD, secret des affaires)
POINTS = 2
FORMAT = Classement(categories=tuple(tuple(c) for c in veille_ia.donnees()["categories_a_coller"]))


def generer(ctx):
    d = veille_ia.donnees()
    items = [(e["cle"], e["texte"], e["categorie"]) for e in d["a_coller"]]
    concurrents = [n for n in ctx.donnees["carte"]["acteur"] if n != "Hydralis"]
    return {
        "client": ctx.rng.choice(d["clients"])["nom"],
        "concurrent": ctx.rng.choice(concurrents),
        "items": tirer_par_categorie(items, ctx.rng, 2, 1),
    }


def enonce(p):
    return (
        "Vous voulez faire travailler un assistant d'IA **public** (compte gratuit, hors de tout "
        "contrat de l'entreprise) sur votre veille. **Classez chaque document** : peut-il être "
        "collé tel quel, faut-il d'abord l'anonymiser, ou ne doit-il jamais y aller ?"
    )


def elements(p):
    justif = {e["cle"]: e["justification"] for e in veille_ia.donnees()["a_coller"]}
    return [
        Element(cle, texte.format(client=p["client"], concurrent=p["concurrent"]), cat, justif[cle])
        for cle, texte, cat in p["items"]
    ]


def explication(p):
    return (
        "Public et sans donnée personnelle : on peut coller. Utile mais nominatif (un nom, un "
        "courriel, un téléphone) : on retire d'abord ce qui identifie la personne (RGPD, art. 5, "
        "minimisation). Confidentiel (prix nets, devis, contrat, fichier complet, identifiants) : "
        "jamais dans un outil public, même anonymisé, le client resterait reconnaissable."
    )
