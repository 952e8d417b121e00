"""Rehearsal of the oral's dashboard report (RE §3.1) in course/examen/04_repetition_orale.ipynb.

`rep = RepetitionOrale()` on top of autograder.metier.oral.repetition.CarnetOral:
- `rep.travaux()`: the learner's written exam in the same folder (the context chosen, the
  workbook and deck deposited in rendus/) and the team's key figures of that context;
- `rep.chrono_preparation()`: the 30-minute preparation clock (it keeps running across restarts);
- `rep.enregistreur()`: the recorder (target time shown, stopped by itself past the window), a
  file drop, « Chercher mes fichiers » for a file put in enregistrements/ by hand, the verdict;
- `rep.autoevaluation()`: the self-evaluation on the report's official criteria, saved at each change;
- `rep.bouton_fiche()`: the sheet in HTML and PDF beside the notebook.
"""

from __future__ import annotations

import html
from pathlib import Path

import ipywidgets as w

from autograder.metier.examen.livrables import chiffres_cles, nom_entreprise
from autograder.metier.examen.tableau import attendus
from autograder.metier.examen.tailles import LIVRABLES
from autograder.metier.oral.compte_rendu import min_s
from autograder.metier.oral.repetition import DOSSIER, FICHE, NIVEAUX, NOM, CarnetOral
from autograder.moteur.affichage import signe
from autograder.moteur.formats import ReponseInvalide
from autograder.moteur.nombres import euros, pourcent
from autograder.moteur.seance import Seance
from autograder.widgets.chrono import ChronoEpreuve
from autograder.widgets.enregistreur import Enregistreur
from autograder.widgets.socle import socle
from autograder.widgets.televersement import Televersement

ECRIT = "examen_ecrit"
DEBIT_AUDIO = 32_000  # bits per second: see Enregistreur.bits_par_seconde


def _alerte(texte: str) -> str:
    return f"<div role='alert'>⚠️ {html.escape(texte)}</div>"


def _valeur(libelle: str, v: float) -> str:
    """A key figure as the dashboard writes it: rates in %, the écart signed, amounts in €."""
    if libelle.startswith("Taux"):
        return pourcent(v)
    return signe(v) if libelle.startswith("Écart") else euros(v, 0)


def _taille_de_l_ecrit(seance) -> str | None:
    """The size of the written exam the learner started in this folder, if any."""
    for taille in ("titre", "ccp_prospection", "ccp_negociation"):
        if seance is not None and seance.reponses.valeur(f"chrono_ecrit_{taille}"):
            return taille
    return None


class RepetitionOrale(CarnetOral):
    def __init__(self, dossier=None, identifiant: str | None = None, taille: str | None = None):
        socle()  # its keys go to the widget, not to JupyterLab (widgets.socle)
        dossier = Path(dossier) if dossier is not None else Path.cwd()
        try:  # read only: the oral never writes in the written exam's answers
            self.ecrit = Seance(ECRIT, dossier, lecture_seule=True)
        except (ReponseInvalide, OSError, ValueError):
            self.ecrit = None
        self.note_taille = ""
        if taille is None:
            taille = _taille_de_l_ecrit(self.ecrit) or "titre"
            if taille == "ccp_negociation":
                self.note_taille = (
                    "Votre écrit est celui du CCP « négociation », dont l'oral n'a pas de compte "
                    "rendu de tableau de bord : cette répétition suit l'oral du titre complet."
                )
                taille = "titre"
        if not identifiant and self.ecrit is not None and self.ecrit.reponses.chemin.exists():
            identifiant = self.ecrit.identifiant  # the same learner as for the written part
        super().__init__(dossier, identifiant, taille)

    # -- the written works ---------------------------------------------------------------------
    def travaux(self) -> w.HTML:
        """What the learner presents: the context chosen at the written exam, the files
        deposited, and the key figures to quote (an example context when none was chosen)."""
        if self.ecrit is None:
            return w.HTML(_alerte("Les travaux de l'écrit n'ont pas pu être lus."))
        try:
            sujet = self.ecrit.donnees["sujet"]
        except (OSError, ValueError, KeyError) as exc:
            return w.HTML(_alerte(f"Le sujet de l'écrit n'a pas pu être lu ({exc})."))
        choix = self.ecrit.reponses.valeur("contexte_choisi")
        morceaux = []
        if choix in sujet.cas:
            ident = choix
            morceaux.append(
                f"<p>Votre contexte\u00a0: <b>{html.escape(nom_entreprise(sujet.contexte(ident)))}"
                "</b>, choisi à l'écrit.</p>"
            )
        else:
            ident = sujet.contextes[0]["id"]
            morceaux.append(
                "<p>Vous n'avez pas encore passé l'écrit dans ce dossier (carnet "
                "<code>03_examen_ecrit.ipynb</code>)\u00a0: répétez sur l'un des contextes de "
                f"votre sujet, <b>{html.escape(nom_entreprise(sujet.contexte(ident)))}</b>.</p>"
            )
        depots = []
        for livrable in ("tableau_de_bord", "diaporama"):
            v = self.ecrit.reponses.valeur(livrable)
            fichier = v.get("fichier") if isinstance(v, dict) else None
            if isinstance(fichier, str) and (self.dossier / fichier).exists():
                lien = f"<a href='{html.escape(fichier)}'>{html.escape(fichier)}</a>"
                depots.append(f"<li>{html.escape(LIVRABLES[livrable])}\u00a0: {lien}</li>")
            else:
                depots.append(
                    f"<li>{html.escape(LIVRABLES[livrable])}\u00a0: pas encore déposé.</li>"
                )
        morceaux.append(f"<ul>{''.join(depots)}</ul>")
        att = attendus(sujet.cas[ident].ventes)
        lignes = [(k, _valeur(k, v)) for k, v in chiffres_cles(att).items() if v is not None]
        par_commercial = [
            (n, pourcent(att.valeur("commerciaux", n, "taux_realisation") or 0),
             pourcent(att.valeur("commerciaux", n, "transformation") or 0))
            for n in att.commerciaux
        ]  # fmt: skip
        morceaux.append(
            "<p><b>Les chiffres à citer</b> (calculés sur les données de ce contexte)\u00a0:</p>"
            "<table><tr><th scope='col'>Indicateur de l'équipe</th><th scope='col'>Valeur</th>"
            "</tr>"
            + "".join(f"<tr><td>{html.escape(k)}</td><td>{v}</td></tr>" for k, v in lignes)
            + "</table><table><tr><th scope='col'>Commercial</th><th scope='col'>Taux de "
            "réalisation</th><th scope='col'>Taux de transformation</th></tr>"
            + "".join(
                f"<tr><td>{html.escape(n)}</td><td>{r}</td><td>{t}</td></tr>"
                for n, r, t in par_commercial
            )
            + "</table>"
        )
        if self.note_taille:
            morceaux.insert(0, f"<p>{html.escape(self.note_taille)}</p>")
        return w.HTML("".join(morceaux))

    # -- preparation ---------------------------------------------------------------------------
    def chrono_preparation(self) -> w.Widget:
        """The preparation clock, and « Nouvelle répétition » to start it again later."""
        chrono = ChronoEpreuve(
            self.chrono,
            "Pendant la préparation, relisez vos travaux et notez votre plan sur une feuille.",
            fin="passez au compte rendu.",
        )
        encore = w.Button(
            description="Nouvelle répétition : relancer la préparation",
            icon="redo",
            tooltip="Repartir de zéro (le départ précédent reste noté)",
            layout=w.Layout(width="auto"),
        )

        def relancer(_b):
            try:
                self.chrono.recommencer()
            except OSError as exc:
                chrono.etat.value = _alerte(f"Départ non enregistré ({exc.strerror or exc}).")
                return
            chrono._montrer()

        encore.on_click(relancer)
        return w.VBox([chrono, encore])

    # -- the recording -------------------------------------------------------------------------
    def enregistreur(self) -> w.Widget:
        bas, haut = self.fenetre
        self.resultat = w.HTML()
        self.etat_enregistrement = w.HTML(f"<div>{html.escape(self.etat())}</div>")
        self.micro = Enregistreur(
            self._recu,
            titre=self.partie.titre,
            objectif=self.allouee,
            limite=haut + 60,  # stopped by itself a minute past the window: flagged as too long
            bits_par_seconde=DEBIT_AUDIO,
            nom_fichier=NOM,
            consigne="Présentez votre compte rendu, puis cliquez sur « Arrêter ».",
        )
        depot = Televersement(
            accept=".webm,.ogg,.opus,.wav,.m4a,.mp4,.aac,audio/*",
            description="Déposer un fichier audio",
            tooltip="Un enregistrement fait avec votre téléphone (9\u00a0Mo au plus ici)",
            conseil=f"Placez-le à la main dans le dossier « {DOSSIER} » à côté du carnet "
            "(navigateur de fichiers de JupyterLab), puis cliquez sur « Chercher mes fichiers ».",
        )

        def deposer(changement):
            fichiers = changement["new"]
            if fichiers:
                self._recu(bytes(fichiers[0]["content"]), None, fichiers[0].get("type"))
                depot.value = ()

        depot.observe(deposer, names="value")
        chercher = w.Button(
            description="Chercher mes fichiers",
            icon="search",
            tooltip=f"Lire les enregistrements placés à la main dans le dossier {DOSSIER}",
            layout=w.Layout(width="auto"),
        )
        chercher.on_click(lambda _b: self._chercher())
        aide = w.HTML(
            f"<small>Le temps alloué est de {min_s(self.allouee)}\u00a0; la répétition accepte "
            f"de {min_s(bas)} à {min_s(haut)}. Sans micro\u00a0: enregistrez-vous avec votre "
            "téléphone, puis déposez le fichier. Un fichier de plus de 9\u00a0Mo se place à la "
            f"main dans le dossier <code>{DOSSIER}</code> (navigateur de fichiers de "
            "JupyterLab), puis «\u00a0Chercher mes fichiers\u00a0».</small>"
        )
        boite = w.VBox([self.micro, aide, w.HBox([depot, chercher]), self.resultat,
                        self.etat_enregistrement])  # fmt: skip
        boite.add_class("ntc-oral-enregistrement")
        return boite

    def _recu(self, contenu: bytes, duree_navigateur=None, type_mime=None) -> None:
        garde, message = self.recevoir(contenu, duree_navigateur, type_mime)
        derniers = self.essais()
        verdict = derniers[-1].get("verdict") if garde and derniers else None
        marque = "✅" if verdict == "dans_le_temps" else "⚠️"
        role = "status" if garde else "alert"
        self.resultat.value = f"<div role='{role}'>{marque} {html.escape(message)}</div>"
        self.micro.statut = ""  # the same sentence twice is still announced
        self.micro.statut = (
            "Enregistrement reçu par le carnet : résultat ci-dessous."
            if garde
            else "Enregistrement refusé : explication ci-dessous."
        )
        self.etat_enregistrement.value = f"<div>{html.escape(self.etat())}</div>"

    def _chercher(self) -> None:
        lignes = self.chercher_fichiers()
        self.resultat.value = (
            "<div role='status'><ul>"
            + "".join(f"<li>{html.escape(x)}</li>" for x in lignes)
            + "</ul></div>"
        )
        self.etat_enregistrement.value = f"<div>{html.escape(self.etat())}</div>"

    # -- self-evaluation -----------------------------------------------------------------------
    def autoevaluation(self) -> w.Widget:
        """One row of buttons per official criterion of the report, saved at each change."""
        deja = self.grille()
        resume = w.HTML()
        listes = {}

        def montrer():
            a, e, x, v = self.synthese()
            resume.value = (
                f"<div role='status'>Acquis\u00a0: {a} · En cours\u00a0: {e} · Non acquis\u00a0: "
                f"{x} · À évaluer\u00a0: {v}</div>"
            )

        def sauver(changement, ident):
            try:
                self.noter(ident, changement["new"] or "")
            except (OSError, ValueError) as exc:
                resume.value = _alerte(f"Choix non enregistré ({exc}).")
                return
            montrer()

        lignes = []
        for c in self.criteres():
            # Buttons, not a drop-down: in JupyterLab a letter or an arrow typed on a focused
            # <select> is taken as a notebook shortcut; Tab and Space work on buttons.
            listes[c.id] = liste = w.ToggleButtons(
                options=[(lib, v) for v, lib in NIVEAUX],
                value=deja.get(c.id, ""),
                description=c.id,
                tooltips=[f"{c.id} : {lib}" for _, lib in NIVEAUX],
                style={"button_width": "8em", "description_width": "4em"},
            )
            liste.observe(lambda ch, i=c.id: sauver(ch, i), names="value")
            lignes += [w.HTML(f"<p style='margin:0.5em 0 0'>{html.escape(c.libelle)}</p>"), liste]
        remarques = w.Textarea(
            value=self.remarques(),
            description="À travailler",
            placeholder="Ce que je change pour la prochaine répétition",
            continuous_update=False,
            layout=w.Layout(width="min(100%, 48em)", height="6em"),
        )
        remarques.observe(lambda ch: self.noter_remarques(ch["new"]), names="value")
        montrer()
        boite = w.VBox([*lignes, remarques, resume])
        boite.add_class("ntc-oral-grille")
        boite.listes, boite.remarques = listes, remarques
        return boite

    def bouton_fiche(self) -> w.Widget:
        bouton = w.Button(
            description="Écrire ma fiche (HTML et PDF)",
            icon="print",
            layout=w.Layout(width="auto"),
        )
        sortie = w.HTML()

        def ecrire(_b):
            try:
                page, pdf = self.fiche()
            except (OSError, ValueError) as exc:
                sortie.value = _alerte(f"Fiche non écrite ({exc}) : vos choix sont conservés.")
                return
            sortie.value = (
                f"<div role='status'>✅ Fiche écrite à côté de ce carnet\u00a0: "
                f"<a href='{page.name}'>{page.name}</a> (à lire) et "
                f"<a href='{pdf.name}'>{pdf.name}</a> (à imprimer).</div>"
            )

        bouton.on_click(ecrire)
        return w.VBox([bouton, sortie])


__all__ = ["FICHE", "RepetitionOrale"]
