"""Markdown / light HTML -> the prose a learner reads, with code, URLs and LaTeX taken out.

What is taken out is replaced by OBJET (U+FFFC): it is no word for the spell checker, and the
typography rules still see that something stood there (« `x`: » lacks its space before « : »).
"""

from __future__ import annotations

import html
import re

OBJET = "\ufffc"

_CLOTURES = re.compile(r"^[ \t]*(```|~~~).*?^[ \t]*\1[^\n]*$", re.M | re.S)
_COMMENTAIRES = re.compile(r"<!--.*?-->", re.S)
_BLOCS_HTML = re.compile(r"<(code|pre|script|style|kbd)\b[^>]*>.*?</\1\s*>", re.S | re.I)
_CODE = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.S)
_LATEX = re.compile(
    r"\$\$.+?\$\$|(?<![\\\w])\$(?!\s)[^$\n]+?(?<!\s)\$|\\\(.+?\\\)|\\\[.+?\\\]", re.S
)
_IMAGES = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LIENS = re.compile(r"\[([^\]]+)\]\([^)]*\)|\[([^\]]+)\]\[[^\]]*\]")
_URLS = re.compile(r"<(?:https?|mailto):[^>]+>|\b(?:https?://|www\.)[^\s)>\]»]+|\S+@\S+\.\w+")
# Another language, marked as accessibility asks (RGAA 8.7): <span lang="en">follow-up call</span>.
_AUTRE_LANGUE = re.compile(r"<(\w+)\b[^>]*\blang=[\"'](?!fr)[^>]*>.*?</\1\s*>", re.S | re.I)
# A block tag separates words (« <td>Positif</td><td>Négatif</td> »); an inline tag does not.
_BLOCS = re.compile(
    r"</?(?:p|div|br|hr|li|ul|ol|tr|td|th|table|thead|tbody|h[1-6]|details|summary|section|dd|dt)\b[^<>]*>",
    re.I,
)
_BALISES = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>")
# nbgrader's markers, removed from what the learner receives.
_MARQUEURS = re.compile(
    r"^[ \t#]*(?:(?:BEGIN|END) (?:SOLUTION|HIDDEN TESTS)|=== (?:BEGIN|END) MARK SCHEME ===)[ \t]*$",
    re.M,
)
_ALIGNEMENT = re.compile(
    r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$", re.M
)
_GRAS = re.compile(
    r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|(?<![\w])_(?=\S)|(?<=\S)_(?![\w])"
)
_TITRES = re.compile(r"^[ \t]*(#{1,6}|>+)[ \t]+", re.M)


def en_prose(texte: str) -> str:
    """The text a learner reads, line breaks kept (a snippet stays findable in the source)."""
    t = _CLOTURES.sub(OBJET, texte)
    t = _COMMENTAIRES.sub("", t)
    t = _MARQUEURS.sub("", t)
    t = _AUTRE_LANGUE.sub(OBJET, t)
    # <kbd>Maj</kbd> is a key name, like code: not checked, but it does stand in the sentence.
    t = _BLOCS_HTML.sub(OBJET, t)
    t = _CODE.sub(OBJET, t)
    t = _LATEX.sub(OBJET, t)
    t = _IMAGES.sub(r"\1", t)
    t = _LIENS.sub(lambda m: m.group(1) or m.group(2), t)
    t = _URLS.sub(OBJET, t)
    t = _BLOCS.sub(" ", t)
    t = _BALISES.sub("", t)
    t = html.unescape(t)  # &nbsp; is a non-breaking space in the page
    t = _ALIGNEMENT.sub("", t)
    t = _TITRES.sub("", t)
    return _GRAS.sub("", t)
