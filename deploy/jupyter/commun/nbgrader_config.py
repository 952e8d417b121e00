"""nbgrader settings of every user's server on the centre's hub (deploy/jupyterhub_config.py)."""

import os

from nbgrader.auth import JupyterHubAuthPlugin

c = get_config()  # noqa: F821 (injected by nbgrader)

# The exchange shared by the whole centre (the hub sets NTC_EXCHANGE to <centre>/echange).
c.Exchange.root = os.environ.get("NTC_EXCHANGE", "/srv/ntc/echange")
# Fetched assignments land in ~/exercises/<devoir>/, where the home page's links point; every
# cohort follows the same NTC course, so a learner belongs to one course at a time.
c.Exchange.path_includes_course = False
c.Exchange.assignment_dir = os.path.join(os.path.expanduser("~"), "exercises")
# A user sees the assignments of the courses whose hub group (nbgrader-<course_id>) they are in.
c.Authenticator.plugin_class = JupyterHubAuthPlugin
