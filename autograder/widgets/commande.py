"""The face-to-face negotiation to an order form (autograder.metier.commande) in a notebook: the
brief, the conversation, the replies (radio buttons and « Répondre »), the typed lines (« Dire »),
the conditional offers (discount, payment term, free help, counterpart, « Proposer »), the closing
appointment (« Fixer le rendez-vous »), the order form once signed, and the 60-minute clock.

`negociation(cas, valeur, enregistrer, …)` has the `Personnalise` signature: it rebuilds the
negotiation from the stored moves and saves the moves only after each one (never the outcome).
"""

from __future__ import annotations

import html
from pathlib import Path

import ipywidgets as w

from autograder.calculs import paiement as legal
from autograder.metier.commande import bon as bc
from autograder.metier.commande import note, regles, rejeu
from autograder.metier.commande.cas import CONTREPARTIES, GESTE, REMISE_MAX, creneau_en_clair
from autograder.metier.commande.repliques import noeud
from autograder.moteur.chrono import Chrono, maintenant
from autograder.moteur.dialogue import NIVEAUX_REPLIQUE, ordre_affiche
from autograder.moteur.nombres import euros
from autograder.moteur.texte import de
from autograder.widgets.chrono import ChronoEpreuve, Minuteur, demarrer_horloge
from autograder.widgets.saisies import LARGE, STYLE_RADIO
from autograder.widgets.socle import socle
from autograder.widgets.telephone import _Registre

STYLE = {"description_width": "initial"}
AUTO = w.Layout(width="auto")


def fiche(cas: dict) -> str:
    """What the seller knows before the meeting (the buyer's limits stay hidden)."""
    e, v, c = html.escape, cas["vendeur"], cas["client"]
    besoins = "".join(f"<li>{e(b)}</li>" for b in cas["besoins"])
    lignes = "".join(
        f"<li>{e(li['designation'])} : {li['quantite']} × {euros(li['prix_ht'])} HT</li>"
        for li in cas["lignes"]
    )
    depart = next(o for o in cas["paiements"] if o["id"] == cas["paiement_depart"])
    return (
        f"<details open><summary><b>Votre dossier</b></summary><p><b>Vous êtes</b> "
        f"{e(v['prenom'])} {e(v['nom'])}, {e(de(v['entreprise']))}. <b>Vous rencontrez</b> "
        f"{e(c['contact']['nom'])} ({e(c['contact']['fonction'])}), {e(c['entreprise'])}, "
        f"{e(c['ville'])} ; le décideur est {e(c['decideur'])}.</p>"
        f"<p><b>Besoins exprimés à la découverte :</b></p><ul>{besoins}</ul>"
        f"<p><b>Votre proposition écrite (offre de départ) :</b> {euros(cas['catalogue_ht'])} HT"
        f"</p><ul>{lignes}</ul><p><b>Vos marges de manœuvre :</b> remise de "
        f"{cas['delegation']} % au plus (votre délégation) ; paiement selon vos conditions, "
        f"{e(depart['libelle'])}, à allonger si besoin sans dépasser la loi ; geste possible : "
        f"{e(GESTE)}. {e(legal.RAPPEL_LOI + bc.alerte_secteur(cas))}</p><p><b>Contreparties à demander :</b> "
        f"{e(' ; '.join(CONTREPARTIES.values()))}.</p></details>"
    )


def _ligne(qui: str, texte: str, vous: bool = False) -> str:
    marge = "margin-left:2em;" if vous else ""
    return f"<p style='{marge}margin-bottom:0.2em'><b>{html.escape(qui)}</b> : {html.escape(texte)}</p>"


def negociation(cas, valeur, enregistrer, melange=None, examen=False, retours=True) -> w.Widget:
    t = valeur if isinstance(valeur, dict) else {}
    etapes = list(t["etapes"]) if isinstance(t.get("etapes"), list) else []
    debut = {"iso": t.get("debut") if isinstance(t.get("debut"), str) else None}
    cle = note.CLE_CHRONO
    etat = {cle: t[cle]} if isinstance(t.get(cle), dict) else {}

    def transcription() -> dict:
        out = {"etapes": list(etapes), **etat}
        if debut["iso"]:
            out.update(debut=debut["iso"], fin=maintenant().isoformat(timespec="seconds"))
        return out

    chrono = (
        Chrono(_Registre(etat, lambda: enregistrer(transcription())), cle.removeprefix("chrono_"),
               note.DUREE_EPREUVE, "Négociation")
        if examen
        else None
    )  # fmt: skip
    melange = cas["id"] if melange is None else melange
    if chrono is not None:
        horloge = ChronoEpreuve(
            chrono, "L'entretien est noté quel que soit le temps ; la durée est indiquée."
        )
    else:
        horloge = Minuteur(
            titre="Temps restant : négociation d'entraînement",
            secondes=note.DUREE_EPREUVE,
            message_fin="Soixante minutes écoulées : à l'épreuve, l'entretien serait terminé.",
        )

    histo, statut, consigne, document = w.HTML(), w.HTML(), w.HTML(), w.HTML()
    options = w.RadioButtons(options=[], description="Votre réplique", layout=LARGE, style=STYLE)
    options.add_class("ntc-radio")
    repondre = w.Button(
        description="Répondre", button_style="primary", tooltip="Répondre avec la réplique choisie"
    )
    ligne = w.Textarea(
        description="Votre phrase", layout=w.Layout(width="95%", height="4.5em"), style=STYLE
    )
    dire = w.Button(description="Dire", button_style="primary", tooltip="Dire cette phrase")
    remise = w.Dropdown(
        options=[(f"{k} %", k) for k in range(REMISE_MAX + 1)], description="Remise", style=STYLE
    )
    delai = w.Dropdown(
        options=[(o["libelle"], o["id"]) for o in cas["paiements"]],
        description="Délai de paiement",
        style=STYLE,
    )
    geste = w.Checkbox(description=f"Offrir {GESTE}", indent=False, layout=LARGE)
    contrepartie = w.Dropdown(
        options=[("Aucune", "")] + [(x, k) for k, x in CONTREPARTIES.items()],
        description="Contrepartie demandée en échange", style=STYLE, layout=LARGE,
    )  # fmt: skip
    proposer = w.Button(
        description="Proposer",
        button_style="primary",
        tooltip="Faire cette proposition à l'acheteur",
    )
    creneau = w.Dropdown(options=[], description="Créneau", style=STYLE, layout=LARGE)
    lieu = w.Dropdown(
        options=[(x, i) for i, x in enumerate(cas["lieux"])],
        description="Lieu",
        style=STYLE,
        layout=LARGE,
    )
    invites = [
        w.Checkbox(description=f"{m['nom']} ({m['fonction']})", indent=False, layout=LARGE)
        for m in cas["centre_achat"]
    ]
    fixer = w.Button(description="Fixer le rendez-vous", button_style="primary", layout=AUTO)
    docx = w.Button(description="Enregistrer le bon (.docx)", icon="download", layout=AUTO)
    recommencer = w.Button(
        description="Recommencer l'entretien",
        tooltip="Effacer cet entretien et recommencer",
        layout=AUTO,
    )
    zones = {
        "choix": w.VBox([options, repondre]),
        "saisie": w.VBox([consigne, ligne, dire]),
        "proposition": w.VBox([
            w.HTML("<small>Une proposition conditionnelle : « si vous m'accordez …, je vous propose … ». "
                   "Toute concession se paie d'une contrepartie.</small>"),
            w.HBox([remise, delai]), geste, contrepartie, proposer,
        ]),
        "rdv": w.VBox([creneau, lieu, w.HTML("<b>Participants</b>"), *invites, fixer]),
    }  # fmt: skip

    def demarrer():
        if not debut["iso"]:
            debut["iso"] = demarrer_horloge(horloge, chrono, note.DUREE_EPREUVE)

    def montrer():
        r = rejeu.rejouer(cas, etapes)
        if r.erreur:  # a transcript edited by hand: keep what replays
            del etapes[len(r.etapes) :]
            statut.value = f"<div role='alert'>⚠️ {html.escape(r.erreur)}</div>"
            r = rejeu.rejouer(cas, etapes)
        qui = cas["client"]["contact"]["nom"]
        lignes = [fiche(cas)]
        for e in r.etapes:
            lignes += [_ligne(e.qui, e.dit), _ligne("Vous", e.reponse, vous=True)]
            if retours:
                niveau = NIVEAUX_REPLIQUE[e.points] + " — " if e.compte else ""
                lignes.append(
                    f"<p style='margin-left:2em'><small>{html.escape(niveau + e.retour)}</small></p>"
                )
        lignes.append(_ligne(qui, r.dit))
        if r.fini or r.issue == "rdv":
            fin = {
                "commande": "📝 Bon de commande signé.",
                "rdv": "📅 Rendez-vous de conclusion fixé.",
            }.get(r.issue, "Pas de commande ni de rendez-vous.")
            if not retours and r.issue != "commande":
                fin = "Cliquez sur « Vérifier » pour enregistrer votre entretien."
            lignes.append(f"<p role='status'><b>Fin de l'entretien.</b> {fin}</p>")
        histo.value = "".join(lignes)
        genre = ("choix" if r.phase in rejeu.CHOIX else "saisie" if r.phase in rejeu.SAISIES
                 else r.phase if r.phase in zones else None)  # fmt: skip
        for nom, z in zones.items():
            z.layout.display = None if nom == genre else "none"
        if genre == "choix":
            options.options = [
                (c["texte"], c["id"]) for c in ordre_affiche(noeud(cas, r.phase), melange, "dit")
            ]
            options.value = None
        if genre == "saisie":
            consigne.value = f"<small>{html.escape(regles.CONSIGNES[r.phase])}</small>"
        if genre == "proposition":
            remise.value, delai.value, geste.value = r.etat.remise, r.etat.paiement, r.etat.geste
            contrepartie.value = ""
        if genre == "rdv":
            creneau.options = [(creneau_en_clair(c), c["id"]) for c in cas["rendez_vous"]]
        document.value = bc.bon_html(cas, r.etat) if r.issue == "commande" else ""
        docx.layout.display = None if r.issue == "commande" else "none"

    def jouer(etape):
        demarrer()
        etapes.append(etape)
        enregistrer(transcription())
        montrer()
        r = rejeu.rejouer(cas, etapes)
        e = r.etapes[-1] if r.etapes else None
        if retours and e is not None:
            niveau = NIVEAUX_REPLIQUE[e.points] + " — " if e.compte else ""
            statut.value = f"<div role='status'>{html.escape(niveau + e.retour)}</div>"
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
        if len(texte) > regles.LONGUEUR_MAX:
            statut.value = (f"<div role='alert'>⚠️ Phrase trop longue ({len(texte)} caractères, "
                            f"{regles.LONGUEUR_MAX} au plus).</div>")  # fmt: skip
            return
        ligne.value = ""
        jouer({"dit": texte})

    def sur_proposer(_b):
        jouer({"proposition": {"remise": remise.value, "paiement": delai.value,
                               "geste": bool(geste.value), "contrepartie": contrepartie.value}})  # fmt: skip

    def sur_fixer(_b):
        noms = [m["nom"] for m, c in zip(cas["centre_achat"], invites, strict=True) if c.value]
        if creneau.value is None or not noms:
            statut.value = (
                "<div role='alert'>⚠️ Choisissez un créneau et au moins un participant.</div>"
            )
            return
        jouer({"rdv": {"creneau": creneau.value, "lieu": lieu.value, "participants": noms}})

    def sur_docx(_b):
        chemin = Path(f"bon_de_commande_{cas['numero']}.docx")
        try:
            bc.bon_docx(cas, rejeu.rejouer(cas, etapes).etat, chemin)
        except OSError as exc:
            statut.value = (
                f"<div role='alert'>⚠️ Enregistrement impossible ({html.escape(str(exc))}).</div>"
            )
            return
        statut.value = f"<div role='status'>Bon enregistré : {html.escape(str(chemin))}, à côté du carnet.</div>"

    def sur_recommencer(_b):
        etapes.clear()
        if chrono is None:
            debut["iso"] = None
            horloge.fin_ms = 0
        enregistrer(transcription())
        statut.value = "<div role='status'>Nouvel entretien : l'acheteur vous reçoit.</div>"
        montrer()

    repondre.on_click(sur_repondre)
    dire.on_click(sur_dire)
    proposer.on_click(sur_proposer)
    fixer.on_click(sur_fixer)
    docx.on_click(sur_docx)
    recommencer.on_click(sur_recommencer)
    montrer()
    aide = w.HTML(
        f"{STYLE_RADIO}<small>Au clavier : Tab d'un contrôle à l'autre, Espace pour choisir. "
        "Chaque réplique, phrase ou proposition est enregistrée aussitôt.</small>"
    )
    vue = w.VBox([horloge, histo, *zones.values(), statut, document, docx, recommencer, aide])
    vue.add_class("ntc-commande")
    vue.etapes = etapes  # for the tests
    return vue


def lignes_du_devis(contenu: bytes, contexte: dict, nom: str = "proposition.docx") -> list[dict]:
    """The price lines of a written proposal (.docx), as the negotiation's starting offer; raises
    PropositionInvalide with a French message when they cannot be read."""
    from autograder.metier.commande.cas import PropositionInvalide
    from autograder.metier.examen.proposition_lecture import PropositionIllisible, ouvrir
    from autograder.metier.examen.proposition_prix import lire_devis

    try:
        devis = lire_devis(ouvrir(contenu, nom), contexte["offre"])
    except PropositionIllisible as exc:
        raise PropositionInvalide(str(exc)) from None
    if devis is None:
        raise PropositionInvalide(
            f"« {nom} » n'a pas de tableau de prix lisible (désignation, quantité, prix unitaire, "
            "montant) : la négociation part alors des lignes tirées pour vous."
        )
    out = []
    for li in devis.lignes:
        if li.produit is None or li.quantite is None or li.prix is None:
            continue  # a line naming no product of the offer: not on the order form
        q = int(li.quantite) if float(li.quantite).is_integer() else li.quantite
        out.append({"id": li.produit["id"], "quantite": q, "prix_ht": li.prix})
    return out


def entrainement(contexte: dict, graine: int = 1, proposition=None) -> w.Widget:
    """A practice negotiation for a lesson: feedback after every move, a clock that is not saved.
    `proposition`: the path of the learner's written proposal (.docx), its price lines being the
    starting offer; unreadable, a French message says why and the drawn lines are used."""
    socle()  # its keys go to the widget, not to JupyterLab (widgets.socle)
    from autograder.metier.commande.cas import PropositionInvalide, construire, lignes_proposees

    avis, lignes = "", None
    if proposition is not None:
        chemin = Path(proposition)
        try:
            lignes = lignes_proposees(
                contexte, lignes_du_devis(chemin.read_bytes(), contexte, chemin.name)
            )
            avis = (
                "<div role='status'>Offre de départ : les lignes de votre proposition écrite.</div>"
            )
        except OSError:
            avis = (
                f"<div role='alert'>⚠️ « {html.escape(str(chemin))} » est introuvable ou illisible "
                ": la négociation part des lignes tirées pour vous.</div>"
            )
        except PropositionInvalide as exc:
            avis = f"<div role='alert'>⚠️ {html.escape(str(exc))}</div>"
    cas = construire(contexte, graine, lignes)
    retour = w.HTML()

    def enregistrer(transcription):
        r = rejeu.rejouer(cas, transcription["etapes"])
        if r.fini or r.erreur or r.issue:
            _score, message, details = note.noter(cas, transcription)
            items = "".join(f"<li>{html.escape(d)}</li>" for d in details[-5:])
            retour.value = (
                "<div role='status' style='border-left:4px solid #0072B2;padding:0.2em 0.8em'>"
                f"<b>Bilan de l'entretien : {html.escape(message)}</b><ul>{items}</ul></div>"
            )
        else:
            retour.value = ""

    return w.VBox([negociation(cas, None, enregistrer), retour, w.HTML(avis)])
