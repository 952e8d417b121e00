"""Mock written exam, size of the CCP « Élaborer une stratégie de prospection et la mettre en
œuvre » (1 h 30: dashboard and slides): the title's subject and deliverables
(data/exercices/examen_ecrit/), restricted to this size's (autograder/metier/examen/tailles.py)."""

from autograder.metier.examen.livrables import tirer_sujet
from autograder.metier.examen.tailles import TAILLES

TAILLE = "ccp_prospection"
EXERCICES = list(TAILLES[TAILLE])


def construire(graine: int) -> dict:
    return {"sujet": tirer_sujet(graine)}
