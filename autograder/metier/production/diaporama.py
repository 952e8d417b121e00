"""The production's slide deck checked against the RE: « un diaporama de 28 à 32 diapositives,
hors page de garde et sommaire », and the course's advice (the three competences in the titles,
the pace over the 30 minutes of presentation, text large enough to be read).

Counting method (stated to the learner): the first slide is the cover; a slide titled
« Sommaire », « Plan », « Agenda », « Au programme » or « Table des matières » is a table of
contents; a hidden slide is not shown, so not counted.
"""

from __future__ import annotations

import io
import re

from pptx import Presentation

from autograder.metier.production.constats import Constat, Rapport
from autograder.metier.production.regles import (
    LIBELLES_COMPETENCE,
    TAILLE_MIN_DIAPO,
    nomme_la_competence,
    regles,
)
from autograder.moteur.formats.base import ReponseInvalide
from autograder.moteur.formats.document import parties, verifier_fichier
from autograder.moteur.lecture_pptx import extrait, plat, plus_petit_texte, titre
from autograder.moteur.nombres import nombre

TAILLE_MAX = 100_000_000  # bytes: a deck of 30 slides with photos
SOMMAIRE = re.compile(r"(sommaire|plan|plan de (?:la )?presentation|agenda|au programme|"
                      r"table des matieres)\W*$")  # fmt: skip
METHODE = (
    "Décompte des diapositives : la première est la page de garde ; une diapositive intitulée "
    "« Sommaire », « Plan », « Agenda », « Au programme » ou « Table des matières » est un "
    "sommaire ; une diapositive masquée n'est pas projetée, elle n'est pas comptée."
)


def ouvrir(contenu: bytes, nom: str):
    """The deck, or ReponseInvalide naming the file and what to do."""
    verifier_fichier(nom, contenu, (".pptx",), TAILLE_MAX)
    noms, _ = parties(contenu) or (set(), b"")
    if "ppt/presentation.xml" not in noms:
        raise ReponseInvalide(
            f"« {nom} » n'est pas un diaporama (un document Word ou un classeur renommé ?) : "
            "déposez le fichier .pptx enregistré depuis Impress ou PowerPoint."
        )
    try:
        return Presentation(io.BytesIO(contenu))
    except Exception:  # python-pptx raises KeyError, ValueError, lxml errors… on a broken part
        raise ReponseInvalide(
            f"« {nom} » est abîmé : il ne s'ouvre pas comme un diaporama. Ouvrez-le dans Impress "
            "ou PowerPoint, enregistrez-le de nouveau au format .pptx, puis déposez-le."
        ) from None


def verifier_diaporama(contenu: bytes, nom: str) -> Rapport:
    """The findings on the production's deck (.pptx)."""
    rapport = Rapport(nom, "diaporama", methode=METHODE)
    try:
        deck = ouvrir(contenu, nom)
    except ReponseInvalide as exc:
        rapport.refus = str(exc)
        return rapport
    g = regles()
    diapos = list(deck.slides)
    if not diapos:
        rapport.refus = f"« {nom} » ne contient aucune diapositive : déposez votre diaporama."
        return rapport
    masquees = [i for i, d in enumerate(diapos, 1) if d._element.get("show") in ("0", "false")]
    sommaires = [
        i
        for i, d in enumerate(diapos, 1)
        if i > 1 and i not in masquees and SOMMAIRE.match(plat(titre(d)).strip())
    ]
    comptees = [(i, d) for i, d in enumerate(diapos, 1) if i > 1 and i not in masquees + sommaires]
    n = len(comptees)
    r = rapport.rubrique("Nombre de diapositives")
    detail = (
        f"{len(diapos)} au total : page de garde (diapositive 1)"
        + (f", sommaire (n° {', '.join(map(str, sommaires))})" if sommaires else "")
        + (f", masquées (n° {', '.join(map(str, masquees))})" if masquees else "")
        + " non comptées"
    )
    attendu = f"{g.diapositives_min} à {g.diapositives_max} demandées par le RE"
    if g.diapositives_min <= n <= g.diapositives_max:
        r.append(Constat("ok", f"{n} diapositives comptées ({attendu}) ; {detail}.", "nombre"))
    else:
        conseil = "ajoutez-en" if n < g.diapositives_min else "regroupez ou passez en annexe"
        r.append(
            Constat(
                "manque",
                f"{n} diapositives comptées pour {attendu} ({detail}) : {conseil}.",
                "nombre",
            )
        )
    if n:
        secondes = g.presentation_minutes * 60 / n
        r.append(
            Constat(
                "conseil",
                f"Rythme : {g.presentation_minutes} minutes de présentation pour {n} "
                f"diapositives, soit environ {nombre(secondes)} secondes par diapositive. "
                "Répétez montre en main (chronomètre plus bas).",
                "rythme",
            )
        )
    _sujets(rapport, comptees)
    _lisibilite(rapport, comptees)
    return rapport


def _sujets(rapport: Rapport, comptees) -> None:
    r = rapport.rubrique("Sujets")
    titres = [titre(d) for _, d in comptees]
    sans = [i for (i, _), t in zip(comptees, titres, strict=True) if not t.strip()]
    for p in regles().parties:
        n = sum(nomme_la_competence(t, p.competence) for t in titres)
        if n:
            r.append(
                Constat(
                    "ok",
                    f"{p.competence} « {p.intitule} » : {n} titre(s) de diapositive la nomment.",
                    f"sujet_{p.competence}",
                )
            )
        else:
            mots = LIBELLES_COMPETENCE[p.competence]
            r.append(
                Constat(
                    "conseil",
                    f"{p.competence} « {p.intitule} » : aucun titre ne la nomme (« {mots} »). Le RE "
                    "vous laisse choisir les sujets du diaporama, mais le jury questionne sur "
                    "les trois compétences : montrez-les.",
                    f"sujet_{p.competence}",
                )
            )
    if sans:
        r.append(
            Constat(
                "conseil",
                f"Diapositive(s) sans titre : n° {', '.join(map(str, sans))}. Un titre qui dit "
                "le message aide le jury à vous suivre.",
                "sans_titre",
            )
        )


def _lisibilite(rapport: Rapport, comptees) -> None:
    r = rapport.rubrique("Lisibilité (conseil : le RE ne fixe pas de taille)")
    petits = []
    for i, d in comptees:
        trouve = plus_petit_texte(d, TAILLE_MIN_DIAPO, TAILLE_MIN_DIAPO - 4)
        if trouve:
            petits.append(f"n° {i} ({nombre(trouve[0])}\u00a0pt, « {extrait(trouve[1], 30)} »)")
    if petits:
        r.append(
            Constat(
                "attention",
                f"Texte sous {TAILLE_MIN_DIAPO}\u00a0pt, difficile à lire au fond d'une salle : "
                + " ; ".join(petits[:5])
                + (f" et {len(petits) - 5} autre(s)" if len(petits) > 5 else "")
                + ".",
                "petit_texte",
            )
        )
    else:
        r.append(
            Constat(
                "ok",
                f"Aucun texte lisible par le vérificateur sous {TAILLE_MIN_DIAPO}\u00a0pt.",
                "petit_texte",
            )
        )
