"""Vendre sur un salon, négocier en visioconférence : les règles et les bonnes pratiques.

Critères : aucun : un quiz prouve une connaissance (voir data/exercices/README.md).

Sources (vérifiées le 7 décembre 2026) : C. consom., art. L. 224-59 à L. 224-62 et arrêté du
2 décembre 2014 (https://juriblio.fr/codes/code-de-la-consommation/partie-legislative-nouvelle/livre-ii/titre-ii/chapitre-iv/section-5,
https://inc-conso.fr/node/9032) ; C. consom., art. L. 221-3
(https://www.dalloz-actualite.fr/flash/quand-droit-de-consommation-protege-professionnels).
"""

from autograder.moteur.formats import ChoixMultiple, Option, tirer_options

TITRE = "Salon et visioconférence : les règles"
CRITERES = ()  # aucun critère : un quiz prouve une connaissance
POINTS = 2
FORMAT = ChoixMultiple()

BANQUE = [
    (
        "salon_retractation",
        "Un particulier qui achète sur un salon n'a pas de délai de "
        "rétractation, sauf exceptions (achat financé par un crédit affecté) : le vendeur doit "
        "l'en informer par un affichage visible.",
        True,
        "Exact (code de la consommation, articles L. 224-59 à L. 224-62 ; affichage fixé par "
        "l'arrêté du 2 décembre 2014).",
    ),
    (
        "tpe_hors_etablissement",
        "Une entreprise de 5 salariés au plus, démarchée hors "
        "établissement pour un achat hors de son activité principale, bénéficie de certaines "
        "protections des consommateurs, dont le délai de rétractation.",
        True,
        "Exact (code de la consommation, article L. 221-3) : pensez-y en prospectant les TPE.",
    ),
    (
        "salon_qualifier",
        "Sur un stand, on qualifie chaque visiteur en quelques questions "
        "(besoin, échéance, rôle) et on note la relance convenue, avant la fin de la journée.",
        True,
        "Exact : un lead de salon non qualifié ni relancé sous quelques jours est perdu.",
    ),
    (
        "visio_enregistrer",
        "En visioconférence, on annonce et on fait accepter "
        "l'enregistrement avant de le lancer, et on envoie un compte rendu après.",
        True,
        "Exact : informer les participants (RGPD) et laisser une trace écrite de ce qui est "
        "convenu.",
    ),
    (
        "salon_b2b_retractation",
        "Une entreprise qui signe un bon de commande de pompes sur un "
        "salon professionnel dispose toujours de 14 jours pour se rétracter.",
        False,
        "Faux : le délai de rétractation protège les consommateurs (et, par exception, certains "
        "très petits professionnels hors établissement), pas l'acheteur professionnel sur un salon.",
    ),
    (
        "visio_camera",
        "En visioconférence de négociation, couper sa caméra pour mieux se "
        "concentrer sur ses notes est recommandé.",
        False,
        "Faux : le visage porte la relation ; caméra à hauteur des yeux, et les notes à côté.",
    ),
    (
        "salon_tout_le_monde",
        "Sur un salon, on remet une documentation à chaque visiteur sans "
        "prendre le temps de le qualifier : le volume de contacts compte.",
        False,
        "Faux : le ROI d'un salon vient des leads qualifiés et relancés, pas du nombre de "
        "prospectus distribués.",
    ),
    (
        "visio_sans_ordre",
        "Une négociation à distance se passe d'ordre du jour : la "
        "visioconférence est plus informelle qu'un rendez-vous.",
        False,
        "Faux : l'ordre du jour envoyé avant, et rappelé au début, est encore plus utile à "
        "distance.",
    ),
]


def generer(ctx):
    return {"options": tirer_options(BANQUE, ctx.rng, justes=2, fausses=2)}


def enonce(p):
    return (
        "Vous tiendrez le stand d'Hydralis au salon de la filière, puis négocierez avec "
        "plusieurs prospects en visioconférence. **Cochez les affirmations exactes.**"
    )


def options(p):
    return [Option(*o) for o in p["options"]]
