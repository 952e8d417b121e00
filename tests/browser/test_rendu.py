"""What the learner sees, checked by machines.

- Every graded assignment and every lesson, opened in JupyterLab with all its cells run (every
  widget rendered): no overlapping controls, no cut-off label, no literal « \\n », no paragraph
  swallowed into a heading; and axe-core (WCAG 2.1 A and AA) on the same page. Each notebook is
  opened once; its findings are cached and read by one test per (notebook, check).
- axe-core and the same checks on the Voila app, the trainer's reports (`ntc report`) and the
  printable documents the course writes (rehearsal handout, CP8 report, CP6 quote).
- Each check shown able to fail on a small static page.
"""

from __future__ import annotations

import time

import pytest

from .conftest import ROOT
from .navigateur import (
    DELAI_NOYAU,
    VERIFICATIONS_RENDU,
    ZONES_LAB,
    audit_axe,
    executer_tout,
    message_rendu,
    ouvrir_notebook,
    problemes_de_rendu,
    violations_hors_liste,
)

pytestmark = pytest.mark.browser

DEVOIRS = sorted(f"exercises/{d.name}/{d.name}.ipynb" for d in (ROOT / "exercises").iterdir()
                 if (d / f"{d.name}.ipynb").exists())  # fmt: skip
LECONS = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "course").rglob("*.ipynb")
                if ".ipynb_checkpoints" not in p.parts)  # fmt: skip
CARNETS = DEVOIRS + LECONS

# A laptop screen with JupyterLab's file browser open leaves about this much to the notebook:
# long labels wrap here as they do for a learner.
FENETRE = {"width": 1024, "height": 768}

# axe-core audits what the course renders: the outputs and rendered markdown of the notebook.
# JupyterLab's own chrome (menus, side bars, cell toolbar, prompts, code editors) is left out.
AXE_INCLURE = [ZONES_LAB]

# Reviewed allow-list: minor or moderate axe rules accepted, with the reason. Serious and critical
# violations always fail. Empty: no minor or moderate WCAG 2.1 A/AA violation was found.
AXE_AUTORISEES: dict[str, str] = {}

# -- defects known and being fixed in main: strict, so that each mark fails once its fix lands ---
RADIOS = ("ipywidgets RadioButtons : un libellé long déborde sur l'option ou l'aide qui suit "
          "(CP4 action_optimale, CP6 evolution_long_terme ; même widget ici) — correction en cours dans main")  # fmt: skip
LITTERAL = "« \\n\\n » littéral dans les titres de section — correction en cours dans main"
SIMULATEUR = ("libellés coupés du simulateur de négociation (« Point de rupture : remise max… », "
              "même style pour les termes) — correction en cours dans main")  # fmt: skip
REPETITION = "bouton « Afficher la corr… » coupé dans la répétition — correction en cours dans main"
# -- found by these tests, not fixed in this branch yet (see the closing note of issue 14) ------
IMAGES = ("figures matplotlib affichées en PNG sans texte alternatif (image-alt) : "
          "à afficher avec un alt, à corriger")  # fmt: skip
DEFILEMENT = ("tableau HTML large dans une sortie défilante non atteignable au clavier "
              "(scrollable-region-focusable) : à corriger")  # fmt: skip

CONNUS = {
    ("exercises/cp1_veille/cp1_veille.ipynb", "chevauchements"): RADIOS,
    ("exercises/cp3_prospection/cp3_prospection.ipynb", "chevauchements"): RADIOS,
    ("exercises/cp4_performances/cp4_performances.ipynb", "chevauchements"): RADIOS,
    ("exercises/cp5_image/cp5_image.ipynb", "chevauchements"): RADIOS,
    ("exercises/cp6_proposition/cp6_proposition.ipynb", "chevauchements"): RADIOS,
    ("exercises/cp7_negociation/cp7_negociation.ipynb", "chevauchements"): RADIOS,
    ("exercises/cp2_plan_actions/cp2_plan_actions.ipynb", "chevauchements"): RADIOS,
    ("exercises/cp8_bilan/cp8_bilan.ipynb", "chevauchements"): RADIOS,
    ("course/cp7_negociation/03_simulateur.ipynb", "chevauchements"): RADIOS,
    ("exercises/cp6_proposition/cp6_proposition.ipynb", "axe"): DEFILEMENT,
    ("course/apps/tableau_de_bord.ipynb", "axe"): DEFILEMENT,
    ("exercises/cp5_image/cp5_image.ipynb", "litteraux"): LITTERAL,
    ("exercises/cp5_image/cp5_image.ipynb", "titres"): LITTERAL,
    ("exercises/cp6_proposition/cp6_proposition.ipynb", "litteraux"): LITTERAL,
    ("exercises/cp6_proposition/cp6_proposition.ipynb", "titres"): LITTERAL,
    ("exercises/cp7_negociation/cp7_negociation.ipynb", "coupes"): SIMULATEUR,
    ("course/cp7_negociation/03_simulateur.ipynb", "coupes"): SIMULATEUR,
    ("course/examen/02_repetition.ipynb", "coupes"): REPETITION,
    ("exercises/cp2_plan_actions/cp2_plan_actions.ipynb", "axe"): IMAGES,
    ("exercises/cp4_performances/cp4_performances.ipynb", "axe"): DEFILEMENT,
    ("exercises/cp8_bilan/cp8_bilan.ipynb", "axe"): IMAGES,
    ("course/cp1_veille/01_veille.ipynb", "axe"): IMAGES,
    ("course/cp2_plan_actions/01_plan_actions.ipynb", "axe"): IMAGES,
    ("course/cp3_prospection/01_prospection.ipynb", "axe"): IMAGES,
    ("course/cp4_performances/01_kpi_et_ecarts.ipynb", "axe"): DEFILEMENT,
    ("course/cp4_performances/02_facteurs_et_actions_correctives.ipynb", "axe"): IMAGES,
    ("course/cp6_proposition/01_proposition.ipynb", "axe"): IMAGES,
    ("course/cp7_negociation/01_preparer_et_conduire.ipynb", "axe"): IMAGES,
    ("course/cp8_bilan/01_bilan_activite.ipynb", "axe"): IMAGES,
    ("course/cp9_relation_client/01_relation_client.ipynb", "axe"): IMAGES,
}


def cas(carnet: str, verification: str):
    raison = CONNUS.get((carnet, verification))
    marques = [pytest.mark.xfail(strict=True, reason=raison)] if raison else []
    return pytest.param(carnet, verification, marks=marques, id=f"{carnet}-{verification}")


# -- one JupyterLab page for every notebook -------------------------------------------------------
_CONTINUER_JS = r"""
() => {
  // After a cell that raised, JupyterLab's « Run All » stops: clear that error and run from the
  // next code cell on, so that every widget below is rendered and checked too.
  const nb = window.jupyterapp.shell.currentWidget.content;
  const cellules = nb.widgets;
  const k = cellules.findIndex((c) => c.model.type === "code" &&
    Array.from({length: c.model.outputs.length}, (_, i) => c.model.outputs.get(i)).some((o) => o.type === "error"));
  if (k < 0) return false;
  cellules[k].model.outputs.clear();
  nb.activeCellIndex = Math.min(k + 1, cellules.length - 1);
  window.jupyterapp.commands.execute("notebook:run-all-below");
  return true;
}
"""


def executer_jusquau_bout(page) -> list[str]:
    """Run All, then past each cell that raises (its error is returned, not raised): the
    rendering is checked on every widget even when an earlier cell fails."""
    erreurs = []
    try:
        executer_tout(page)
        return erreurs
    except AssertionError as exc:
        if "Erreur à l'exécution" not in str(exc):
            raise
        erreurs.append(str(exc))
    from .navigateur import _EXECUTION_FINIE_JS, DELAI_EXECUTION

    for _ in range(10):
        if not page.evaluate(_CONTINUER_JS):
            break
        page.wait_for_timeout(500)  # the next cells are queued
        page.wait_for_function(_EXECUTION_FINIE_JS, timeout=DELAI_EXECUTION, polling=250)
        erreurs += [c for c in _erreurs(page) if c not in erreurs]
    return erreurs


def _erreurs(page) -> list[str]:
    from .navigateur import _ETAT_EXECUTION_JS

    return [
        f"cellule {c['n']} : {c['erreur']}"
        for c in page.evaluate(_ETAT_EXECUTION_JS)
        if c["erreur"]
    ]


@pytest.fixture(scope="module")
def constats(navigateur, lab):
    """Findings per notebook (rendering checks, axe violations, cells that raised), filled the
    first time a test asks for that notebook."""
    contexte = navigateur.new_context(viewport=FENETRE, locale="fr-FR")
    contexte.set_default_timeout(30_000)
    page = contexte.new_page()
    cache: dict[str, dict] = {}

    def constat(carnet: str) -> dict:
        if carnet not in cache:
            debut = time.monotonic()
            ouvrir_notebook(page, lab, carnet)
            erreurs = executer_jusquau_bout(page)
            page.wait_for_timeout(300)  # widgets laid out once their views are attached
            cache[carnet] = {
                "rendu": problemes_de_rendu(page),
                "axe": audit_axe(page, inclure=AXE_INCLURE),
                "erreurs": erreurs,
                "duree": time.monotonic() - debut,
            }
            for session in lab.api("GET", "/api/sessions"):  # CPU back for the next notebook
                lab.api("DELETE", f"/api/sessions/{session['id']}")
        return cache[carnet]

    yield constat
    contexte.close()


@pytest.mark.parametrize(("carnet", "verification"),
                         [cas(c, v) for c in CARNETS for v in VERIFICATIONS_RENDU])  # fmt: skip
def test_rendu(constats, carnet, verification):
    resultat = constats(carnet)["rendu"]
    assert resultat["zones"], f"{carnet} : rien de rendu"
    fautifs = resultat[verification]
    assert not fautifs, message_rendu(carnet, verification, fautifs)


@pytest.mark.parametrize(("carnet", "verification"), [cas(c, "axe") for c in CARNETS])
def test_axe(constats, carnet, verification):
    echecs = violations_hors_liste(constats(carnet)["axe"], AXE_AUTORISEES)
    assert not echecs, f"{carnet} : axe-core (WCAG 2.1 A/AA) :\n- " + "\n- ".join(echecs)


# -- Voila, the trainer's reports and the printable documents ---------------------------------
def assert_page_statique(page, ou: str) -> None:
    """Rendering checks and axe-core on a whole page (a static document: everything is the
    course's own)."""
    resultat = problemes_de_rendu(page, "body")
    echecs = [message_rendu(ou, v, resultat[v]) for v in VERIFICATIONS_RENDU if resultat[v]]
    echecs += violations_hors_liste(audit_axe(page), AXE_AUTORISEES)
    assert not echecs, f"{ou} :\n- " + "\n- ".join(echecs)


def test_voila_tableau_de_bord(page, voila):
    page.set_viewport_size(FENETRE)
    page.goto(f"{voila.url}/?token={voila.token}")
    page.get_by_role("combobox", name="Commercial").wait_for(timeout=DELAI_NOYAU)
    page.locator(".jupyter-widgets img").first.wait_for(timeout=DELAI_NOYAU)
    assert_page_statique(page, "Voila course/apps/tableau_de_bord.ipynb")


def _lignes(decalage: int):
    """A learner's grid over every official criterion, with all four levels present."""
    from autograder.formateur.criteres import LigneCritere
    from autograder.moteur import referentiel

    lignes = []
    for i, c in enumerate(referentiel.tous_les_criteres().values()):
        maximum = (0, 4, 4, 4)[(i + decalage) % 4]
        points = (0, 4, 2.5, 1)[(i + decalage) % 4]
        lignes.append(LigneCritere(c.id, c.libelle, c.competence, points, maximum))
    return lignes


def documents(dossier):
    """(name, HTML) of every document a trainer or a learner prints, built as the course builds
    them: `ntc report`'s grids, the rehearsal handout, the CP8 report and the CP6 quote."""
    from autograder.crm import ouvrir_crm
    from autograder.formateur.rapport import html_apprenant, html_cohorte
    from autograder.metier.bilan import activite as bilan
    from autograder.metier.bilan.rapport import (
        Rapport,
        alternative_tendance,
        figure_tendance,
        tableau_lisible,
    )
    from autograder.metier.proposition import Devis, LigneDevis, devis_html
    from autograder.widgets.repetition import Repetition

    devoirs = [d.split("/")[1] for d in DEVOIRS]
    grilles = {e: _lignes(k) for k, e in enumerate(("alice", "bob", "carla"))}
    yield "ntc report : grille d'apprenant", html_apprenant("alice", grilles["alice"], devoirs)
    yield "ntc report : cohorte", html_cohorte(grilles, devoirs)

    fiche, _pdf = Repetition(dossier, identifiant="navigateur-test").fiche(dossier)
    yield f"fiche de répétition {fiche.name}", fiche.read_text(encoding="utf-8")

    con, qui = ouvrir_crm(2025, dossier=dossier / "crm"), "Camille Perrin"
    p = bilan.periode("2025-T3")
    comp = bilan.comparer(bilan.activite(con, p, qui), bilan.objectifs(p, qui))
    mensuel = bilan.activite_mensuelle(con, p, qui)
    ref = bilan.activite_mensuelle(con, bilan.meme_periode_annee_precedente(p), qui)
    rapport = Rapport("Bilan T3 2025", qui, "Direction commerciale", p)
    rapport.section(
        "Activité de la période", "Le trimestre en chiffres.", tableau=tableau_lisible(comp)
    )
    rapport.section("Tendances", "Le chiffre d'affaires mois par mois.",
                    figure=figure_tendance(mensuel, ref, "CA"), alternative=alternative_tendance(mensuel, ref))  # fmt: skip
    yield "rapport d'activité CP8", rapport.html()

    lignes = [LigneDevis("HX-30E", "Pompe inox", 3, 7450, 4480),
              LigneDevis("MES", "Mise en service", 1, 3200, 2050)]  # fmt: skip
    yield "devis CP6", devis_html(Devis("Laiterie Vallée", lignes, [0.05, 0.03], 0.02, 0.20, 0.25))


def test_documents_imprimables(page, tmp_path):
    page.set_viewport_size(FENETRE)
    echecs = []
    vus = 0
    for nom, contenu in documents(tmp_path):
        page.set_content(contenu)
        vus += 1
        try:
            assert_page_statique(page, nom)
        except AssertionError as exc:
            echecs.append(str(exc))
    assert vus == 5
    assert not echecs, "\n".join(echecs)


# -- each check able to fail ----------------------------------------------------------------------
PAGE_FAUTIVE = """<!DOCTYPE html><html lang="fr"><head><title>Page fautive</title></head><body>
<main>
<div style="position:relative;height:40px">
  <button style="position:absolute;left:0;top:0;width:120px">Valider</button>
  <button style="position:absolute;left:60px;top:5px;width:120px">Annuler</button>
</div>
<label style="display:inline-block;width:60px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis">Point de rupture : remise maximale</label>
<h2>1. Les besoins du client\\n\\nL'entretien</h2>
<h3>Un titre qui avale tout le paragraphe d'introduction, phrase après phrase, bien au-delà de ce qu'un titre de section devrait jamais contenir.</h3>
<input type="text">
</main></body></html>"""

PAGE_PROPRE = """<!DOCTYPE html><html lang="fr"><head><title>Page propre</title></head><body>
<main><h2>1. Les besoins du client</h2><p>L'entretien de découverte a eu lieu.</p>
<button>Valider</button> <button>Annuler</button>
<label for="r">Remise maximale (%)</label> <input id="r" type="text"></main></body></html>"""


def test_les_verifications_de_rendu_savent_echouer(page):
    page.set_content(PAGE_FAUTIVE)
    r = problemes_de_rendu(page, "body")
    assert any("Valider" in f and "Annuler" in f for f in r["chevauchements"]), r
    assert any("Point de rupture" in f for f in r["coupes"]), r
    assert any("Les besoins du client" in f for f in r["litteraux"]), r
    assert any("avale tout le paragraphe" in f for f in r["titres"]), r
    ids = {v["id"] for v in audit_axe(page)}
    assert "label" in ids, ids  # the unlabelled input
    with pytest.raises(AssertionError) as echec:
        assert_page_statique(page, "page fautive")
    for attendu in (
        "se chevauchent",
        "coupés",
        "littéral",
        "titres de plus de",
        "label (critical)",
    ):
        assert attendu in str(echec.value), attendu

    page.set_content(PAGE_PROPRE)
    assert_page_statique(page, "page propre")
