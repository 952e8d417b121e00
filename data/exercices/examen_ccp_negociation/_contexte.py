"""Mock written exam, size of the CCP « Négocier une solution technique et commerciale et
consolider l'expérience client » (3 h: the proposal): the title's subject and deliverable
(data/exercices/examen_ecrit/), restricted to this size's (autograder/metier/examen/tailles.py)."""

from autograder.metier.examen.livrables import tirer_sujet
from autograder.metier.examen.tailles import TAILLES

TAILLE = "ccp_negociation"
EXERCICES = list(TAILLES[TAILLE])


def construire(graine: int) -> dict:
    return {"sujet": tirer_sujet(graine)}
