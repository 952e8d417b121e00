"""Named controls for an ipywidgets.Play timer.

The Play widget draws three buttons with an icon and no text: a screen reader announces
« bouton » three times (axe-core: button-name, critical). The Play keeps ticking in the browser
but its own buttons are hidden; a « Démarrer » / « Pause » toggle (linked in the browser, no kernel
round trip) and a « Remettre à zéro » button drive it instead.
"""

from __future__ import annotations

import ipywidgets as w


def commandes(play: w.Play, sujet: str) -> w.HBox:
    """The Play's buttons replaced by named ones; `sujet` says what they time (tooltip)."""
    play.layout.display = "none"  # the view still exists: the timer runs in the browser
    marche = w.ToggleButton(
        value=play.playing,
        description="Démarrer",
        icon="play",
        tooltip=f"Démarrer ou mettre en pause : {sujet}",
    )
    w.jslink((marche, "value"), (play, "playing"))
    zero = w.Button(
        description="Remettre à zéro", icon="stop", tooltip=f"Remettre à zéro : {sujet}"
    )

    def libelle(_changement=None):
        marche.description, marche.icon = (
            ("Pause", "pause") if play.playing else ("Démarrer", "play")
        )

    def remettre(_bouton):
        play.playing = False
        play.value = play.min

    play.observe(libelle, names="playing")
    zero.on_click(remettre)
    return w.HBox([play, marche, zero], layout=w.Layout(flex_flow="row wrap", align_items="center"))
