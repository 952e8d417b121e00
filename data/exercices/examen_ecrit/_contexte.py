"""Mock written exam (title size, 4 h) — the data shared by the notebook: the subject drawn from
the learner's seed (two company contexts) and each context's figures (autograder.metier.examen).
The candidate picks one context at the start; every deliverable is graded against the context its
figures match (livrables.py), so the grade follows the files handed in. The deliverables are the
size's, read in autograder/metier/examen/tailles.py (the CCP sizes: examen_ccp_*)."""

from autograder.metier.examen.livrables import tirer_sujet
from autograder.metier.examen.tailles import TAILLES

TAILLE = "titre"
EXERCICES = list(TAILLES[TAILLE])


def construire(graine: int) -> dict:
    return {"sujet": tirer_sujet(graine)}
