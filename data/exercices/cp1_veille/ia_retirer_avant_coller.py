"""Repérer, dans un brouillon de consigne, ce qu'il faut retirer avant de le coller dans un outil d'IA."""

from autograder.metier import veille_ia
from autograder.moteur.formats import ChoixMultiple, Option

TITRE = "Ce qu'on retire avant de coller"
CRITERES = ()  # repérer dans un texte donné : une connaissance des règles, pas une production
POINTS = 2
FORMAT = ChoixMultiple()


def generer(ctx):
    d = veille_ia.donnees()
    contact = ctx.rng.choice(d["contacts"])
    client = ctx.rng.choice(d["clients"])
    remise = ctx.rng.choice([8, 10, 12, 15])
    prix = ctx.rng.randrange(3800, 9600, 50)
    mois = ctx.rng.choice([24, 36, 48])
    ordre = list(range(8))
    ctx.rng.shuffle(ordre)
    return {
        "ordre": ordre,
        "prenom": contact["prenom"],
        "nom": contact["nom"],
        "fonction": contact["fonction"],
        "client": client["nom"],
        "segment": client["segment"],
        "ville": client["ville"],
        "remise": remise,
        "prix": prix,
        "mois": mois,
        "courriel": f"{contact['prenom'][0].lower()}.{contact['nom'].lower()}@exemple.fr",
    }


def _morceaux(p):
    prix = f"{p['prix']:,}".replace(",", "\u202f")
    morceaux = [
        ("nom", f"{p['prenom']} {p['nom']}, {p['fonction']}", True,
         "nom d'une personne : donnée personnelle, à retirer (RGPD, minimisation)."),
        ("courriel", p["courriel"], True, "courriel nominatif : donnée personnelle, à retirer."),
        ("client", f"chez {p['client']}", True,
         "le nom du client, avec ses prix et son contrat, révèle une affaire confidentielle : "
         "« un client » suffit."),
        ("prix", f"prix net de {prix}\u00a0€ HT la pompe, remise de {p['remise']}\u00a0%", True,
         "prix net et remise : secret des affaires, jamais dans un outil public."),
        ("contrat", f"contrat de maintenance exclusif de {p['mois']} mois, pénalités de retard "
         "incluses", True, "clauses d'un contrat en cours : confidentielles."),
        ("segment", p["segment"], False,
         "le type de client, sans nom, décrit le besoin sans identifier personne : il peut rester."),
        ("besoin", "besoin : réduire la consommation électrique de ses pompes", False,
         "le besoin, sans nom, est l'information utile : il reste."),
        ("norme", "règlement européen d'écoconception des pompes à eau", False,
         "texte public : il peut rester."),
    ]  # fmt: skip
    return [morceaux[i] for i in p["ordre"]]


def enonce(p):
    texte = " ; ".join(lib for _, lib, _, _ in _morceaux(p))
    return (
        "Un collègue a préparé ce brouillon de consigne pour un assistant d'IA **public** :\n\n"
        f"> « Rédige un argumentaire à partir de ces éléments : {texte}. »\n\n"
        "**Cochez les éléments à retirer (ou à remplacer par une mention neutre) avant de "
        "coller le texte.**"
    )


def options(p):
    return [Option(c, lib, ok, r) for c, lib, ok, r in _morceaux(p)]


def explication(p):
    return (
        "On garde ce qui décrit le besoin sans identifier personne (type de client, besoin, "
        "textes publics). On retire les données personnelles (nom, courriel : RGPD, art. 5 et 6) "
        "et ce qui relève du secret des affaires (nom du client lié à ses prix, remise, contrat)."
    )
