"""What the production checker says: French findings grouped by heading, each with a level.

The checker advises, it does not grade: « manque » is something the RE asks for and the file does
not show, « attention » something to check or fix, « conseil » the course's advice (never an
official rule), « ok » what is in place.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

ICONES = {"ok": "✅", "conseil": "💡", "attention": "⚠️", "manque": "❌"}


@dataclass(frozen=True)
class Constat:
    niveau: str  # ok, conseil, attention, manque
    texte: str
    cle: str = ""  # a stable name for tests and the trainer (« partie_3_absente »)

    def __post_init__(self):
        if self.niveau not in ICONES:
            raise ValueError(f"niveau de constat inconnu : {self.niveau!r}")

    def __str__(self) -> str:
        return f"{ICONES[self.niveau]} {self.texte}"


@dataclass
class Rapport:
    """The findings on one file; `refus` is the French message when it cannot be read."""

    nom: str
    sorte: str  # « document » or « diaporama »
    rubriques: list[tuple[str, list[Constat]]] = field(default_factory=list)
    refus: str | None = None
    methode: str = ""

    def rubrique(self, titre: str) -> list[Constat]:
        for t, constats in self.rubriques:
            if t == titre:
                return constats
        self.rubriques.append((titre, []))
        return self.rubriques[-1][1]

    @property
    def constats(self) -> list[Constat]:
        return [c for _, cs in self.rubriques for c in cs]

    def cles(self, niveau: str | None = None) -> set[str]:
        return {c.cle for c in self.constats if niveau is None or c.niveau == niveau}

    def bilan(self) -> str:
        """One French line: what to fix first."""
        if self.refus:
            return f"« {self.nom} » n'a pas pu être vérifié."
        n = {k: sum(c.niveau == k for c in self.constats) for k in ICONES}
        if not n["manque"] and not n["attention"]:
            return f"« {self.nom} » : rien à reprendre dans ce que le vérificateur sait lire."
        return (
            f"« {self.nom} » : {n['manque']} manque(s) au regard du RE, {n['attention']} point(s) "
            f"à vérifier, {n['conseil']} conseil(s)."
        )

    def markdown(self) -> str:
        if self.refus:
            return f"**{self.nom}** : ❌ {self.refus}"
        lignes = [f"**{self.bilan()}**", ""]
        for titre, constats in self.rubriques:
            lignes += [f"*{titre}*", ""] + [f"- {c}" for c in constats] + [""]
        if self.methode:
            lignes.append(f"<small>{self.methode}</small>")
        return "\n".join(lignes)

    def html(self) -> str:
        if self.refus:
            return (
                f"<div role='alert'><b>{html.escape(self.nom)}</b> : ❌ "
                f"{html.escape(self.refus)}</div>"
            )
        parties = [f"<p><b>{html.escape(self.bilan())}</b></p>"]
        for titre, constats in self.rubriques:
            items = "".join(f"<li>{html.escape(str(c))}</li>" for c in constats)
            parties.append(f"<h4>{html.escape(titre)}</h4><ul>{items}</ul>")
        if self.methode:
            parties.append(f"<p><small>{html.escape(self.methode)}</small></p>")
        return "<div>" + "".join(parties) + "</div>"
