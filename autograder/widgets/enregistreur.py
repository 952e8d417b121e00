"""The audio recorder: an anywidget over the browser's MediaRecorder, plus a file drop.

« Enregistrer » asks for the microphone and records; « Arrêter » (or the time limit) ends the
recording, which the learner can play back at once; the whole file (WebM/Opus from Chrome, Ogg
from Firefox, as the browser gives it) is then sent to the kernel in one message with a binary
buffer, with the duration the browser measured (start/stop timestamps). Nothing is sent while
recording: a recording replaces the previous one only once it is complete, and the format checks
it before the session writes it (autograder.moteur.formats.enregistrement).

A refused or missing microphone (NotAllowedError, NotFoundError), a page without microphone
access (not HTTPS) or a browser without MediaRecorder gets a French message in the widget and
nothing saved is touched. Without a microphone the learner drops a file recorded on a phone.
Buttons are real <button>s (Tab, Entrée, Espace); the status line is an aria-live region.
"""

from __future__ import annotations

import anywidget
import ipywidgets as w
import traitlets

from autograder.moteur.formats.enregistrement import secondes
from autograder.widgets.televersement import Televersement

_ESM = r"""
const MESSAGES = {
  NotAllowedError: "Micro refusé : autorisez le micro pour cette page (icône à gauche de " +
    "l'adresse), puis cliquez de nouveau sur « Enregistrer ». Sans micro, déposez un fichier " +
    "enregistré avec votre téléphone. Votre enregistrement précédent est conservé.",
  NotFoundError: "Aucun micro détecté sur cet ordinateur : branchez-en un, ou enregistrez-vous " +
    "avec le dictaphone de votre téléphone et déposez le fichier ci-dessous. Votre " +
    "enregistrement précédent est conservé.",
  NotReadableError: "Le micro est déjà utilisé par une autre application : fermez-la, puis " +
    "recommencez. Votre enregistrement précédent est conservé.",
  Indisponible: "Ce navigateur ne permet pas d'enregistrer dans cette page (connexion non " +
    "sécurisée ou navigateur trop ancien) : enregistrez-vous avec votre téléphone et déposez le " +
    "fichier ci-dessous.",
};
const TYPES = ["audio/webm;codecs=opus", "audio/webm", "audio/ogg;codecs=opus", "audio/mp4"];
const ENVOI_MAX = 9 * 1024 * 1024;  // a kernel message over 10 MiB closes Jupyter's websocket

function horloge(s) {
  const t = Math.floor(s);
  return `${Math.floor(t / 60)}:${String(t % 60).padStart(2, "0")}`;
}

function render({ model, el }) {
  const racine = document.createElement("div");
  racine.className = "ntc-enregistreur";
  racine.setAttribute("role", "group");
  racine.setAttribute("aria-label", `Enregistreur audio : ${model.get("titre")}`);
  racine.setAttribute("data-lm-suppress-shortcuts", "true");  // Espace, Entrée: the buttons'
  const bouton = (texte, aide) => {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = texte;
    b.title = aide;
    b.className = "jupyter-button ntc-bouton";
    return b;
  };
  const enregistrer = bouton("● Enregistrer", "Commencer l'enregistrement (micro)");
  enregistrer.setAttribute("aria-label", "Enregistrer");
  const arreter = bouton("■ Arrêter", "Arrêter et garder l'enregistrement");
  arreter.setAttribute("aria-label", "Arrêter");
  arreter.disabled = true;
  const temps = document.createElement("span");
  temps.className = "ntc-temps";
  temps.setAttribute("role", "timer");
  temps.setAttribute("aria-label", "Durée enregistrée");
  const objectif = model.get("objectif");
  const cible = objectif ? ` / ${horloge(objectif)}` : "";
  temps.textContent = `0:00${cible}`;
  const lecteur = document.createElement("audio");
  lecteur.controls = true;
  lecteur.hidden = true;
  lecteur.setAttribute("aria-label", "Réécouter votre dernier enregistrement");
  const statut = document.createElement("div");
  statut.className = "ntc-statut";
  statut.setAttribute("role", "status");
  statut.setAttribute("aria-live", "polite");
  const ligne = document.createElement("div");
  ligne.className = "ntc-ligne";
  ligne.append(enregistrer, arreter, temps);
  racine.append(ligne, lecteur, statut);
  el.append(racine);

  const dire = (texte) => { statut.textContent = texte || ""; };
  dire(model.get("statut"));
  model.on("change:statut", () => { if (model.get("statut")) dire(model.get("statut")); });

  let enregistreur = null, flux = null, debut = 0, minuterie = null, morceaux = [];
  const liberer = () => {
    clearInterval(minuterie);
    if (flux) flux.getTracks().forEach((t) => t.stop());
    flux = null;
  };

  enregistrer.addEventListener("click", async () => {
    const md = navigator.mediaDevices;
    if (!md || !md.getUserMedia || typeof MediaRecorder === "undefined") {
      dire(MESSAGES.Indisponible);
      return;
    }
    enregistrer.disabled = true;
    try {
      flux = await md.getUserMedia({ audio: true });
    } catch (err) {
      enregistrer.disabled = false;
      const nom = err && err.name === "PermissionDeniedError" ? "NotAllowedError" : err && err.name;
      dire(MESSAGES[nom] || `Le micro n'a pas pu démarrer (${nom || err}). ` +
        "Votre enregistrement précédent est conservé.");
      return;
    }
    const type = TYPES.find((t) => MediaRecorder.isTypeSupported(t));
    const options = type ? { mimeType: type } : {};
    if (model.get("bits_par_seconde")) options.audioBitsPerSecond = model.get("bits_par_seconde");
    enregistreur = new MediaRecorder(flux, options);
    morceaux = [];
    enregistreur.addEventListener("dataavailable", (e) => { if (e.data.size) morceaux.push(e.data); });
    enregistreur.addEventListener("stop", async () => {
      const duree = (performance.now() - debut) / 1000;
      liberer();
      arreter.disabled = true;
      enregistrer.disabled = false;
      enregistrer.focus();
      const blob = new Blob(morceaux, { type: enregistreur.mimeType || type || "audio/webm" });
      if (!blob.size) {
        dire("Aucun son reçu du micro : recommencez. Votre enregistrement précédent est conservé.");
        return;
      }
      lecteur.src = URL.createObjectURL(blob);
      lecteur.hidden = false;
      temps.textContent = horloge(duree) + cible;
      if (blob.size > ENVOI_MAX) {
        const lien = document.createElement("a");
        lien.href = lecteur.src;
        const ext = blob.type.includes("ogg") ? "ogg" : blob.type.includes("mp4") ? "m4a" : "webm";
        lien.download = `${model.get("nom_fichier") || "enregistrement"}.${ext}`;
        lien.textContent = "Télécharger cet enregistrement";
        dire(`Enregistrement de ${horloge(duree)} trop lourd pour être envoyé au carnet ` +
          `(${Math.round(blob.size / 1e6)} Mo) : téléchargez-le avec ce lien, placez-le dans le ` +
          "dossier « enregistrements » à côté du carnet, puis cliquez sur « Chercher mes " +
          "fichiers ». Vos enregistrements précédents sont conservés. ");
        statut.append(lien);
        return;
      }
      dire(`Enregistrement terminé (${horloge(duree)}) : envoi… Le résultat s'affiche ci-dessous.`);
      const octets = await blob.arrayBuffer();
      model.send({ type: "enregistrement", duree, mime: blob.type }, undefined, [octets]);
    });
    enregistreur.start(1000);
    debut = performance.now();
    const limite = model.get("limite");
    minuterie = setInterval(() => {
      const s = (performance.now() - debut) / 1000;
      temps.textContent = horloge(s) + cible;
      if (s >= limite && enregistreur.state === "recording") {
        dire(`Durée maximale atteinte (${horloge(limite)}) : enregistrement arrêté.`);
        enregistreur.stop();
      }
    }, 250);
    arreter.disabled = false;
    arreter.focus();
    dire(`Enregistrement en cours… ${model.get("consigne")}`);
  });
  arreter.addEventListener("click", () => {
    if (enregistreur && enregistreur.state === "recording") enregistreur.stop();
  });
  return () => {
    if (enregistreur && enregistreur.state === "recording") enregistreur.stop();
    liberer();
  };
}
export default { render };
"""

_CSS = """
.ntc-enregistreur { margin: 0.4em 0; }
.ntc-enregistreur .ntc-ligne { display: flex; gap: 0.6em; align-items: center; flex-wrap: wrap; }
.ntc-enregistreur .ntc-bouton { width: auto; padding: 0 1em; }
.ntc-enregistreur .ntc-bouton:focus-visible { outline: 2px solid #1a5fb4; outline-offset: 2px; }
.ntc-enregistreur .ntc-temps { font-variant-numeric: tabular-nums; font-size: 1.2em; }
.ntc-enregistreur audio { display: block; margin: 0.4em 0; max-width: 100%; }
.ntc-enregistreur audio[hidden] { display: none; }
.ntc-enregistreur .ntc-statut { min-height: 1.4em; }
"""

LIMITE_SECONDES = 600  # a recording stops by itself after ten minutes
CONSIGNE = "Dites votre pitch, puis cliquez sur « Arrêter »."


class Enregistreur(anywidget.AnyWidget):
    """The recorder itself; `recevoir(contenu, duree_navigateur, type)` gets each recording."""

    _esm = _ESM
    _css = _CSS
    titre = traitlets.Unicode("").tag(sync=True)
    statut = traitlets.Unicode("").tag(sync=True)
    limite = traitlets.Float(LIMITE_SECONDES).tag(sync=True)
    objectif = traitlets.Float(0).tag(sync=True)  # seconds shown as « 3:12 / 15:00 »; 0: none
    consigne = traitlets.Unicode(CONSIGNE).tag(sync=True)  # said while recording
    # Opus at 32 kbit/s is clear speech: 16 minutes are 4 MB (the browser's default is 4 times
    # that, and a message over 10 MiB closes the kernel's websocket). 0: the browser's default.
    bits_par_seconde = traitlets.Int(0).tag(sync=True)
    nom_fichier = traitlets.Unicode("").tag(sync=True)  # the name a too-heavy take downloads as

    def __init__(self, recevoir, **kwargs):
        super().__init__(**kwargs)
        self._recevoir = recevoir
        self.on_msg(self._message)

    def _message(self, _widget, contenu, buffers) -> None:
        if not isinstance(contenu, dict) or contenu.get("type") != "enregistrement":
            return
        if not buffers:
            self.statut = "Enregistrement vide : recommencez."
            return
        self._recevoir(bytes(buffers[0]), contenu.get("duree"), contenu.get("mime"))


class SaisieEnregistrement:
    """The input of a recorded exercise: the recorder, and a file drop for a phone recording."""

    def __init__(self, ex, deja: dict, quand_change):
        self.ex, self._quand_change = ex, quand_change
        self._derniere = None
        self._deja = valeur = deja.get("valeur")
        garde = ""
        if isinstance(valeur, dict) and valeur.get("fichier"):
            garde = (
                f"Enregistrement conservé : {valeur['fichier']} "
                f"({secondes(float(valeur.get('duree') or 0))}). Un nouvel enregistrement le "
                "remplacera une fois terminé."
            )
        self.enregistreur = Enregistreur(self.recevoir, titre=ex.titre, statut=garde)
        self.depot = Televersement(
            accept=".webm,.ogg,.opus,.wav,.m4a,.mp4,.aac,audio/*",
            description="Déposer un fichier audio",
            tooltip="Déposer un fichier audio enregistré ailleurs (téléphone)",
            conseil="Enregistrez-vous de nouveau en qualité réduite (réglage « voix » ou "
            "« compressé » du dictaphone), puis déposez ce nouveau fichier.",
        )
        self.depot.observe(self._depose, names="value")
        aide = w.HTML(
            "<small>Sans micro : enregistrez-vous sur votre téléphone, puis déposez le fichier "
            "(M4A, WAV, WebM ou Ogg).</small>"
        )
        self.widget = w.VBox([self.enregistreur, aide, self.depot])

    def recevoir(self, contenu: bytes, duree_navigateur=None, type_mime=None) -> None:
        """A complete recording (or dropped file): handed to the exercise to check and save."""
        self._derniere = {"audio": contenu, "duree_navigateur": duree_navigateur, "type": type_mime}
        self.enregistreur.statut = ""  # the same sentence twice is still announced
        self.enregistreur.statut = "Enregistrement reçu par le carnet : résultat ci-dessous."
        self._quand_change()

    def _depose(self, changement) -> None:
        fichiers = changement["new"]
        if not fichiers:
            return
        fichier = fichiers[0]
        self.recevoir(bytes(fichier["content"]), None, fichier.get("type"))
        self.enregistreur.statut = f"Fichier « {fichier['name']} » reçu : résultat ci-dessous."
        self.depot.value = ()  # the same file can be dropped again

    def brute(self):
        """The new recording, else the saved one (« Vérifier » after reopening)."""
        return self._derniere if self._derniere is not None else self._deja
