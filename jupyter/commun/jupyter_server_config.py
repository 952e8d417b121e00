"""Jupyter server settings of `make lab` and `make formateur` (on JUPYTER_CONFIG_PATH, see Makefile).

The user's own ~/.jupyter comes first on Jupyter's config path, so a setting chosen there still wins.
"""

import os
from pathlib import Path

c = get_config()  # noqa: F821 (injected by Jupyter)

# Serve the whole repository, not the folder of the notebook given on the command line: the home page
# (course/00_accueil.ipynb) links to ../exercises/… and the exam rehearsals live in course/examen/.
c.ServerApp.root_dir = str(Path(__file__).resolve().parents[2])

# Containers, cloud VMs and CI run as root, where Jupyter refuses to start without this; an ordinary
# user keeps Jupyter's refusal to run as root.
c.ServerApp.allow_root = os.geteuid() == 0
