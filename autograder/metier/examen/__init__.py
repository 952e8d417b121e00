"""The mock written exam (RE §3.1): subjects and their figures, and the three deliverables made in
office software — the dashboard workbook (tableau*), the slide deck (diaporama*), the proposal —
each with its blank template and its checker."""
