"""Feedback blocks under a widget: a verdict of the engine shown as HTML.
Icons and words carry the meaning, never colour alone."""

from __future__ import annotations

import html
import re

from autograder.moteur.formats.base import icone


def retour_html(ex, verdict, *, montrer_correction: bool) -> str:
    """The feedback of an exercise's verdict (only « saved » in evaluation mode)."""
    if not montrer_correction:
        return bloc("📝", "Réponse enregistrée.", [], "#555")
    details = list(verdict.details)
    if not verdict.juste and (exp := ex.explication()):
        details.append(exp)
    return bloc(icone(verdict), verdict.message, details, "#1b5e20" if verdict.juste else "#7a4b00")


def en_ligne(texte: str) -> str:
    """The inline markdown of a declaration's text (`code`, **bold**) as HTML: the explanations
    are written for Markdown, and a feedback list is HTML (raw « ** » and « ` » otherwise)."""
    morceaux = re.split(r"`([^`]+)`", texte)  # odd items: code spans, shown as they are
    return "".join(
        f"<code>{html.escape(m, quote=False)}</code>"
        if i % 2
        else re.sub(r"\*\*(\S(?:.*?\S)?)\*\*", r"<b>\1</b>", m)
        for i, m in enumerate(morceaux)
    )


def bloc(icone: str, message: str, details: list[str], couleur: str) -> str:
    items = "".join(f"<li>{en_ligne(d)}</li>" for d in details)
    liste = f"<ul style='margin:0.3em 0'>{items}</ul>" if items else ""
    return (
        f"<div role='status' style='border-left:4px solid {couleur};padding:0.2em 0.8em'>"
        f"<b>{icone} {html.escape(message)}</b>{liste}</div>"
    )


def alerte(message) -> str:
    """A refused answer or a problem, read out by screen readers."""
    return f"<div role='alert'>⚠️ {message}</div>"
