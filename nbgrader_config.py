"""nbgrader configuration of the NTC course (run nbgrader commands from this folder)."""

import os

c = get_config()  # noqa: F821 (injected by nbgrader)

c.CourseDirectory.course_id = "ntc"
c.CourseDirectory.source_directory = "solutions"  # solutions + hidden tests (trainer's source)
c.CourseDirectory.release_directory = "exercises"  # generated, committed: what learners open
c.CourseDirectory.root = os.path.dirname(os.path.abspath(__file__))
# Learners' answers live in .reponses/ beside the notebook. It must NOT be in CourseDirectory.ignore:
# submit uses that list too and would leave the answers behind. solutions/ never holds one (tested).

# Exchange folder for release/fetch/submit/collect on a shared server (JupyterHub).
c.Exchange.root = os.environ.get("NTC_EXCHANGE", "/srv/nbgrader/exchange")

# One cell may not run longer than this when grading (an infinite loop costs 60 s, not the cohort).
c.Execute.timeout = 60
c.Execute.interrupt_on_timeout = True

# nbgrader gives 0 to a grade cell that writes to stderr: harmless library warnings must not.
c.IgnorePattern.enabled = True
c.IgnorePattern.pattern = r"\b\w*Warning\b"

# What learners see in place of a removed solution (French, and valid Python in any block).
c.ClearSolutions.code_stub = {"python": "pass  # VOTRE CODE ICI"}
c.ClearSolutions.text_stub = "VOTRE RÉPONSE ICI"

# Keep released notebooks lean: no outputs, no execution counts.
c.ClearOutput.enabled = True
