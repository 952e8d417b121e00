"""Mock exam, oral part (RE §3.1) — the data shared by the notebook: the subject drawn from the
learner's seed, the same as in the written part (examen_ecrit): two company contexts and their
figures. The orals are scored by the trainer with the jury kit's grids (`ntc jury`); the only
automatic item is the deck the candidate presents, deposited again here."""

from autograder.metier.examen.livrables import tirer_sujet

EXERCICES = ["diaporama_oral"]


def construire(graine: int) -> dict:
    return {"sujet": tirer_sujet(graine)}
