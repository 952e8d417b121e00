"""Elevator pitch : structure en cinq parties, durée estimée au nombre de mots, mots de la cible.

Un pitch se dit à l'oral : sa durée s'estime à partir du nombre de mots, au **débit de 150 mots
par minute** (le débit d'un échange vivant et répété, dans la fourchette du français parlé, 130 à
160 mots par minute ; 2,5 mots par seconde). L'exposé de l'examen se compte plus lentement,
à 130 mots par minute (``DEBIT_EXPOSE``) : il est long, ménage des pauses et s'appuie sur un
document qu'on montre. Trois formats : 30 secondes (un échange au salon,
l'ouverture d'un appel), 60 secondes (la présentation classique), 2 minutes (un rendez-vous qui
commence, une vidéo). Un pitch « tient dans son temps » s'il dure entre 75 % et 100 % du format,
plus 5 secondes de marge : trop court, il n'a rien dit ; trop long, il perd son interlocuteur.

La note ne dépend jamais de l'horloge : elle se calcule sur le texte (le chronomètre du widget
sert seulement à répéter à voix haute).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from autograder.moteur.controles import Controle
from autograder.moteur.texte import (  # noqa: F401  (part of the pitch API)
    DEBIT_EXPOSE,
    DEBIT_PITCH,
    MOT,
    compter_mots,
)

DEBIT_MOTS_MINUTE = DEBIT_PITCH
MARGE_SECONDES = 5
PART_MINIMALE = 0.75
FORMATS = {"30s": (30, "30 secondes"), "60s": (60, "60 secondes"), "2min": (120, "2 minutes")}
PARTIES = (
    ("accroche", "Accroche", "une phrase qui donne envie d'écouter (une question, un chiffre)"),
    ("probleme", "Problème du client", "le problème ou l'enjeu de CET interlocuteur"),
    ("solution", "Solution et valeur", "ce que vous apportez, dit en bénéfice pour lui"),
    ("preuve", "Preuve", "un chiffre relié à un bénéfice, un nombre de clients, une certification"),
    ("appel", "Appel à l'action", "la prochaine étape concrète que vous proposez"),
)
MOTS_MIN_PAR_PARTIE = 4
LONGUEUR_MAX = 1500  # caractères par partie : au-delà, ce n'est plus un pitch

# Les mots qui parlent à chaque interlocuteur (formes comparées sans accents ni majuscules).
VOCABULAIRE = {
    "dirigeant": (
        "Dirigeant (directeur général)",
        (
            "rentabilité",
            "retour sur investissement",
            "coût",
            "coûts",
            "stratégie",
            "risque",
            "risques",
            "croissance",
            "marge",
            "image",
            "compétitivité",
            "économies",
            "investissement",
        ),
    ),
    "acheteur": (
        "Acheteur",
        (
            "prix",
            "coût total",
            "délai",
            "délais",
            "conditions",
            "garantie",
            "contrat",
            "budget",
            "fournisseur",
            "paiement",
            "remise",
            "engagement",
        ),
    ),
    "technicien": (
        "Responsable technique",
        (
            "débit",
            "pression",
            "rendement",
            "norme",
            "normes",
            "maintenance",
            "fiabilité",
            "installation",
            "capteur",
            "capteurs",
            "données",
            "compatible",
            "performances",
        ),
    ),
    "utilisateur": (
        "Utilisateur (opérateur de production)",
        (
            "simple",
            "sécurité",
            "confort",
            "formation",
            "bruit",
            "quotidien",
            "facile",
            "ergonomie",
            "nettoyage",
            "démontage",
            "pénibilité",
        ),
    ),
}
MOTS_CIBLE_MIN = 2

# Call to action: a concrete next step (a meeting, a trial, a document sent…) or a date.
MOTS_APPEL = (
    "rendez-vous",
    "rencontrer",
    "rencontre",
    "démonstration",
    "visite",
    "essai",
    "appeler",
    "rappeler",
    "audit",
    "diagnostic",
    "envoyer",
    "envoie",
    "devis",
    "réserver",
    "planifier",
    "fixer",
    "fixons",
    "échantillon",
)
QUAND = re.compile(
    r"(?<!\w)(lundi|mardi|mercredi|jeudi|vendredi|demain|semaine prochaine|mois prochain"
    r"|d'ici \w+ (?:jours|semaines)|\d{1,2} ?h(?:\d{2})?)(?!\w)"
)
# Proof: a figure with its unit tied to a benefit, a count of references, or a certification.
NOMBRE = r"\d+(?:[ \u00a0\u202f.,]\d+)*"
UNITES = (
    r"%|pour ?cent|€|k€|euros?|kwh|mwh|kw|h|heures?|min|minutes?|secondes?|jours?|semaines?|mois"
    r"|ans|annees?|fois|points?|kg|t|tonnes?|m3|m³|litres?|bars?|db|co2e?"
)
REFERENCES = (
    r"clients?|installations?|sites?|references?|entreprises?|pompes?|laiteries|usines?"
    r"|lignes?|collectivites|communes"
)
CHIFFRE_UNITE = re.compile(rf"(?<![\w/])({NOMBRE}) ?({UNITES})(?!\w)")
CHIFFRE_REFERENCES = re.compile(rf"(?<![\w/])({NOMBRE}) ({REFERENCES})(?!\w)")
CERTIFICATION = re.compile(r"(?<!\w)((?:iso|en|nf|iecex) ?\d{3,5}|atex)(?!\w)")
BENEFICE = re.compile(
    r"(?<!\w)(moins|baiss\w*|redu\w*|econom\w*|gagn\w*|gain\w*|passee?s? de|inferieur\w*"
    r"|superieur\w*|rendement|divise\w*|diminu\w*|evite\w*|amelior\w*|renouvel\w*"
    r"|fidel\w*|satisf\w*|en plus)(?!\w)"
)
EXEMPLES_PREUVE = (
    "un chiffre mesuré avec son unité et ce qu'il apporte (« 30 % d'énergie en moins »), un "
    "nombre de clients ou d'installations (« 12 clients dans l'agroalimentaire ») ou une "
    "certification (ISO 50001)"
)


def en_mots(n: int) -> str:
    """« 0 mot », « 1 mot », « 12 mots » (en français, 0 et 1 sont au singulier)."""
    return f"{n} mot{'s' if n > 1 else ''}"


def duree_secondes(nb_mots: int, debit: int = DEBIT_MOTS_MINUTE) -> float:
    """Durée à l'oral, en secondes, de `nb_mots` mots au débit donné (mots par minute)."""
    return nb_mots * 60 / debit


def mots_pour(secondes: float, debit: int = DEBIT_MOTS_MINUTE) -> int:
    """Le nombre de mots qui tient en `secondes` au débit donné (arrondi à l'inférieur)."""
    return int(secondes * debit / 60)


def fenetre(format_: str) -> tuple[float, float]:
    """La durée acceptable d'un format, en secondes : (75 % du format, format + 5 s)."""
    secondes = FORMATS[format_][0]
    return secondes * PART_MINIMALE, secondes + MARGE_SECONDES


def _plat(texte: str) -> str:
    sans = unicodedata.normalize("NFKD", str(texte).lower().replace("’", "'"))
    return "".join(c for c in sans if not unicodedata.combining(c))


def _plat_indexe(texte: str) -> tuple[str, list[int]]:
    """`_plat(texte)` and, for each of its characters, its position in `texte`."""
    plat, index = [], []
    for i, c in enumerate(str(texte)):
        for d in _plat(c):
            plat.append(d)
            index.append(i)
    return "".join(plat), index


def _cite(texte: str, motif: re.Pattern) -> str | None:
    """The first match of `motif` (written for flattened text), quoted from `texte` as typed."""
    plat, index = _plat_indexe(texte)
    m = motif.search(plat)
    return str(texte)[index[m.start()] : index[m.end() - 1] + 1] if m else None


def _contient(texte: str, expression: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(_plat(expression))}(?!\w)", _plat(texte)) is not None


def mots_de_la_cible(texte: str, interlocuteur: str) -> list[str]:
    """Les mots du vocabulaire de l'interlocuteur présents dans le texte."""
    return [m for m in VOCABULAIRE[interlocuteur][1] if _contient(texte, m)]


@dataclass
class Analyse:
    nb_mots: int
    duree: float
    controles: list[Controle] = field(default_factory=list)

    @property
    def score(self) -> float:
        return sum(c.ok for c in self.controles) / len(self.controles) if self.controles else 0.0


def analyser(parties: dict, interlocuteur: str, format_: str) -> Analyse:
    """Contrôles d'un pitch : cinq parties présentes, durée dans la fenêtre du format, mots de la
    cible, preuve vérifiable, appel à l'action concret (chaque contrôle vaut autant)."""
    parties = parties if isinstance(parties, dict) else {}
    textes = {cle: str(parties.get(cle) or "") for cle, _, _ in PARTIES}
    tout = " ".join(textes.values())
    nb = compter_mots(tout)
    duree = duree_secondes(nb)
    analyse = Analyse(nb, duree)
    for cle, libelle, role in PARTIES:
        n = compter_mots(textes[cle])
        analyse.controles.append(
            Controle(
                f"Partie « {libelle} » rédigée",
                n >= MOTS_MIN_PAR_PARTIE,
                f"{en_mots(n)} : écrivez au moins {MOTS_MIN_PAR_PARTIE} mots pour {role}.",
            )
        )
    bas, haut = fenetre(format_)
    secondes, nom = FORMATS[format_]
    if duree < bas:
        conseil = (
            f"environ {round(duree)} s à l'oral ({en_mots(nb)} à {DEBIT_MOTS_MINUTE} mots/min) : trop "
            f"court pour un pitch de {nom}, visez entre {mots_pour(bas)} et {mots_pour(haut)} mots."
        )
    elif duree > haut:
        conseil = (
            f"environ {round(duree)} s à l'oral ({en_mots(nb)} à {DEBIT_MOTS_MINUTE} mots/min) : "
            f"vous dépassez {nom} ; retirez au moins {en_mots(nb - mots_pour(haut))} (gardez une idée "
            "par partie)."
        )
    else:
        conseil = f"environ {round(duree)} s à l'oral ({en_mots(nb)}) : dans le temps de {nom}."
    analyse.controles.append(Controle(f"Durée tenue ({nom})", bas <= duree <= haut, conseil))
    cibles = mots_de_la_cible(tout, interlocuteur)
    nom_cible, vocabulaire = VOCABULAIRE[interlocuteur]
    analyse.controles.append(
        Controle(
            f"Adapté à l'interlocuteur : {nom_cible}",
            len(cibles) >= MOTS_CIBLE_MIN,
            (
                f"mots de sa préoccupation trouvés : {', '.join(cibles) or 'aucun'} ; il en faut "
                f"au moins {MOTS_CIBLE_MIN}, par exemple : {', '.join(vocabulaire[:6])}."
            ),
        )
    )
    ok, conseil = preuve_verifiable(textes["preuve"])
    analyse.controles.append(Controle("Preuve vérifiable (chiffre ou référence)", ok, conseil))
    ok, conseil = appel_concret(textes["appel"])
    analyse.controles.append(Controle("Appel à l'action concret", ok, conseil))
    return analyse


def preuve_verifiable(texte: str) -> tuple[bool, str]:
    """A proof is checkable: a figure with its unit tied to a benefit, a count of clients or
    installations, or a certification. A bare number (a date, a phone number) proves nothing."""
    references = _cite(texte, CHIFFRE_REFERENCES)
    if references:
        return True, f"« {references} » : des références que l'on peut vérifier."
    certification = _cite(texte, CERTIFICATION)
    if certification:
        return True, f"« {certification} » : une certification vérifiable."
    chiffre = _cite(texte, CHIFFRE_UNITE)
    if chiffre and BENEFICE.search(_plat(texte)):
        return True, f"« {chiffre} » relié à un bénéfice pour le client : une preuve mesurée."
    if chiffre:
        return False, (
            f"« {chiffre} » ne dit pas ce que le client y gagne : reliez le chiffre à un "
            "bénéfice (moins d'énergie, d'arrêts, de temps…), par exemple « 30 % d'énergie en "
            "moins »."
        )
    nombre = _cite(texte, re.compile(r"\d+(?:[ /.,:\u00a0\u202f-]\d+)*"))
    if nombre:
        return False, (
            f"« {nombre} » : un nombre seul (une date, un numéro) ne prouve rien ; donnez "
            f"{EXEMPLES_PREUVE}."
        )
    return (
        False,
        f"aucun chiffre ni aucune référence : une preuve se vérifie ; donnez {EXEMPLES_PREUVE}.",
    )


def appel_concret(texte: str) -> tuple[bool, str]:
    """A call to action proposes a concrete next step to the listener (a meeting, a trial, a
    demonstration, a document sent, a date); a question alone is not one."""
    etape = next((m for m in MOTS_APPEL if _contient(texte, m)), None) or _cite(texte, QUAND)
    if etape:
        return True, f"« {etape} » : une prochaine étape concrète proposée."
    exemple = (
        "proposez une étape précise, avec sa date si possible (« Je vous propose un essai sur "
        "votre ligne la semaine prochaine », « Pouvons-nous fixer un rendez-vous mardi ? »)."
    )
    if "?" in str(texte):
        return False, f"une question seule n'engage à rien : {exemple}"
    return False, f"aucune prochaine étape : {exemple}"


def texte_complet(parties: dict) -> str:
    """Le pitch d'un seul tenant, dans l'ordre des parties."""
    return " ".join(str(parties.get(c) or "").strip() for c, _, _ in PARTIES).strip()
