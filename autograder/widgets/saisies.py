"""The input controls of one exercise (or one quiz question), one class per answer format.

Each is restored from `deja` (the stored {"valeur", "brute"}), calls `quand_change()` on every
learner change, and gives back the raw answer with `brute()`; the format reads it.
"""

from __future__ import annotations

import html

import ipywidgets as w

LARGE = w.Layout(width="auto")

# ipywidgets gives each radio label a fixed height: a label that wraps overlaps the next option.
# Scoped to the class below, labels grow with their text, the button stays beside the first line,
# and the group is not followed by an empty line (ipywidgets adds 30 px under it).
STYLE_RADIO = (
    "<style>.ntc-radio label{height:auto;line-height:1.35;display:flex;align-items:flex-start;"
    "padding:0.15em 0;white-space:normal}"
    ".ntc-radio input{order:-1;height:1.35em;line-height:1.35;flex:none;margin-top:0}"
    ".ntc-radio .widget-radio-box{margin-bottom:0.3em !important}</style>"  # ipywidgets: inline
)


def radio_lisible(radio: w.RadioButtons) -> w.Widget:
    """The radio buttons with labels that wrap without overlapping, and how to use the keyboard."""
    radio.add_class("ntc-radio")
    # Each radio is its own Tab stop in ipywidgets 8; the arrow keys choose too (in JupyterLab,
    # once widgets.socle keeps them from the notebook's shortcuts).
    aide = w.HTML(
        f"{STYLE_RADIO}<small>Au clavier : Tab jusqu'aux options, puis les flèches ↑ ↓ pour "
        "choisir (ou Tab d'une option à l'autre et Espace).</small>"
    )
    return w.VBox([radio, aide])


# ipywidgets keeps a check box label on one line and cuts it with « … »: a long option is
# unreadable. Here it wraps, and the row grows with it.
CASES_LONGUES = (
    "<style>.ntc-cases .widget-checkbox{height:auto;min-height:var(--jp-widgets-inline-height)}"
    ".ntc-cases .widget-checkbox .widget-label-basic{white-space:normal;overflow:visible;"
    "height:auto;align-items:flex-start}"
    ".ntc-cases .widget-checkbox .widget-label-basic span{line-height:1.4;padding:4px 0}</style>"
)


def _exemple(fmt) -> str:
    """A placeholder shaped like the answer: a whole count is not shown with decimals."""
    if getattr(fmt, "decimales", 2) == 0:
        petit = fmt.bornes is not None and fmt.bornes[1] <= 100
        return "ex. 12" if petit else "ex. 1 234"
    return "ex. 1 234,5"


class SaisieNombre:
    def __init__(self, ex, deja: dict, quand_change):
        self.ex = ex
        fmt, valeur = ex.format, deja.get("valeur")
        unite = f" ({fmt.unite})" if fmt.unite else ""
        brute = deja.get("brute") or ("" if valeur is None else _texte_saisie(fmt, valeur))
        self.champ = w.Text(
            value=brute,
            description=f"Votre réponse{unite}",
            placeholder=_exemple(fmt),
            continuous_update=False,
            style={"description_width": "initial"},
        )
        self.champ.observe(lambda _c: quand_change(), names="value")
        self.widget = self.champ

    def brute(self):
        return self.champ.value


class SaisieChoix:
    def __init__(self, ex, deja: dict, quand_change):
        self.ex = ex
        opts = [(o.libelle, o.cle) for o in ex.options()]
        valeur = deja.get("valeur")
        self.champ = w.RadioButtons(
            options=opts,
            value=valeur if valeur in {c for _, c in opts} else None,
            description="Votre choix",
            tooltip=ex.titre,  # without it ipywidgets shows the tooltip « null »
            layout=LARGE,
            style={"description_width": "initial"},
        )
        self.champ.observe(lambda _c: quand_change(), names="value")
        self.widget = radio_lisible(self.champ)

    def brute(self):
        return self.champ.value


class SaisieChoixMultiple:
    def __init__(self, ex, deja: dict, quand_change):
        self.ex = ex
        cochees = set(deja.get("valeur") or ())
        self.cases = {
            o.cle: w.Checkbox(
                value=o.cle in cochees, description=o.libelle, indent=False, layout=LARGE
            )
            for o in ex.options()
        }
        for case in self.cases.values():
            case.observe(lambda _c: quand_change(), names="value")
        titre = w.HTML("<b>Cochez toutes les bonnes réponses :</b>" + CASES_LONGUES)
        self.widget = w.VBox([titre, *self.cases.values()])
        self.widget.add_class("ntc-cases")

    def brute(self):
        return [cle for cle, case in self.cases.items() if case.value]


class SaisieClassement:
    def __init__(self, ex, deja: dict, quand_change):
        self.ex = ex
        # "" (not None) for "not classified": ipywidgets shows value None as a blank.
        choix = [("— à classer —", ""), *[(lib, cle) for cle, lib in ex.format.categories]]
        valeur = deja.get("valeur")
        rangees = valeur if isinstance(valeur, dict) else {}
        self.listes = {}
        lignes = []
        for i, e in enumerate(ex.elements(), start=1):
            self.listes[e.cle] = w.Dropdown(
                options=choix,
                value=rangees.get(e.cle) if rangees.get(e.cle) in dict(choix).values() else "",
                description=e.libelle,  # the accessible name; the text itself is shown above
                description_allow_html=False,
                style={"description_width": "0px"},
            )
            self.listes[e.cle].add_class("ntc-liste")  # as wide as its longest option (socle)
            self.listes[e.cle].observe(lambda _c: quand_change(), names="value")
            enonce = w.HTML(f"<p style='margin:0.6em 0 0.1em'>{i}. {html.escape(e.libelle)}</p>")
            lignes += [enonce, self.listes[e.cle]]
        self.widget = w.VBox(lignes)

    def brute(self):
        return {cle: liste.value or None for cle, liste in self.listes.items()}


def _enregistrement(ex, deja: dict, quand_change):
    from autograder.widgets.enregistreur import SaisieEnregistrement  # anywidget, on first use

    return SaisieEnregistrement(ex, deja, quand_change)


def _document(ex, deja: dict, quand_change):
    from autograder.widgets.depot import SaisieDocument

    return SaisieDocument(ex, deja, quand_change)


SAISIES = {
    "nombre": SaisieNombre,
    "choix": SaisieChoix,
    "choix_multiple": SaisieChoixMultiple,
    "classement": SaisieClassement,
    "enregistrement": _enregistrement,
    "document": _document,
}


def saisie(ex, deja: dict, quand_change):
    """The input of `ex` for its answer format (a quiz question too)."""
    return SAISIES[ex.format.nature](ex, deja, quand_change)


def _texte_saisie(fmt, valeur) -> str:
    try:
        return f"{fmt.saisie(float(valeur)):g}".replace(".", ",")
    except (TypeError, ValueError):
        return ""
