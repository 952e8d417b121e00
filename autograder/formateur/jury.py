"""`ntc jury`: the printable jury kit of the oral (role briefs, observation grids, question
guides) for an exam context, a subject or a phone case, written to `jury/` in the course
directory (autograder.metier.examen.jury builds it)."""

from __future__ import annotations

from pathlib import Path

from autograder.formateur.cours import ErreurCours


def imprimer(cours: Path, ident: str, pdf: bool = False, sortie: Path | None = None) -> str:
    """Write the kit; returns the French lines to print. Unknown id: ErreurCours listing ids."""
    from autograder.metier.examen.jury import ecrire
    from autograder.metier.examen.jury_donnees import ErreurJury

    dossier = Path(sortie) if sortie else Path(cours) / "jury"
    try:
        chemins = ecrire(ident, dossier, pdf=pdf)
    except ErreurJury as exc:
        raise ErreurCours(str(exc)) from None
    lignes = [f"Kit du jury « {ident} » écrit :"] + [f"  {c}" for c in chemins]
    if not pdf:
        lignes.append("  (--pdf pour la version PDF ; le HTML s'imprime aussi, une fiche par page)")
    return "\n".join(lignes)
