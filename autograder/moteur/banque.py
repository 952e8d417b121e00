"""The exercise bank: one exercise = one declaration file `data/exercices/<devoir>/<nom>.py`.

Like a PrairieLearn question folder, the file holds everything about the exercise: its data
generator, its statement, its expected answer and its feedback. `_contexte.py` in the same folder
builds the data shared by the whole notebook (e.g. the learner's sales figures).

Required in a declaration: TITRE, CRITERES, POINTS, FORMAT, generer(ctx), enonce(p), and
solution(p) (Nombre) or options(p) (Choix, ChoixMultiple) or elements(p) (Classement), or
lire/noter/solution (Personnalise, see formats.py) or fenetre(p) (Enregistrement); a Quiz draws
its questions from the bank.
Optional: VARIABLE (answered by code in the notebook), diagnostics(p), explication(p).
"""

from __future__ import annotations

import importlib.util
import re
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

from autograder.moteur.paths import data_path

OBLIGATOIRES = ("TITRE", "CRITERES", "POINTS", "FORMAT", "generer", "enonce")
NOM_VALIDE = re.compile(r"^[a-z][a-z0-9_]*$")


class DeclarationInvalide(Exception):
    """An exercise or context file that cannot be used (message in French, names the file)."""


def dossier_devoir(devoir: str) -> Path:
    return data_path("exercices", devoir)


def lister(devoir: str) -> list[str]:
    """Names of the exercises of a devoir, in notebook order (EXERCICES of _contexte.py)."""
    dossier = dossier_devoir(devoir)
    if not dossier.is_dir():
        raise DeclarationInvalide(f"Aucun dossier d'exercices pour « {devoir} » ({dossier}).")
    fichiers = sorted(p.stem for p in dossier.glob("*.py") if not p.stem.startswith("_"))
    contexte = charger_contexte(devoir)
    ordre = list(getattr(contexte, "EXERCICES", fichiers))
    if sorted(ordre) != fichiers:
        raise DeclarationInvalide(
            f"_contexte.py de « {devoir} » : EXERCICES ne correspond pas aux fichiers "
            f"(en trop : {sorted(set(ordre) - set(fichiers))}, "
            f"manquants : {sorted(set(fichiers) - set(ordre))})."
        )
    return ordre


@cache
def _charger_module(chemin: Path, nom_module: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(nom_module, chemin)
    module = importlib.util.module_from_spec(spec)
    sys.modules[nom_module] = module
    try:
        spec.loader.exec_module(module)
    except Exception as exc:
        sys.modules.pop(nom_module, None)
        raise DeclarationInvalide(
            f"Le fichier d'exercice « {chemin.name} » ne se charge pas : "
            f"{type(exc).__name__} : {exc}"
        ) from exc
    return module


def charger_exercice(devoir: str, nom: str) -> ModuleType:
    """Load and validate one exercise declaration."""
    if not NOM_VALIDE.match(nom):
        raise DeclarationInvalide(f"Nom d'exercice invalide : « {nom} ».")
    chemin = dossier_devoir(devoir) / f"{nom}.py"
    if not chemin.exists():
        connus = ", ".join(lister(devoir))
        raise DeclarationInvalide(
            f"Exercice inconnu : « {nom} » dans « {devoir} ». Exercices disponibles : {connus}."
        )
    module = _charger_module(chemin, f"ntc_exercices.{devoir}.{nom}")
    manquants = [a for a in OBLIGATOIRES if not hasattr(module, a)]
    nature = getattr(getattr(module, "FORMAT", None), "nature", None)
    besoin = {
        "nombre": ("solution",),
        "choix": ("options",),
        "choix_multiple": ("options",),
        "classement": ("elements",),
        "personnalise": ("lire", "noter", "solution", "reponse_fausse"),
        "quiz": (),
        "enregistrement": ("fenetre",),
        "document": ("exemple",),
    }.get(nature, ("elements",))
    manquants += [b for b in besoin if not hasattr(module, b)]
    if nature == "document" and not hasattr(module, "evaluer_document"):
        manquants += [b for b in ("options", "controler") if not hasattr(module, b)]
    if manquants:
        raise DeclarationInvalide(
            f"Le fichier d'exercice « {chemin.name} » est incomplet : il manque "
            + ", ".join(manquants)
            + "."
        )
    return module


def charger_contexte(devoir: str) -> ModuleType | None:
    chemin = dossier_devoir(devoir) / "_contexte.py"
    if not chemin.exists():
        return None
    module = _charger_module(chemin, f"ntc_exercices.{devoir}._contexte")
    if not hasattr(module, "construire"):
        raise DeclarationInvalide(f"« {chemin} » doit définir construire(graine).")
    return module


def reprendre(devoir: str, nom: str) -> dict:
    """The public names of another assignment's declaration, for one that reuses it as it is
    (the CCP sizes of the mock exam reuse the title's deliverables):
    `globals().update(banque.reprendre("examen_ecrit", "diaporama"))`."""
    module = charger_exercice(devoir, nom)
    return {k: v for k, v in vars(module).items() if not k.startswith("_")}
