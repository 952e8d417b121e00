"""The proposal's price table: reading it and checking its arithmetic against the quote engine
(``autograder.calculs``).

The table is a real table (not text, not a picture) whose header row names, in any order, the
designation, the quantity, the unit price and the amount (a « Remise » column is read too). Below
the product lines, rows labelled « Total HT » (or « Net HT »), « Remise … », « TVA … » and
« Total TTC » (or « Net à payer ») are the totals; they may also be written under the table,
« Total HT : 12 345,00 € », or in a second table (one VAT line per rate, added up). Expected values: amount = quantity × unit price (less the line's
discount), total HT = sum of the lines less the discounts (``facture``: discounts in cascade when
their rates are given), VAT = ``montant_tva`` of the total HT at the products' rate (shared
between rates in proportion to the lines when the products have several), TTC = HT + VAT. Each
figure is checked against the candidate's own figures before it, so that one slip costs one
check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from autograder.calculs import facture, montant_tva, remises_successives
from autograder.metier.examen.proposition_lecture import (
    nombre,
    nombres,
    normaliser,
    part_couverte,
)
from autograder.moteur.texte import sans_accents

CENTIME = 0.011  # the tolerance of an amount: one cent, and the float's noise
ROLES = {
    "montant": ("montant", "total"),
    "prix": ("unitaire", "pu", "p u", "prix", "tarif"),
    "remise": ("remise", "rabais"),
    "quantite": ("quantite", "qte", "qt", "nombre", "nb"),
    "designation": ("designation", "produit", "article", "prestation", "libelle", "description"),
}
_REMISE = re.compile(r"remise|rabais|ristourne|escompte|geste commercial|prix negocie")


@dataclass
class Ligne:
    designation: str
    quantite: float | None
    prix: float | None
    montant: float | None
    remise: float | None = None  # the line's discount rate, a fraction
    produit: dict | None = None  # the product of the offer it names


@dataclass
class Devis:
    lignes: list[Ligne] = field(default_factory=list)
    remises: list[tuple[float, float | None]] = field(default_factory=list)  # (amount, rate)
    total_ht: float | None = None
    tva: float | None = None
    ttc: float | None = None


def designation_principale(produit: dict) -> str:
    """The designation before its details (« Pare-feu de nouvelle génération, installation… »
    → « Pare-feu de nouvelle génération »)."""
    return re.split(r"[(,;]", produit["designation"])[0]


def produit_nomme(texte: str, offre: list[dict]) -> dict | None:
    """The product of the offer a text names (at least half the words of its designation), the
    best covered one."""
    parts = {p["id"]: part_couverte(designation_principale(p), texte) for p in offre}
    meilleurs = [p for p in offre if parts[p["id"]] >= 0.5]
    return max(meilleurs, key=lambda p: (parts[p["id"]], len(p["designation"])), default=None)


def _colonnes(entetes: list[str]) -> dict[str, int]:
    colonnes: dict[str, int] = {}
    for i, entete in enumerate(entetes):
        mots = f" {normaliser(entete)} "
        for role, indices in ROLES.items():
            if any(f" {m}" in mots for m in indices):
                colonnes.setdefault(role, i)
                break
    return colonnes


def _taux(texte: str) -> float | None:
    """A rate written « 5 % » (or « 0,05 ») in a text, as a fraction."""
    valeurs = nombres(texte)
    if not valeurs:
        return None
    t = valeurs[0] / 100 if "%" in texte or valeurs[0] >= 1 else valeurs[0]
    return t if 0 <= t < 1 else None


def _lire_grille(grille: list[list[str]], offre: list[dict]) -> Devis | None:
    entetes = [
        (n, colonnes)
        for n, ligne in enumerate(grille)
        if {"designation", "quantite", "prix", "montant"} <= (colonnes := _colonnes(ligne)).keys()
    ]
    if not entetes:
        return None
    n, colonnes = entetes[0]
    devis = Devis()
    for ligne in grille[n + 1 :]:
        if not any(c.strip() for c in ligne):
            continue
        cellule = {r: ligne[i] if i < len(ligne) else "" for r, i in colonnes.items()}
        libelle = normaliser(cellule["designation"] or " ".join(ligne))  # a label elsewhere
        produit = produit_nomme(cellule["designation"], offre)
        montant = nombre(cellule["montant"])
        if montant is None:  # a total written in another column
            montant = next((x for c in reversed(ligne) for x in reversed(nombres(c))), None)
        total = re.search(r"\bttc\b|net a payer|\btva\b|\btotal\b|\bnet\b", libelle)
        if produit or not (total or _REMISE.search(libelle)):
            devis.lignes.append(
                Ligne(
                    cellule["designation"],
                    nombre(cellule["quantite"]),
                    nombre(cellule["prix"]),
                    nombre(cellule["montant"]),
                    _taux(cellule.get("remise", "")) if "remise" in cellule else None,
                    produit,
                )
            )
        elif re.search(r"\bttc\b|net a payer", libelle):
            devis.ttc = montant
        elif re.search(r"\btva\b", libelle):
            devis.tva = (devis.tva or 0) + (montant or 0) if montant is not None else devis.tva
        elif _REMISE.search(libelle):
            devis.remises.append((abs(montant or 0), _taux(cellule["designation"])))
        else:
            devis.total_ht = montant
    return devis if devis.lignes else None


def _totaux_ecrits(texte: str, motif: str) -> list[float]:
    """« Total HT : 12 345,00 € » written in a paragraph or another table: the amount after each
    label (a rate, « 20 % », is not an amount)."""
    montant = r"([0-9](?:[0-9\u00a0\u202f .,]*[0-9])?)(?![0-9]|[.,][0-9]| ?%)"
    trouves = re.finditer(f"(?:{motif})[^0-9\n]{{0,25}}?{montant}", sans_accents(texte))
    return [x for m in trouves if (x := nombre(m[1])) is not None]


def lire_devis(lecture, offre: list[dict]) -> Devis | None:
    """The first table of the proposal that is a price table, its totals completed from the
    financial section's text; None when there is none."""
    for grille in lecture.tableaux():
        devis = _lire_grille(grille, offre)
        if devis:
            texte = lecture.texte("financier")
            ht = _totaux_ecrits(texte, r"(?:total|net) (?:general )?h\.?t")
            tva = _totaux_ecrits(texte, r"\btva\b(?: ?\(?(?:a |de )?[0-9,.]+ ?%\)?)?")
            ttc = _totaux_ecrits(texte, r"\bttc\b|net a payer")
            if devis.total_ht is None and ht:
                devis.total_ht = ht[-1]
            if devis.tva is None and tva:  # one line per rate
                devis.tva = round(sum(tva), 2)
            if devis.ttc is None and ttc:
                devis.ttc = ttc[-1]
            return devis
    return None


# -- expected values ---------------------------------------------------------------------------
def montant_attendu(ligne: Ligne) -> float | None:
    if ligne.quantite is None or ligne.prix is None or ligne.quantite < 0 or ligne.prix < 0:
        return None
    return remises_successives(ligne.quantite * ligne.prix, [ligne.remise] if ligne.remise else [])


def total_ht_attendu(devis: Devis) -> float:
    brut = sum(ligne.montant or 0 for ligne in devis.lignes)
    if devis.remises and all(t is not None for _, t in devis.remises) and brut >= 0:
        return facture(brut, remises=[t for _, t in devis.remises]).net_commercial
    return round(brut - sum(m for m, _ in devis.remises), 2)


def tva_attendue(devis: Devis, offre: list[dict]) -> float:
    """The VAT of the candidate's total HT at the products' rates (lines naming no product take
    the offer's most common rate)."""
    courant = max((p["taux_tva"] for p in offre), key=[p["taux_tva"] for p in offre].count)
    bases: dict[float, float] = {}
    for ligne in devis.lignes:
        taux = ligne.produit["taux_tva"] if ligne.produit else courant
        bases[taux] = bases.get(taux, 0) + (ligne.montant or 0)
    brut = sum(bases.values())
    total = devis.total_ht or 0
    if len(bases) == 1 or not brut:
        return montant_tva(max(total, 0), next(iter(bases), courant))
    return round(sum(montant_tva(max(total * b / brut, 0), t) for t, b in bases.items()), 2)


def remise_annoncee(texte: str) -> bool:
    return bool(_REMISE.search(normaliser(texte)))


def egal(a: float | None, b: float | None, tolerance: float = CENTIME) -> bool:
    return a is not None and b is not None and abs(a - b) <= tolerance
