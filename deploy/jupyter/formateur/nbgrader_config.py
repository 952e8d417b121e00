"""A trainer's server on the hub: formgrader works in their first course (deploy/jupyterhub_config.py
links each of their courses into ~/cours/<course_id>; `ntc` and nbgrader work in any of them)."""

import os

c = get_config()  # noqa: F821 (injected by nbgrader)

if os.environ.get("NTC_COURS"):
    c.CourseDirectory.root = os.environ["NTC_COURS"]
