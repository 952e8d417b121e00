"""The deposit of a document written in office software (autograder.moteur.formats.document).

A deposit button (widgets.televersement, a real button: Tab, then Entrée or Espace opens the file
chooser; a file too heavy for the kernel's websocket is refused in the browser) takes one file; it
is handed to the exercise, which checks and saves it, and the status line (an aria-live
region) says what was received and what the reading found. A refused file changes nothing saved:
the previous deposit stays until a valid one replaces it.
"""

from __future__ import annotations

import html

import ipywidgets as w

from autograder.moteur.formats import ReponseInvalide
from autograder.widgets.televersement import Televersement

ALLEGER = (
    "Allégez-le (images compressées ou moins nombreuses, dans votre logiciel), enregistrez-le, "
    "puis déposez-le de nouveau."
)


def _ko(octets) -> str:
    return f"{max(1, round((octets or 0) / 1000))}\u00a0Ko"


class SaisieDocument:
    """The input of a document exercise: a deposit button and a status line."""

    def __init__(self, ex, deja: dict, quand_change):
        self.ex, self._quand_change = ex, quand_change
        self._derniere = None
        self._deja = valeur = deja.get("valeur")
        extensions = ex.format.extensions
        self.depot = Televersement(
            accept=",".join(extensions),
            description=f"Déposer votre fichier {' ou '.join(extensions)}",
            tooltip=f"Choisir le fichier {ex.format.attendu} de votre document : {ex.titre}",
            conseil=ALLEGER,
        )
        self.depot.observe(self._depose, names="value")
        self.statut = w.HTML()
        if isinstance(valeur, dict) and valeur.get("fichier"):
            self._dire(
                f"Document conservé : « {valeur.get('nom') or valeur['fichier']} » "
                f"({_ko(valeur.get('octets'))}). Un nouveau dépôt le remplacera s'il est lisible."
            )
        aide = w.HTML(
            f"<small>Enregistrez votre document au format {ex.format.attendu}, puis cliquez sur "
            "le bouton (au clavier : Tab jusqu'au bouton, puis Entrée) et choisissez le fichier. "
            "Vous pouvez le corriger et le déposer de nouveau autant de fois que nécessaire.</small>"
        )
        self.widget = w.VBox([aide, self.depot, self.statut])

    def _dire(self, texte: str) -> None:
        self.statut.value = f"<div role='status' aria-live='polite'>{html.escape(texte)}</div>"

    def _depose(self, changement) -> None:
        fichiers = changement["new"]
        if not fichiers:
            return
        fichier = fichiers[0]
        self.recevoir(bytes(fichier["content"]), str(fichier["name"]))
        self.depot.value = ()  # the same file, corrected, can be deposited again

    def recevoir(self, contenu: bytes, nom: str) -> None:
        """A deposited file: handed to the exercise, which checks and saves it (its verdict or
        its refusal shows below); the status line says what the reading found."""
        precedente, self._derniere = self._derniere, {"contenu": contenu, "nom": nom}
        refuse = False
        try:  # reads only (the exercise widget saves it); the reading is kept for the save
            self.ex.lire(self._derniere)
            trouve = self.ex.format.reperes(self.ex, contenu)
            self._dire(f"Fichier « {nom} » déposé ({_ko(len(contenu))}). {trouve or ''}".rstrip())
        except ReponseInvalide:
            refuse = True
            self._dire(f"Fichier « {nom} » refusé : voir le message ci-dessous.")
        except ValueError:  # `reperes` could not read what the checker could
            self._dire(f"Fichier « {nom} » déposé ({_ko(len(contenu))}).")
        self._quand_change()  # shows the verdict, or why the file is refused
        if refuse:  # « Vérifier » goes back to the kept deposit
            self._derniere = precedente

    def brute(self):
        """The new deposit, else the saved one (« Vérifier » after reopening)."""
        return self._derniere if self._derniere is not None else self._deja
