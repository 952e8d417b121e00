"""French spelling (hunspell + Debian's hunspell-fr) and typography over every learner-facing text.

- `textes`: collects the texts (notebook markdown, the README's learner part, case files in data/,
  statements and feedback rendered from every exercise declaration, widget labels);
- `prose`: turns markdown/HTML into the text a learner reads (code, URLs, LaTeX left out);
- `orthographe`: one hunspell run over the distinct words, with the project word list `mots.txt`;
- `typographie`: non-breaking spaces before « : ; ! ? » and inside « », elision before a vowel.
"""
