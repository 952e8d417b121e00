"""A recording of a spoken part of the oral, measured and judged against its time window.

The duration is read from the file (autograder.moteur.audio); the browser's own measure is taken
only when the container does not say (Safari's fragmented MP4) and it fits the file size. What is
said is the trainer's to judge: only the time is checked here.
"""

from __future__ import annotations

from autograder.metier.oral.compte_rendu import min_s
from autograder.moteur import audio
from autograder.moteur.formats import ReponseInvalide
from autograder.moteur.formats.base import taille_acceptable

DUREE_MIN = 1.0  # seconds: shorter is a click on « Arrêter » too soon, not a recording
TAILLE_MAX = 80_000_000  # bytes: 16 min of a phone's 44.1 kHz mono WAV is 85 MB, of M4A 15 MB
GARDE = "Vos enregistrements précédents sont conservés."
INVITATION = (
    "Enregistrez-vous avec le bouton « Enregistrer », ou déposez le fichier de votre téléphone "
    "(WebM, Ogg, WAV ou M4A)."
)
VERDICTS = {"court": "trop court", "dans_le_temps": "dans le temps", "long": "trop long"}


def mesurer(contenu: bytes, duree_navigateur=None) -> tuple[float, str, str]:
    """(seconds, file extension, « fichier » or « navigateur »: where the duration was read);
    raises ReponseInvalide with a French message (nothing is written before)."""
    taille_acceptable(
        contenu,
        TAILLE_MAX,
        vide=f"Enregistrement vide (aucun son reçu). {INVITATION} {GARDE}",
        conseil=f"enregistrez-le en M4A ou en WebM, plus légers que le WAV. {GARDE}",
    )
    try:
        m = audio.mesurer(contenu)
    except audio.AudioIllisible as exc:
        raise ReponseInvalide(
            f"Ce fichier n'est pas un enregistrement utilisable : {exc}. {INVITATION} {GARDE}"
        ) from None
    duree, source = m.duree, "fichier"
    if duree is None:
        try:
            navigateur = float(duree_navigateur) if duree_navigateur is not None else None
        except (TypeError, ValueError):
            navigateur = None
        if navigateur is None or not audio.debit_plausible(len(contenu), navigateur):
            raise ReponseInvalide(
                "La durée de ce fichier est illisible : enregistrez-le en WebM, Ogg, WAV ou M4A "
                f"(dictaphone du téléphone). {GARDE}"
            )
        duree, source = navigateur, "navigateur"
    if duree < DUREE_MIN:
        raise ReponseInvalide(
            "Enregistrement de moins d'une seconde : cliquez sur « Arrêter » à la fin de votre "
            f"compte rendu, pas au début. {GARDE}"
        )
    return duree, m.extension, source


def juger(duree: float, fenetre: tuple[float, float], allouee: float) -> tuple[str, str]:
    """(verdict key of VERDICTS, French message) for a recording of `duree` seconds, with the
    part's window (shortest, longest) and the time the RE allows (`allouee`, seconds)."""
    bas, haut = fenetre
    regle = (
        f"le temps alloué est de {min_s(allouee)} ; la répétition accepte de {min_s(bas)} à "
        f"{min_s(haut)}"
    )
    if duree < bas:
        return "court", (
            f"Compte rendu de {min_s(duree)} : trop court, il manque {min_s(bas - duree)} ({regle}). "
            "Développez l'analyse des écarts et le plan d'actions, chiffres à l'appui."
        )
    if duree > haut:
        return "long", (
            f"Compte rendu de {min_s(duree)} : {min_s(duree - allouee)} de plus que le temps "
            f"alloué ({regle}). À l'examen, le jury vous arrête au bout de {min_s(allouee)} : "
            "resserrez les chiffres (un par idée) et gardez le temps du plan d'actions."
        )
    return "dans_le_temps", f"Compte rendu de {min_s(duree)} : dans le temps ({regle})."
