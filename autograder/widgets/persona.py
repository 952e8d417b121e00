"""The persona form (ipywidgets): one list, field or text box per heading of the persona card.

Every change is saved at once, even an incomplete card; the line under the form names the empty
headings and the figures that cannot be read, in French. Keyboard: Tab from field to field.
"""

from __future__ import annotations

import html

import ipywidgets as w

from autograder.metier import persona
from autograder.moteur.nombres import lire_nombre

STYLE = {"description_width": "initial"}
LARGE = w.Layout(width="min(100%, 48em)")
SECTIONS = (
    ("1. Le segment", ("secteur", "panier")),
    ("2. L'interlocuteur", ("fonction", "role_achat", "nb_fonction")),
    ("3. Ses besoins", ("produit", "part_produit", "besoins")),
    ("4. L'objection probable", ("objection", "part_objection", "objection_texte")),
    ("5. Le canal", ("canal", "part_canal")),
)
A_CHOISIR = ("— à choisir —", "")


def _controle(cle: str, choix: dict, valeur: str) -> w.Widget:
    libelle, nature = persona.LIBELLES[cle], dict((c, n) for c, _, n in persona.CHAMPS)[cle]
    if nature == "choix":
        noms = dict(persona.ROLES_ACHAT) if cle == "role_achat" else {}
        options = [A_CHOISIR] + [(noms.get(v, v), v) for v in choix[cle]]
        return w.Dropdown(
            options=options,
            value=valeur if valeur in choix[cle] else "",
            description=libelle,
            style=STYLE,
            layout=LARGE,
        )
    if nature == "nombre":
        return w.Text(
            value=valeur,
            description=libelle,
            placeholder="un chiffre de vos données",
            continuous_update=False,
            style=STYLE,
            layout=LARGE,
        )
    return w.Textarea(
        value=valeur,
        description=libelle,
        placeholder="appuyé sur vos chiffres",
        continuous_update=False,
        style=STYLE,
        layout=w.Layout(width="min(100%, 48em)", height="4.5em"),
    )


def etat(brute: dict) -> str:
    """The line under the form: what is still empty, which figure cannot be read."""
    lignes = []
    for cle, libelle, nature in persona.CHAMPS:
        v = str(brute.get(cle) or "").strip()
        if nature == "nombre" and v:
            try:
                lire_nombre(v)
            except ValueError as exc:
                lignes.append(
                    f"⚠️ {html.escape(libelle, quote=False)} : {html.escape(str(exc), quote=False)}"
                )
    vides = persona.vides(brute)
    if vides:
        lignes.append("Encore vide : " + html.escape(", ".join(vides), quote=False) + ".")
    else:
        lignes.append("Toutes les rubriques sont remplies : cliquez sur « Vérifier ».")
    return "<div role='status' aria-live='polite'>" + "<br>".join(lignes) + "</div>"


def formulaire(choix: dict, valeur, enregistrer=None) -> w.Widget:
    """The widget: `valeur` restores a saved card; `enregistrer(fiche)` is called on every change."""
    valeur = valeur if isinstance(valeur, dict) else {}
    controles = {cle: _controle(cle, choix, str(valeur.get(cle) or "")) for cle in persona.CLES}
    panneau = w.HTML()

    def contenu() -> dict:
        return {cle: c.value for cle, c in controles.items()}

    def changer(_changement=None, sauver=True):
        panneau.value = etat(contenu())
        if sauver and enregistrer is not None and any(str(v).strip() for v in contenu().values()):
            enregistrer(contenu())

    for c in controles.values():
        c.observe(changer, names="value")
    changer(sauver=False)
    lignes = []
    for titre, cles in SECTIONS:
        lignes.append(w.HTML(f"<b>{titre}</b>"))
        lignes.extend(controles[c] for c in cles)
    aide = w.HTML(
        "<small>Chaque changement est enregistré, même une fiche incomplète ; Tab passe d'une "
        "rubrique à l'autre, les flèches changent le choix d'une liste.</small>"
    )
    boite = w.VBox([*lignes, aide, panneau])
    boite.controles, boite.panneau = controles, panneau
    return boite
