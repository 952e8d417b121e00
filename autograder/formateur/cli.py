"""`ntc`: the trainer's command line (argparse, messages in French).

    ntc init DOSSIER --apprenants apprenants.csv   un dossier de cours pour une cohorte
    ntc grade DEVOIR [DEVOIR ...] --jobs N         correction automatique en parallèle
    ntc report [DEVOIR ...]                         grilles de critères officiels (HTML, CSV)
    ntc feedback DEVOIR                             retours nbgrader + grille de critères
    ntc jury CONTEXTE|SUJET|CAS [--pdf]             kit du jury des oraux (autograder.__main__)
    ntc hub [--centre /srv/ntc] [--port 8000]      le JupyterHub du centre (en root, make hub)

Every command works in the course directory (the folder holding nbgrader_config.py; `--cours`),
so nbgrader's own commands and formgrader keep working on the same files. Expected errors are
printed in French without a traceback (exit code 2); a run with failed submissions exits with 1.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Commande:
    """A command of another layer, added by the package's façade (autograder.__main__): the
    trainer's tools themselves use the engine only. `executer(args)` returns the lines to print
    or raises ValueError with a French message."""

    aide: str
    configurer: Callable[[argparse.ArgumentParser], None]
    executer: Callable[[argparse.Namespace], str]


def _parser(extensions: dict[str, Commande] | None = None) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="ntc",
        description="Outils du formateur NTC : cohorte, correction parallèle, critères officiels.",
    )
    p.add_argument(
        "--cours",
        type=Path,
        default=Path.cwd(),
        help="dossier du cours (celui de nbgrader_config.py ; par défaut : le dossier courant)",
    )
    sous = p.add_subparsers(dest="commande", required=True, metavar="COMMANDE")

    i = sous.add_parser("init", help="créer le dossier de cours d'une cohorte")
    i.add_argument("dossier", type=Path, help="dossier du cours à créer ou compléter")
    i.add_argument(
        "--apprenants",
        type=Path,
        required=True,
        help="CSV des apprenants : id,first_name,last_name,email (ou identifiant,prenom,nom,courriel)",
    )
    i.add_argument("--devoirs", nargs="*", help="devoirs à préparer (par défaut : tous)")

    g = sous.add_parser("grade", help="corriger automatiquement toutes les copies ramassées")
    g.add_argument("devoirs", nargs="+", metavar="DEVOIR")
    g.add_argument("--jobs", "-j", type=int, default=2, help="travailleurs en parallèle (2)")
    g.add_argument(
        "--student",
        "--apprenant",
        dest="etudiants",
        action="append",
        default=None,
        help="ne corriger que cet apprenant (répétable)",
    )
    g.add_argument(
        "--delai",
        type=float,
        default=None,
        help="délai maximal par cellule, en secondes (par défaut : nbgrader_config.py)",
    )
    g.add_argument("--memoire", type=int, default=None, help="mémoire maximale par correction, Mo")
    g.add_argument(
        "--taille-fichier",
        type=int,
        default=None,
        help="taille maximale d'un fichier écrit par une copie, Mo",
    )
    g.add_argument("--sans-progression", action="store_true", help="pas de barre de progression")
    g.add_argument(
        "--noyaux-neufs",
        action="store_true",
        help="lancer chaque noyau comme nbgrader (plus lent) au lieu des noyaux préchauffés",
    )
    g.add_argument(
        "--confinement",
        choices=("auto", "strict", "non"),
        default="auto",
        help="confinement des noyaux (Landlock) : auto = si la machine le permet (défaut), "
        "strict = refuser de corriger sans lui, non = copie de travail seulement",
    )

    r = sous.add_parser("report", help="grilles des critères officiels par apprenant et cohorte")
    r.add_argument(
        "devoirs", nargs="*", metavar="DEVOIR", help="par défaut : tous les devoirs notés"
    )
    r.add_argument("--sortie", type=Path, default=None, help="dossier de sortie (rapports/)")

    f = sous.add_parser("feedback", help="retours nbgrader complétés par la grille de critères")
    f.add_argument("devoirs", nargs="+", metavar="DEVOIR")
    f.add_argument("--student", "--apprenant", dest="etudiants", action="append", default=None)
    h = sous.add_parser("hub", help="lancer le JupyterHub du centre de formation (en root)")
    h.add_argument("--centre", type=Path, default=None, help="dossier du centre (/srv/ntc)")
    h.add_argument("--ip", default=os.environ.get("NTC_HUB_IP", ""), help="adresse (toutes)")
    h.add_argument("--port", type=int, default=int(os.environ.get("NTC_HUB_PORT", "8000")))
    for nom, commande in (extensions or {}).items():
        commande.configurer(sous.add_parser(nom, help=commande.aide))
    return p


def _hub(args) -> int:
    from autograder.formateur.hub import CENTRE, lancer_hub

    return lancer_hub((args.centre or CENTRE).resolve(), args.ip, args.port)


def _grade(args) -> int:
    from autograder.formateur import limites
    from autograder.formateur.correction import corriger

    bilan = corriger(
        args.cours,
        args.devoirs,
        jobs=args.jobs,
        etudiants=args.etudiants,
        delai=args.delai,
        memoire_mo=args.memoire or limites.MEMOIRE_MO,
        fichier_mo=args.taille_fichier or limites.TAILLE_FICHIER_MO,
        progression=not args.sans_progression,
        prechauffe=not args.noyaux_neufs,
        confinement=args.confinement,
    )
    print(bilan.texte())
    return 1 if bilan.echecs else 0


def _init(args) -> int:
    from autograder.formateur.cohorte import initialiser

    print(initialiser(args.dossier, args.apprenants, args.devoirs))
    return 0


def _report(args) -> int:
    from autograder.formateur.rapport import rapporter

    print(rapporter(args.cours, args.devoirs or None, args.sortie))
    return 0


def _feedback(args) -> int:
    from autograder.formateur.retours import retours

    print(retours(args.cours, args.devoirs, args.etudiants))
    return 0


def main(argv: list[str] | None = None, extensions: dict[str, Commande] | None = None) -> int:
    from autograder.formateur.cours import ErreurCours, alleger_imports, env_nbgrader

    alleger_imports()

    extensions = extensions or {}
    args = _parser(extensions).parse_args(argv)
    # nbgrader runs `alembic` and kernels by name: this interpreter's bin/ first, as `make` does.
    os.environ["PATH"] = env_nbgrader()["PATH"]
    action = {"init": _init, "grade": _grade, "report": _report, "feedback": _feedback, "hub": _hub}
    try:
        if args.commande in extensions:
            try:
                print(extensions[args.commande].executer(args))
            except ValueError as exc:
                raise ErreurCours(str(exc)) from None
            return 0
        return action[args.commande](args)
    except ErreurCours as exc:
        print(f"ntc {args.commande} : {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("ntc : interrompu.", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 — a trainer gets a sentence, never a traceback
        print(
            f"ntc {args.commande} : erreur inattendue ({type(exc).__name__} : {exc}) ; les "
            "sauvegardes du carnet de notes sont dans .ntc-sauvegardes/ à côté de gradebook.db.",
            file=sys.stderr,
        )
        return 2
