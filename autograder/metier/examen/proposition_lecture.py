"""Reading the proposal a candidate hands in (.docx): a French message naming the file and what
to do for every file that is not a readable .docx, then the text of each expected section, its
price table and the payment terms it states.

Sections come from ``autograder.moteur.lecture_docx.lire_docx`` (headings by style, « Titre 1 »
or « Heading 1 », else short bold paragraphs); the template's hints (« Consigne : … ») are left
out, so that an untouched template has nothing written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from autograder.metier.examen.proposition_modele import SECTIONS
from autograder.moteur.formats.document import CHIFFRE, OLE, parties
from autograder.moteur.lecture_docx import lire_docx
from autograder.moteur.nombres import lire_nombre
from autograder.moteur.texte import sans_accents

DOCX_WRITER = "dans Writer, Fichier › Enregistrer sous…, type « Word 2007-365 (.docx) »"
DOCX_WORD = "dans Word, Fichier › Enregistrer sous…, type « Document Word (.docx) »"
# Words too common to tell a need or a product apart.
VIDES = set(
    "les des une pour par avec sans dans sur sous aux leur leurs ses son sa nos notre votre vos "
    "qui que quoi dont est sont etre avoir plus moins tres bien tout tous toute toutes entre "
    "avant apres chaque aussi ainsi comme afin mais elle elles ils cette ces cet".split()
)
ABIME = (
    "« {nom} » est abîmé : il ne s'ouvre pas comme un document (copie interrompue ?). Ouvrez-le "
    "dans Writer ou Word, enregistrez-le de nouveau au format .docx, puis rendez-le."
)
_NOMBRE = re.compile(r"[-−]?\d(?:[\d\u00a0\u202f .,]*\d)?")


class PropositionIllisible(ValueError):
    """A file that cannot be checked as the exam proposal (French message saying what to do)."""


@dataclass
class Lecture:
    """What was read: the text before the first heading, each expected section found (key →
    title, text, tables) and the headings that name none."""

    entete: str
    titres: dict[str, str] = field(default_factory=dict)
    textes: dict[str, str] = field(default_factory=dict)  # paragraphs and table cells
    paragraphes: dict[str, str] = field(default_factory=dict)  # paragraphs only
    grilles: dict[str, list[list[list[str]]]] = field(default_factory=dict)
    autres: list[str] = field(default_factory=list)
    redige: bool = False  # something written besides the template's hints and empty table

    def texte(self, *cles: str) -> str:
        """The text of the sections named (all of them, header included, when none is)."""
        if not cles:
            return " ".join([self.entete, *self.autres, *self.textes.values()])
        return " ".join(self.textes.get(c, "") for c in cles)

    def tableaux(self):
        """Every table, those of the financial section first."""
        ordre = ["financier", *(c for c in self.grilles if c != "financier")]
        return [g for c in ordre for g in self.grilles.get(c, [])]


def normaliser(texte: str) -> str:
    """Lower case, no accents, one space between words; curly apostrophes made straight."""
    return " ".join(re.sub(r"[^a-z0-9%€]+", " ", sans_accents(texte.replace("€", " € "))).split())


def racines(texte: str) -> set[str]:
    """The content words of a text, without a plural's final s or x and cut to their first 6
    letters (« sécuriser » and « sécurité » share « securi », « chutes » and « chute » share
    « chute »); words of 3 letters or less and common words are left out, but not references
    mixing letters and digits (« A4 »)."""
    mots = normaliser(texte).split()
    return {
        (m[:-1] if len(m) > 4 and m[-1] in "sx" else m)[:6]
        for m in mots
        if (len(m) > 3 and m not in VIDES and not m.isdigit())
        or (re.search(r"\d", m) and re.search(r"[a-z]", m))
    }


def part_couverte(cible: str, texte: str) -> float:
    """The share of the content words of ``cible`` found in ``texte``."""
    attendus = racines(cible)
    return len(attendus & racines(texte)) / len(attendus) if attendus else 0.0


def couvert(cible: str, texte: str) -> bool:
    """At least half of the content words of ``cible`` are in ``texte``."""
    return part_couverte(cible, texte) >= 0.5


def nombres(texte: str) -> list[float]:
    """The numbers written in a text, French style (« 1 234,56 € »)."""
    sortie = []
    for brut in _NOMBRE.findall(texte or ""):
        try:
            sortie.append(lire_nombre(brut.strip(" .,")))
        except ValueError:
            continue
    return sortie


def nombre(texte: str) -> float | None:
    """The first number of a cell (« 39,00 € HT » → 39.0), or None."""
    trouves = nombres(texte)
    return trouves[0] if trouves else None


# -- opening the file ----------------------------------------------------------------------------
def refus(contenu: bytes, nom: str) -> str | None:
    """Why the bytes named ``nom`` are not a .docx the checker can read, in French with what to
    do; None when they are."""
    extension, lu = Path(nom).suffix.lower(), parties(contenu)
    enregistrer = f"enregistrez-le au format .docx ({DOCX_WRITER} ; {DOCX_WORD})"
    ole = contenu.startswith(OLE)
    cas = (
        (extension == ".odt", f"« {nom} » est au format Writer (.odt), que le correcteur ne relit "
         f"pas : {DOCX_WRITER}, gardez ce format quand Writer le demande, puis rendez le fichier "
         ".docx."),
        (extension == ".doc", f"« {nom} » est à l'ancien format Word 97-2003 (.doc) : ouvrez-le, "
         f"{enregistrer}, puis rendez le fichier .docx."),
        (extension == ".pdf" or contenu.startswith(b"%PDF"), f"« {nom} » est un export PDF : son "
         "texte et son tableau de prix ne se relisent pas pour la correction. Rendez la "
         "proposition elle-même, au format .docx (le PDF sert à l'envoi au client)."),
        (extension != ".docx", f"« {nom} » n'est pas un document Word (.docx) : rendez votre "
         f"proposition enregistrée au format .docx ({DOCX_WRITER} ; {DOCX_WORD})."),
        (not contenu, f"« {nom} » est vide (0 octet) : ouvrez votre proposition et {enregistrer}."),
        (ole and CHIFFRE in contenu, f"« {nom} » est protégé par un mot de passe : le correcteur "
         "ne peut pas l'ouvrir. Enregistrez-en une copie sans mot de passe (dans Writer, décochez "
         "« Enregistrer avec mot de passe » ; dans Word, Fichier › Informations › Protéger le "
         "document › Chiffrer avec mot de passe, effacez le mot de passe) et rendez-la."),
        (ole, f"« {nom} » est à l'ancien format Word 97-2003 malgré son nom : ouvrez-le, "
         f"{enregistrer}, puis rendez le nouveau fichier."),
        (lu is None, ABIME.format(nom=nom)),
        (lu and b"opendocument" in lu[1], f"« {nom} » est au format OpenDocument malgré son nom "
         f"(.docx) : {DOCX_WRITER}, gardez ce format quand Writer le demande, puis rendez le "
         "nouveau fichier."),
        (lu and "word/document.xml" not in lu[0], f"« {nom} » n'est pas un document de traitement "
         "de texte (un classeur ou un diaporama renommé ?) : rendez le fichier .docx enregistré "
         "depuis Writer ou Word."),
    )  # fmt: skip
    return next((message for vrai, message in cas if vrai), None)


def ouvrir(contenu: bytes, nom: str) -> Lecture:
    """The proposal in a .docx file's bytes, or PropositionIllisible naming the file and what to
    do."""
    if message := refus(contenu, nom):
        raise PropositionIllisible(message)
    try:
        avant, sections = lire_docx(contenu)
    except Exception:  # python-docx raises KeyError, ValueError, lxml errors… on a broken part
        raise PropositionIllisible(ABIME.format(nom=nom)) from None
    lecture = Lecture(avant)
    for s in sections:
        paragraphes = [p for p in s.paragraphes if not normaliser(p).startswith("consigne")]
        cellules = [c for g in s.grilles for ligne in g for c in ligne if c]
        lecture.redige |= bool(paragraphes) or any(re.search(r"\d", c) for c in cellules)
        cle = cle_section(s.titre, lecture.titres)
        if cle is None or cle in lecture.titres:  # another heading: its text still counts
            lecture.autres += [s.titre, *paragraphes, *cellules]
            lecture.grilles.setdefault("autres", []).extend(s.grilles)
            continue
        lecture.titres[cle] = s.titre
        lecture.textes[cle] = " ".join([*paragraphes, *cellules])
        lecture.paragraphes[cle] = " ".join(paragraphes)
        lecture.grilles[cle] = s.grilles
    return lecture


def cle_section(titre: str, deja=()) -> str | None:
    """The key of ``SECTIONS`` a heading names (one not in ``deja`` when it names several:
    « Conditions financières » after « Proposition financière » is the conditions), or None."""
    t = normaliser(titre)
    cles = [
        cle
        for cle in (
            "accord",
            "financier",
            "conditions",
            "solution",
            "contexte",
        )  # most specific first
        if any(re.search(rf"\b{mot}", t) for mot in SECTIONS[cle][1])
    ]
    return next((c for c in cles if c not in deja), cles[0] if cles else None)
