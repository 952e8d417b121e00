"""Les attestations à renouveler avant de les remettre à l'acheteur (attributaire pressenti).

Critères : aucun. Vérifier la validité de pièces administratives est une technique de la
procédure de réponse, pas une compétence du titre (voir data/exercices/README.md).
"""

import datetime as dt

from autograder.metier import marches_publics as mp
from autograder.moteur.formats import ChoixMultiple, Option

TITRE = "Les attestations à renouveler"
CRITERES = ()  # aucun critère : une technique
POINTS = 2
FORMAT = ChoixMultiple()

PIECES = {
    "vigilance": ("Attestation de vigilance de l'Urssaf", 6),
    "fiscale": ("Attestation de régularité fiscale", 6),
    "kbis": ("Extrait Kbis", 3),
}


def generer(ctx):
    rng = ctx.rng
    while True:
        remise = mp.tirer_date(rng, dt.date(2026, 4, 15), dt.date(2026, 11, 30))
        pieces = {}
        for cle, (_, mois) in PIECES.items():
            limite = mp.ajouter_mois(remise, -mois)  # issued on or before: too old
            emise = limite + dt.timedelta(days=rng.choice((-20, -9, -3, 4, 11, 25)))
            pieces[cle] = emise.isoformat()
        fin_assurance = remise + dt.timedelta(days=rng.choice((-12, -2, 15, 60)))
        pieces["assurance"] = fin_assurance.isoformat()
        p = {"remise": remise.isoformat(), "pieces": pieces}
        perimees = _perimees(p)
        if 1 <= len(perimees) <= 3:
            return p


def _d(iso):
    return f"{dt.date.fromisoformat(iso):%d/%m/%Y}"


def _fin(p, cle):
    """First day the piece is no longer accepted (too old, or insurance ended)."""
    if cle == "assurance":
        return dt.date.fromisoformat(p["pieces"][cle]) + dt.timedelta(days=1)
    return mp.ajouter_mois(dt.date.fromisoformat(p["pieces"][cle]), PIECES[cle][1])


def _perimees(p):
    remise = dt.date.fromisoformat(p["remise"])
    return sorted(c for c in p["pieces"] if remise >= _fin(p, c))


def enonce(p):
    return (
        "Hydralis est l'attributaire pressenti d'un marché. L'acheteur lui demande de remettre, "
        f"au plus tard le **{_d(p['remise'])}**, une attestation de vigilance et une attestation "
        "de régularité fiscale **de moins de six mois**, un extrait Kbis **de moins de trois "
        "mois** et une attestation d'assurance de responsabilité civile **en cours de validité**. "
        "Dans le dossier administratif d'Hydralis :\n\n"
        f"- attestation de vigilance de l'Urssaf émise le {_d(p['pieces']['vigilance'])} ;\n"
        f"- attestation de régularité fiscale émise le {_d(p['pieces']['fiscale'])} ;\n"
        f"- extrait Kbis émis le {_d(p['pieces']['kbis'])} ;\n"
        f"- attestation d'assurance valable jusqu'au {_d(p['pieces']['assurance'])}.\n\n"
        "**Cochez les pièces à renouveler avant la remise.**"
    )


def options(p):
    perimees = _perimees(p)
    libelles = {c: lib for c, (lib, _) in PIECES.items()}
    libelles["assurance"] = "Attestation d'assurance de responsabilité civile"
    opts = []
    for cle in ("vigilance", "fiscale", "kbis", "assurance"):
        fin = _fin(p, cle) - dt.timedelta(days=1)
        if cle in perimees:
            retour = f"Valable jusqu'au {fin:%d/%m/%Y} seulement : à renouveler avant le {_d(p['remise'])}."
        else:
            retour = f"Encore valable le {_d(p['remise'])} (jusqu'au {fin:%d/%m/%Y})."
        opts.append(Option(cle=cle, libelle=libelles[cle], correct=cle in perimees, retour=retour))
    return opts


def explication(p):
    return (
        "« De moins de six mois » à la date de remise : la pièce doit avoir été émise après la "
        "même date six mois plus tôt (trois mois pour le Kbis). Comptez en mois, pas en "
        "semaines de 30 jours ; l'assurance doit couvrir le jour de la remise."
    )
