"""One sitting of the written exam in a notebook.

As at the exam (RE §3.1), the candidate chooses one of the subject's two contexts before the
start; the choice is kept in the answer store and fixed once the clock runs. Starting writes, in
`modeles/` beside the notebook, the blank files of the deliverables of the chosen size and the
case dossier (HTML to read on screen, PDF to print). Deliverables are deposited through their
exercises (format Document, in `rendus/`); `depots()` says where each stands, late or not.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from autograder.metier.examen import livrables, tailles
from autograder.metier.examen.dossier import dossier_html, dossier_pdf
from autograder.moteur import banque
from autograder.moteur.chrono import Chrono, duree_en_clair
from autograder.moteur.formats import ReponseInvalide

CLE_CHOIX = "contexte_choisi"
CLE_TAILLE = "taille_choisie"  # a self-learner's choice of size, in the lesson
DOSSIER = "modeles"


def taille_choisie(seance) -> str:
    """The size a self-learner chose in the lesson (the title's until they choose)."""
    taille = seance.reponses.valeur(CLE_TAILLE)
    return taille if taille in tailles.TAILLES else "titre"


class Passation:
    def __init__(self, seance, taille: str | None = None):
        """`taille`: « titre », « ccp_prospection » or « ccp_negociation »; by default the size
        the assignment declares (TAILLE of its _contexte.py), else the title's."""
        self.seance = seance
        if taille is None:
            taille = getattr(banque.charger_contexte(seance.devoir), "TAILLE", "titre")
        self.epreuve = tailles.epreuve(taille)
        self.sujet: livrables.Sujet = seance.donnees["sujet"]
        self.chrono = Chrono(
            seance.reponses, f"ecrit_{taille}", self.epreuve.duree_minutes * 60, "Épreuve écrite"
        )
        declares = set(banque.lister(seance.devoir))
        self.livrables = tuple(x for x in self.epreuve.livrables if x in declares)

    # -- the context ---------------------------------------------------------------------------
    @property
    def choix(self) -> str | None:
        ident = self.seance.reponses.valeur(CLE_CHOIX)
        return ident if ident in self.sujet.cas else None

    def choisir(self, ident: str) -> None:
        if self.chrono.debut is not None and ident != self.choix:
            raise ReponseInvalide(
                "Le contexte est fixé depuis le début de l'épreuve : il ne change plus."
            )
        if ident not in self.sujet.cas:
            raise ReponseInvalide(f"Contexte inconnu : « {ident} ».")
        self.seance.reponses.enregistrer(CLE_CHOIX, ident)

    def presentation(self, ident: str) -> str:
        """One line to choose by: company, sector, town, headcount."""
        c = self.sujet.contexte(ident)
        e = c["entreprise"]
        return f"{e['nom']} — {c['secteur']} ({e['ville']}, {e['effectif']} salariés)"

    # -- starting ------------------------------------------------------------------------------
    def raison_de_ne_pas_commencer(self) -> str | None:
        if self.choix is None:
            return "Choisissez d'abord votre contexte d'entreprise : le temps démarre ensuite."
        return None

    @property
    def dossier(self) -> Path:
        return Path(self.seance.reponses.dossier) / DOSSIER

    def preparer(self) -> dict[str, Path]:
        """The blank files and the dossier of the chosen context (kept if already written: a
        template may hold the learner's work)."""
        if self.choix is None:
            raise ReponseInvalide(self.raison_de_ne_pas_commencer())
        ecrits = livrables.ecrire_modeles(self.dossier, self.sujet, self.choix, self.livrables)
        contexte, cas = self.sujet.contexte(self.choix), self.sujet.cas[self.choix]
        html_ = self.dossier / "dossier.html"
        if not html_.exists():
            html_.write_text(dossier_html(contexte, cas, self.epreuve.taille), encoding="utf-8")
        pdf = self.dossier / "dossier.pdf"
        if not pdf.exists():
            dossier_pdf(contexte, cas, pdf, self.epreuve.taille)
        return {"dossier_html": html_, "dossier_pdf": pdf, **ecrits}

    # -- a new sitting (self-learners) --------------------------------------------------------------
    def nouveau_sujet(self) -> Path:
        """Sit the exam again on a new subject with new figures: this sitting's answers, blank files
        and deposits are moved to sessions/ (nothing is deleted). Returns that folder."""
        return self.seance.nouveau_tirage((DOSSIER, "rendus"))

    # -- where the deliverables stand ------------------------------------------------------------
    def depots(self) -> list[tuple[str, str]]:
        """(deliverable, French state) for each deliverable of the size."""
        sortie = []
        for livrable in self.livrables:
            entree = self.seance.reponses.get(livrable)
            if not entree:
                sortie.append((livrable, "pas encore déposé"))
                continue
            quand = datetime.fromisoformat(entree["horodatage"])
            retard = self.chrono.retard(quand)
            etat = f"déposé à {quand:%H:%M}"
            if self.chrono.debut is not None:
                etat += (
                    f", {duree_en_clair(retard)} après la fin de l'épreuve"
                    if retard
                    else ", dans les temps"
                )
            sortie.append((livrable, etat))
        return sortie
