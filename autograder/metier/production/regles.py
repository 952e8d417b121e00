"""The production's rules, read from the referential's data (RE §3.1, informations
complémentaires du questionnement à partir de production(s)), and the checker's own method.

Official: the font, size and line spacing of the document, its page budget (whole and per part),
its three parts with their competence and themes, the company presentation « sur une page »,
the slide count of the deck. Everything else here is the course's advice or method, and says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from autograder.moteur import referentiel
from autograder.moteur.lecture_pptx import plat

# -- the checker's method (not official) -------------------------------------------------------
LARGEUR_CARACTERE = 0.5  # em: the average width of a character of French prose in Arial
HAUTEUR_NATURELLE = 1.15  # em: Arial's natural line height (ascent + descent + gap)
TAILLE_MIN_DIAPO = 18  # pt: advice for text read from the back of a room (the RE is silent)
MOTS_MIN_THEME = 80  # words: under this, a theme is named but hardly developed (advice)
MARGE_PAGES = 0.1  # share: the page estimate's uncertainty, said with every estimate

# Words that name each competence in a heading or a slide title (the course's, for matching).
MOTS_COMPETENCE = {
    "CP1": ("veille",),
    "CP2": ("plan d'action", "plan d’action", "plan d actions", "pac"),
    "CP9": ("relation client", "experience client", "fidelis", "crm"),
}
LIBELLES_COMPETENCE = {"CP1": "veille", "CP2": "plan d'actions", "CP9": "relation client"}
ORDINAUX = {  # part number -> (before « partie », after « partie »)
    1: (r"premiere|1\s*(?:re|ere|er)", r"1|i|une"),
    2: (r"deuxieme|seconde|2\s*(?:e|eme|nde)", r"2|ii|deux"),
    3: (r"troisieme|3\s*(?:e|eme)", r"3|iii|trois"),
}
MOTS_VIDES = set(
    "a au aux d de des du en et l la le les par pour sur un une dans avec ou leur leurs son sa ses "
    "y compris etc".split()
)


@dataclass(frozen=True)
class Theme:
    numero: int
    titre: str
    elements: tuple[str, ...]

    @property
    def racines(self) -> tuple[str, ...]:
        """The theme title's meaningful words, cut to their first five letters (« Surveillance
        de la concurrence » → surve, concu): what a heading naming the theme contains."""
        mots = re.findall(r"[a-z]+", plat(self.titre))
        return tuple(dict.fromkeys(m[:5] for m in mots if m not in MOTS_VIDES and len(m) > 2))


@dataclass(frozen=True)
class Partie:
    numero: int
    titre: str  # « Première partie »
    competence: str  # CP1, CP2, CP9
    intitule: str  # the competence's official title
    pages_min: int
    pages_max: int
    description: str
    themes: tuple[Theme, ...]


@dataclass(frozen=True)
class Regles:
    source: str
    police: str
    taille: float
    interligne: float
    pages_min: int
    pages_max: int
    introduction: str
    texte_document: str
    parties: tuple[Partie, ...]
    diapositives_min: int
    diapositives_max: int
    texte_diaporama: str
    consignes: tuple[str, ...]
    presentation_minutes: int
    questions_minutes: int


@cache
def regles() -> Regles:
    """The production's rules, from data/referentiel/referentiel.json."""
    p = referentiel.production()
    titres = {c.id: c.titre for c in referentiel.competences()}
    doc, diapo = p["document"], p["diaporama"]
    modalite = next(m for m in referentiel.modalites() if m.id == "questionnement_productions")
    presentation, questions = (partie.duree_minutes for partie in modalite.parties)
    return Regles(
        source=p["source"],
        police=doc["police"],
        taille=float(doc["taille_pt"]),
        interligne=float(doc["interligne"]),
        pages_min=doc["pages_min"],
        pages_max=doc["pages_max"],
        introduction=doc["introduction"],
        texte_document=doc["texte"],
        parties=tuple(
            Partie(
                numero=x["numero"],
                titre=x["titre"],
                competence=x["competence"],
                intitule=titres[x["competence"]],
                pages_min=x["pages_min"],
                pages_max=x["pages_max"],
                description=x["description"],
                themes=tuple(
                    Theme(t["numero"], t["titre"], tuple(t["elements"])) for t in x["themes"]
                ),
            )
            for x in p["parties"]
        ),
        diapositives_min=diapo["diapositives_min"],
        diapositives_max=diapo["diapositives_max"],
        texte_diaporama=diapo["texte"],
        consignes=tuple(p["consignes"]),
        presentation_minutes=presentation,
        questions_minutes=questions,
    )


def duree_entretien_final() -> int:
    """Minutes of the final interview (RE §3.1)."""
    return next(m.duree_minutes for m in referentiel.modalites() if m.id == "entretien_final")


def nomme_la_partie(texte: str, numero: int) -> bool:
    """Whether a heading names part `numero` (« Première partie », « Partie 2 », « 3e partie »)."""
    t = plat(texte)
    avant, apres = ORDINAUX[numero]
    return bool(
        re.search(rf"(?<!\w)(?:{avant})\W*partie\b", t)
        or re.search(rf"\bpartie\W*(?:n\W*)?(?:{apres})(?!\w)", t)
    )


def nomme_la_competence(texte: str, competence: str) -> bool:
    t = plat(texte).replace("’", "'")
    return any(re.search(rf"(?<!\w){re.escape(m)}", t) for m in MOTS_COMPETENCE[competence])


def nomme_le_theme(texte: str, theme: Theme) -> bool:
    """Whether a heading names a theme: enough of the theme title's meaningful words (one of one,
    two of two to four, three of five or more), or one of them after the theme's number
    (« 6. Adaptation »)."""
    t = plat(texte)
    mots = {m[:5] for m in re.findall(r"[a-z]+", t)}
    trouves = sum(r in mots for r in theme.racines)
    n = len(theme.racines)
    besoin = 1 if n == 1 else 2 if n <= 4 else 3
    numero = re.match(rf"\s*{theme.numero}\s*[.)\-–:]", t) is not None
    return bool(theme.racines) and (trouves >= besoin or (numero and trouves >= 1))
