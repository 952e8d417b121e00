"""Keys typed in a widget go to the widget, not to JupyterLab's notebook shortcuts.

In JupyterLab's command mode a focused drop-down, radio button, check box or button is not a text
field, so its keys run notebook shortcuts: ↓ moves to the next cell instead of the next option,
« a »/« b » insert cells, « m » turns the cell into markdown, « d d » deletes it. Text fields are
already left alone by JupyterLab.

`garde()` is an invisible anywidget; its first view installs, once per page, a `focusin` listener
that marks any focused control inside a widget with Lumino's `data-lm-suppress-shortcuts`
attribute: Lumino then ignores the keys aimed at it, and the browser does what the control does.
Outside JupyterLab (Voila) the attribute is harmless.
"""

from __future__ import annotations

import anywidget

_ESM = r"""
const TEXTE = /^(text|search|email|url|tel|password|number)$/;

function proteger(event) {
  const el = event.target;
  if (!(el instanceof Element) || !el.closest(".jupyter-widgets")) return;
  if (el.closest(".jp-Cell-inputArea, .cm-editor")) return;  // a code editor keeps its keys
  if (el.isContentEditable || el.tagName === "TEXTAREA") return;  // already left alone
  if (el.tagName === "INPUT" && TEXTE.test(el.type)) return;
  if (!el.hasAttribute("data-lm-suppress-shortcuts")) {
    el.setAttribute("data-lm-suppress-shortcuts", "true");
  }
}

function render({ el }) {
  el.style.display = "none";
  if (!window.__ntcGardeClavier) {
    window.__ntcGardeClavier = true;
    document.addEventListener("focusin", proteger, true);
  }
}
export default { render };
"""


class GardeClavier(anywidget.AnyWidget):
    _esm = _ESM


_GARDE: GardeClavier | None = None


def garde() -> GardeClavier:
    """The kernel's one guard (one model, a view in each output that shows it)."""
    global _GARDE
    if _GARDE is None:
        _GARDE = GardeClavier(layout={"display": "none"})
    return _GARDE
