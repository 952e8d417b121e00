"""La date limite de paiement d'un acheteur public : à compter de la réception de la demande.

Critères : aucun. Appliquer un délai légal est une technique du cadre de la vente (voir
data/exercices/README.md, comme `cp6_proposition/echeance_45_jours`).
"""

import datetime as dt

from autograder.calculs import date_limite_paiement
from autograder.metier import marches_publics as mp
from autograder.moteur.formats import Choix, Option

TITRE = "L'échéance d'une facture publique"
CRITERES = ()  # aucun critère : une règle de date
POINTS = 1
FORMAT = Choix()

ACHETEURS = {
    "collectivite": ("une communauté d'agglomération", "30_jours"),
    "etat": ("un service de l'État", "30_jours"),
    "sante": ("un centre hospitalier (établissement public de santé)", "50_jours"),
}


def generer(ctx):
    rng = ctx.rng
    type_acheteur = rng.choice(sorted(ACHETEURS))
    facture = mp.tirer_date(rng, dt.date(2025, 2, 3), dt.date(2025, 10, 24))
    reception = facture + dt.timedelta(days=rng.randint(3, 9))
    return {
        "type": type_acheteur,
        "facture": facture.isoformat(),
        "reception": reception.isoformat(),
    }


def _d(jour):
    return f"{jour:%d/%m/%Y}"


def _dates(p):
    facture = dt.date.fromisoformat(p["facture"])
    reception = dt.date.fromisoformat(p["reception"])
    regle = ACHETEURS[p["type"]][1]
    autre = "30_jours" if regle == "50_jours" else "50_jours"
    return {
        "juste": date_limite_paiement(reception, regle),
        "depuis_facture": date_limite_paiement(facture, regle),
        "soixante": date_limite_paiement(reception, "60_jours"),
        "autre_delai": date_limite_paiement(reception, autre),
    }


def enonce(p):
    return (
        f"Hydralis a livré des pompes à {ACHETEURS[p['type']][0]}. La facture, datée du "
        f"{_d(dt.date.fromisoformat(p['facture']))}, est déposée sur le portail public de "
        "facturation ; l'acheteur est notifié de sa mise à disposition le "
        f"**{_d(dt.date.fromisoformat(p['reception']))}**. Le marché ne fixe pas de délai plus "
        "court. **Quelle est la date limite de paiement ?**"
    )


def options(p):
    dates = _dates(p)
    delai = ACHETEURS[p["type"]][1][:2]
    retours = {
        "juste": f"Juste : {delai} jours à compter de la réception de la demande de paiement "
        "(R2192-10 à R2192-12).",
        "depuis_facture": "Le délai d'un acheteur public court à compter de la réception de la "
        "demande de paiement, pas de la date de la facture.",
        "soixante": "60 jours, c'est le plafond du Code de commerce entre entreprises : un "
        "acheteur public a son propre délai.",
        "autre_delai": "30 jours pour l'État et les collectivités, 50 jours pour les "
        "établissements publics de santé : regardez qui achète.",
    }
    vues, opts = set(), []
    for cle in ("juste", "depuis_facture", "soixante", "autre_delai"):
        if dates[cle] in vues:
            continue
        vues.add(dates[cle])
        opts.append(
            Option(cle=cle, libelle=_d(dates[cle]), correct=cle == "juste", retour=retours[cle])
        )
    return sorted(opts, key=lambda o: o.libelle[6:] + o.libelle[3:5] + o.libelle[:2])


def explication(p):
    return (
        "Point de départ : la réception de la demande de paiement (ici, la notification du "
        "portail). Délai : 30 jours pour l'État et les collectivités territoriales, 50 jours "
        "pour un établissement public de santé."
    )
