"""Put the non-breaking spaces French typography asks for into the sources, where they are missing.

    .venv/bin/python -m tests.francais.corriger            # notebooks, data/, README.md
    .venv/bin/python -m tests.francais.corriger FICHIER…   # these files only (autograder/*.py too)
    .venv/bin/python -m tests.francais.corriger --voir …   # show the changes, write nothing

An ordinary space before « : » becomes U+00A0, before « ; ! ? » the narrow U+202F, and
inside « » U+00A0, as the course already writes them. Only prose changes: code spans, fences, URLs,
LaTeX, HTML tags, text in another language (lang="en"), Python docstrings, raw and byte strings,
and the case-file fields that are no prose are left alone. Elisions and spelling are fixed by hand.
"""

from __future__ import annotations

import io
import json
import re
import sys
import tokenize
from pathlib import Path

from . import prose
from .textes import FIN_README, RACINE, textes_des_donnees

INSECABLE, FINE = "\u00a0", "\u202f"
# What may follow the sign in prose (never « :x »); a backslash starts an escape (« :\\n »).
_APRES = r"(?=[\s»)\]*_\"'<.,…!?\\]|$)"
_REGLES = (
    (re.compile(rf"(?<![ \t\n])[ \t]+:{_APRES}"), INSECABLE + ":"),
    (re.compile(rf"(?<![ \t\n])[ \t]+([;!?]){_APRES}"), FINE + r"\1"),
    (re.compile(r"«[ \t]+"), "«" + INSECABLE),
    (re.compile(r"(?<![ \t\n])[ \t]+»"), INSECABLE + "»"),
)
_PROTEGES = (
    prose._CLOTURES,
    prose._COMMENTAIRES,
    prose._MARQUEURS,
    prose._AUTRE_LANGUE,
    prose._BLOCS_HTML,
    prose._CODE,
    prose._LATEX,
    re.compile(r"!?\[[^\]]*\]\([^)]*\)"),  # a link's target; its text rarely ends a clause
    prose._URLS,
    prose._BALISES,
    prose._ALIGNEMENT,
    re.compile(r"\{[^{}\n]*\}"),  # a Python format field: {x:.2f}, {a!r}
)


def corriger_prose(texte: str) -> str:
    """The same text, with the non-breaking spaces put where prose needs them."""
    proteges = sorted((m.start(), m.end()) for r in _PROTEGES for m in r.finditer(texte))
    morceaux, i = [], 0
    for debut, fin in proteges:
        if debut < i:
            fin = max(fin, i)
            debut = i
        morceaux += [("prose", texte[i:debut]), ("garde", texte[debut:fin])]
        i = fin
    morceaux.append(("prose", texte[i:]))
    resultat = []
    for nature, morceau in morceaux:
        if nature == "prose":
            for regle, remplacement in _REGLES:
                morceau = regle.sub(remplacement, morceau)
        resultat.append(morceau)
    return "".join(resultat)


# --- one function per kind of file ------------------------------------------------------------


def corriger_notebook(texte: str) -> str:
    nb = json.loads(texte)
    for cellule in nb["cells"]:
        if cellule["cell_type"] == "markdown":
            source = "".join(cellule["source"])
            nouveau = corriger_prose(source)
            if nouveau != source:
                cellule["source"] = nouveau.splitlines(keepends=True)
    return json.dumps(nb, indent=1, ensure_ascii=False) + "\n"


_CHAINE_JSON = re.compile(r'"(?:[^"\\\n]|\\.)*"')


def corriger_json(texte: str, chaines: set[str]) -> str:
    """Only the strings the check reads (`chaines`): ids, codes and keys stay as they are."""

    def un(m: re.Match) -> str:
        valeur = json.loads(m.group())
        if valeur not in chaines:
            return m.group()
        nouveau = corriger_prose(m.group()[1:-1])
        return f'"{nouveau}"' if json.loads(f'"{nouveau}"') != valeur else m.group()

    return _CHAINE_JSON.sub(un, texte)


def corriger_python(texte: str) -> str:
    """Every string literal but docstrings, raw and byte strings."""
    lignes = texte.splitlines(keepends=True)
    debuts = [0]
    for ligne in lignes:
        debuts.append(debuts[-1] + len(ligne))
    jetons = list(tokenize.generate_tokens(io.StringIO(texte).readline))
    remplacements = []
    for k, jeton in enumerate(jetons):
        if jeton.type != tokenize.STRING:
            continue
        prefixe = re.match(r"[A-Za-z]*", jeton.string).group().lower()
        if "r" in prefixe or "b" in prefixe or _est_docstring(jetons, k):
            continue
        guillemet = jeton.string[len(prefixe) :][:3]
        guillemet = guillemet if guillemet in ('"""', "'''") else guillemet[0]
        interieur = jeton.string[len(prefixe) + len(guillemet) : -len(guillemet)]
        nouveau = corriger_prose(interieur)
        if nouveau != interieur:
            debut = debuts[jeton.start[0] - 1] + jeton.start[1]
            fin = debuts[jeton.end[0] - 1] + jeton.end[1]
            remplacements.append(
                (debut, fin, jeton.string[: len(prefixe) + len(guillemet)] + nouveau + guillemet)
            )
    for debut, fin, nouveau in reversed(remplacements):
        texte = texte[:debut] + nouveau + texte[fin:]
    return texte


def _est_docstring(jetons: list[tokenize.TokenInfo], k: int) -> bool:
    avant = next(
        (j for j in reversed(jetons[:k]) if j.type not in (tokenize.NL, tokenize.COMMENT)), None
    )
    apres = jetons[k + 1] if k + 1 < len(jetons) else None
    debut_instruction = avant is None or avant.type in (
        tokenize.NEWLINE,
        tokenize.INDENT,
        tokenize.DEDENT,
        tokenize.ENCODING,
    )
    return (
        debut_instruction
        and apres is not None
        and apres.type in (tokenize.NEWLINE, tokenize.ENDMARKER)
    )


# --- command line -----------------------------------------------------------------------------


def fichiers_par_defaut() -> list[Path]:
    fichiers = [
        nb
        for dossier in ("course", "solutions")
        for nb in sorted((RACINE / dossier).rglob("*.ipynb"))
        if ".ipynb_checkpoints" not in nb.parts
    ]
    fichiers += sorted((RACINE / "data").rglob("*.json"))
    fichiers += sorted((RACINE / "data").rglob("*.py"))  # declarations, generators
    fichiers.append(RACINE / "README.md")
    return fichiers


def corriger_fichier(chemin: Path, chaines_json: dict[str, set[str]]) -> str:
    texte = chemin.read_text(encoding="utf-8")
    if chemin.suffix == ".ipynb":
        return corriger_notebook(texte)
    if chemin.suffix == ".json":
        relatif = str(chemin.resolve().relative_to(RACINE))
        return corriger_json(texte, chaines_json.get(relatif, set()))
    if chemin.suffix == ".py":
        return corriger_python(texte)
    if chemin.suffix == ".md":  # the README's learner part, the one the check reads
        fin = texte.find("\n" + FIN_README)
        fin = len(texte) if fin < 0 else fin
        return corriger_prose(texte[:fin]) + texte[fin:]
    raise SystemExit(f"Type de fichier non pris en charge : {chemin}")


def main(arguments: list[str]) -> int:
    voir = "--voir" in arguments
    fichiers = [Path(a) for a in arguments if a != "--voir"] or fichiers_par_defaut()
    chaines_json: dict[str, set[str]] = {}
    for t in textes_des_donnees():
        chaines_json.setdefault(t.fichier, set()).add(t.texte)
    modifies = 0
    for chemin in fichiers:
        avant = chemin.read_text(encoding="utf-8")
        apres = corriger_fichier(chemin, chaines_json)
        if apres == avant:
            continue
        modifies += 1
        if voir:
            for a, b in zip(avant.splitlines(), apres.splitlines(), strict=False):
                if a != b:
                    print(
                        f"{chemin}:\n  - {a.strip()}\n  + {b.strip()}".replace(
                            INSECABLE, "⍽"
                        ).replace(FINE, "·")
                    )
        else:
            chemin.write_text(apres, encoding="utf-8")
    print(f"{modifies} fichier(s) {'à corriger' if voir else 'corrigé(s)'}.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
