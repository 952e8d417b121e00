"""Trier les lignes d'un compte rendu de visite : fait, interprétation, engagement, prochaine étape.

CRITERES = () : classer des phrases données montre qu'on sait distinguer un fait d'une
interprétation ; CP8.5 (« comptes rendus clairs et exploitables par des tiers ») est évalué par
le compte rendu que l'apprenant rédige, dans la cellule corrigée par le formateur.
"""

from autograder.moteur.formats import Classement, Element, tirer_par_categorie

TITRE = "Les lignes d'un compte rendu de visite"
CRITERES = ()
POINTS = 2
FORMAT = Classement(
    categories=(
        ("fait", "Fait constaté"),
        ("interpretation", "Interprétation"),
        ("engagement", "Engagement"),
        ("etape", "Prochaine étape"),
    )
)

_FAIT = "Un fait se vérifie : qui a dit ou fait quoi, un chiffre, un document."
_INTERP = "C'est votre lecture de la situation : à signaler comme telle (« je pense que »)."
_ENGAGE = "Quelqu'un s'engage à faire quelque chose : qui, quoi, pour quand."
_ETAPE = "Le prochain contact, daté, qui fait avancer l'affaire."

BANQUE = [
    ("f1", "Le directeur financier confirme que les factures de juillet et d'août ne sont pas "
     "réglées.", "fait", _FAIT),
    ("f2", "Le client annonce un projet de deux pompes pour sa nouvelle ligne, en mars.", "fait",
     _FAIT),
    ("f3", "Leur principal client les paie désormais à 90 jours, d'après le directeur "
     "financier.", "fait", "C'est ce que le client a dit : un fait rapporté, avec sa source."),
    ("i1", "Le client semble en difficulté de trésorerie.", "interpretation", _INTERP),
    ("i2", "L'acheteur paraissait pressé de conclure avant la fin du trimestre.",
     "interpretation", _INTERP),
    ("i3", "Un concurrent leur a sans doute fait une offre plus basse.", "interpretation",
     _INTERP),
    ("e1", "Le client règle la facture la plus ancienne avant le 15 janvier.", "engagement",
     _ENGAGE),
    ("e2", "J'envoie au client une proposition d'échéancier sous 48 heures.", "engagement",
     _ENGAGE),
    ("e3", "Le service crédit étudie la demande de délai d'ici vendredi.", "engagement",
     _ENGAGE),
    ("p1", "Point téléphonique le 20 janvier à 10 h avec le directeur financier pour valider "
     "l'échéancier.", "etape", _ETAPE),
    ("p2", "Visite le 3 février pour présenter le devis des deux pompes, si l'échéancier est "
     "tenu.", "etape", _ETAPE),
]  # fmt: skip


def generer(ctx):
    return {"elements": tirer_par_categorie(BANQUE, ctx.rng, par_categorie=1, en_plus=2)}


def enonce(p):
    return (
        "Vous relisez vos notes de la visite chez un client en retard de paiement avant de "
        "rédiger le compte rendu. **Classez chaque ligne** : fait constaté, interprétation, "
        "engagement (qui fait quoi) ou prochaine étape (le prochain contact daté)."
    )


def elements(p):
    return [Element(*e) for e in p["elements"]]


def explication(p):
    return (
        "Un compte rendu exploitable par un tiers sépare les faits (vérifiables) de vos "
        "interprétations, et finit par les engagements et la prochaine étape datée."
    )
