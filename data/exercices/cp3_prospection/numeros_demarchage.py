"""Loi Naegelen (n° 2020-901) et plan de numérotation de l'Arcep : ce qui est exact.

Critères : aucun : un quiz prouve une connaissance (voir data/exercices/README.md).

Sources (vérifiées le 7 décembre 2026) :
- préfixes de démarchage : décision de l'Arcep n° 2022-1583 du 1er septembre 2022, en vigueur
  le 1er janvier 2023 (https://www.rtl.fr/actu/economie-consommation/demarchage-telephonique-la-liste-des-numeros-desormais-obligatoires-pour-vous-appeler-7900221082,
  https://www.tf1info.fr/conso/demarchage-telephonique-les-numeros-a-bloquer-pour-ne-plus-etre-harcele-2271924.html) ;
- authentification des numéros (MAN) : loi n° 2020-901, art. 10 (CPCE, art. L. 44), appels non
  authentifiés coupés depuis le 1er octobre 2024 (https://next.ink/152183/spam-telephonique-des-protections-renforcees-sur-les-appels-et-les-sms/) ;
- numéro masqué interdit : C. consom., art. L. 221-17
  (https://juriblio.fr/codes/code-de-la-consommation/partie-legislative-nouvelle/livre-ii/titre-ii/chapitre-ier/section-5) ;
- amendes : C. consom., art. L. 242-16, 75 000 € et 375 000 €
  (https://french-business-law.com/rench-legislation-art/article-l242-16-of-the-french-consumer-code) ;
- rénovation énergétique, consentement préalable depuis le 11 août 2026 : C. consom., art. L. 223-1
  modifié par la loi n° 2025-594 du 30 juin 2025 (https://legal.tricoteuses.fr/articles/LEGIARTI000051830285).
"""

from autograder.moteur.formats import ChoixMultiple, Option, tirer_options

TITRE = "Loi Naegelen et numéros de démarchage"
CRITERES = ()  # aucun critère : un quiz prouve une connaissance
POINTS = 2
FORMAT = ChoixMultiple()

BANQUE = [
    (
        "prefixes",
        "Les plateformes qui démarchent les consommateurs par des systèmes automatisés "
        "d'appel appellent depuis des numéros réservés par l'Arcep (en métropole : 01 62, 01 63, "
        "02 70, 02 71, 03 77, 03 78, 04 24, 04 25, 05 68, 05 69, 09 48, 09 49).",
        True,
        "Exact (plan de numérotation de l'Arcep, décision n° 2022-1583, en vigueur depuis le "
        "1er janvier 2023) : "
        "l'appelé reconnaît le démarchage à ces préfixes.",
    ),
    (
        "authentification",
        "La loi Naegelen oblige les opérateurs à authentifier le numéro "
        "affiché par l'appelant, pour lutter contre l'usurpation de numéros.",
        True,
        "Exact : c'est l'authentification des numéros citée par le REAC (mécanisme "
        "d'authentification des numéros, obligatoire depuis le 1er octobre 2024) : un "
        "appel au numéro non authentifié est coupé.",
    ),
    (
        "consommateur",
        "Les jours et heures du décret n° 2022-1313 protègent les consommateurs : "
        "l'appel à la ligne professionnelle d'un acheteur B2B n'y est pas soumis.",
        True,
        "Exact, mais les respecter reste une bonne pratique, et un mobile personnel relève "
        "des règles des consommateurs.",
    ),
    (
        "renovation",
        "La loi Naegelen interdit le démarchage téléphonique des consommateurs pour "
        "les travaux de rénovation énergétique.",
        True,
        "Exact (sauf contrat en cours ; code de la consommation, art. L. 223-1) : ce secteur "
        "concentrait les abus. Depuis le 11 août 2026, l'interdiction vise aussi l'adaptation "
        "des logements au vieillissement ou au handicap.",
    ),
    (
        "mobile",
        "Un commercial peut afficher le numéro de son mobile personnel pour une campagne "
        "d'appels automatisés : il sera plus souvent décroché.",
        False,
        "Faux : les numéros mobiles (06, 07) sont réservés aux communications entre personnes ; "
        "un système automatisé d'appel ne peut pas les utiliser.",
    ),
    (
        "masque",
        "Masquer son numéro augmente le taux de décroché et reste permis en démarchage.",
        False,
        "Faux : le démarcheur présente un numéro identifiable, qui permet de le rappeler "
        "(code de la consommation, art. L. 221-17).",
    ),
    (
        "bloctel_b2b",
        "Avant d'appeler le standard d'une entreprise, il faut toujours le passer "
        "au filtre de Bloctel.",
        False,
        "Faux : Bloctel et, depuis le 11 août 2026, le consentement préalable protègent les "
        "consommateurs, pas le standard d'une entreprise ; on respecte l'opposition exprimée "
        "par tout contact.",
    ),
    (
        "amende",
        "Les manquements au démarchage téléphonique ne sont passibles que d'un avertissement.",
        False,
        "Faux : la loi Naegelen a relevé les amendes administratives (jusqu'à 75 000 € pour "
        "une personne physique et 375 000 € pour une personne morale, code de la "
        "consommation, art. L. 242-16).",
    ),
]


def generer(ctx):
    return {"options": tirer_options(BANQUE, ctx.rng, justes=2, fausses=2)}


def enonce(p):
    return (
        "Vous préparez une campagne d'appels. **Cochez les affirmations exactes** sur la loi "
        "Naegelen (n° 2020-901 du 24 juillet 2020) et les numéros de démarchage."
    )


def options(p):
    return [Option(*o) for o in p["options"]]
