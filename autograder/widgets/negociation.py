"""Widgets (ipywidgets 8) of the negotiation simulator: the preparation form, the price-and-terms
negotiation and the objection dialogue. Labelled, keyboard-usable, in French.

Each function has the signature the `Personnalise` format expects, `(persona, valeur,
enregistrer)`: it rebuilds the widget from the stored answer `valeur` and calls
`enregistrer(transcription)` with the whole transcript after every move.
"""

from __future__ import annotations

import html

import ipywidgets as w

from autograder.metier.negociation import dialogue as dlg
from autograder.metier.negociation import simulateur as neg
from autograder.moteur.formats import ReponseInvalide
from autograder.moteur.nombres import euros, nombre, pourcent
from autograder.widgets.saisies import LARGE, STYLE_RADIO
from autograder.widgets.socle import socle

# Descriptions at their natural width: a fixed width cut the longer ones (« Point de rupture… »).
STYLE = {"description_width": "initial"}


def _alerte(zone: w.HTML, texte: str) -> None:
    zone.value = f"<div role='alert'>⚠️ {html.escape(texte)}</div>"


def _libelle_niveau(n: dict, avec_cout: bool = True) -> str:
    if not avec_cout or not n["cout"]:
        return n["libelle"] + (" (proposition initiale)" if not n["cout"] else "")
    return f"{n['libelle']} (coût pour vous : {euros(n['cout'], 0)})"


# -- preparation -----------------------------------------------------------------------------
def preparation(p: dict, valeur, enregistrer) -> w.Widget:
    valeur = valeur if isinstance(valeur, dict) else {}
    champs = {
        "objectif": w.Text(description="Remise visée (%)", placeholder="ex. 2,5"),
        "rupture": w.Text(
            description="Point de rupture : remise maximale (%)", placeholder="ex. 6"
        ),
    }
    for cle, champ in champs.items():
        champ.style, champ.layout = STYLE, LARGE
        champ.continuous_update = False
        v = valeur.get(cle)
        champ.value = "" if v is None else nombre(v, 2).rstrip("0").rstrip(",")
    listes = {}
    for t, d in p["termes"].items():
        options = [("Non négociable", dlg.NON_NEGOCIABLE)] + [
            (f"Concession possible jusqu'à : {_libelle_niveau(n)}", n["id"])
            for n in d["niveaux"][1:]
        ]
        deja = (valeur.get("termes") or {}).get(t)
        listes[t] = w.Dropdown(
            options=options,
            value=deja if deja in dict(options).values() else dlg.NON_NEGOCIABLE,
            description=f"{neg.TERMES[t]} (aujourd'hui : {d['niveaux'][0]['libelle']})",
            style=STYLE,
            layout=LARGE,
        )

    def brute():
        return {
            "objectif": champs["objectif"].value,
            "rupture": champs["rupture"].value,
            "termes": {t: liste.value for t, liste in listes.items()},
        }

    for c in [*champs.values(), *listes.values()]:
        c.observe(lambda _c: enregistrer(brute()), names="value")
    aide = w.HTML(
        "<small>Chaque changement est enregistré ; Tab passe d'un champ à l'autre, les "
        "flèches changent la position dans une liste.</small>"
    )
    return w.VBox([*champs.values(), *listes.values(), aide])


# -- negotiation -----------------------------------------------------------------------------
def _historique(p: dict, offres: list) -> tuple[str, str]:
    """HTML of the exchanges so far, and the issue."""
    try:
        d = neg.rejouer(p, neg.lire_transcription(p, {"offres": offres}))
    except ReponseInvalide as exc:
        return f"<div role='alert'>⚠️ {html.escape(str(exc))}</div>", "en_cours"
    qui = f"{p['interlocuteur']['nom']} ({p['interlocuteur']['fonction']})"
    lignes = [
        f"<li><b>Votre proposition écrite</b> : {euros(p['prix_catalogue'], 0)} HT, "
        + ", ".join(n["niveaux"][0]["libelle"] for n in p["termes"].values())
        + f".<br><b>{html.escape(qui)}</b> : « Il va falloir faire un effort. »</li>"
    ]
    for k, t in enumerate(d.tours, start=1):
        o = t.offre
        termes = ", ".join(neg.niveau(p, x, i)[1]["libelle"] for x, i in o["termes"].items())
        cp = (
            f" — contrepartie demandée : {neg.CONTREPARTIES[t.contrepartie].lower()}"
            if t.contrepartie
            else ""
        )
        alertes = "".join(f"<br>⚠️ <i>{html.escape(a)}</i>" for a in t.alertes)
        offre = (
            "vous rompez"
            if k == len(d.tours)
            and d.issue == "rupture"
            and not t.concessions
            and t.reponse.startswith("Vous mettez")
            else f"remise {pourcent(o['remise'] / 100)} (net {euros(neg.prix_net(p, o['remise']), 0)}), {termes}{cp}"
        )
        lignes.append(
            f"<li><b>Offre {k}</b> : {html.escape(offre)}{alertes}<br>"
            f"<b>{html.escape(qui)}</b> : « {html.escape(t.reponse)} »</li>"
        )
    etat = {"accord": "🤝 Accord conclu.", "rupture": "⛔ Négociation terminée sans accord."}.get(
        d.issue, f"Tour {len(d.tours) + 1} sur {neg.MAX_TOURS} au plus."
    )
    return (
        f"<ul style='list-style:none;padding-left:0'>{''.join(lignes)}</ul><p role='status'><b>{etat}</b></p>",
        d.issue,
    )


def negociation(p: dict, valeur, enregistrer) -> w.Widget:
    offres = (
        list(valeur["offres"])
        if isinstance(valeur, dict) and isinstance(valeur.get("offres"), list)
        else []
    )
    histo, alerte = w.HTML(), w.HTML()
    remise = w.BoundedFloatText(
        value=0.0, min=0.0, max=neg.REMISE_MAX, step=0.5, description="Remise (%)", style=STYLE
    )
    listes = {
        t: w.Dropdown(
            options=[(_libelle_niveau(n), n["id"]) for n in d["niveaux"]],
            description=neg.TERMES[t],
            style=STYLE,
            layout=LARGE,
        )
        for t, d in p["termes"].items()
    }
    contrepartie = w.Dropdown(
        options=[("— aucune —", "")] + [(lib, c) for c, lib in neg.CONTREPARTIES.items()],
        description="Contrepartie demandée",
        style=STYLE,
        layout=LARGE,
    )
    proposer = w.Button(
        description="Faire cette offre", button_style="primary", tooltip="Faire cette offre"
    )
    rompre = w.Button(description="Rompre", tooltip="Mettre fin à la négociation sans accord")
    recommencer = w.Button(description="Recommencer", tooltip="Effacer les offres et recommencer")

    def montrer():
        texte, issue = _historique(p, offres)
        histo.value = texte
        fini = issue != "en_cours" or len(offres) >= neg.MAX_TOURS
        proposer.disabled = rompre.disabled = fini
        derniere = offres[-1] if offres and not offres[-1].get("rompre") else neg.offre_initiale(p)
        remise.value = float(derniere["remise"])
        for t, liste in listes.items():
            liste.value = derniere["termes"][t]
        contrepartie.value = ""

    def jouer(offre):
        essai = {"offres": [*offres, offre]}
        try:
            neg.lire_transcription(p, essai)
        except ReponseInvalide as exc:
            _alerte(alerte, str(exc))
            return
        offres.append(offre)
        alerte.value = ""
        enregistrer({"offres": list(offres)})
        montrer()

    proposer.on_click(
        lambda _b: jouer(
            {
                "remise": float(remise.value),
                "termes": {t: liste.value for t, liste in listes.items()},
                "contrepartie": contrepartie.value,
            }
        )
    )
    rompre.on_click(lambda _b: jouer({"rompre": True}))

    def effacer(_b):
        offres.clear()
        alerte.value = ""
        enregistrer({"offres": []})
        montrer()

    recommencer.on_click(effacer)
    montrer()
    aide = w.HTML(
        "<small>Réglez votre offre (remise et conditions), choisissez la contrepartie que vous "
        "demandez, puis « Faire cette offre ». Pour maintenir votre position, refaites la même "
        "offre. Au clavier : Tab d'un champ à l'autre, flèches dans les listes, Entrée sur un "
        "bouton.</small>"
    )
    return w.VBox(
        [
            histo,
            remise,
            *listes.values(),
            contrepartie,
            w.HBox([proposer, rompre, recommencer]),
            alerte,
            aide,
        ]
    )


# -- objection dialogue ----------------------------------------------------------------------
def dialogue(p: dict, valeur, enregistrer, d: dict | None = None, melange=None) -> w.Widget:
    """The branching dialogue `d` (by default the persona's objection dialogue); `melange` sets
    the learner's own order of the replies (by default the buyer's name, in a lesson)."""
    d = d or p["objection"]
    melange = p["interlocuteur"]["nom"] if melange is None else melange
    choix = (
        list(valeur["choix"])
        if isinstance(valeur, dict) and isinstance(valeur.get("choix"), list)
        else []
    )
    histo, alerte = w.HTML(), w.HTML()
    options = w.RadioButtons(
        options=[],
        description="Votre réplique",
        layout=LARGE,
        style={"description_width": "initial"},
    )
    repondre = w.Button(
        description="Répondre", button_style="primary", tooltip="Répondre avec la réplique choisie"
    )
    recommencer = w.Button(description="Recommencer", tooltip="Reprendre le dialogue au début")
    qui = html.escape(p["interlocuteur"]["nom"])

    def montrer():
        try:
            etapes = dlg.parcourir(d, choix)
        except ReponseInvalide:
            choix.clear()
            etapes = dlg.parcourir(d, choix)
        lignes = []
        for noeud, pris in etapes:
            lignes.append(f"<p><b>{qui}</b> : « {html.escape(noeud['acheteur'])} »</p>")
            if pris is not None:
                lignes.append(
                    f"<p style='margin-left:2em'><b>Vous</b> : {html.escape(pris['texte'])}<br>"
                    f"<small>Technique : {neg.TECHNIQUES[pris['technique']]} — {html.escape(pris['retour'])}</small></p>"
                )
        courant = etapes[-1][0]
        if not courant["choix"]:
            lignes.append("<p role='status'><b>Fin du dialogue.</b> Cliquez sur « Vérifier ».</p>")
        histo.value = "".join(lignes)
        options.options = [(c["texte"], c["id"]) for c in dlg.ordre_affiche(courant, melange)]
        options.value = None
        repondre.disabled = not courant["choix"]

    def jouer(_b):
        if options.value is None:
            _alerte(alerte, "Non répondu : choisissez d'abord une réplique dans la liste.")
            return
        alerte.value = ""
        choix.append(options.value)
        enregistrer({"choix": list(choix)})
        montrer()

    def effacer(_b):
        choix.clear()
        enregistrer({"choix": []})
        montrer()

    repondre.on_click(jouer)
    recommencer.on_click(effacer)
    montrer()
    options.add_class("ntc-radio")
    aide = w.HTML(
        f"{STYLE_RADIO}<small>Au clavier : Tab d'une réplique à l'autre, Espace pour choisir, "
        "puis Tab jusqu'à « Répondre ».</small>"
    )
    return w.VBox([histo, options, w.HBox([repondre, recommencer]), alerte, aide])


# -- free practice (lessons): the same widgets, feedback after every move, nothing graded --------
def _retour_html(resultat) -> str:
    score, message, details = resultat
    items = "".join(f"<li>{html.escape(d)}</li>" for d in details)
    return (
        f"<div role='status' style='border-left:4px solid #0072B2;padding:0.2em 0.8em'>"
        f"<b>{html.escape(message)}</b><ul>{items}</ul></div>"
    )


def entrainement(p: dict, partie: str = "negociation") -> w.Widget:
    """A practice widget for a lesson: `partie` is « negociation », « dialogue » or
    « preparation »; its score and teaching feedback are shown after every move."""
    socle()  # its keys go to the widget, not to JupyterLab (widgets.socle)
    fabriques = {
        "negociation": (negociation, neg.noter_negociation),
        "dialogue": (dialogue, lambda q, r: dlg.noter_dialogue(q["objection"], r)),
        "preparation": (preparation, dlg.noter_preparation),
    }
    if partie not in fabriques:
        raise ValueError(f"partie inconnue : « {partie} » ; attendu {', '.join(fabriques)}.")
    fabrique, noter = fabriques[partie]
    retour = w.HTML()

    def enregistrer(brute):
        try:
            if partie == "preparation":
                dlg.lire_preparation(p, brute)
            retour.value = _retour_html(noter(p, brute))
        except ReponseInvalide as exc:
            _alerte(retour, str(exc))

    return w.VBox([fabrique(p, None, enregistrer), retour])
