"""What the learner sees in a notebook: `ouvrir_seance` and every ipywidgets front end. A widget
imports the engine and its domain model; nothing below imports a widget. ipywidgets is loaded by
the modules that draw, never by this package."""
