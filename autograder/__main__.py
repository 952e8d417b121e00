"""`ntc` and `python -m autograder`: the trainer's command line (see autograder.formateur.cli)."""

from __future__ import annotations


def main(argv: list[str] | None = None) -> int:
    from autograder.formateur.cli import main as cli

    return cli(argv)


if __name__ == "__main__":
    raise SystemExit(main())
