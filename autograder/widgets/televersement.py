"""A file deposit button that checks the file's size in the browser before sending it.

ipywidgets' FileUpload sends the chosen file to the kernel in one websocket message, whatever its
size: over 10 MiB, Jupyter's websocket closes and the learner sees a broken connection (the
kernel « déconnecté »), with no word of why. This anywidget keeps FileUpload's Python side (the
`value` tuple of {name, type, size, content, last_modified}, `accept`, `description`, `tooltip`,
`icon`: the deposits observe `value` and reset it to `()` as before), but a file over `maximum`
bytes is not sent: the widget says so in French, in an alert under the button, with `conseil`.
The button is a real <button> (Tab, then Entrée or Espace opens the file chooser).
"""

from __future__ import annotations

from datetime import UTC, datetime

import anywidget
import traitlets

ENVOI_MAX = 9_000_000  # bytes (« 9 Mo »): under Jupyter's 10 MiB websocket message

_ESM = r"""
function mo(octets) {
  return (octets / 1e6).toLocaleString("fr-FR", { maximumFractionDigits: 1 }) + "\u00a0Mo";
}

function render({ model, el }) {
  const bouton = document.createElement("button");
  bouton.type = "button";
  bouton.className = "jupyter-button widget-button ntc-televersement";
  const statut = document.createElement("div");
  statut.className = "ntc-televersement-statut";
  const majBouton = () => {
    bouton.textContent = "";
    if (model.get("icon")) {
      const i = document.createElement("i");
      i.className = `fa fa-${model.get("icon")}`;
      i.setAttribute("aria-hidden", "true");
      bouton.append(i, " ");
    }
    bouton.append(model.get("description"));
    bouton.title = model.get("tooltip") || model.get("description");
  };
  majBouton();
  model.on("change:description", majBouton);
  model.on("change:icon", majBouton);
  model.on("change:tooltip", majBouton);
  // Never put in the page (as ipywidgets' FileUpload): its click opens the file chooser.
  const entree = document.createElement("input");
  entree.type = "file";
  bouton.addEventListener("click", () => {
    entree.accept = model.get("accept");
    entree.value = "";  // the same file, corrected, can be chosen again
    entree.click();
  });
  entree.addEventListener("change", async () => {
    const fichier = entree.files && entree.files[0];
    statut.textContent = "";
    statut.removeAttribute("role");
    if (!fichier) return;
    const maximum = model.get("maximum");
    if (fichier.size > maximum) {
      statut.setAttribute("role", "alert");
      statut.textContent = `⚠️ « ${fichier.name} » pèse ${mo(fichier.size)} : trop lourd pour ` +
        `être envoyé au carnet (${mo(maximum)} au plus par fichier). Rien n'a été envoyé, ` +
        `votre dépôt précédent est conservé. ${model.get("conseil")}`.trim();
      return;
    }
    const octets = await fichier.arrayBuffer();
    model.send({ type: "fichier", name: fichier.name, mime: fichier.type, size: fichier.size,
                 last_modified: fichier.lastModified }, undefined, [octets]);
  });
  el.append(bouton, statut);
}
export default { render };
"""

_CSS = """
.ntc-televersement.widget-button { width: auto; padding: 0 1em; }
.ntc-televersement-statut:empty { display: none; }
.ntc-televersement-statut { margin: 0.3em 0; line-height: 1.45; }
"""


class Televersement(anywidget.AnyWidget):
    """FileUpload's Python side (one file), the size checked before anything is sent."""

    _esm = _ESM
    _css = _CSS
    accept = traitlets.Unicode("").tag(sync=True)
    description = traitlets.Unicode("Déposer un fichier").tag(sync=True)
    tooltip = traitlets.Unicode("").tag(sync=True)
    icon = traitlets.Unicode("upload").tag(sync=True)
    maximum = traitlets.Int(ENVOI_MAX).tag(sync=True)  # bytes
    conseil = traitlets.Unicode("").tag(sync=True)  # what to do with a too heavy file
    multiple = False
    value = traitlets.Tuple()  # kernel side only, as FileUpload's: ({name, type, size, …},)

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.on_msg(self._message)

    def _message(self, _widget, contenu, buffers) -> None:
        if not isinstance(contenu, dict) or contenu.get("type") != "fichier" or not buffers:
            return
        quand = contenu.get("last_modified")
        self.value = (
            {
                "name": str(contenu.get("name") or "fichier"),
                "type": str(contenu.get("mime") or ""),
                "size": len(buffers[0]),
                "content": memoryview(bytes(buffers[0])),
                "last_modified": datetime.fromtimestamp(quand / 1000, UTC)
                if isinstance(quand, int | float)
                else None,
            },
        )
