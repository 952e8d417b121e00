"""The countdown of a timed exam part (autograder.moteur.chrono), shown in the notebook.

The browser computes what is left from the end time it was given, once a second (anywidget, a few
lines of JS): the countdown runs while the kernel is busy or gone, and re-running the cell after a
restart shows the same end, read from the answer store. Warnings at 30, 10 and 5 minutes left and
at the end are read out (aria-live); the display itself is a role="timer", not read every second.
Before the start, « Commencer » says what starting means; nothing can pause the clock, as at the
exam.
"""

from __future__ import annotations

import html

import anywidget
import ipywidgets as w
import traitlets

from autograder.moteur.chrono import ALERTES, Chrono, duree_en_clair, maintenant

_ESM = r"""
function horloge(s) {
  s = Math.max(0, Math.round(s));
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), r = s % 60;
  return `${h}:${String(m).padStart(2, "0")}:${String(r).padStart(2, "0")}`;
}

function render({ model, el }) {
  const racine = document.createElement("div");
  racine.className = "ntc-chrono";
  const temps = document.createElement("div");
  temps.setAttribute("role", "timer");
  temps.className = "ntc-chrono-temps";
  const annonce = document.createElement("div");
  annonce.setAttribute("role", "status");
  annonce.setAttribute("aria-live", "polite");
  annonce.className = "ntc-chrono-annonce";
  racine.append(temps, annonce);
  el.append(racine);
  // The kernel's clock and the browser's may differ: keep the gap seen at display time.
  const decalage = Date.now() - model.get("maintenant_ms");
  const dites = new Set();

  function tic() {
    const fin = model.get("fin_ms");
    temps.setAttribute("aria-label", model.get("titre"));
    if (!fin) {
      temps.textContent = horloge(model.get("secondes"));
      racine.dataset.etat = "attente";
      return;
    }
    const reste = (fin - (Date.now() - decalage)) / 1000;
    temps.textContent = reste > 0 ? horloge(reste) : "0:00:00";
    racine.dataset.etat = reste > 0 ? "en-cours" : "fini";
    racine.dataset.restant = String(Math.max(0, Math.round(reste)));
    if (reste <= 0) {
      if (!dites.has(0)) { dites.add(0); annonce.textContent = model.get("message_fin"); }
      return;
    }
    for (const seuil of model.get("alertes")) {
      // Announce a threshold once, and only when crossed while the page is open.
      if (reste <= seuil && reste > seuil - 5 && !dites.has(seuil)) {
        dites.add(seuil);
        annonce.textContent = `Plus que ${Math.round(seuil / 60)} minutes.`;
      }
    }
  }
  tic();
  const id = setInterval(tic, 1000);
  model.on("change:fin_ms", tic);
  return () => clearInterval(id);
}
export default { render };
"""

_CSS = """
.ntc-chrono-temps { font: 600 2em/1.2 monospace; }
.ntc-chrono[data-etat="fini"] .ntc-chrono-temps { color: #8b0000; }
.ntc-chrono-annonce { font-weight: 600; min-height: 1.2em; }
"""


def demarrer_horloge(horloge, chrono: Chrono | None, secondes: int) -> str:
    """Start a simulator's clock: the exam clock (saved with the answers) when there is one,
    else the practice countdown `horloge` (a Minuteur). Returns the start time, ISO."""
    if chrono is not None:
        chrono.demarrer()
        horloge._montrer()
        return chrono.debut.isoformat(timespec="seconds")
    horloge.maintenant_ms = maintenant().timestamp() * 1000
    horloge.fin_ms = horloge.maintenant_ms + secondes * 1000
    return maintenant().isoformat(timespec="seconds")


class Minuteur(anywidget.AnyWidget):
    """h:mm:ss left, ticking in the browser from `fin_ms` (0: not started)."""

    _esm = _ESM
    _css = _CSS
    titre = traitlets.Unicode("").tag(sync=True)
    secondes = traitlets.Int(0).tag(sync=True)
    fin_ms = traitlets.Float(0).tag(sync=True)
    maintenant_ms = traitlets.Float(0).tag(sync=True)
    alertes = traitlets.List(list(ALERTES)).tag(sync=True)
    message_fin = traitlets.Unicode("").tag(sync=True)


class ChronoEpreuve(w.VBox):
    """« Commencer l'épreuve », then the countdown; rebuilt as it was after a restart."""

    def __init__(self, chrono: Chrono, consigne: str = "", avant=None, apres=None, fin: str = ""):
        # avant() -> a French reason not to start yet, or None; apres(): once started;
        # fin: what the end announcement asks for (default: hand in the files)
        self.chrono, self.avant, self.apres = chrono, avant, apres
        self.minuteur = Minuteur(
            titre=f"Temps restant : {chrono.titre}",
            secondes=chrono.secondes,
            message_fin=f"Temps écoulé ({chrono.titre})\u00a0: {fin or 'déposez vos fichiers.'}",
        )
        self.etat = w.HTML()
        self.bouton = w.Button(
            description=f"Commencer : {chrono.titre} ({duree_en_clair(chrono.secondes)})",
            button_style="primary",
            icon="hourglass-start",
            tooltip="Le temps démarre au clic et ne s'arrête plus",
            layout=w.Layout(width="auto"),
        )
        self.bouton.on_click(lambda _b: self.commencer())
        self.aide = w.HTML(
            "<small>Le temps démarre au clic et continue même si vous fermez le carnet ou "
            "redémarrez le noyau, comme à l'examen : rien ne le met en pause. "
            f"{html.escape(consigne)}</small>"
        )
        super().__init__([self.minuteur, self.etat, self.bouton, self.aide])
        self.add_class("ntc-chrono-epreuve")
        self._montrer()

    def commencer(self) -> None:
        if self.avant is not None and (raison := self.avant()):
            self.etat.value = f"<div role='alert'>⚠️ {html.escape(raison)}</div>"
            return
        try:
            self.chrono.demarrer()
        except OSError as exc:
            self.etat.value = (
                f"<div role='alert'>⚠️ Le départ n'a pas pu être enregistré "
                f"({html.escape(exc.strerror or str(exc))}) : le temps n'a pas démarré.</div>"
            )
            return
        self._montrer()
        if self.apres is not None:
            self.apres()

    def _montrer(self) -> None:
        self.minuteur.maintenant_ms = maintenant().timestamp() * 1000
        fin = self.chrono.fin
        self.minuteur.fin_ms = fin.timestamp() * 1000 if fin else 0
        self.bouton.layout.display = "none" if fin else None
        self.aide.layout.display = "none" if fin else None
        self.etat.value = f"<div>{html.escape(self.chrono.etat())}</div>"
