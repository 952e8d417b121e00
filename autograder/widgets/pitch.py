"""Le constructeur de pitch (ipywidgets) : une zone de texte par partie, la durée estimée et les
contrôles à jour à chaque modification, et un chronomètre pour répéter à voix haute.

Tout se fait au clavier : Tab d'une zone à l'autre ; le texte est pris en compte en quittant la
zone (Tab). Le chronomètre (bouton « Démarrer ») ne sert qu'à s'entraîner : la note se calcule sur le
texte, jamais sur l'horloge.
"""

from __future__ import annotations

import html

import ipywidgets as w

from autograder.metier import pitch
from autograder.widgets.chronometre import commandes
from autograder.widgets.socle import socle


def _panneau(analyse: pitch.Analyse, format_: str) -> str:
    secondes, nom = pitch.FORMATS[format_]
    bas, haut = pitch.fenetre(format_)
    lignes = "".join(
        f"<li>{'✅ Réussi' if c.ok else '❌ À revoir'} : <b>{html.escape(c.libelle)}</b> — {html.escape(c.conseil)}</li>"
        for c in analyse.controles
    )
    justes = sum(c.ok for c in analyse.controles)
    return (
        "<div role='status' aria-live='polite'>"
        f"<b>{pitch.en_mots(analyse.nb_mots)} ≈ {round(analyse.duree)} s à l'oral</b> "
        f"(à {pitch.DEBIT_MOTS_MINUTE} mots/min ; format {nom} : entre {round(bas)} et "
        f"{round(haut)} s, soit {pitch.mots_pour(bas)} à {pitch.mots_pour(haut)} mots). "
        f"Contrôles réussis : {justes} sur {len(analyse.controles)}."
        f"<ul style='margin:0.3em 0'>{lignes}</ul></div>"
    )


def constructeur(interlocuteur: str, format_: str, parties: dict | None = None, enregistrer=None):
    """Le widget : `parties` restaure un pitch enregistré ; `enregistrer(parties)` est appelé à
    chaque modification (None dans la leçon : rien n'est enregistré)."""
    socle()  # its keys go to the widget, not to JupyterLab (widgets.socle)
    parties = parties if isinstance(parties, dict) else {}
    zones = {}
    for cle, libelle, role in pitch.PARTIES:
        zones[cle] = w.Textarea(
            value=str(parties.get(cle) or ""),
            description=libelle,
            placeholder=role[0].upper() + role[1:],
            continuous_update=False,
            layout=w.Layout(width="min(100%, 48em)", height="4.5em"),
            style={"description_width": "11em"},
        )
    panneau = w.HTML()

    def contenu() -> dict:
        return {cle: zone.value for cle, zone in zones.items()}

    def mettre_a_jour(_changement=None, sauver=True):
        panneau.value = _panneau(pitch.analyser(contenu(), interlocuteur, format_), format_)
        if sauver and enregistrer is not None:
            enregistrer(contenu())

    for zone in zones.values():
        zone.observe(mettre_a_jour, names="value")
    mettre_a_jour(sauver=False)

    secondes = pitch.FORMATS[format_][0]
    lecture = w.Play(
        value=0,
        min=0,
        max=secondes,
        step=1,
        interval=1000,
        description="Chronomètre",
        tooltip="Lancer le chronomètre pour répéter à voix haute",
    )
    barre = w.IntProgress(
        value=0,
        min=0,
        max=secondes,
        description="Temps écoulé",
        style={"description_width": "initial"},
    )
    texte_temps = w.Label(f"0 s sur {secondes} s", layout=w.Layout(flex="0 0 auto"))  # never shrunk

    def tic(changement):
        t = changement["new"]
        barre.value = t
        reste = secondes - t
        texte_temps.value = f"{t} s sur {secondes} s" + (
            " — temps écoulé : concluez !" if reste <= 0 else ""
        )

    lecture.observe(tic, names="value")
    aide = w.HTML(
        "<small>Au clavier : Tab pour passer d'une partie à l'autre (le texte est pris en compte "
        "en quittant la zone). Le chronomètre sert à répéter à voix haute ; il ne compte pas "
        "dans la note.</small>"
    )
    boite = w.VBox(
        [
            *zones.values(),
            aide,
            panneau,
            w.HBox([commandes(lecture, "répétition du pitch"), barre, texte_temps]),
        ]
    )
    boite.zones, boite.panneau, boite.chrono = zones, panneau, lecture
    return boite
