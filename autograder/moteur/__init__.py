"""The engine every exercise uses: session, answer store, exercise bank, exercise, answer formats,
referentiel, question bank, paths, French numbers and text, charts, release. It imports no widget
and no domain module (tests/test_architecture.py)."""
