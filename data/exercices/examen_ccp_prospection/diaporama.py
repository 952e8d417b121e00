"""La déclaration de l'examen du titre (data/exercices/examen_ecrit/diaporama.py), reprise telle quelle :
même énoncé, même correction, mêmes critères et mêmes points."""

from autograder.moteur import banque

globals().update(banque.reprendre("examen_ecrit", "diaporama"))
