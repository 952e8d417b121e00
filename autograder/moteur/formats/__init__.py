"""Answer formats, one module each: how an answer is read, checked for plausibility, scored and
explained. A format knows nothing about widgets (autograder.widgets) nor the answer store (a
recording's or a document's format reads its own file); an exercise declaration picks one
(``FORMAT = Nombre(unite="%")``) and gives the expected answer."""

from autograder.moteur.formats.base import AvecFichier, Element, Format, Option, ReponseInvalide
from autograder.moteur.formats.choix import Choix, ChoixMultiple
from autograder.moteur.formats.classement import Classement
from autograder.moteur.formats.document import Document
from autograder.moteur.formats.enregistrement import Enregistrement
from autograder.moteur.formats.nombre import Nombre
from autograder.moteur.formats.personnalise import Personnalise
from autograder.moteur.formats.quiz import Quiz
from autograder.moteur.formats.tirages import pieges_distincts, tirer_options, tirer_par_categorie

__all__ = [
    "AvecFichier",
    "Choix",
    "ChoixMultiple",
    "Classement",
    "Document",
    "Element",
    "Enregistrement",
    "Format",
    "Nombre",
    "Option",
    "Personnalise",
    "Quiz",
    "ReponseInvalide",
    "pieges_distincts",
    "tirer_options",
    "tirer_par_categorie",
]
