"""`ntc` and `python -m autograder`: the trainer's command line (see autograder.formateur.cli)."""

from __future__ import annotations

from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    from autograder.formateur.cli import main as cli

    return cli(argv, {"jury": _jury()})


def _jury():
    """`ntc jury ID [--pdf]`: the jury kit of an exam context, a subject (metier.examen) or a phone
    case (metier.telephone): two subjects, put together here, where both may be imported."""
    from autograder.formateur.cli import Commande

    def configurer(p) -> None:
        p.add_argument("ident", metavar="CONTEXTE|SUJET|CAS", help="contexte, sujet ou cas d'appel")
        p.add_argument("--pdf", action="store_true", help="écrire aussi le PDF")
        p.add_argument("--sortie", type=Path, default=None, help="dossier de sortie (jury/)")

    def executer(args) -> str:
        from autograder.metier.examen import jury
        from autograder.metier.telephone import cas
        from autograder.metier.telephone import jury as appel

        if args.ident in cas.lister_cas():
            c = cas.charger_cas(args.ident)
            k = jury.kit_appel(args.ident, c["entreprise"], appel.roles(c))
        elif args.ident in jury.identifiants():
            k = jury.kit(args.ident)
        else:
            raise jury.inconnu(args.ident, {"Cas d'appel": cas.lister_cas()})
        chemins = jury.ecrire(k, args.sortie or Path(args.cours) / "jury", args.pdf)
        return "\n".join([f"Kit du jury « {args.ident} » écrit :", *(f"  {c}" for c in chemins)])

    return Commande(
        "kit du jury des oraux : fiches de rôle, grilles, questions", configurer, executer
    )


if __name__ == "__main__":
    raise SystemExit(main())
