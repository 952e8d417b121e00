"""Helpers shared by the browser tests: drive JupyterLab and Voila pages, and check them.

`assert_widgets_ok(page)` is the one check run on every page: no widget that failed to display, no
error traceback in an output. `assert_libelles(page)` checks that every form control inside a
widget has an accessible name. Both list the offenders in their failure message.
"""

from __future__ import annotations

import re
import uuid

# Generous: a kernel start plus a first import of pandas/matplotlib on a loaded 2-core machine.
DELAI_NOYAU = 90_000
DELAI_EXECUTION = 180_000
DELAI_WIDGET = 30_000

# Widget failures as ipywidgets 8 renders them in JupyterLab and Voila.
_ERREURS_WIDGETS_JS = r"""
() => {
  const texte = (el) => (el.innerText || el.textContent || "").trim().replace(/\s+/g, " ");
  const problemes = [];
  // 1. The mime renderer could not find or display the model.
  const marcheur = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = marcheur.nextNode(); n; n = marcheur.nextNode()) {
    if (n.textContent.includes("Error displaying widget")) {
      problemes.push("« " + n.textContent.trim().slice(0, 200) + " »");
    }
  }
  // 2. A model that could not be created (unknown module or class): ipywidgets' ErrorWidgetView.
  for (const el of document.querySelectorAll(".jupyter-widgets-error-widget")) {
    problemes.push("widget en erreur (ErrorWidgetView) : « " + texte(el).slice(0, 200) + " »");
  }
  // 3. Error tracebacks in outputs (an error output is rendered with the stderr mime type).
  const stderr = 'application/vnd.jupyter.stderr';
  for (const el of document.querySelectorAll(`.jp-RenderedText[data-mime-type="${stderr}"]`)) {
    const t = texte(el);
    if (/Traceback|Error|Exception/.test(t)) {
      problemes.push("trace d'erreur dans une sortie : « " + t.slice(0, 400) + " »");
    }
  }
  // 4. Voila without tracebacks replaces a failing cell by this sentence.
  if (document.body && /There was an error when executing cell/.test(document.body.innerText)) {
    problemes.push("Voila : « There was an error when executing cell »");
  }
  return problemes;
}
"""

_CHARGEMENT_EN_COURS_JS = r"""
() => !Array.from(document.querySelectorAll(".jp-OutputArea-output, .jupyter-widgets"))
        .some((el) => el.childElementCount === 0 && /Loading widget/.test(el.textContent || ""))
"""

# Every input/select/textarea inside a widget needs an accessible name: a <label> associated
# (for= or wrapping), aria-label, or aria-labelledby pointing at non-empty text.
_SANS_LIBELLE_JS = r"""
() => {
  const propre = (s) => (s || "").replace(/[\u200b\s]+/g, " ").trim();
  const decrire = (el) => {
    const w = el.closest(".jupyter-widgets");
    const classes = w ? Array.from(w.classList).filter((c) => c.startsWith("widget-")).join(".") : "";
    const html = el.outerHTML.replace(/\s+/g, " ").slice(0, 160);
    return `${el.tagName.toLowerCase()}[type=${el.type || ""}] dans .${classes || "?"} : ${html}`;
  };
  const fautifs = [];
  const champs = document.querySelectorAll("input, select, textarea");
  let vus = 0;
  for (const el of champs) {
    if (!el.closest(".jupyter-widgets") || el.type === "hidden") continue;
    vus += 1;
    const parLabel = Array.from(el.labels || []).some((l) => propre(l.textContent));
    const parAria = propre(el.getAttribute("aria-label"));
    const ids = (el.getAttribute("aria-labelledby") || "").split(/\s+/).filter(Boolean);
    const parIds = ids.some((id) => propre(document.getElementById(id)?.textContent));
    if (!(parLabel || parAria || parIds)) fautifs.push(decrire(el));
  }
  return {vus, fautifs};
}
"""


def assert_widgets_ok(page) -> None:
    """No widget error and no error traceback in the page (JupyterLab or Voila)."""
    try:  # a widget still « Loading widget... » after a while is a failure too
        page.wait_for_function(_CHARGEMENT_EN_COURS_JS, timeout=DELAI_WIDGET)
        encore = []
    except Exception:
        encore = ["widget resté sur « Loading widget... »"]
    problemes = encore + page.evaluate(_ERREURS_WIDGETS_JS)
    assert not problemes, f"{page.url} :\n- " + "\n- ".join(problemes)


def assert_libelles(page, minimum: int = 1) -> int:
    """Every form control inside a widget has an accessible label; returns how many were seen."""
    resultat = page.evaluate(_SANS_LIBELLE_JS)
    fautifs = resultat["fautifs"]
    assert not fautifs, (
        f"{len(fautifs)} champ(s) de widget sans libellé accessible sur {page.url} :\n- "
        + "\n- ".join(fautifs)
    )
    assert resultat["vus"] >= minimum, (
        f"{resultat['vus']} champ(s) de widget vus, attendu ≥ {minimum}"
    )
    return resultat["vus"]


# -- JupyterLab ------------------------------------------------------------------------------------
_NOYAU_PRET_JS = r"""
() => {
  const noyau = window.jupyterapp?.shell?.currentWidget?.sessionContext?.session?.kernel;
  return !!noyau && noyau.connectionStatus === "connected" && noyau.status === "idle";
}
"""


def ouvrir_notebook(page, lab, chemin: str):
    """Open a notebook in a fresh workspace and wait until its kernel is idle; returns the panel."""
    espace = f"t{uuid.uuid4().hex[:10]}"  # a new workspace: nothing reopened from an earlier test
    page.goto(f"{lab.url}/lab/workspaces/{espace}/tree/{chemin}?token={lab.token}")
    panneau = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")
    panneau.locator(".jp-Notebook .jp-Cell").first.wait_for(timeout=DELAI_NOYAU)
    # The toolbar says « idle » before any kernel exists, and « Run all » then skips every cell:
    # wait for this notebook's kernel itself, connected and idle (app exposed by the fixture).
    page.wait_for_function(_NOYAU_PRET_JS, timeout=DELAI_NOYAU, polling=200)
    return panneau


# Read from JupyterLab's own cell models (the app is exposed to the page by the `lab` fixture):
# finished when no cell is running or queued and every non-empty code cell has an execution
# count, or when an error stopped « Run all » (the cells after it are then left unexecuted).
_ETAT_EXECUTION_JS = r"""
() => {
  const nb = window.jupyterapp?.shell?.currentWidget?.content;
  if (!nb || !Array.isArray(nb.widgets)) return null;
  return nb.widgets.filter((c) => c.model.type === "code").map((c, i) => {
    const sorties = Array.from({length: c.model.outputs.length}, (_, k) => c.model.outputs.get(k));
    const erreur = sorties.find((o) => o.type === "error");
    return {
      n: i + 1,
      source: c.model.sharedModel.getSource().trim().slice(0, 60),
      etat: c.model.executionState,
      compte: c.model.executionCount,
      erreur: erreur ? `${erreur.toJSON().ename}: ${erreur.toJSON().evalue}` : null,
    };
  });
}
"""

_EXECUTION_FINIE_JS = f"""
() => {{
  const cellules = ({_ETAT_EXECUTION_JS.strip()})();
  if (!cellules || cellules.some((c) => c.etat === "running")) return false;
  return cellules.some((c) => c.erreur) || cellules.every((c) => !c.source || c.compte !== null);
}}
"""


def executer_tout(page) -> None:
    """Run › Run All Cells (the menu, as a learner does), then wait until every cell has run;
    fails with the cell concerned if one raised an error or if the run did not finish."""
    page.locator(".lm-MenuBar-item", has_text=re.compile(r"^Run$")).click()
    page.locator(
        ".lm-Menu-item", has=page.locator('.lm-Menu-itemLabel:text-is("Run All Cells")')
    ).click()
    try:
        page.wait_for_function(_EXECUTION_FINIE_JS, timeout=DELAI_EXECUTION, polling=250)
    except Exception as exc:
        cellules = page.evaluate(_ETAT_EXECUTION_JS) or []
        restant = [f"cellule {c['n']} ({c['etat']}, {c['compte']}) : {c['source']}"
                   for c in cellules if c["source"] and (c["etat"] == "running" or c["compte"] is None)]  # fmt: skip
        raise AssertionError(
            f"« Run All Cells » n'a pas fini ({exc.__class__.__name__}) :\n- "
            + "\n- ".join(restant)
        ) from None
    erreurs = [c for c in page.evaluate(_ETAT_EXECUTION_JS) if c["erreur"]]
    assert not erreurs, "Erreur à l'exécution :\n- " + "\n- ".join(
        f"cellule {c['n']} « {c['source']} » : {c['erreur']}" for c in erreurs
    )


def cellule(panneau, extrait: str):
    """The code cell whose source contains `extrait`."""
    return panneau.locator(
        ".jp-CodeCell", has=panneau.page.locator(".cm-content", has_text=extrait)
    )


def devoir_execute(page, lab, devoir: str, nom: str, classe: str = ".ntc-exercice"):
    """Open exercises/<devoir> in JupyterLab, « Run All », and return (the widget of exercise
    `nom`, that exercise for the kernel's learner — same identifier, same data —, answer file)."""
    from autograder.moteur.seance import Seance

    panneau = ouvrir_notebook(page, lab, f"exercises/{devoir}/{devoir}.ipynb")
    executer_tout(page)
    dossier = lab.racine / "exercises" / devoir
    ex = Seance(devoir, dossier=dossier).exercice(nom)
    zone = cellule(panneau, f'seance.afficher("{nom}")').locator(classe)
    return zone, ex, dossier / ".reponses" / f"{devoir}.json"
