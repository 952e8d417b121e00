"""A learner's working session on one graded notebook (devoir), without any display.

- opens the answer store beside the notebook and the learner identifier kept in it,
- seeds the notebook's data from that identifier (two learners get different numbers),
- instantiates each exercise, reads, saves and scores answers (`repondre`), and grades them for
  the nbgrader grade cells (`noter`).
In a notebook the learner gets it through `ouvrir_seance` (autograder.widgets.seance), which adds
the widgets; tests, the benchmark and `ntc` use it as it is.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import random
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from autograder.moteur import banque, tableur
from autograder.moteur.exercice import Contexte, Exercice, Verdict
from autograder.moteur.formats import AvecFichier, ReponseInvalide
from autograder.moteur.reponses import Reponses

CLE_TIRAGE = "tirage"  # in the answer store: the sitting number of a self-learner's new draw
IDENTIFIANT_VALIDE = re.compile(r"^[\w.@-]{1,64}$")
# Login names of containers and servers (Docker images, Jupyter stacks), not of a person.
COMPTES_SYSTEME = frozenset({"root", "jovyan", "nobody", "ubuntu", "debian", "admin", "user"})


def graine(*parts: str) -> int:
    """Stable seed from text (Python's hash() changes between processes)."""
    return int(hashlib.sha256("|".join(parts).encode()).hexdigest()[:12], 16)


def mode_correction() -> bool:
    """'entrainement' (default) shows right/wrong at once; 'evaluation' only confirms saving."""
    return os.environ.get("NTC_MODE", "entrainement").strip().lower() != "evaluation"


def note_nulle(raison: str) -> AssertionError:
    """The failure of a grade cell (0 point), marked so that the notebook shows the French reason
    alone, without a traceback through the engine (moteur/aide.py)."""
    exc = AssertionError(raison)
    exc.ntc_note_nulle = True
    return exc


def dans_la_correction() -> bool:
    """True when the kernel runs in nbgrader's autograde folder (autograded/<learner>/<devoir>):
    what only a learner downloads (the data workbook) is not written there."""
    parties = Path.cwd().parts
    return len(parties) >= 3 and parties[-3] == "autograded"


def identifiant_par_defaut() -> str:
    for var in ("NTC_IDENTIFIANT", "JUPYTERHUB_USER", "NB_USER"):
        if os.environ.get(var):
            return _nettoyer(os.environ[var])
    try:
        nom = getpass.getuser()
    except Exception:  # no login name (some containers)
        return "apprenant"
    # A system account names the machine, not the learner: greet them as « apprenant » instead.
    return "apprenant" if nom in COMPTES_SYSTEME else _nettoyer(nom)


def _nettoyer(texte: str) -> str:
    propre = re.sub(r"[^\w.@-]+", "-", texte.strip())[:64]
    return propre or "apprenant"


def points_obtenus(verdict: Verdict, points: float) -> float:
    """The points nbgrader gives a grade cell for this verdict (what `noter` makes it record)."""
    if verdict.score <= 0:
        return 0.0
    return points if verdict.juste else round(verdict.score * points, 2)


class Seance:
    entrainement = False  # True for a practice variant: nothing saved, nothing graded

    def __init__(self, devoir: str, dossier=None, *, lecture_seule: bool = False):
        banque.lister(devoir)  # clear French error for an unknown devoir, before anything else
        self.devoir = devoir
        self.reponses = Reponses(devoir, dossier, lecture_seule=lecture_seule)
        if not self.reponses.identifiant:
            self.reponses.fixer_identifiant(identifiant_par_defaut())
        self._donnees: dict[str, Any] | None = None
        self._exercices: dict[str, Exercice] = {}
        # Called with (nom, verdict) after each saved answer: a front end refreshes what it shows.
        self.apres_reponse: list[Callable[[str, Verdict], None]] = []

    # -- identity and data ---------------------------------------------------------------------
    @property
    def identifiant(self) -> str:
        return self.reponses.identifiant

    def changer_identifiant(self, nouveau: str) -> None:
        """Choose your identifier (before answering: it decides your numbers)."""
        if not isinstance(nouveau, str) or not IDENTIFIANT_VALIDE.match(nouveau.strip()):
            raise ReponseInvalide(
                "Identifiant invalide : lettres, chiffres, point, tiret ou @ (64 caractères au plus)."
            )
        if self.reponses.cles():
            raise ReponseInvalide(
                "Vous avez déjà répondu avec l'identifiant "
                f"« {self.identifiant} » : le changer modifierait vos données. Il est conservé."
            )
        self.reponses.fixer_identifiant(nouveau.strip())
        self._donnees, self._exercices = None, {}

    @property
    def tirage(self) -> int:
        """0, or the number of the new sitting a self-learner asked for (new data, new seed)."""
        n = self.reponses.valeur(CLE_TIRAGE)
        return n if isinstance(n, int) and not isinstance(n, bool) and n > 0 else 0

    def _parts(self) -> tuple[str, ...]:
        return (self.identifiant, self.devoir) + ((f"tirage-{self.tirage}",) if self.tirage else ())

    @property
    def graine(self) -> int:
        return graine(*self._parts())

    @property
    def donnees(self) -> dict[str, Any]:
        """The notebook's shared data, built from the learner's seed (e.g. donnees['ventes'])."""
        if self._donnees is None:
            contexte = banque.charger_contexte(self.devoir)
            self._donnees = contexte.construire(self.graine) if contexte else {}
        return self._donnees

    # -- the data as a spreadsheet (every item answerable without code) -------------------------
    def feuilles(self) -> list:
        """The tables the exercises compute from (`classeur(donnees)` of _contexte.py), or []."""
        contexte = banque.charger_contexte(self.devoir)
        if contexte is None or not hasattr(contexte, "classeur"):
            return []
        try:
            return list(contexte.classeur(self.donnees))
        except Exception as exc:  # a corrupt CRM file, a broken generator: say it in French
            raise tableur.ClasseurIllisible(
                f"Vos données n'ont pas pu être préparées ({type(exc).__name__} : {exc}). "
                "Vos réponses enregistrées sont intactes ; prévenez votre formateur."
            ) from exc

    @property
    def chemin_classeur(self):
        """donnees/<devoir>_<identifiant>.xlsx in the notebook's folder (a name nbgrader never
        ships in solutions/, so autograde never overwrites it)."""
        dossier = self.reponses.chemin.parent.parent
        return dossier / tableur.DOSSIER / f"{self.devoir}_{self.identifiant}.xlsx"

    def ecrire_classeur(self, *, reecrire: bool = False):
        """Write the learner's workbook once (reused while readable); returns its path or None."""
        feuilles = self.feuilles()
        if not feuilles:
            return None
        chemin = self.chemin_classeur
        if dans_la_correction() and not reecrire:  # the same page, without a file nobody opens
            return chemin
        if reecrire or not tableur.classeur_lisible(chemin):
            try:
                tableur.ecrire_classeur(chemin, feuilles)
            except OSError as exc:
                raise tableur.ClasseurIllisible(
                    f"Le classeur {chemin} n'a pas pu être écrit ({exc.strerror or exc})."
                ) from exc
        return chemin

    def graine_exercice(self, nom: str) -> int:
        """Seed of one exercise's own draws (a practice variant changes it)."""
        return graine(*self._parts(), nom)

    def nouveau_tirage(self, a_ranger=()) -> Path:
        """Sit the notebook again with new data: its answer file and the `a_ranger` paths
        (relative to the notebook's folder: templates, deposits) move to sessions/tirage-<n>/,
        nothing is deleted; the identifier stays, the seed changes. Returns the archive folder."""
        dossier = Path(self.reponses.dossier)
        archive = dossier / "sessions" / f"{self.devoir}-tirage-{self.tirage}"
        suivant = self.tirage + 1
        while archive.exists():  # an earlier archive of the same number is never overwritten
            archive = archive.with_name(archive.name + "-bis")
        archive.mkdir(parents=True)
        for relatif in (self.reponses.chemin.relative_to(dossier), *a_ranger):
            source = dossier / relatif
            if source.exists():
                (archive / relatif).parent.mkdir(parents=True, exist_ok=True)
                shutil.move(source, archive / relatif)
        identifiant = self.identifiant
        self.reponses = Reponses(self.devoir, dossier)
        self.reponses.fixer_identifiant(identifiant)
        self.reponses.enregistrer(CLE_TIRAGE, suivant)
        self._donnees, self._exercices = None, {}
        return archive

    def exercice(self, nom: str) -> Exercice:
        if nom not in self._exercices:
            module = banque.charger_exercice(self.devoir, nom)
            rng = random.Random(self.graine_exercice(nom))
            ctx = Contexte(self.graine, self.donnees, rng, self.reponses.dossier)
            self._exercices[nom] = Exercice(self.devoir, nom, module, ctx)
        return self._exercices[nom]

    # -- answering -----------------------------------------------------------------------------
    def repondre(self, nom: str, brute: Any, *, depuis_code: bool = False) -> Verdict:
        """Read, save and score an answer; a refused answer leaves the saved one untouched.

        An answer computed by code never replaces a saved answer that scores better: the two
        routes (widget, code) are alternatives, and a failed attempt by code costs nothing."""
        ex = self.exercice(nom)
        valeur = ex.lire(brute, depuis_code=depuis_code)  # raises before anything is saved
        if isinstance(valeur, AvecFichier):  # a recording: its file first, then the answer
            try:
                self.reponses.ecrire_fichier(valeur.fichier, valeur.contenu)
            except OSError as exc:
                raise ReponseInvalide(
                    f"Fichier « {valeur.fichier} » non enregistré ({exc.strerror or exc}) : "
                    "votre enregistrement précédent est intact."
                ) from exc
            valeur = valeur.valeur
        verdict = ex.evaluer(valeur)
        deja = self.reponses.valeur(nom)
        if depuis_code and deja is not None and ex.evaluer(deja).score > verdict.score:
            return verdict
        try:
            self.reponses.enregistrer(nom, valeur, brute=brute if isinstance(brute, str) else None)
        except OSError as exc:
            raise ReponseInvalide(
                f"Réponse non enregistrée : le fichier {self.reponses.chemin} n'a pas pu être "
                f"écrit ({exc.strerror or exc}). Vos réponses précédentes sont intactes."
            ) from exc
        for ecouteur in self.apres_reponse:
            ecouteur(nom, verdict)
        return verdict

    def valeur_variable(self, ex: Exercice) -> Any:
        """The value of the exercise's VARIABLE in the notebook (answer by code)."""
        if not ex.variable:
            raise ReponseInvalide(
                f"L'exercice « {ex.nom} » se répond avec le widget, pas par code."
            )
        valeur = _espace_de_noms().get(ex.variable)
        if valeur is None:
            raise ReponseInvalide(
                f"La variable « {ex.variable} » n'est pas encore calculée : complétez et exécutez "
                "la cellule au-dessus, ou répondez dans le champ de l'exercice."
            )
        return valeur

    def calculee(self, ex: Exercice) -> bool:
        """Has the learner computed this exercise's optional VARIABLE in the notebook?"""
        return bool(ex.variable) and _espace_de_noms().get(ex.variable) is not None

    # -- grading (nbgrader grade cells) --------------------------------------------------------
    def noter(self, nom: str) -> float | None:
        """Grade one exercise: raises AssertionError (0 point) with a French reason, returns the
        partial score in points when partly right, and returns None (full marks) when right."""
        ex = self.exercice(nom)
        # Either route earns the points: the answer saved by the widget, or the VARIABLE computed
        # by code (optional); when both exist, the better one counts.
        verdicts = []
        if (enregistree := self.reponses.valeur(nom)) is not None:
            verdicts.append(ex.evaluer(enregistree))
        if self.calculee(ex):
            try:
                verdicts.append(ex.evaluer(ex.lire(self.valeur_variable(ex), depuis_code=True)))
            except ReponseInvalide as exc:
                if not verdicts:
                    raise note_nulle(str(exc)) from None
        if not verdicts:
            raise note_nulle(f"Aucune réponse enregistrée pour « {ex.titre} ».")
        verdict = max(verdicts, key=lambda v: v.score)
        if verdict.score <= 0:
            raise note_nulle(" ".join([verdict.message, *verdict.details]))
        print(f"{ex.titre} : {verdict.message}")
        if verdict.juste:
            return None
        return points_obtenus(verdict, ex.points)

    def points_enregistres(self, nom: str) -> tuple[float, Verdict] | None:
        """Points and verdict of the answer saved for this exercise (None: nothing saved), as the
        grade cell scores it; an answer by code that was never saved is not seen here."""
        ex = self.exercice(nom)
        if (enregistree := self.reponses.valeur(nom)) is None:
            return None
        verdict = ex.evaluer(enregistree)
        return points_obtenus(verdict, ex.points), verdict

    def bilan(self):
        """Progress table: each exercise, its criteria, and whether it is answered / right."""
        import pandas as pd

        lignes = []
        for nom in banque.lister(self.devoir):
            ex = self.exercice(nom)
            rep = self.reponses.valeur(nom)
            lignes.append(
                {
                    "exercice": ex.titre,
                    "critères": ", ".join(ex.criteres) or "aucun (entraînement)",
                    "répondu": "oui" if rep is not None else "non",
                    "score": f"{ex.evaluer(rep).score:.0%}" if rep is not None else "",
                }
            )
        return pd.DataFrame(lignes)


def _espace_de_noms() -> dict[str, Any]:
    try:
        from IPython import get_ipython
    except ImportError:
        return {}
    shell = get_ipython()
    return shell.user_ns if shell is not None else {}
