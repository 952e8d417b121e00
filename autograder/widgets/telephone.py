"""The phone prospecting call (autograder.metier.telephone) played in a notebook: the conversation
as a transcript, the replies as radio buttons with « Répondre », the typed lines with « Dire »,
« Recommencer l'appel », and the 15-minute countdown.

`appel(cas, valeur, enregistrer, …)` has the signature the `Personnalise` format expects: it rebuilds
the call from the stored transcript `valeur` and calls `enregistrer(transcription)` after every
move. With `retours`, each move's feedback is shown at once (practice); without, only « enregistré »
(evaluation mode).
"""

from __future__ import annotations

import html
from datetime import date

import ipywidgets as w

from autograder.metier.telephone import appel as tel
from autograder.metier.telephone import regles
from autograder.moteur.chrono import Chrono, maintenant
from autograder.moteur.dialogue import NIVEAUX_REPLIQUE, ordre_affiche
from autograder.moteur.nombres import duree
from autograder.widgets.chrono import ChronoEpreuve, Minuteur, demarrer_horloge
from autograder.widgets.saisies import LARGE, STYLE_RADIO
from autograder.widgets.socle import socle

STYLE = {"description_width": "initial"}


def fiche(cas: dict) -> str:
    """What the caller knows before dialling (the decision-maker's name is to be obtained)."""
    v = cas["vendeur"]
    jour = regles.date_en_clair(date.fromisoformat(cas["date_appel"]))
    return (
        f"<p><b>Vous êtes</b> {html.escape(v['prenom'])} {html.escape(v['nom'])}, de "
        f"{html.escape(v['entreprise'])} ({html.escape(v['offre'])}). <b>Vous appelez</b> "
        f"{html.escape(cas['entreprise'])} ({html.escape(cas['secteur'])}, "
        f"{html.escape(cas['ville'])}) le {jour}, au sujet {html.escape(cas['motif']['phrase'])}. "
        "<b>Objectif</b> : obtenir le nom et la fonction du responsable, puis un rendez-vous "
        f"avec lui ou elle ({duree(cas['rdv']['duree_min'])}, {html.escape(cas['rdv']['lieu'])}"
        ").</p>"
    )


def _ligne(qui: str, texte: str, vous: bool = False) -> str:
    marge = "margin-left:2em;" if vous else ""
    return f"<p style='{marge}margin-bottom:0.2em'><b>{html.escape(qui)}</b> : {html.escape(texte)}</p>"


class _Registre:
    """Where the exam Chrono keeps its start: inside the call's own answer, saved with it in the
    answer store (a closed notebook or restarted kernel finds it); a practice variant, whose
    answers stay in memory, never starts the graded clock."""

    def __init__(self, etat: dict, sauver):
        self.etat, self.sauver = etat, sauver

    def valeur(self, cle, defaut=None):
        return self.etat.get(cle, defaut)

    def enregistrer(self, cle, valeur):
        self.etat[cle] = valeur
        self.sauver()


def appel(
    cas: dict, valeur, enregistrer, melange=None, examen: bool = False, retours: bool = True
) -> w.Widget:
    """`examen`: the exam's countdown (autograder.moteur.chrono), its start saved with the
    answer; otherwise a practice countdown that starts at the first move and is not saved."""
    t = valeur if isinstance(valeur, dict) else {}
    etapes = list(t["etapes"]) if isinstance(t.get("etapes"), list) else []
    debut = {"iso": t.get("debut") if isinstance(t.get("debut"), str) else None}
    etat = {tel.CLE_CHRONO: t[tel.CLE_CHRONO]} if isinstance(t.get(tel.CLE_CHRONO), dict) else {}

    def transcription() -> dict:
        out = {"etapes": list(etapes), **etat}
        if debut["iso"]:
            out.update(debut=debut["iso"], fin=maintenant().isoformat(timespec="seconds"))
        return out

    chrono = (
        Chrono(
            _Registre(etat, lambda: enregistrer(transcription())),
            tel.CLE_CHRONO.removeprefix("chrono_"),
            tel.DUREE_EPREUVE,
            "Appel de prospection",
        )
        if examen
        else None
    )
    melange = cas["id"] if melange is None else melange

    histo, statut, consigne = w.HTML(), w.HTML(), w.HTML()
    options = w.RadioButtons(options=[], description="Votre réplique", layout=LARGE, style=STYLE)
    options.add_class("ntc-radio")
    repondre = w.Button(
        description="Répondre", button_style="primary", tooltip="Répondre avec la réplique choisie"
    )
    ligne = w.Text(description="Votre phrase", layout=w.Layout(width="95%"), style=STYLE)
    dire = w.Button(description="Dire", button_style="primary", tooltip="Dire cette phrase")
    recommencer = w.Button(
        description="Recommencer l'appel",
        tooltip="Effacer cet appel et rappeler depuis le début",
        layout=w.Layout(width="auto"),  # the default 148 px cuts the label
    )
    zone_choix = w.VBox([options, repondre])
    zone_saisie = w.VBox([consigne, w.HBox([ligne, dire])])

    if chrono is not None:
        horloge = ChronoEpreuve(
            chrono, "L'appel est noté quel que soit le temps ; la durée est indiquée."
        )
    else:
        horloge = Minuteur(
            titre="Temps restant : appel d'entraînement",
            secondes=tel.DUREE_EPREUVE,
            message_fin="Quinze minutes écoulées : à l'épreuve, l'appel serait terminé.",
        )

    def demarrer():
        if not debut["iso"]:
            debut["iso"] = demarrer_horloge(horloge, chrono, tel.DUREE_EPREUVE)

    def montrer():
        r = tel.rejouer(cas, etapes)
        if r.erreur:  # a transcript edited by hand: keep what replays
            del etapes[len(r.etapes) :]
            statut.value = f"<div role='alert'>⚠️ {html.escape(r.erreur)}</div>"
            r = tel.rejouer(cas, etapes)
        lignes = [fiche(cas)]
        for e in r.etapes:
            lignes.append(_ligne(e.qui, e.dit))
            lignes.append(_ligne("Vous", e.reponse, vous=True))
            if retours:
                lignes.append(
                    f"<p style='margin-left:2em'><small>{NIVEAUX_REPLIQUE[e.points]} — "
                    f"{html.escape(e.retour)}</small></p>"
                )
        n = r.noeud
        lignes.append(_ligne(tel.interlocuteur(cas, n, r.revele), n["dit"]))
        if r.fini:
            if retours:
                fin = (
                    "📅 Rendez-vous obtenu et confirmé."
                    if r.rdv
                    else "Pas de rendez-vous confirmé."
                )
            else:  # evaluation mode: the result waits for the grading
                fin = "Cliquez sur « Vérifier » pour enregistrer votre appel."
            lignes.append(f"<p role='status'><b>Fin de l'appel.</b> {fin}</p>")
        histo.value = "".join(lignes)
        s = n.get("saisie")
        zone_choix.layout.display = None if n["choix"] else "none"
        zone_saisie.layout.display = None if s else "none"
        options.options = [(c["texte"], c["id"]) for c in ordre_affiche(n, melange, "dit")]
        options.value = None
        repondre.disabled = not n["choix"]
        dire.disabled = ligne.disabled = s is None
        if s:
            consigne.value = f"<small>{html.escape(regles.CONSIGNES[tel._consigne(s)])}</small>"

    def jouer(etape):
        demarrer()
        etapes.append(etape)
        enregistrer(transcription())
        montrer()
        if retours:
            e = tel.rejouer(cas, etapes).etapes[-1]
            statut.value = (
                f"<div role='status'>{NIVEAUX_REPLIQUE[e.points]} — {html.escape(e.retour)}</div>"
            )
        else:
            statut.value = "<div role='status'>📝 Réplique enregistrée.</div>"

    def sur_repondre(_b):
        if options.value is None:
            statut.value = "<div role='alert'>⚠️ Non répondu : choisissez d'abord une réplique dans la liste.</div>"
            return
        jouer(options.value)

    def sur_dire(_b):
        texte = ligne.value.strip()
        if not texte:
            statut.value = "<div role='alert'>⚠️ Non répondu : tapez d'abord votre phrase.</div>"
            return
        if len(texte) > tel.LONGUEUR_MAX:
            statut.value = (
                f"<div role='alert'>⚠️ Phrase trop longue ({len(texte)} caractères, "
                f"{tel.LONGUEUR_MAX} au plus) : au téléphone, soyez bref.</div>"
            )
            return
        ligne.value = ""
        jouer({"dit": texte})

    def sur_recommencer(_b):
        etapes.clear()
        if chrono is None:
            debut["iso"] = None
            horloge.fin_ms = 0
        enregistrer(transcription())
        statut.value = "<div role='status'>Nouvel appel : le standard décroche.</div>"
        montrer()

    repondre.on_click(sur_repondre)
    dire.on_click(sur_dire)
    recommencer.on_click(sur_recommencer)
    montrer()
    aide = w.HTML(
        f"{STYLE_RADIO}<small>Au clavier : Tab d'une réplique à l'autre, Espace pour choisir, puis "
        "Tab jusqu'à « Répondre ». Pour une phrase à dire, tapez-la puis « Dire ». Chaque réplique "
        "est enregistrée aussitôt.</small>"
    )
    vue = w.VBox([horloge, histo, zone_choix, zone_saisie, statut, recommencer, aide])
    vue.add_class("ntc-telephone")
    vue.etapes = etapes  # for the tests
    return vue


def entrainement(ident: str | None = None) -> w.Widget:
    """A practice call for a lesson: a case of the bank (the first by default), feedback after
    every move, a countdown that is not saved, nothing graded."""
    socle()  # its keys go to the widget, not to JupyterLab (widgets.socle)
    from autograder.metier.telephone.cas import charger_cas, lister_cas

    cas = charger_cas(ident or lister_cas()[0])
    retour = w.HTML()

    def enregistrer(transcription):
        score, message, details = tel.noter(cas, transcription)
        r = tel.rejouer(cas, transcription["etapes"])
        if r.fini or r.erreur:
            items = "".join(f"<li>{html.escape(d)}</li>" for d in details)
            retour.value = (
                "<div role='status' style='border-left:4px solid #0072B2;padding:0.2em 0.8em'>"
                f"<b>Bilan de l'appel : {html.escape(message)}</b><ul>{items}</ul></div>"
            )
        else:
            retour.value = ""

    return w.VBox([appel(cas, None, enregistrer), retour])
