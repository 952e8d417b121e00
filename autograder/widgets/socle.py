"""What every page of our widgets needs once: keys that go to the widget, a shared stylesheet.

Keys typed in a widget go to the widget, not to JupyterLab's notebook shortcuts.

In JupyterLab's command mode a focused drop-down, radio button, check box or button is not a text
field, so its keys run notebook shortcuts: ↓ moves to the next cell instead of the next option,
« a »/« b » insert cells, « m » turns the cell into markdown, « d d » deletes it. Text fields are
already left alone by JupyterLab.

`socle()` is an invisible anywidget: once its model reaches the page (created by a widget
module, shown or not), it installs, once per page, a `focusin` listener
that marks any focused control inside a widget with Lumino's `data-lm-suppress-shortcuts`
attribute: Lumino then ignores the keys aimed at it, and the browser does what the control does.
Outside JupyterLab (Voila) the attribute is harmless.

Its stylesheet (anywidget puts it in the page once) fixes, for every exercise, what ipywidgets
lays out for one-line texts: an HTML text that wraps keeps a 28 px line height (a statement or a
feedback list then reads double-spaced); a drop-down has a fixed width that cuts long options.
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

function initialize() {  // when the model reaches the page, shown or not
  if (!window.__ntcGardeClavier) {
    window.__ntcGardeClavier = true;
    document.addEventListener("focusin", proteger, true);
  }
}

function render({ el }) {
  el.style.display = "none";
}
export default { initialize, render };
"""


# One line keeps its height (28 px, centred beside a button); more lines get a reading spacing.
_CSS = """
:is(.ntc-exercice, .ntc-quiz, .ntc-variantes) .widget-html-content {
  line-height: 1.45;
  padding: calc((var(--jp-widgets-inline-height, 28px) - 1.45em) / 2) 0;
}
.ntc-liste.widget-dropdown { width: auto; max-width: 100%; }
.ntc-liste.widget-dropdown > select {
  flex: 0 1 auto; width: auto; min-width: 14em; max-width: 100%; padding-right: 2em;
}
"""


class Socle(anywidget.AnyWidget):
    _esm = _ESM
    _css = _CSS


_SOCLE: Socle | None = None


def socle() -> Socle:
    """The kernel's one instance (one model, a view in each output that shows it)."""
    global _SOCLE
    if _SOCLE is None:
        _SOCLE = Socle(layout={"display": "none"})
    return _SOCLE
