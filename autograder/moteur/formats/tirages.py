"""Per-learner draws that several declarations share (options, elements, traps)."""

from __future__ import annotations


def tirer_par_categorie(banque, rng, par_categorie: int, en_plus: int = 1) -> list:
    """Draw a learner's items from a bank of (clé, libellé, catégorie, …) tuples: `par_categorie`
    from each category (so every category is present), `en_plus` more at random, shuffled."""
    categories: dict[str, list] = {}
    for item in banque:
        categories.setdefault(item[2], []).append(item)
    choisis = [i for items in categories.values() for i in rng.sample(items, par_categorie)]
    reste = [i for i in banque if i not in choisis]
    choisis += rng.sample(reste, en_plus)
    rng.shuffle(choisis)
    return [list(i) for i in choisis]


def pieges_distincts(fmt, attendu, pieges):
    """Keep only the (value, message) traps that the answer format can tell from the key
    (with some data a typical mistake gives the right number by chance)."""
    return [(v, m) for v, m in pieges if not fmt.proche(v, attendu)]


def tirer_options(banque, rng, justes: int, fausses: int) -> list:
    """Draw a learner's options from a bank of (clé, libellé, correct, retour) tuples: `justes`
    right ones and `fausses` wrong ones, shuffled (rebuild them with ``Option(*o)``)."""
    choisis = rng.sample([b for b in banque if b[2]], justes)
    choisis += rng.sample([b for b in banque if not b[2]], fausses)
    rng.shuffle(choisis)
    return [list(o) for o in choisis]
