"""A recorded oral: an audio file kept beside the notebook, whose duration must fit a window.

The raw answer comes from the recorder widget or from a file the learner drops:
``{"audio": bytes, "duree_navigateur": seconds or None, "type": MIME type}``. It is checked
(size, audio container) and becomes a file, `enregistrements/<exercice>.<ext>` in the assignment
folder (nbgrader collects it with the notebook), plus a stored answer that names it:
``{"fichier", "duree", "octets", "mesure", "duree_navigateur"}``.

The duration is measured from the file (autograder.moteur.audio) — again at grading time, so the
grade follows the file actually handed in. Only when the container does not say (Safari's
fragmented MP4) is the browser's own measure (start/stop timestamps) taken, and only if it fits
the file size (`audio.debit_plausible`) and the file is the one measured (same size).

The declaration gives `fenetre(p)`: (shortest, longest) acceptable duration in seconds. Only the
duration is scored here; what is said is for the trainer (a manually graded cell).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from autograder.moteur import audio
from autograder.moteur.exercice import Verdict
from autograder.moteur.formats.base import (
    AvecFichier,
    Format,
    ReponseInvalide,
    lire_fichier_rendu,
    taille_acceptable,
)
from autograder.moteur.reponses import ecrire_atomique

DUREE_MIN = 1.0  # seconds: shorter is a click on « Arrêter » too soon, not a recording
INVITATION = (
    "Enregistrez-vous avec le bouton « Enregistrer » ci-dessus, ou déposez un fichier audio "
    "(WebM, Ogg, WAV ou M4A)."
)


def secondes(s: float) -> str:
    """« 52 s », « 1 min 05 s » (French spacing)."""
    s = round(s)
    return f"{s}\u00a0s" if s < 60 else f"{s // 60}\u00a0min\u00a0{s % 60:02d}\u00a0s"


@dataclass(frozen=True)
class Enregistrement(Format):
    """An audio recording whose duration is checked against the declaration's `fenetre(p)`."""

    dossier: str = "enregistrements"
    taille_max: int = 30_000_000  # bytes: two minutes of WAV at 48 kHz stereo is 23 MB
    nature = "enregistrement"

    def fenetre(self, ex) -> tuple[float, float]:
        return ex.module.fenetre(ex.params)

    def chemin(self, ex, extension: str) -> str:
        return f"{self.dossier}/{ex.nom}.{extension}"

    # -- the Format protocol -------------------------------------------------------------------
    def solution(self, ex) -> dict:
        """A recording of silence as long as the middle of the window, written in the learner's
        folder: the key of a recorded oral is a file (tests, demos, `repondre_tout`)."""
        bas, haut = self.fenetre(ex)
        contenu = audio.silence_wav((bas + haut) / 2)
        relatif = self.chemin(ex, "wav")
        ecrire_atomique(ex.dossier / relatif, contenu)
        return self._stockee(relatif, contenu, None)

    def reponse_fausse(self, ex) -> dict:
        """A raw answer short of the window (for the generic tests): half the shortest time."""
        return {"audio": audio.silence_wav(self.fenetre(ex)[0] / 2), "duree_navigateur": None}

    def lire_reponse(self, ex, brute: Any, *, depuis_code: bool = False) -> Any:
        if isinstance(brute, dict) and isinstance(
            brute.get("audio"), bytes | bytearray | memoryview
        ):
            contenu = bytes(brute["audio"])
            stockee = self._stockee(None, contenu, brute.get("duree_navigateur"))
            relatif = self.chemin(ex, audio.mesurer(contenu).extension)
            stockee["fichier"] = relatif
            return AvecFichier(stockee, relatif, contenu)
        if isinstance(brute, dict) and isinstance(brute.get("fichier"), str):  # a stored answer
            contenu = self._lire_fichier(ex, brute["fichier"])
            return self._stockee(brute["fichier"], contenu, _navigateur(brute, contenu))
        raise ReponseInvalide(f"Aucun enregistrement reçu. {INVITATION}")

    def evaluer(self, ex, reponse: Any) -> Verdict:
        try:
            contenu = self._lire_fichier(ex, reponse["fichier"])
            duree = self._duree(contenu, _navigateur(reponse, contenu))
        except ReponseInvalide as exc:
            return Verdict(0.0, str(exc))
        bas, haut = self.fenetre(ex)
        fenetre = f"entre {secondes(bas)} et {secondes(haut)}"
        if duree < bas:
            return Verdict(
                0.0,
                f"Enregistrement de {secondes(duree)} : trop court, le temps alloué va de "
                f"{secondes(bas)} à {secondes(haut)}.",
                ["Développez votre preuve et votre appel à l'action."],
            )
        if duree > haut:
            return Verdict(
                0.0,
                f"Enregistrement de {secondes(duree)} : {secondes(duree - haut)} de trop, le temps "
                f"alloué va de {secondes(bas)} à {secondes(haut)}.",
                ["Gardez une idée par partie et allez droit au but."],
            )
        return Verdict(
            1.0, f"Enregistrement de {secondes(duree)} : temps alloué respecté ({fenetre})."
        )

    # -- the file ------------------------------------------------------------------------------
    def _stockee(self, relatif, contenu: bytes, duree_navigateur) -> dict:
        try:
            navigateur = float(duree_navigateur) if duree_navigateur is not None else None
        except (TypeError, ValueError):
            navigateur = None
        duree = self._duree(contenu, navigateur)  # raises ReponseInvalide first
        return {
            "fichier": relatif,
            "duree": round(duree, 2),
            "octets": len(contenu),
            "mesure": "navigateur" if audio.mesurer(contenu).duree is None else "fichier",
            "duree_navigateur": navigateur,
        }

    def _duree(self, contenu: bytes, navigateur) -> float:
        """The file's duration (the browser's measure only when the file does not say)."""
        taille_acceptable(
            contenu,
            self.taille_max,
            vide=f"Enregistrement vide (aucun son reçu). {INVITATION}",
            conseil="enregistrez seulement votre pitch. Votre enregistrement précédent est "
            "conservé.",
        )
        try:
            mesure = audio.mesurer(contenu)
        except audio.AudioIllisible as exc:
            raise ReponseInvalide(
                f"Ce fichier n'est pas un enregistrement utilisable : {exc}. {INVITATION} Votre "
                "enregistrement précédent est conservé."
            ) from None
        duree = mesure.duree
        if duree is None:
            if navigateur is None or not audio.debit_plausible(len(contenu), navigateur):
                raise ReponseInvalide(
                    "La durée de ce fichier est illisible : enregistrez-le en WebM, Ogg, WAV ou "
                    "M4A (dictaphone du téléphone). Votre enregistrement précédent est conservé."
                )
            duree = navigateur
        if duree < DUREE_MIN:
            raise ReponseInvalide(
                "Enregistrement de moins d'une seconde : cliquez sur « Arrêter » à la fin de "
                "votre pitch. Votre enregistrement précédent est conservé."
            )
        return duree

    def _lire_fichier(self, ex, relatif: str) -> bytes:
        return lire_fichier_rendu(ex, relatif, self.dossier, "enregistrez-vous de nouveau")


def _navigateur(stockee: dict, contenu: bytes):
    """The browser's measure of a stored answer, only for the very file it measured."""
    return stockee.get("duree_navigateur") if stockee.get("octets") == len(contenu) else None
