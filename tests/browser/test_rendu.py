"""What the learner sees, checked by machines.

- Every graded assignment and every lesson, opened in JupyterLab with all its cells run (every
  widget rendered): no cell raises (the lessons' only run: nbval runs the solutions), no overlapping controls, no cut-off label, no literal « \\n », no paragraph
  swallowed into a heading; and axe-core (WCAG 2.1 A and AA) on the same page. Each notebook is
  opened once; its findings are cached and read by one test per (notebook, check).
- axe-core and the same checks on the Voila app, the trainer's reports (`ntc report`) and the
  printable documents the course writes (rehearsal handout, CP8 report, CP6 quote).
- Each check shown able to fail on a small static page.
"""

from __future__ import annotations

import time

import pytest

from .carnets import CARNETS, DEVOIRS, GROUPES, LECONS
from .navigateur import (
    _ETAT_EXECUTION_JS,
    _EXECUTION_FINIE_JS,
    DELAI_EXECUTION,
    DELAI_NOYAU,
    VERIFICATIONS_RENDU,
    ZONES_LAB,
    attendre_rendu_stable,
    audit_axe,
    fermer_notebook,
    lab_vide,
    message_rendu,
    ouvrir_dans_lab,
    problemes_de_rendu,
    violations_hors_liste,
)

pytestmark = pytest.mark.browser


# A laptop screen with JupyterLab's file browser open leaves about this much to the notebook:
# long labels wrap here as they do for a learner.
FENETRE = {"width": 1024, "height": 768}

# axe-core audits what the course renders: the outputs and rendered markdown of the notebook.
# JupyterLab's own chrome (menus, side bars, cell toolbar, prompts, code editors) is left out.
AXE_INCLURE = [ZONES_LAB]

# Reviewed allow-list: minor or moderate axe rules accepted, with the reason. Serious and critical
# violations always fail. Empty: no minor or moderate WCAG 2.1 A/AA violation was found.
AXE_AUTORISEES: dict[str, str] = {}

# Known defects, each marked xfail(strict=True) so that its mark fails once the fix lands:
# {(notebook, check): reason}. Empty: none known.
CONNUS: dict[tuple[str, str], str] = {}


def cas(carnet: str, verification: str):
    raison = CONNUS.get((carnet, verification))
    marques = [pytest.mark.xdist_group(GROUPES[carnet])]
    marques += [pytest.mark.xfail(strict=True, reason=raison)] if raison else []
    return pytest.param(carnet, verification, marks=marques, id=f"{carnet}-{verification}")


# -- one JupyterLab page per worker, every notebook of its half opened in it -----------------
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
    rendering is checked on every widget even when an earlier cell fails. No sleep: the cells
    still to run have no execution count until they ran, so « finished » cannot come early."""
    page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")
    erreurs: list[str] = []
    for _ in range(10):
        try:
            page.wait_for_function(_EXECUTION_FINIE_JS, timeout=DELAI_EXECUTION, polling=100)
        except Exception as exc:
            restant = [f"cellule {c['n']} ({c['etat']}) : {c['source']}"
                       for c in page.evaluate(_ETAT_EXECUTION_JS) or []
                       if c["source"] and (c["etat"] == "running" or c["compte"] is None)]  # fmt: skip
            raise AssertionError(
                f"« Run All » n'a pas fini ({exc.__class__.__name__}) :\n- " + "\n- ".join(restant)
            ) from None
        erreurs += [c for c in _erreurs(page) if c not in erreurs]
        if not page.evaluate(_CONTINUER_JS):
            break
    return erreurs


def _erreurs(page) -> list[str]:
    return [
        f"cellule {c['n']} : {c['erreur']}"
        for c in page.evaluate(_ETAT_EXECUTION_JS)
        if c["erreur"]
    ]


@pytest.fixture(scope="module")
def constats(navigateur, lab):
    """Findings per notebook (rendering checks, axe violations, cells that raised), filled the
    first time a test asks for that notebook. One JupyterLab page serves every notebook: each is
    opened with JupyterLab's own command, checked, then its kernel shut down and its panel closed."""
    contexte = navigateur.new_context(viewport=FENETRE, locale="fr-FR")
    contexte.set_default_timeout(30_000)
    page = contexte.new_page()
    lab_vide(page, lab)
    cache: dict[str, dict] = {}

    def constat(carnet: str) -> dict:
        if carnet not in cache:
            debut = time.monotonic()
            ouvrir_dans_lab(page, carnet)
            try:
                erreurs = executer_jusquau_bout(page)
                attendre_rendu_stable(page)
                cache[carnet] = {
                    "rendu": problemes_de_rendu(page),
                    "axe": audit_axe(page, inclure=AXE_INCLURE),
                    "erreurs": erreurs,
                    "duree": time.monotonic() - debut,
                }
            finally:
                fermer_notebook(page)
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


@pytest.mark.parametrize(("carnet", "verification"), [cas(c, "execution") for c in LECONS])
def test_execution(constats, carnet, verification):
    """Every cell of a lesson runs without an error, in the learner's JupyterLab: the check nbval
    made of the lessons (each lesson ran twice: once under nbval, once here), now made on this
    single run. (An assignment as released may raise in its optional code cells, unanswered:
    its solution runs under nbval.)"""
    erreurs = constats(carnet)["erreurs"]
    assert not erreurs, f"{carnet} : erreur à l'exécution :\n- " + "\n- ".join(erreurs)


def test_execution_sait_echouer(constats, lab):
    """A cell that raises is reported with its error, and « Run All » goes on past it."""
    import nbformat

    nb = nbformat.v4.new_notebook(
        metadata={
            "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}
        }
    )
    nb.cells = [nbformat.v4.new_code_cell("1 / 0"), nbformat.v4.new_code_cell("print('suite')")]
    nbformat.write(nb, lab.racine / "echec_volontaire.ipynb")
    erreurs = constats("echec_volontaire.ipynb")["erreurs"]
    assert len(erreurs) == 1 and "ZeroDivisionError" in erreurs[0], erreurs


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
<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==">
<div style="overflow-x:auto;width:200px"><table><tr><td style="white-space:nowrap">Un tableau bien plus large que sa zone, qui défile sans jamais prendre le focus</td></tr></table></div>
</main></body></html>"""

PAGE_PROPRE = """<!DOCTYPE html><html lang="fr"><head><title>Page propre</title></head><body>
<main><h2>1. Les besoins du client</h2><p>L'entretien de découverte a eu lieu.</p>
<button>Valider</button> <button>Annuler</button>
<label for="r">Remise maximale (%)</label> <input id="r" type="text">
<img alt="Un point" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==">
<div role="region" tabindex="0" aria-label="Tableau" style="overflow-x:auto;width:200px"><table><tr><td style="white-space:nowrap">Un tableau bien plus large que sa zone, qui défile au clavier</td></tr></table></div>
</main></body></html>"""


def test_les_verifications_de_rendu_savent_echouer(page):
    page.set_content(PAGE_FAUTIVE)
    r = problemes_de_rendu(page, "body")
    assert any("Valider" in f and "Annuler" in f for f in r["chevauchements"]), r
    assert any("Point de rupture" in f for f in r["coupes"]), r
    assert any("Les besoins du client" in f for f in r["litteraux"]), r
    assert any("avale tout le paragraphe" in f for f in r["titres"]), r
    ids = {v["id"] for v in audit_axe(page)}
    assert "label" in ids, ids  # the unlabelled input
    assert "image-alt" in ids, ids  # a PNG without alt, as JupyterLab draws an image/png output
    assert "scrollable-region-focusable" in ids, ids  # a wide table out of the keyboard's reach
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
