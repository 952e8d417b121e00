"""The written exam (RE §3.1): the bank of subjects, their generated figures and the case file."""
