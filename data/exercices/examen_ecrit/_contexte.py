"""Mock written exam (title size, 4 h) — the data shared by the notebook: the subject drawn from
the learner's seed (two company contexts) and each context's figures (autograder.metier.examen).
The candidate picks one context at the start; every deliverable is graded against the context its
figures match (livrables.py), so the grade follows the files handed in."""

from autograder.metier.examen.livrables import tirer_sujet

EXERCICES = ["tableau_de_bord", "diaporama", "proposition"]


def construire(graine: int) -> dict:
    return {"sujet": tirer_sujet(graine)}
