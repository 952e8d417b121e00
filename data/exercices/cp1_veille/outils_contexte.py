"""Choisir des outils de veille adaptés au contexte d'Hydralis et à l'objectif visé."""

from autograder.moteur.formats import ChoixMultiple, Option

TITRE = "Des outils de veille adaptés au contexte"
CRITERES = ("CP1.1",)
POINTS = 2
FORMAT = ChoixMultiple()

OUTILS = {
    "alertes": "Des alertes de moteur de recherche sur des mots-clés choisis",
    "rss": "Un agrégateur de flux RSS (presse spécialisée, sites institutionnels)",
    "social": "Un outil d'écoute des réseaux sociaux",
    "salons": "La visite de salons professionnels et de conférences",
    "crm": "Les comptes rendus de visite saisis dans le CRM par les commerciaux",
    "officiel": "L'abonnement aux publications officielles (Journal officiel, normes)",
    "ia": "Un assistant d'intelligence artificielle pour résumer les documents collectés",
    "agence": "Un cabinet de veille externe à 40 000 € par an",
    "panel": "Un panel de consommateurs grand public",
}

OBJECTIFS = [
    {
        "cle": "concurrents",
        "texte": "suivre les offres, les prix et les recrutements des concurrents",
        "bons": ["alertes", "social", "salons", "crm"],
    },
    {
        "cle": "reglementation",
        "texte": "anticiper les évolutions des normes et de la réglementation des pompes",
        "bons": ["rss", "officiel", "alertes"],
    },
    {
        "cle": "clients",
        "texte": "repérer les projets d'investissement des clients et prospects de la région",
        "bons": ["crm", "alertes", "salons", "rss"],
    },
    {
        "cle": "technologies",
        "texte": "repérer les innovations (capteurs connectés, rendement énergétique)",
        "bons": ["rss", "salons", "alertes", "ia"],
    },
]

RETOURS = {
    "agence": "disproportionné pour une PME de 48 salariés dont le budget de veille est de "
    "3 000 € par an.",
    "panel": "Hydralis vend à des entreprises (B2B) : un panel grand public ne renseigne pas "
    "sur ses clients.",
}


def generer(ctx):
    o = ctx.rng.choice(OBJECTIFS)
    return {"objectif": o["texte"], "bons": list(o["bons"])}


def enonce(p):
    return (
        "Hydralis est une PME lyonnaise de 48 salariés (six technico-commerciaux, pas de "
        "service veille, budget annuel de 3 000 €). Votre responsable veut **"
        f"{p['objectif']}**. **Cochez les outils adaptés à cet objectif et à ce contexte.**"
    )


def options(p):
    opts = []
    for cle, libelle in OUTILS.items():
        bon = cle in p["bons"]
        if cle in RETOURS:
            retour = RETOURS[cle]
        elif bon:
            retour = "adapté : il apporte des données utiles à cet objectif, à un coût supportable."
        else:
            retour = "utile pour d'autres objectifs, mais pas le plus pertinent pour celui-ci."
        opts.append(Option(cle, libelle, correct=bon, retour=retour))
    return opts
