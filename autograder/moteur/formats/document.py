"""A document the learner writes in office software (Writer or Word, later Calc or Impress) and
deposits: the file is the answer.

The raw answer comes from the deposit widget, ``{"contenu": bytes, "nom": "rapport.docx"}``, or,
by code (``depuis_code``), is the path of a file the notebook wrote. It is checked (extension,
size, not empty, not password-protected, a readable Office Open XML zip, then read by the
declaration) and becomes a file, `rendus/<exercice>.<ext>` in the assignment folder (nbgrader
collects it; a file written by code goes to `rendus/<exercice>-python.<ext>`, so that it never
replaces a better deposit), plus a stored answer that names it:
``{"fichier", "nom", "octets", "sha256"}``.

Grading reads the file again and checks its hash against the stored answer: the grade follows the
file handed in, and an answer file edited by hand claims nothing. The declaration gives:

* ``options(p)``: what is looked for, as for `ChoixMultiple` (`correct=True`: a quality or part
  that earns points; `correct=False`: a defect that takes some back);
* ``controler(p, contenu) -> list of option keys`` found in the file (raises ValueError with a
  French reason when the file cannot be read);
* ``exemple(p, juste) -> bytes``: a right document (the key: tests, `repondre_tout`, the solution
  notebook) or, with ``juste=False``, a flawed one;
* optionally ``reperes(p, contenu) -> str``: what the reading found (headings, images, tables),
  shown to the learner so that they can improve the document and deposit it again.

Instead of ``options`` and ``controler``, a declaration whose checker scores itself (the exam's
workbook, deck and proposal) gives ``evaluer_document(p, contenu) -> (score, lines)``: the share
of checks passed and one French line per check; it raises ValueError on a file it cannot read.

A deposit is checked, saved, then scored: the declaration reads each file once, its reading kept
on the exercise by the file's SHA-256 (the hash the stored answer keeps), for the last few files.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from autograder.moteur.exercice import Verdict
from autograder.moteur.formats.base import (
    AvecFichier,
    Format,
    ReponseInvalide,
    lire_fichier_rendu,
    phrase,
    taille_acceptable,
)
from autograder.moteur.formats.choix import ChoixMultiple
from autograder.moteur.reponses import ecrire_atomique

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an OLE container: encrypted OOXML or Office 97-2003
CHIFFRE = "EncryptionInfo".encode("utf-16-le")  # the stream Office adds to an encrypted file
GARDE = "Votre dépôt précédent est conservé."
LECTURES_GARDEES = 6  # the readings kept per exercise (one per file deposited, the latest)
# What the learner's software calls the format each extension should be saved as.
LOGICIELS = {
    ".docx": ("Word 2007-365 (.docx)", "Writer ou Word"),
    ".xlsx": ("Excel 2007-365 (.xlsx)", "Calc ou Excel"),
    ".pptx": ("PowerPoint (.pptx)", "Impress ou PowerPoint"),
}
ODF = {".odt": ".docx", ".ods": ".xlsx", ".odp": ".pptx"}
ANCIENS = {".doc": ".docx", ".xls": ".xlsx", ".ppt": ".pptx"}


def empreinte(contenu: bytes) -> str:
    return hashlib.sha256(contenu).hexdigest()


def parties(contenu: bytes) -> tuple[set[str], bytes] | None:
    """The part names of an Office file and its OpenDocument ``mimetype`` (b"" for Office Open
    XML); None when the bytes are not a readable zip."""
    try:
        with zipfile.ZipFile(io.BytesIO(contenu)) as archive:
            noms = set(archive.namelist())
            return noms, archive.read("mimetype") if "mimetype" in noms else b""
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, KeyError):
        return None


DATES_OFFICE = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def zip_stable(contenu: bytes) -> bytes:
    """The same Office file with every zip entry dated 1980-01-01 and its creation and change
    dates (docProps/core.xml) fixed: libraries date files at the second they save, and the key of
    an exercise must not change with the clock."""
    sortie = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(contenu)) as source,
        zipfile.ZipFile(sortie, "w", zipfile.ZIP_DEFLATED) as cible,
    ):
        for info in source.infolist():
            stable = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            stable.compress_type = zipfile.ZIP_DEFLATED
            stable.external_attr = info.external_attr
            donnees = source.read(info)
            if info.filename == "docProps/core.xml":
                donnees = DATES_OFFICE.sub(rb"\g<1>2026-01-01T00:00:00Z\g<2>", donnees)
            elif info.filename.endswith((".xlsx", ".docx", ".pptx")):  # a chart's own workbook
                donnees = zip_stable(donnees)
            cible.writestr(stable, donnees)
    return sortie.getvalue()


@dataclass(frozen=True)
class Document(Format):
    """A file written in office software, checked by the declaration's `controler(p, contenu)`."""

    extensions: tuple[str, ...] = (".docx",)
    taille_max: int = 20_000_000  # bytes: a report with a few charts weighs well under 5 MB
    dossier: str = "rendus"
    nature = "document"

    @property
    def attendu(self) -> str:
        return attendu(self.extensions)

    def chemin(self, ex, extension: str, *, code: bool = False) -> str:
        return f"{self.dossier}/{ex.nom}{'-python' if code else ''}{extension}"

    # -- the Format protocol -------------------------------------------------------------------
    def solution(self, ex) -> dict:
        """The declaration's right document, written in the learner's folder."""
        contenu = zip_stable(ex.module.exemple(ex.params, True))
        relatif = self.chemin(ex, self.extensions[0])
        if ex.dossier is not None:
            ecrire_atomique(ex.dossier / relatif, contenu)
        return _stockee(relatif, f"{ex.nom}{self.extensions[0]}", contenu)

    def reponse_fausse(self, ex) -> dict:
        """A raw answer: the declaration's flawed document (for the generic tests)."""
        return {
            "contenu": ex.module.exemple(ex.params, False),
            "nom": f"brouillon{self.extensions[0]}",
        }

    def lire_reponse(self, ex, brute: Any, *, depuis_code: bool = False) -> Any:
        if isinstance(brute, dict) and isinstance(
            brute.get("contenu"), bytes | bytearray | memoryview
        ):
            return self._deposer(ex, str(brute.get("nom") or ""), bytes(brute["contenu"]))
        if isinstance(brute, dict) and isinstance(brute.get("fichier"), str):  # a stored answer
            contenu = self._relire(ex, brute)
            self._verifier(ex, brute["fichier"], contenu)
            return _stockee(brute["fichier"], str(brute.get("nom") or ""), contenu)
        if depuis_code and isinstance(brute, str | os.PathLike):
            chemin = Path(brute)
            if not chemin.is_file():
                raise ReponseInvalide(
                    f"Fichier « {chemin} » introuvable : exécutez la cellule qui l'écrit, ou "
                    "déposez votre document dans le widget."
                )
            return self._deposer(ex, chemin.name, chemin.read_bytes(), code=True)
        raise ReponseInvalide(f"Aucun document reçu : déposez votre fichier {self.attendu}.")

    def evaluer(self, ex, reponse: Any) -> Verdict:
        try:
            if isinstance(reponse, AvecFichier):  # read by code, not saved yet (grade cell)
                contenu = reponse.contenu
            else:
                contenu = self._relire(ex, reponse)
            if hasattr(ex.module, "evaluer_document"):
                score, details = self._noter(ex, contenu)
                return Verdict(score, phrase(score), details)
            trouve = set(self._controler(ex, contenu))
        except ReponseInvalide as exc:
            return Verdict(0.0, str(exc))
        options = ex.options()
        score = ChoixMultiple().score(sorted(trouve), options)
        details = []
        for o in options:
            if o.correct:
                marque = "✅" if o.cle in trouve else "❌ À revoir\u00a0:"
                details.append(f"{marque} {o.libelle}")
            elif o.cle in trouve:
                details.append(f"⚠️ Défaut repéré : {o.libelle}")
        if (trouve := self.reperes(ex, contenu)) is not None:
            details.append(trouve)
        return Verdict(score, phrase(score), details)

    def reperes(self, ex, contenu: bytes) -> str | None:
        """What the reading found (the declaration's `reperes`), or None if it gives none."""
        if not hasattr(ex.module, "reperes"):
            return None
        return self._une_fois(ex, "reperes", contenu, lambda: ex.module.reperes(ex.params, contenu))

    # -- the file ------------------------------------------------------------------------------
    def _deposer(self, ex, nom: str, contenu: bytes, *, code: bool = False) -> AvecFichier:
        extension = self._verifier(ex, nom, contenu)
        relatif = self.chemin(ex, extension, code=code)
        return AvecFichier(_stockee(relatif, nom, contenu), relatif, contenu)

    def _relire(self, ex, stockee: dict) -> bytes:
        """The file a stored answer names, if it is still the one deposited."""
        contenu = lire_fichier_rendu(ex, stockee["fichier"], self.dossier, "déposez-le de nouveau")
        if empreinte(contenu) != stockee.get("sha256"):
            raise ReponseInvalide(
                f"Le fichier « {stockee['fichier']} » n'est plus celui que vous avez déposé "
                "(modifié ou remplacé hors du widget) : déposez de nouveau votre document."
            )
        return contenu

    def _verifier(self, ex, nom: str, contenu: bytes) -> str:
        """The file's extension once it is known to be a readable document; else a French
        message saying what to do."""
        extension = verifier_fichier(nom, contenu, self.extensions, self.taille_max)
        self._lire(ex, contenu)  # the declaration reads it (once per file): raises if unreadable
        return extension

    def _lire(self, ex, contenu: bytes) -> None:
        if hasattr(ex.module, "evaluer_document"):
            self._noter(ex, contenu)
        else:
            self._controler(ex, contenu)

    def _une_fois(self, ex, quoi: str, contenu: bytes, lire):
        """`lire()` once per file: its result (or its ReponseInvalide) is kept on the exercise
        under the file's hash, for the last LECTURES_GARDEES files."""
        cle = (quoi, empreinte(contenu))
        if cle not in ex.lectures:
            try:
                ex.lectures[cle] = (True, lire())
            except ReponseInvalide as exc:
                ex.lectures[cle] = (False, str(exc))
            while len(ex.lectures) > LECTURES_GARDEES:
                del ex.lectures[next(iter(ex.lectures))]
        lu, resultat = ex.lectures[cle]
        if not lu:
            raise ReponseInvalide(resultat)
        return resultat

    def _noter(self, ex, contenu: bytes) -> tuple[float, list[str]]:
        """A declaration that scores its own checks: (share passed, one line per check)."""

        def lire():
            try:
                score, details = ex.module.evaluer_document(ex.params, contenu)
            except ValueError as exc:
                raise ReponseInvalide(f"{exc} {GARDE}") from None
            return float(score), tuple(details)

        score, details = self._une_fois(ex, "lecture", contenu, lire)
        return score, list(details)

    def _controler(self, ex, contenu: bytes) -> list[str]:
        def lire():
            try:
                return tuple(ex.module.controler(ex.params, contenu))
            except ValueError as exc:
                raise ReponseInvalide(
                    f"Ce document ne se relit pas : {exc}. Enregistrez-le de nouveau au format "
                    f"{self.attendu}, puis déposez-le. {GARDE}"
                ) from None

        return list(self._une_fois(ex, "lecture", contenu, lire))


def _stockee(relatif: str, nom: str, contenu: bytes) -> dict:
    return {"fichier": relatif, "nom": nom, "octets": len(contenu), "sha256": empreinte(contenu)}


ANCIENS_NOMS = {".docx": "Word 97-2003", ".xlsx": "Excel 97-2003", ".pptx": "PowerPoint 97-2003"}


def attendu(extensions: tuple[str, ...]) -> str:
    """« Word 2007-365 (.docx) »: the formats expected, as the learner's software names them."""
    return " ou ".join(LOGICIELS.get(e, (e,))[0] for e in extensions)


def verifier_fichier(nom: str, contenu: bytes, extensions: tuple[str, ...], taille_max: int) -> str:
    """The file's extension once it is known to be a sound Office Open XML file (right extension,
    not empty nor too big, not protected nor in an old or OpenDocument format, a whole zip and no
    zip bomb); else ReponseInvalide with a French message naming the file and what to do."""
    extension = Path(nom).suffix.lower()
    if extension not in extensions:
        raise ReponseInvalide(f"{mauvaise_extension(nom, extension, extensions)} {GARDE}")
    taille_acceptable(
        contenu,
        taille_max,
        vide=f"Le fichier « {nom} » est vide (0 octet). {GARDE}",
        conseil="réduisez la taille des images (dans Word : Fichier › Compresser les "
        f"images ; dans Writer : clic droit sur l'image › Compresser). {GARDE}",
    )
    if contenu.startswith(OLE):
        if CHIFFRE in contenu:
            raise ReponseInvalide(
                f"Ce document est protégé par un mot de passe : le correcteur ne peut pas "
                f"l'ouvrir. Enregistrez-en une copie sans mot de passe, puis déposez-la. {GARDE}"
            )
        raise ReponseInvalide(
            f"Ce fichier est à l'ancien format ({ANCIENS_NOMS.get(extension, 'Office 97-2003')}) "
            f"malgré son nom : ouvrez-le, puis « Enregistrer sous… » au format "
            f"{attendu(extensions)}. {GARDE}"
        )
    try:
        with zipfile.ZipFile(io.BytesIO(contenu)) as archive:
            membres = archive.infolist()
            abime = (
                "[Content_Types].xml" not in {m.filename for m in membres}
                or sum(m.file_size for m in membres) > 10 * taille_max  # a zip bomb
                or archive.testzip() is not None
            )
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        abime = True
    if abime:
        logiciel = LOGICIELS.get(extension, ("", "votre logiciel"))[1]
        if extension == ".docx":
            logiciel = "votre traitement de texte"
        raise ReponseInvalide(
            f"Le fichier « {nom} » est abîmé : il ne s'ouvre pas (copie interrompue ?). "
            f"Ouvrez-le dans {logiciel}, enregistrez-le de nouveau, puis déposez-le. {GARDE}"
        )
    return extension


def mauvaise_extension(nom: str, extension: str, extensions: tuple[str, ...]) -> str:
    """What to do with a file whose extension is not one expected (OpenDocument, Office 97, PDF)."""
    vers = ODF.get(extension) or ANCIENS.get(extension)
    if vers in extensions:
        format_, logiciels = LOGICIELS[vers]
        if extension in ODF:
            return (
                f"« {nom} » est au format OpenDocument ({extension}) : dans LibreOffice, "
                f"Fichier › « Enregistrer sous… », type « {format_} », gardez ce format "
                "quand LibreOffice le demande, puis déposez le nouveau fichier."
            )
        return (
            f"« {nom} » est à l'ancien format ({extension}) : dans {logiciels}, Fichier › "
            f"« Enregistrer sous… », type « {format_} », puis déposez le nouveau fichier."
        )
    if extension == ".pdf":
        return (
            f"« {nom} » est un PDF : il ne se relit pas pour la correction. Déposez le "
            f"fichier {attendu(extensions)} que vous avez écrit (le PDF, vous l'exportez pour "
            "l'envoi)."
        )
    return f"« {nom} » n'est pas un fichier {attendu(extensions)} : déposez votre document."
