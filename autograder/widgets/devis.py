"""Le constructeur de devis (CP6) : quantités, prix, remises en cascade, escompte, TVA, export HTML,
sur un `Devis` de autograder.metier.proposition."""

from __future__ import annotations

import html
from pathlib import Path

import ipywidgets as w

from autograder.metier.proposition import Devis, LigneDevis, apercu_html, devis_html
from autograder.moteur.nombres import lire_nombre, nombre


def pourcentages(texte: str) -> list[float]:
    """« 7 ; 3 » ou « 7 % ; 3 % » → [0.07, 0.03] ; vide → [] ; message en français sinon."""
    morceaux = [m for m in texte.replace("%", "").split(";") if m.strip()]
    taux = [lire_nombre(m) / 100 for m in morceaux]
    if any(not 0 <= t < 1 for t in taux):
        raise ValueError("Chaque taux doit être entre 0 et 100 % (exclu), par exemple « 7 ; 3 ».")
    return taux


class DevisWidget:
    """Constructeur de devis : quantités, prix, remises en cascade, escompte, TVA, export HTML.
    Une saisie refusée est expliquée en français ; le devis garde son état précédent."""

    TVA = (("20 %", 0.20), ("10 %", 0.10), ("5,5 %", 0.055), ("2,1 %", 0.021))

    def __init__(self, devis: Devis, dossier_export: str | Path = "."):
        self.devis, self.dossier = devis, Path(dossier_export)
        style = {"description_width": "initial"}
        self.quantites = [
            w.Text(value=str(li.quantite), description=f"Quantité — {li.ref}", style=style)
            for li in devis.lignes
        ]
        self.prix = [
            w.Text(
                value=nombre(li.prix_unitaire_ht, 2),
                description=f"Prix unitaire HT (€) — {li.ref}",
                style=style,
            )
            for li in devis.lignes
        ]
        self.remises = w.Text(
            value=" ; ".join(nombre(r * 100, 2) for r in devis.remises),
            description="Remises en cascade (%, séparées par « ; »)",
            style=style,
            layout=w.Layout(width="32em"),
        )
        self.escompte = w.Text(
            value=nombre(devis.escompte * 100, 2), description="Escompte (%)", style=style
        )
        self.tva = w.Dropdown(
            options=self.TVA, value=devis.taux_tva, description="Taux de TVA", style=style
        )
        self.message = w.HTML()
        self.apercu = w.HTML(apercu_html(devis))
        self.bouton = w.Button(
            description="Exporter le devis (HTML)", icon="download", layout=w.Layout(width="auto")
        )  # auto: the default width cuts the text
        self.bouton.on_click(lambda _b: self.exporter())
        self.champs = [*self.quantites, *self.prix, self.remises, self.escompte, self.tva]
        self._valides = [champ.value for champ in self.champs]
        for champ in self.champs:
            champ.observe(lambda _c: self.mettre_a_jour(), names="value")
        lignes = [w.HBox([q, p]) for q, p in zip(self.quantites, self.prix, strict=True)]
        self.boite = w.VBox([*lignes, self.remises, w.HBox([self.escompte, self.tva]),
                             self.message, self.apercu, self.bouton])  # fmt: skip

    def _ipython_display_(self):
        from IPython.display import display

        from autograder.widgets.socle import socle

        display(w.VBox([self.boite, socle()]))  # keys in the form are not notebook shortcuts

    def _lire(self) -> Devis:
        lignes = []
        for li, q, p in zip(self.devis.lignes, self.quantites, self.prix, strict=True):
            quantite = lire_nombre(q.value)
            if quantite < 0 or quantite != int(quantite):
                raise ValueError(f"Quantité de {li.ref} : un nombre entier positif est attendu.")
            prix = lire_nombre(p.value)
            if prix < 0:
                raise ValueError(f"Prix de {li.ref} : un prix ne peut pas être négatif.")
            lignes.append(LigneDevis(li.ref, li.designation, int(quantite), prix, li.cout_unitaire))
        escompte = self.escompte.value.replace("%", "").strip()
        nouveau = Devis(self.devis.client, lignes, pourcentages(self.remises.value),
                        lire_nombre(escompte) / 100 if escompte else 0.0, self.tva.value,
                        self.devis.plancher)  # fmt: skip
        if nouveau.brut_ht <= 0:
            raise ValueError("Le devis est vide : au moins une ligne doit avoir une quantité.")
        nouveau.facture()  # refuse an impossible invoice before keeping anything
        return nouveau

    def mettre_a_jour(self) -> None:
        """Lit les champs ; une saisie refusée est expliquée et les champs reprennent leur
        dernière valeur valide (le devis précédent est conservé)."""
        if getattr(self, "_restauration", False):
            return
        try:
            self.devis = self._lire()
        except (ValueError, TypeError) as exc:
            self._restauration = True
            for champ, valeur in zip(self.champs, self._valides, strict=True):
                champ.value = valeur
            self._restauration = False
            texte = html.escape(str(exc))
            self.message.value = (
                f"<div role='alert'>⚠️ {texte} Le devis précédent est conservé.</div>"
            )
            return
        self._valides = [champ.value for champ in self.champs]
        self.message.value = ""
        self.apercu.value = apercu_html(self.devis)

    def exporter(self) -> Path:
        nom = "".join(c if c.isalnum() else "_" for c in self.devis.client).strip("_")
        chemin = self.dossier / f"devis_{nom}.html"
        try:
            chemin.write_text(devis_html(self.devis), encoding="utf-8")
        except OSError as exc:
            self.message.value = f"<div role='alert'>⚠️ Export impossible : {exc.strerror}.</div>"
            raise
        self.message.value = (
            f"<div role='status'>📄 Devis enregistré : <code>{chemin}</code>.</div>"
        )
        return chemin
