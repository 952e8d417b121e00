"""The package tree says the architecture, and the imports keep to it (read with ast, nothing runs).

Layers, from the bottom: the engine (`moteur`) ← `calculs` ← `crm` ← the domain models (`metier/*`,
each subject on its own) ← `widgets`; `formateur` uses the engine only. An import counts wherever it
stands (a function-level import is still a dependency). No import circle anywhere; no module over
MAX_LIGNES lines; a layer uses only the public names (no leading underscore) of another.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from .conftest import ROOT

PAQUET = ROOT / "autograder"
MAX_LIGNES = 400

# layer -> the layers it may import ("metier" stands for the importer's own subject only)
AUTORISE = {
    "moteur": {"moteur"},
    "calculs": {"calculs", "moteur"},
    "crm": {"crm", "calculs", "moteur"},
    "metier": {"metier", "calculs", "crm", "moteur"},
    "widgets": {"widgets", "metier*", "calculs", "crm", "moteur"},
    "formateur": {"formateur", "moteur"},
}


def nom_module(fichier: Path, racine: Path = PAQUET) -> str:
    parties = fichier.relative_to(racine.parent).with_suffix("").parts
    return ".".join(parties[:-1] if parties[-1] == "__init__" else parties)


def modules(racine: Path = PAQUET) -> dict[str, Path]:
    return {nom_module(f, racine): f for f in sorted(racine.rglob("*.py"))}


def imports(fichier: Path, nom: str, connus: set[str]) -> list[tuple[str, str]]:
    """(imported module, imported name or "") for every import of `fichier`, relative ones resolved;
    `from pkg import sub` counts as importing the submodule pkg.sub."""
    paquet = nom if fichier.name == "__init__.py" else nom.rpartition(".")[0]
    trouves = []
    for noeud in ast.walk(ast.parse(fichier.read_text(encoding="utf-8"))):
        if isinstance(noeud, ast.Import):
            trouves += [(a.name, "") for a in noeud.names]
        elif isinstance(noeud, ast.ImportFrom):
            base = noeud.module or ""
            if noeud.level:
                haut = paquet.split(".")[: len(paquet.split(".")) - noeud.level + 1]
                base = ".".join([*haut, base] if base else haut)
            for a in noeud.names:
                sous = f"{base}.{a.name}"
                trouves.append((sous, "") if sous in connus else (base, a.name))
    racine = next(iter(connus)).split(".")[0]
    return [(m, n) for m, n in trouves if m == racine or m.startswith(racine + ".")]


def graphe(racine: Path = PAQUET) -> dict[str, list[tuple[str, str]]]:
    mods = modules(racine)
    return {nom: imports(f, nom, set(mods)) for nom, f in mods.items()}


def couche(module: str) -> str | None:
    """The layer of a module ("metier:<subject>" for a domain model), None for the package's
    façade (autograder/__init__.py, __main__.py), which may import anything."""
    parties = module.split(".")
    if len(parties) < 2 or parties[1] == "__main__":
        return None
    if parties[1] == "metier":
        return f"metier:{parties[2]}" if len(parties) > 2 else "metier"
    return parties[1]


def permis(de: str | None, vers: str | None) -> bool:
    if de is None or vers is None:
        return de is None  # the façade imports anything; nothing imports the façade
    famille_de, _, sujet_de = de.partition(":")
    famille_vers, _, sujet_vers = vers.partition(":")
    autorises = AUTORISE[famille_de]
    if famille_vers == "metier":
        if "metier*" in autorises:
            return True
        return famille_de == "metier" and (not sujet_de or not sujet_vers or sujet_de == sujet_vers)
    return famille_vers in autorises


def violations_de_couches(g) -> list[str]:
    fautes = []
    for de, deps in g.items():
        for vers, nom in deps:
            if not permis(couche(de), couche(vers)):
                fautes.append(f"{de} importe {vers} ({couche(de)} → {couche(vers)})")
            elif nom.startswith("_") and couche(de) != couche(vers):
                fautes.append(f"{de} importe le nom privé {vers}.{nom}")
    return fautes


def circuits(g) -> list[list[str]]:
    """Strongly connected components of more than one module (or a module importing itself)."""
    index, bas, pile, sur_pile, resultat, compteur = {}, {}, [], set(), [], [0]
    voisins = {m: sorted({v for v, _ in deps if v in g}) for m, deps in g.items()}

    def visiter(m):
        index[m] = bas[m] = compteur[0]
        compteur[0] += 1
        pile.append(m)
        sur_pile.add(m)
        for v in voisins[m]:
            if v not in index:
                visiter(v)
                bas[m] = min(bas[m], bas[v])
            elif v in sur_pile:
                bas[m] = min(bas[m], index[v])
        if bas[m] == index[m]:
            comp = []
            while True:
                v = pile.pop()
                sur_pile.discard(v)
                comp.append(v)
                if v == m:
                    break
            if len(comp) > 1 or m in voisins[m]:
                resultat.append(sorted(comp))

    for m in sorted(g):
        if m not in index:
            visiter(m)
    return resultat


# -- the real package ----------------------------------------------------------------------------
def test_no_import_circle():
    assert circuits(graphe()) == []


def test_layers_import_one_way():
    assert violations_de_couches(graphe()) == []


def test_every_module_has_a_layer_folder():
    """Nothing but the façade lies at the top of the package: a module's folder says its role."""
    hors = [
        m for m in modules() if couche(m) is None and m not in ("autograder", "autograder.__main__")
    ]
    assert hors == []
    assert {couche(m).partition(":")[0] for m in modules() if couche(m)} <= set(AUTORISE)


def test_no_module_over_the_size_limit():
    longs = {
        nom: n
        for nom, f in modules().items()
        if (n := len(f.read_text(encoding="utf-8").splitlines())) > MAX_LIGNES
    }
    assert longs == {}


def test_exercise_has_no_per_format_branch():
    """Formats own their behaviour: the exercise delegates to its format, whatever the format."""
    source = (PAQUET / "moteur" / "exercice.py").read_text(encoding="utf-8")
    assert ".nature" not in source and "isinstance" not in source


# -- the checks can fail -------------------------------------------------------------------------
def _paquet(tmp_path: Path, fichiers: dict[str, str]) -> Path:
    racine = tmp_path / "autograder"
    for chemin, source in {"__init__.py": "", **fichiers}.items():
        f = racine / chemin
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(source, encoding="utf-8")
    return racine


def test_a_circle_is_found_even_through_a_function_level_import(tmp_path):
    racine = _paquet(
        tmp_path,
        {
            "moteur/__init__.py": "",
            "moteur/a.py": "from autograder.moteur import b\n",
            "moteur/b.py": "def f():\n    from autograder.moteur.a import x\n",
            "moteur/c.py": "from . import a\n",
        },
    )
    assert circuits(graphe(racine)) == [["autograder.moteur.a", "autograder.moteur.b"]]


@pytest.mark.parametrize(
    ("de", "source", "attendu"),
    [
        ("moteur/seance.py", "def f():\n    from autograder.widgets.exercice import w\n", 1),
        ("moteur/seance.py", "from autograder.metier.swot import cas\n", 1),
        ("metier/swot/fiche.py", "from autograder.metier.pitch import compter_mots\n", 1),
        ("metier/swot/fiche.py", "from autograder.moteur.texte import compter_mots\n", 0),
        ("metier/swot/fiche.py", "from autograder.moteur.nombres import _analyse\n", 1),
        ("widgets/swot.py", "from autograder.metier.swot.matrice import libelle\n", 0),
        ("formateur/rapport.py", "from autograder.metier.kpi import tableau_de_bord\n", 1),
    ],
)
def test_a_layer_violation_is_found(tmp_path, de, source, attendu):
    cibles = [
        "moteur/__init__.py",
        "moteur/texte.py",
        "moteur/nombres.py",
        "widgets/__init__.py",
        "widgets/exercice.py",
        "metier/__init__.py",
        "metier/pitch.py",
        "metier/swot/__init__.py",
        "metier/swot/cas.py",
        "metier/swot/matrice.py",
        "metier/kpi/__init__.py",
        "metier/kpi/tableau_de_bord.py",
    ]
    racine = _paquet(tmp_path, {**dict.fromkeys(cibles, ""), de: source})
    assert len(violations_de_couches(graphe(racine))) == attendu
