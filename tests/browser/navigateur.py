"""Helpers shared by the browser tests: drive JupyterLab and Voila pages, and check them.

`assert_widgets_ok(page)` is the one check run on every page: no widget that failed to display, no
error traceback in an output. `assert_libelles(page)` checks that every form control inside a
widget has an accessible name. Both list the offenders in their failure message.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from pathlib import Path

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


# -- one JupyterLab page, many notebooks: open through JupyterLab's own commands (no page reload) --
def lab_vide(page, lab) -> None:
    """JupyterLab in a fresh workspace with no document open, its app ready for commands."""
    espace = f"t{uuid.uuid4().hex[:10]}"
    page.goto(f"{lab.url}/lab/workspaces/{espace}?token={lab.token}")
    page.wait_for_function(
        "() => !!window.jupyterapp?.commands?.hasCommand('docmanager:open')",
        timeout=DELAI_NOYAU,
        polling=200,
    )
    page.evaluate("() => window.jupyterapp.restored")


# Bounded: Playwright's evaluate has no timeout of its own, and a notebook JupyterLab cannot give a
# kernel to (no kernelspec: the « Select Kernel » dialog waits for a click) would wait forever.
_OUVRIR_JS = r"""
async ([chemin, delai]) => {
  const app = window.jupyterapp;
  const w = await app.commands.execute("docmanager:open", {path: chemin, factory: "Notebook"});
  app.shell.activateById(w.id);
  const pret = (async () => { await w.context.ready; await w.sessionContext.ready; })();
  const trop_long = new Promise((_, non) => setTimeout(
    () => non(new Error(`${chemin} : pas de noyau après ${delai / 1000} s`)), delai));
  await Promise.race([pret, trop_long]);
  return w.id;
}
"""


def ouvrir_dans_lab(page, chemin: str) -> None:
    """Open a notebook in the JupyterLab already loaded in `page` (`lab_vide`), make it the current
    panel and wait until its own kernel is connected and idle."""
    page.evaluate(_OUVRIR_JS, [chemin, DELAI_NOYAU])
    page.wait_for_function(_NOYAU_PRET_JS, timeout=DELAI_NOYAU, polling=200)


_FERMER_JS = r"""
async () => {
  const w = window.jupyterapp.shell.currentWidget;
  if (!w || !w.sessionContext) return;
  await w.sessionContext.shutdown();  // the CPU back for the next notebook
  w.context.model.dirty = false;  // closed without the « save? » dialog
  w.dispose();
}
"""


def fermer_notebook(page) -> None:
    """Shut down the current notebook's kernel and close its panel."""
    page.evaluate(_FERMER_JS)


# Settled: no widget still loading, every image decoded, and nothing changed in the notebook's
# DOM for `calme` ms (widget views attach and lay out after their cell has finished).
_RENDU_STABLE_JS = r"""
(calme) => {
  const nb = window.jupyterapp?.shell?.currentWidget?.node;
  if (!nb) return false;
  if (window.__ntcObserve !== nb) {
    window.__ntcObservateur?.disconnect();
    window.__ntcObserve = nb;
    window.__ntcChange = performance.now();
    window.__ntcObservateur = new MutationObserver(() => { window.__ntcChange = performance.now(); });
    window.__ntcObservateur.observe(nb, {subtree: true, childList: true, characterData: true,
                                         attributes: true, attributeFilter: ["style", "class"]});
    return false;
  }
  if (/Loading widget/.test(nb.innerText)) return false;
  if (Array.from(nb.querySelectorAll("img")).some((i) => !i.complete)) return false;
  return performance.now() - window.__ntcChange > calme;
}
"""


def attendre_rendu_stable(page, calme: int = 250) -> None:
    """Wait until the current notebook's rendering has settled (see `_RENDU_STABLE_JS`)."""
    page.wait_for_function(_RENDU_STABLE_JS, arg=calme, timeout=DELAI_WIDGET, polling=50)


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


def longueur_enregistree(fichier, nom: str, liste: str, attendu: int) -> int:
    """Length of the list `liste` in the stored answer `nom`, waiting up to DELAI_WIDGET for
    `attendu` items (each move of a simulator is on disk before the next one)."""
    fin, n = time.monotonic() + DELAI_WIDGET / 1000, -1
    while time.monotonic() < fin:
        if fichier.exists():
            valeur = json.loads(fichier.read_text(encoding="utf-8"))["reponses"].get(nom)
            n = len(valeur["valeur"][liste]) if valeur else 0
            if n == attendu:
                break
        time.sleep(0.1)
    return n


# -- what the learner sees: rendering checks ---------------------------------------------------------
# Each check returns its offenders as « element text (detail) »; `zones` is a CSS selector for what
# the course renders (in JupyterLab, the outputs and rendered markdown of the open notebook: the
# cell toolbar, prompts and editors are JupyterLab's own chrome).
ZONES_LAB = (
    ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook "
    ":is(.jp-OutputArea-output, .jp-MarkdownOutput)"
)
TITRE_MAX = 120  # characters: longer, a paragraph was swallowed into the heading

_RENDU_JS = r"""
([zones, titreMax]) => {
  const propre = (s) => (s || "").replace(/[\u200b\s]+/g, " ").trim();
  const court = (s) => { s = propre(s); return s.length > 70 ? s.slice(0, 69) + "…" : s; };
  const racines = Array.from(document.querySelectorAll(zones));
  const dans = (sel) => racines.flatMap((r) => [r, ...r.querySelectorAll(sel)].filter((e) => e.matches(sel)));
  const visible = (el) => {
    if (!el.getClientRects().length) return false;
    const r = el.getBoundingClientRect(), s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== "hidden" && s.opacity !== "0";
  };
  const nom = (el) => {
    const t = court(el.innerText || el.value || el.getAttribute("aria-label") || el.title);
    return `${el.tagName.toLowerCase()} « ${t} »`;
  };
  const deborde = (s) => s.overflowX === "visible" && s.overflowY === "visible";

  // (a) controls whose painted boxes intersect. A box is the element's, plus its text when the
  // text spills out of a box that does not clip it (a long radio label over the next option).
  // Widget text blocks count too: a label spilling over the help line under it hides both.
  const CONTROLES = "button, input:not([type=hidden]), select, textarea, label, .widget-label, " +
    "[role=button], [role=radio], [role=checkbox], .widget-dropdown, .widget-toggle-button, " +
    ".widget-html-content:not(:empty)";
  const controles = [...new Set(dans(CONTROLES))].filter(visible);
  const boite = (el) => {
    let r = el.getBoundingClientRect();
    let b = {l: r.left, t: r.top, r: r.right, b: r.bottom};
    if (deborde(getComputedStyle(el))) {
      const plage = document.createRange();
      plage.selectNodeContents(el);
      for (const t of plage.getClientRects()) {
        if (t.width <= 0 || t.height <= 0) continue;
        b = {l: Math.min(b.l, t.left), t: Math.min(b.t, t.top),
             r: Math.max(b.r, t.right), b: Math.max(b.b, t.bottom)};
      }
    }
    return b;
  };
  const boites = controles.map(boite);
  const chevauchements = [];
  for (let i = 0; i < controles.length; i++) {
    for (let j = i + 1; j < controles.length; j++) {
      const a = controles[i], c = controles[j];
      // Nested or associated (a label and its own input) are one control, not two.
      if (a.contains(c) || c.contains(a)) continue;
      if ((a.control && a.control === c) || (c.control && c.control === a)) continue;
      const x = Math.min(boites[i].r, boites[j].r) - Math.max(boites[i].l, boites[j].l);
      const y = Math.min(boites[i].b, boites[j].b) - Math.max(boites[i].t, boites[j].t);
      if (x > 2 && y > 2) {
        chevauchements.push(`${nom(a)} chevauche ${nom(c)} (${Math.round(x)}×${Math.round(y)} px)`);
      }
    }
  }

  // (b) label or button text cut off: clipped (overflow not visible) with more content than room,
  // or shortened by an ellipsis.
  const TEXTES = "button, label, .widget-label, .widget-label-basic, .jupyter-button, " +
    ".widget-toggle-button, [role=button], .widget-inline-hbox .widget-label";
  const coupes = [];
  for (const el of new Set(dans(TEXTES))) {
    if (!visible(el) || !propre(el.innerText)) continue;
    const s = getComputedStyle(el);
    const large = el.scrollWidth > el.clientWidth + 1, haut = el.scrollHeight > el.clientHeight + 1;
    const clippe = !deborde(s) && (large || haut);
    const ellipse = s.textOverflow === "ellipsis" && el.scrollWidth > el.clientWidth;
    if (clippe || ellipse) {
      coupes.push(`${nom(el)} coupé (${el.clientWidth}×${el.clientHeight} px pour ` +
                  `${el.scrollWidth}×${el.scrollHeight})`);
    }
  }

  // (c) a literal « \n » (backslash-n) in rendered text, outside code.
  const litteraux = [];
  for (const r of racines) {
    const marcheur = document.createTreeWalker(r, NodeFilter.SHOW_TEXT);
    for (let n = marcheur.nextNode(); n; n = marcheur.nextNode()) {
      const parent = n.parentElement;
      if (!parent || parent.closest("code, pre, script, style, .cm-editor, mjx-container")) continue;
      const k = n.textContent.indexOf("\\n");
      if (k >= 0) {
        const bloc = parent.closest("h1, h2, h3, h4, h5, h6, p, li, td, th, div") || parent;
        litteraux.push(`${bloc.tagName.toLowerCase()} « ${court(n.textContent.slice(Math.max(0, k - 30)))} »`);
      }
    }
  }

  // (d) headings far longer than a heading: a paragraph swallowed into the title.
  const titres = [];
  for (const h of dans("h1, h2, h3, h4, h5, h6")) {
    const t = propre(h.textContent);
    if (t.length > titreMax) titres.push(`${h.tagName.toLowerCase()} de ${t.length} caractères « ${court(t)} »`);
  }
  return {zones: racines.length, controles: controles.length, chevauchements, coupes, litteraux, titres};
}
"""

VERIFICATIONS_RENDU = {
    "chevauchements": "contrôles qui se chevauchent",
    "coupes": "textes de libellé ou de bouton coupés",
    "litteraux": "« \\n » littéral dans le texte affiché",
    "titres": f"titres de plus de {TITRE_MAX} caractères",
}


def problemes_de_rendu(page, zones: str = ZONES_LAB) -> dict:
    """The four rendering checks on what `zones` selects: {check: [offenders]}, plus how many
    zones and controls were seen (a check that saw nothing proves nothing)."""
    return page.evaluate(_RENDU_JS, [zones, TITRE_MAX])


def message_rendu(ou: str, verification: str, fautifs: list[str]) -> str:
    return f"{ou} : {len(fautifs)} {VERIFICATIONS_RENDU[verification]} :\n- " + "\n- ".join(fautifs)


def assert_rendu(page, zones: str = ZONES_LAB, ou: str | None = None) -> dict:
    """All four rendering checks pass; the failure lists every offender of every check."""
    resultat = problemes_de_rendu(page, zones)
    assert resultat["zones"], f"aucune zone « {zones} » dans la page"
    echecs = [message_rendu(ou or page.url, v, resultat[v]) for v in VERIFICATIONS_RENDU
              if resultat[v]]  # fmt: skip
    assert not echecs, "\n".join(echecs)
    return resultat


# -- axe-core (WCAG 2.1 A and AA) -------------------------------------------------------------------
AXE_JS = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
AXE_NORMES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
IMPACTS_BLOQUANTS = ("serious", "critical")


def audit_axe(page, inclure: list[str] | None = None, exclure: list[str] | None = None) -> list:
    """axe-core's WCAG 2.1 A/AA violations in the page (or in `inclure` less `exclure`), each as
    {id, impact, help, cibles: [(selector, html)]}. axe-core is the file `make test` installed."""
    assert AXE_JS.exists(), (
        f"axe-core absent ({AXE_JS}) : lancez « make navigateur » (npm ci dans tests/browser)."
    )
    if not page.evaluate("() => !!window.axe"):
        page.add_script_tag(path=str(AXE_JS))
    contexte = {"include": [[s] for s in inclure]} if inclure else None
    if contexte and exclure:
        contexte["exclude"] = [[s] for s in exclure]
    return page.evaluate(
        r"""async ([contexte, normes]) => {
          const r = await axe.run(contexte || document, {
            runOnly: {type: "tag", values: normes}, resultTypes: ["violations"]});
          return r.violations.map((v) => ({id: v.id, impact: v.impact, help: v.help,
            cibles: v.nodes.map((n) => [n.target.join(" "), n.html.slice(0, 160)])}));
        }""",
        [contexte, AXE_NORMES],
    )


def violations_hors_liste(violations: list, autorisees: dict[str, str]) -> list[str]:
    """Violations that fail: serious or critical always, minor or moderate unless allow-listed."""
    return [
        f"{v['id']} ({v['impact']}) — {v['help']} :\n    "
        + "\n    ".join(f"{c} : {h}" for c, h in v["cibles"][:8])
        for v in violations
        if v["impact"] in IMPACTS_BLOQUANTS or v["id"] not in autorisees
    ]
