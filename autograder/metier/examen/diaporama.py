"""The exam deck (RE §3.1: « une présentation de 10 à 12 slides de type diaporama avec les actions
qu'il envisage de mener »), made in Impress or PowerPoint and handed in as a .pptx.

* ``modele_diaporama(chemin, titre_cas)``: the blank deck handed to the candidate (a title slide
  and French layouts, nothing of the answer);
* ``controler_diaporama(chemin, attendus)``: the checks a machine can make on the deck handed in
  (count, titles, filled slides, figures agreeing with the dashboard, actions, legibility, load,
  no picture of a table), each with French advice; ``score`` is the share passed. A file that
  cannot be checked gives a single failed check saying what to do. The rest (relevance of the
  analysis and of the actions, the talk) is the jury's, graded with a barème.
"""

from __future__ import annotations

import math
import numbers
from pathlib import Path

from autograder.metier.examen import diaporama_lecture as lec
from autograder.metier.examen.diaporama_fichier import DiaporamaIllisible, lire_diaporama
from autograder.metier.examen.diaporama_lecture import (
    LIGNES_MAX,
    MOTS_MAX,
    TAILLE_MIN,
    TAILLE_MIN_TABLEAU,
    bornes,
)
from autograder.metier.examen.diaporama_modele import modele_diaporama
from autograder.moteur.controles import Controle, part_reussie
from autograder.moteur.texte import compter_mots

HORS_SUJET = 2  # beyond twice the maximum slide count, the file is not an exam deck
PART_IMAGE = 0.25  # share of the slide a picture covers when it is the slide's main content
MOTS_CHIFFRES = ("tableau", "chiffre", "indicateur", "kpi")  # a title announcing figures

__all__ = [
    "DiaporamaIllisible", "controler_contenu", "controler_diaporama", "lire_diaporama",
    "modele_diaporama", "score",
]  # fmt: skip


# -- the checks ---------------------------------------------------------------------------------
def controler_diaporama(chemin, attendus: dict[str, float] | None = None) -> list[Controle]:
    """The checks of the deck at ``chemin``; ``attendus``: the dashboard's figures (label →
    value, rates as fractions) that a chart or a table must show, at least two of them."""
    chemin = Path(chemin)
    if not chemin.is_file():
        return [
            Controle(
                "Diaporama rendu",
                False,
                f"Fichier « {chemin} » introuvable : enregistrez votre diaporama à cet endroit, "
                "sous ce nom, au format PowerPoint (.pptx).",
            )
        ]
    return controler_contenu(chemin.read_bytes(), chemin.name, attendus)


def controler_contenu(contenu: bytes, nom: str, attendus=None) -> list[Controle]:
    """The same checks on a file's bytes (a deposit)."""
    try:
        prs = lire_diaporama(contenu, nom)
        diapos = list(prs.slides)
        if len(diapos) > HORS_SUJET * bornes()[1]:
            raise DiaporamaIllisible(
                f"« {nom} » compte {len(diapos)} diapositives : est-ce bien votre diaporama "
                f"d'examen ? L'épreuve en demande {bornes()[0]} à {bornes()[1]} ; gardez l'essentiel "
                "(constats, chiffres clés, actions) et rendez ce fichier-là."
            )
        if len(diapos) <= 1:
            raise DiaporamaIllisible(
                f"« {nom} » ne contient {'que la page de titre' if diapos else 'aucune diapositive'} : "
                "ajoutez vos diapositives "
                f"({bornes()[0]} à {bornes()[1]} au total) avec vos chiffres et vos actions."
            )
        surface = (prs.slide_width or 9144000) * (prs.slide_height or 6858000)
        return [
            _nombre(diapos),
            _titres(diapos),
            _remplies(diapos),
            _chiffres(diapos, attendus),
            _actions(diapos),
            _lisible(diapos),
            _charge(diapos),
            _images(diapos, surface),
        ]
    except DiaporamaIllisible as exc:
        return [Controle("Diaporama lisible", False, str(exc))]
    except Exception:  # an odd part python-pptx cannot read: never a traceback for the learner
        return [
            Controle(
                "Diaporama lisible",
                False,
                f"« {nom} » ne se relit pas en entier : ouvrez-le dans Impress ou PowerPoint, "
                "enregistrez-le de nouveau au format .pptx, puis rendez-le.",
            )
        ]


score = part_reussie  # the share of checks passed (0 for a file that could not be checked)


def _liste(elements) -> str:
    elements = list(elements)
    return ", ".join(elements[:-1]) + " et " + elements[-1] if len(elements) > 1 else elements[0]


def _cites(libelles) -> str:
    return _liste(f"« {x} »" for x in libelles)


def _diapos(numeros) -> str:
    numeros = [str(n) for n in numeros]
    return f"diapositive{'s' if len(numeros) > 1 else ''} {_liste(numeros)}"


def _pt(x: float) -> str:
    return f"{round(x, 1):g}".replace(".", ",")


def _nombre(diapos) -> Controle:
    n, (bas, haut) = len(diapos), bornes()
    libelle = f"De {bas} à {haut} diapositives"
    if n < bas:
        return Controle(libelle, False, f"{n} diapositives : ajoutez-en au moins {bas - n}.")
    if n > haut:
        return Controle(
            libelle, False, f"{n} diapositives : supprimez-en ou regroupez-en au moins {n - haut}."
        )
    return Controle(libelle, True, f"{n} diapositives.")


def _titres(diapos) -> Controle:
    sans = [i for i, d in enumerate(diapos, 1) if not lec.titre(d)]
    if not sans:
        return Controle("Un titre sur chaque diapositive", True, "chaque diapositive a son titre.")
    return Controle(
        "Un titre sur chaque diapositive",
        False,
        f"{_diapos(sans)} sans titre : choisissez une disposition avec titre (PowerPoint : "
        "Accueil › Disposition ; Impress : Diapo › Mise en page) et écrivez-y ce que la "
        "diapositive montre.",
    )


def _remplies(diapos) -> Controle:
    vides = [i for i, d in enumerate(diapos[1:-1], 2) if not lec.a_du_contenu(d)]
    if not vides:
        return Controle("Diapositives remplies", True, "chaque diapositive a un contenu.")
    return Controle(
        "Diapositives remplies",
        False,
        f"{_diapos(vides)} : un titre et rien dessous. Complétez-les ou supprimez-les.",
    )


def _chiffres(diapos, attendus) -> Controle:
    libelle = "Chiffres du tableau de bord en graphique ou en tableau"
    nombres = []
    for d in diapos:
        for g in lec.graphiques(d):
            nombres += lec.nombres_du_graphique(g)
        for t in lec.tableaux(d):
            nombres += lec.nombres_du_tableau(t)
    note = _illisibles(
        diapos,
        "présentez ces chiffres dans un vrai tableau ou un graphique.",
        images=not any(lec.graphiques(d) or lec.tableaux(d) for d in diapos),
    )
    if not any(lec.graphiques(d) or lec.tableaux(d) for d in diapos):
        return Controle(
            libelle,
            False,
            "aucun graphique ni tableau : présentez vos chiffres clés dans un graphique "
            "(PowerPoint : Insertion › Graphique ; Impress : Insertion › Diagramme) ou un tableau "
            "(Insertion › Tableau)." + note,
        )
    attendus = {
        k: float(v)
        for k, v in (attendus or {}).items()
        if isinstance(v, numbers.Real) and not isinstance(v, bool) and math.isfinite(v)
    }
    if not attendus:
        ok = bool(nombres)
        return Controle(
            libelle,
            ok,
            "vos graphiques et tableaux montrent vos chiffres."
            if ok
            else "vos graphiques et tableaux ne montrent aucun chiffre : ajoutez-y vos résultats."
            + note,
        )
    utiles = {k: v for k, v in attendus.items() if v != 0} or attendus
    trouves = [k for k, v in utiles.items() if any(lec.proche(x, v) for x in nombres)]
    besoin = min(2, len(utiles))
    if len(trouves) >= besoin:
        return Controle(libelle, True, f"chiffres retrouvés : {_cites(trouves)}.")
    manquants = [k for k in utiles if k not in trouves][:3]
    deja = f" (retrouvé : {_cites(trouves)})" if trouves else ""
    return Controle(
        libelle,
        False,
        f"vos graphiques et tableaux ne reprennent pas les chiffres de votre tableau de bord"
        f"{deja} : recopiez-y les valeurs de votre classeur, par exemple {_cites(manquants)} "
        f"(il en faut au moins {besoin})." + note,
    )


def _illisibles(diapos, conseil: str, images: bool = False) -> str:
    """« Le correcteur ne peut pas relire … » what is shown but unreadable (SmartArt, embedded
    object; pictures too if asked), followed by the advice; "" when there is none."""
    vus: dict[str, list[int]] = {}
    for i, d in enumerate(diapos, 1):
        for quoi in lec.illisibles(d) + (["image"] if images and lec.images(d) else []):
            vus.setdefault(quoi, []).append(i)
    if not vus:
        return ""
    articles = {"objet incorporé": "l'", "image": "l'", "SmartArt": "le "}
    cites = [f"{articles[q]}{q} ({_diapos(sorted(set(n)))})" for q, n in vus.items()]
    return f" Le correcteur ne peut pas relire {_liste(cites)} : {conseil}"


def _actions(diapos) -> Controle:
    libelle = "Actions : objectif, moyens, délai, coût, indicateur"
    trouvees, ou = [], []
    for i, d in enumerate(diapos, 1):
        for t in lec.tableaux(d):
            actions = lec.actions_du_tableau(t)
            if actions:
                trouvees += actions
                ou.append(i)
    if not trouvees:
        for i, d in enumerate(diapos, 1):
            actions = lec.actions_du_texte(d)
            if actions:
                trouvees += actions
                ou.append(i)
    if not trouvees:
        return Controle(
            libelle,
            False,
            "aucune diapositive d'actions repérée : ajoutez un tableau d'une ligne par action, "
            "avec les colonnes Action, Objectif, Moyens, Délai, Coût et Indicateur (ou, sur une "
            "diapositive titrée « Plan d'actions », un bloc de texte par action qui donne ces "
            "cinq éléments)."
            + _illisibles(diapos, "présentez vos actions dans un tableau ou en texte."),
        )
    problemes = []
    for nom, donnes in trouvees:
        manque = [texte for cle, (texte, _) in lec.ELEMENTS.items() if cle not in donnes]
        if manque:
            problemes.append(f"action « {nom} » : il manque {_liste(manque)}")
    if len(trouvees) < 2:
        problemes.append(
            f"une seule action trouvée ({_diapos(sorted(set(ou)))}) : présentez-en au moins 2"
        )
    if problemes:
        return Controle(
            libelle,
            False,
            " ; ".join(problemes) + ". Chaque action donne son objectif, ses moyens, son délai, "
            "son coût et son indicateur de suivi.",
        )
    return Controle(
        libelle,
        True,
        f"{len(trouvees)} actions complètes ({_diapos(sorted(set(ou)))}).",
    )


def _sans_defaut(diapos, libelle, trouver, bien: str, conseil: str) -> Controle:
    """A defect absent from every slide: ``trouver(i, diapo)`` describes it on a slide (or "");
    with nothing under any title, there is nothing to judge and the check fails."""
    if not any(lec.a_du_contenu(d) for d in diapos[1:]):
        return Controle(libelle, False, "rien à juger : aucune diapositive n'a de contenu.")
    defauts = [texte for i, d in enumerate(diapos, 1) if (texte := trouver(i, d))]
    if not defauts:
        return Controle(libelle, True, bien)
    return Controle(libelle, False, " ; ".join(defauts) + ". " + conseil)


def _lisible(diapos) -> Controle:
    def trouver(i, d):
        petit = lec.plus_petit_texte(d, TAILLE_MIN, TAILLE_MIN_TABLEAU)
        if petit:
            taille, texte = petit
            return f"diapositive {i} : texte en {_pt(taille)} pt (« {lec.extrait(texte, 30)} »)"
        return ""

    return _sans_defaut(
        diapos,
        f"Texte lisible une fois projeté ({TAILLE_MIN} pt au moins)",
        trouver,
        "la taille du texte convient.",
        f"Passez le texte à {TAILLE_MIN} pt au moins ({TAILLE_MIN_TABLEAU} pt dans un tableau) ; "
        "s'il ne tient plus, allégez la diapositive.",
    )


def _charge(diapos) -> Controle:
    def trouver(i, d):
        lignes = [
            p.text
            for f in lec.textes_du_corps(d)
            for p in f.text_frame.paragraphs
            if p.text.strip()
        ]
        mots = compter_mots(" ".join(lignes))
        trop = [f"{mots} mots"] if mots > MOTS_MAX else []
        trop += [f"{len(lignes)} lignes"] if len(lignes) > LIGNES_MAX else []
        return (
            f"diapositive {i} (« {lec.extrait(lec.titre(d), 30)} ») : {_liste(trop)}"
            if trop
            else ""
        )

    return _sans_defaut(
        diapos,
        f"Diapositives non surchargées ({MOTS_MAX} mots, {LIGNES_MAX} lignes au plus)",
        trouver,
        "aucune diapositive surchargée.",
        "Gardez les idées clés et dites le reste à l'oral (ou mettez-le dans les notes de la "
        "diapositive).",
    )


def _images(diapos, surface: int) -> Controle:
    def trouver(i, d):
        if lec.graphiques(d) or lec.tableaux(d) or not lec.mot(lec.titre(d), MOTS_CHIFFRES):
            return ""
        if any((im.width or 0) * (im.height or 0) >= PART_IMAGE * surface for im in lec.images(d)):
            return f"diapositive {i} (« {lec.extrait(lec.titre(d), 30)} ») : vos chiffres sont une image"
        return ""

    return _sans_defaut(
        diapos,
        "Chiffres lisibles (pas d'image de tableau)",
        trouver,
        "aucun tableau collé en image.",
        "Ni le jury ni le correcteur ne peuvent relire les chiffres d'une image : remplacez-la "
        "par un vrai tableau (Insertion › Tableau) ou un graphique (PowerPoint : Insertion › "
        "Graphique ; Impress : Insertion › Diagramme).",
    )
