"""The SWOT matrix widget: sort a case's statements into S, W, O, T with the keyboard.

One row per statement: the statement, four toggle buttons (Tab to reach them, Space or Enter to
pick) and, in training mode, a feedback line that explains the reasoning (internal or external?
positive or negative?) at once. Above the rows, a live score and the 2×2 matrix with the numbers
of the statements placed in each quadrant. Every click calls `enregistrer(reponse)`, where
`reponse` is {statement id: "S" | "W" | "O" | "T"} (an unanswered statement is simply absent:
« non répondu », never an error).

Used by the graded exercise `entretien_swot/classer_enonces` (format Personnalise) and by the
rehearsal (`autograder.widgets.repetition`). The logic (`lire_classement`, `noter_classement`,
`retour_enonce`) lives in `autograder.metier.swot.matrice`, so that tests need no widget.
"""

from __future__ import annotations

import html

import ipywidgets as w

from autograder.metier.swot.cas import QUADRANTS
from autograder.metier.swot.matrice import (
    LIBELLES,
    PAIRES,
    libelle,
    noter_classement,
    retour_enonce,
)
from autograder.widgets.socle import socle


# -- widget ------------------------------------------------------------------------------------
class MatriceSWOT(w.VBox):
    """Keyboard-usable SWOT sorting with live score; `correction` shows per-statement feedback."""

    def __init__(self, enonces: list[dict], valeur=None, enregistrer=None, *, correction=True):
        socle()  # its keys go to the widget, not to JupyterLab (widgets.socle)
        self.enonces = list(enonces)
        self.enregistrer = enregistrer
        self.correction = correction
        deja = valeur if isinstance(valeur, dict) else {}
        self.score = w.HTML()
        self.matrice = w.HTML()
        self.boutons: dict[str, w.ToggleButtons] = {}
        self.retours: dict[str, w.HTML] = {}
        lignes = []
        for i, e in enumerate(self.enonces, start=1):
            choix = w.ToggleButtons(
                options=[(libelle(q), q) for q in QUADRANTS],
                value=deja.get(e["id"]) if deja.get(e["id"]) in QUADRANTS else None,
                description=f"Énoncé {i}",  # accessible name; the statement is shown above
                tooltips=[
                    f"{LIBELLES[q]} : {o}, {f.replace('negatif', 'négatif')}"
                    for q, (o, f) in QUADRANTS.items()
                ],
                style={"button_width": "9.5em", "description_width": "5em"},
            )
            choix.observe(lambda _c, e=e: self._change(e), names="value")
            self.boutons[e["id"]] = choix
            self.retours[e["id"]] = w.HTML()
            texte = w.HTML(
                f"<p style='margin:0.7em 0 0.1em'><b>{i}.</b> {html.escape(e['texte'])}</p>"
            )
            lignes += [texte, choix, self.retours[e["id"]]]
        aide = w.HTML(
            "<small>Au clavier : Tab jusqu'au bouton voulu, puis Espace ou Entrée. Interne + "
            "positif = Force ; interne + négatif = Faiblesse ; externe + positif = Opportunité ; "
            "externe + négatif = Menace.</small>"
        )
        super().__init__([aide, self.score, self.matrice, *lignes])
        self.add_class("ntc-swot")
        for e in self.enonces:
            self._montrer(e)
        self._synthese()

    def reponse(self) -> dict[str, str | None]:
        return {cle: b.value for cle, b in self.boutons.items()}

    def montrer_correction(self, oui: bool = True) -> None:
        self.correction = oui
        for e in self.enonces:
            self._montrer(e)
        self._synthese()

    def _change(self, e: dict) -> None:
        self._montrer(e)
        self._synthese()
        if self.enregistrer is not None:
            self.enregistrer(self.reponse())

    def _montrer(self, e: dict) -> None:
        donne = self.boutons[e["id"]].value
        if not self.correction or donne is None:
            self.retours[e["id"]].value = ""
            return
        icone = "✅" if donne == e["quadrant"] else "❌"
        self.retours[e["id"]].value = (
            f"<div role='status' style='margin-left:5em;font-size:0.92em'>{icone} "
            f"{html.escape(retour_enonce(e, donne))}</div>"
        )

    def _synthese(self) -> None:
        rep = {k: v for k, v in self.reponse().items() if v}
        n = len(self.enonces)
        if self.correction:
            score, message, _ = noter_classement(self.enonces, rep)
            self.score.value = (
                f"<div role='status'><b>Score : {round(score * 100)} %</b> — {message}</div>"
            )
        else:
            self.score.value = (
                f"<div role='status'><b>{len(rep)} énoncé{'s' if len(rep) > 1 else ''} classé"
                f"{'s' if len(rep) > 1 else ''} sur {n}</b></div>"
            )
        numeros = {q: [] for q in QUADRANTS}
        for i, e in enumerate(self.enonces, start=1):
            if rep.get(e["id"]) in numeros:
                numeros[rep[e["id"]]].append(str(i))
        case = "<td style='border:1px solid #888;padding:0.3em 0.6em;width:14em;text-align:left'><b>{}</b><br>{}</td>"
        cel = {q: case.format(libelle(q), ", ".join(numeros[q]) or "—") for q in QUADRANTS}
        self.matrice.value = (
            "<table aria-label='Matrice SWOT : numéros des énoncés classés' "
            "style='border-collapse:collapse;margin:0.4em 0'>"
            "<tr><th></th><th>Positif</th><th>Négatif</th></tr>"
            f"<tr><th>Interne</th>{cel['S']}{cel['W']}</tr>"
            f"<tr><th>Externe</th>{cel['O']}{cel['T']}</tr></table>"
        )


class ConstructeurTOWS(w.VBox):
    """TOWS builder: per pair, pick the internal and the external statement it rests on, write the
    suggestion; then reveal the case's own ideas to compare. `enregistrer(valeur)` on each change,
    valeur = {pair: {"interne": id, "externe": id, "texte": str}}."""

    def __init__(self, cas: dict, valeur=None, enregistrer=None):
        self.cas = cas
        self.enregistrer = enregistrer
        deja = valeur if isinstance(valeur, dict) else {}
        par_q = {q: [e for e in cas["enonces"] if e["quadrant"] == q] for q in QUADRANTS}
        self.champs: dict[str, dict[str, w.Widget]] = {}
        blocs = []
        for paire, sens in PAIRES.items():
            d = deja.get(paire) if isinstance(deja.get(paire), dict) else {}
            champs = {}
            for role, q in (("interne", paire[0]), ("externe", paire[1])):
                options = [("— choisir —", "")] + [(e["texte"], e["id"]) for e in par_q[q]]
                champs[role] = w.Dropdown(
                    options=options,
                    value=d.get(role) if d.get(role) in {i for _, i in options} else "",
                    description=LIBELLES[q],
                    layout=w.Layout(width="min(100%, 48em)"),
                    style={"description_width": "7em"},
                )
            champs["texte"] = w.Textarea(
                value=str(d.get("texte", "")),
                description="Suggestion",
                placeholder="Action, indicateur, cible, échéance",
                continuous_update=False,
                layout=w.Layout(width="min(100%, 48em)", height="4.5em"),
                style={"description_width": "7em"},
            )
            for c in champs.values():
                c.observe(lambda _c: self._change(), names="value")
            idees = "".join(f"<li>{html.escape(i['texte'])}</li>" for i in cas["tows"][paire])
            corrige = w.HTML(f"<i>Idées du cas :</i><ul style='margin:0.2em 0'>{idees}</ul>")
            corrige.layout.display = "none"
            voir = w.Button(
                description=f"Comparer avec les idées du cas ({paire})",
                layout=w.Layout(width="auto"),
            )
            voir.on_click(lambda _b, c=corrige: setattr(c.layout, "display", "block"))
            self.champs[paire] = champs
            blocs.append(
                w.VBox(
                    [
                        w.HTML(
                            f"<h4 style='margin:0.8em 0 0.2em'>{paire} : {html.escape(sens)}</h4>"
                        ),
                        champs["interne"],
                        champs["externe"],
                        champs["texte"],
                        voir,
                        corrige,
                    ]
                )
            )
        super().__init__(blocs)

    def valeur(self) -> dict:
        return {p: {k: c.value for k, c in champs.items()} for p, champs in self.champs.items()}

    def _change(self) -> None:
        if self.enregistrer is not None:
            self.enregistrer(self.valeur())


class ExerciceJury(w.VBox):
    """The jury's follow-up questions of a case: notes per question, then « Voir » reveals what a
    good answer contains, with a box to tick for each element said. `enregistrer(etat)` on each
    change, etat = {"q1": {"notes": str, "cites": [indexes ticked]}, ...}."""

    def __init__(self, questions: list[dict], valeur=None, enregistrer=None):
        deja = valeur if isinstance(valeur, dict) else {}
        self.etat = {k: dict(v) for k, v in deja.items() if isinstance(v, dict)}
        self.enregistrer = enregistrer
        blocs = []
        for i, q in enumerate(questions, start=1):
            k = f"q{i}"
            self.etat.setdefault(k, {"notes": "", "cites": []})
            notes = w.Textarea(
                value=str(self.etat[k].get("notes", "")),
                description="Vos notes",
                continuous_update=False,
                layout=w.Layout(width="min(100%, 48em)"),
                placeholder="Ce que vous répondriez, en quelques mots",
            )
            cases = [
                w.Checkbox(
                    value=j in self.etat[k].get("cites", []),
                    description=el,
                    indent=False,
                    layout=w.Layout(width="min(100%, 48em)"),
                )
                for j, el in enumerate(q["bonne_reponse_contient"])
            ]
            intro = w.HTML("<i>Une bonne réponse contient (cochez ce que vous avez dit) :</i>")
            corrige = w.VBox([intro, *cases])
            corrige.layout.display = "none"
            voir = w.Button(
                description="Voir ce qu'une bonne réponse contient", layout=w.Layout(width="auto")
            )
            voir.on_click(lambda _b, c=corrige: setattr(c.layout, "display", "flex"))
            for controle in (notes, *cases):
                controle.observe(lambda _c, k=k, n=notes, cs=cases: self._noter(k, n, cs), "value")
            question = w.HTML(f"<p><b>Question {i}.</b> {html.escape(q['question'])}</p>")
            blocs.append(w.VBox([question, notes, voir, corrige]))
        super().__init__(blocs)

    def _noter(self, k: str, notes: w.Textarea, cases: list[w.Checkbox]) -> None:
        self.etat[k] = {"notes": notes.value, "cites": [j for j, c in enumerate(cases) if c.value]}
        if self.enregistrer is not None:
            self.enregistrer(self.etat)
