"""Spelling and typography over a list of texts, as one report a person can act on."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from . import orthographe, typographie
from .prose import en_prose
from .textes import Texte


@dataclass
class Rapport:
    mots: int = 0  # words checked (occurrences)
    formes: set[str] = field(default_factory=set)  # the distinct forms sent to hunspell
    # unknown word -> [(file, place, snippet)]
    fautes: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)
    # (file, place, rule, message, snippet)
    typographie: list[tuple[str, str, str, str, str]] = field(default_factory=list)

    def texte_orthographe(self, par_mot: int = 3) -> str:
        lignes = []
        for mot, ou in sorted(self.fautes.items(), key=lambda e: e[0].lower()):
            lignes.append(f"« {mot} » ({len(ou)} fois)")
            lignes += [f"    {f} — {lieu} : {ex}" for f, lieu, ex in ou[:par_mot]]
        return "\n".join(lignes)

    def texte_typographie(self) -> str:
        return "\n".join(
            f"{f} — {lieu} : {message}\n    {ex}" for f, lieu, _r, message, ex in self.typographie
        )


def verifier(textes: list[Texte], *, liste: list[str] | None = None) -> Rapport:
    rapport = Rapport()
    occurrences: dict[tuple[str, str], list[tuple[Texte, str, int]]] = defaultdict(list)
    for t in textes:
        prose = en_prose(t.texte)
        for occ in orthographe.mots(prose):
            occurrences[(orthographe.a_verifier(occ.mot), t.langue)].append((t, prose, occ.debut))
        for d in typographie.defauts(prose):
            rapport.typographie.append(
                (t.fichier, t.lieu, d.regle, d.message, typographie.extrait(prose, d.position))
            )
    rapport.mots = sum(len(v) for v in occurrences.values())
    rapport.formes = {forme for forme, _ in occurrences}
    for langue, dictionnaires in (
        ("fr", orthographe.DICTIONNAIRE),
        ("fr+en", f"{orthographe.DICTIONNAIRE},{orthographe.DICTIONNAIRE_ANGLAIS}"),
    ):
        formes = {forme for forme, lg in occurrences if lg == langue}
        for forme in orthographe.inconnus(formes, dictionnaires=dictionnaires, liste=liste):
            for t, prose, debut in occurrences[(forme, langue)]:
                ou = (t.fichier, t.lieu, typographie.extrait(prose, debut))
                rapport.fautes.setdefault(forme, []).append(ou)
    return rapport
