"""The exam's dashboard deliverable (written case study): template, expected figures, checks.

* ``ecrire_modele(chemin, ventes, periode=None, entreprise="")``: the blank .xlsx handed to the
  learner (see ``tableau_modele``);
* ``attendus(ventes, periode=None)``: the figures expected in each yellow cell, computed with
  ``autograder.calculs``, with the typical wrong results (``Piege``) and their message;
* ``controler_tableau(chemin, attendus)``: the checks of the learner's workbook (see
  ``tableau_controle``); ``score(controles)`` = share of the graded checks passed.

Conventions (said on the template or in the messages):
  écart = CA réalisé − objectif (positive when the objective is exceeded);
  taux de réalisation = CA réalisé ÷ objectif de CA;
  panier moyen = CA HT ÷ nombre de ventes (orders), never ÷ devis;
  taux de transformation = ventes ÷ devis (quotes turned into orders);
  évolution = (CA du trimestre − CA du trimestre précédent) ÷ CA du trimestre précédent;
  the team's rates and basket are computed on the team's totals, not averaged over the reps.
"""

from __future__ import annotations

from dataclasses import dataclass

from autograder.calculs import (
    ecart,
    ecart_relatif,
    panier_moyen,
    taux_de_conversion,
    taux_de_realisation,
)
from autograder.metier.examen.tableau_controle import (
    Controle,
    TableauIllisible,
    controler_tableau,
    score,
)
from autograder.metier.examen.tableau_modele import (
    BLOCS,
    TOTAL,
    commerciaux,
    ecrire_modele,
    periode_analyse,
    trimestre,
    trimestres,
)

__all__ = [
    "Attendu",
    "Attendus",
    "Controle",
    "Piege",
    "TableauIllisible",
    "attendus",
    "controler_tableau",
    "ecrire_modele",
    "score",
]

SOMMEES = ("leads", "rendez_vous", "devis", "ventes", "ca_ht", "objectif_ca_ht", "objectif_ventes",
           "marge_brute")  # fmt: skip
HORS_PERIODE = ("Vous avez pris tous les mois de la feuille « Données » : ne gardez que ceux de la "
                "période analysée.")  # fmt: skip
MOYENNE = ("La ligne « {total} » n'est pas la moyenne des lignes des commerciaux : calculez-la sur "
           "les totaux de l'équipe ({formule}).")  # fmt: skip


@dataclass(frozen=True)
class Piege:
    """A typical wrong result: the value the wrong calculation gives, and what to say."""

    valeur: float
    message: str
    nature: str


@dataclass(frozen=True)
class Attendu:
    bloc: str  # "commerciaux" or "trimestres"
    ligne: str  # row label: a rep, « Total équipe » or a quarter
    cle: str  # indicator key (tableau_modele.PAR_COMMERCIAL / PAR_TRIMESTRE)
    titre: str
    nature: str  # "euros", "taux" or "entier"
    valeur: float | None  # None: nothing to compute (no previous quarter, no order…)
    pieges: tuple[Piege, ...] = ()


@dataclass(frozen=True)
class Attendus:
    periode: tuple[str, str]
    commerciaux: tuple[str, ...]
    trimestres: tuple[str, ...]
    cellules: tuple[Attendu, ...]

    def valeur(self, bloc: str, ligne: str, cle: str) -> float | None:
        return next(
            c.valeur for c in self.cellules if (c.bloc, c.ligne, c.cle) == (bloc, ligne, cle)
        )


def _sommes(table) -> dict[str, float]:
    return {c: round(float(table[c].sum()), 2) for c in SOMMEES}


def _division(a: float, b: float) -> float | None:
    return a / b if b else None


def _sur(calcul, *args) -> float | None:
    """The right calculation, or None when it has no meaning here (no order, no objective)."""
    try:
        return calcul(*args)
    except ValueError:
        return None


def _attendus(bloc: str, ligne: str, valeurs: dict, pieges: dict) -> list[Attendu]:
    return [
        Attendu(bloc, ligne, i.cle, i.titre, i.nature, valeurs[i.cle],
                tuple(Piege(*x) for x in pieges.get(i.cle, ()) if x[0] is not None))
        for i in BLOCS[bloc][2]
    ]  # fmt: skip


def _pieges_objectif(s: dict) -> dict[str, list]:
    """Traps shared by a rep's row and a quarter (s = sums): CA, objective, achievement rate."""
    ca, obj = s["ca_ht"], s["objectif_ca_ht"]
    return {
        "ca": [(s["marge_brute"], "Vous avez additionné la marge brute, pas le CA HT.", "euros"),
               (obj, "C'est l'objectif de CA, pas le CA réalisé.", "euros")],
        "objectif": [(ca, "C'est le CA réalisé, pas l'objectif.", "euros")],
        "taux_realisation": [
            (_division(obj, ca), "Rapport inversé : le taux de réalisation est réalisé ÷ objectif.",
             "taux"),
            (_sur(ecart_relatif, ca, obj), "Vous avez calculé l'écart relatif ((réalisé − "
             "objectif) ÷ objectif), pas le taux de réalisation (réalisé ÷ objectif).", "taux"),
        ],
    }  # fmt: skip


def _ligne_commercial(nom: str, p: dict, tout: dict, moyennes: dict | None) -> list[Attendu]:
    """The 7 figures of one row of block 1: p = sums over the period, tout = over all months."""
    ca, obj, v, d = p["ca_ht"], p["objectif_ca_ht"], p["ventes"], p["devis"]
    valeurs = {
        "ca": ca,
        "objectif": obj,
        "ecart": ecart(ca, obj),
        "taux_realisation": _sur(taux_de_realisation, ca, obj),
        "ventes": v,
        "panier": _sur(panier_moyen, ca, v),
        "transformation": _sur(taux_de_conversion, v, d),
    }
    devis = "le taux de transformation des devis est ventes ÷ devis."
    pieges = _pieges_objectif(p) | {
        "ecart": [
            (ecart(obj, ca), "Signe inversé : l'écart est réalisé − objectif, positif quand "
             "l'objectif est dépassé.", "euros"),
            (_sur(ecart_relatif, ca, obj), "Vous avez calculé l'écart relatif (en %) : l'écart "
             "demandé est en euros (réalisé − objectif).", "taux"),
        ],
        "ventes": [(d, "C'est le nombre de devis, pas de ventes (commandes).", "entier"),
                   (p["objectif_ventes"], "C'est l'objectif de ventes, pas le réalisé.", "entier"),
                   (tout["ventes"], HORS_PERIODE, "entier")],
        "panier": [
            (_division(ca, d), "Panier moyen calculé sur les devis : c'est le CA HT ÷ le nombre "
             "de ventes (commandes).", "euros"),
            (_division(p["marge_brute"], v), "Vous avez divisé la marge brute : le panier moyen "
             "se calcule sur le CA HT.", "euros"),
        ],
        "transformation": [
            (_division(d, v), f"Rapport inversé : {devis}", "taux"),
            (_division(v, p["leads"]), f"Vous avez divisé par les leads : {devis}", "taux"),
            (_division(v, p["rendez_vous"]), f"Vous avez divisé par les rendez-vous : {devis}",
             "taux"),
        ],
    }  # fmt: skip
    pieges["ca"].append((tout["ca_ht"], HORS_PERIODE, "euros"))
    pieges["objectif"].append((tout["objectif_ca_ht"], HORS_PERIODE, "euros"))
    if moyennes:
        formules = {"taux_realisation": "CA total ÷ objectif total",
                    "panier": "CA total ÷ ventes totales",
                    "transformation": "ventes totales ÷ devis totaux"}  # fmt: skip
        for cle, formule in formules.items():
            message = MOYENNE.format(total=TOTAL, formule=formule)
            pieges[cle].append((moyennes[cle], message, "euros" if cle == "panier" else "taux"))
    return _attendus("commerciaux", nom, valeurs, pieges)


def _ligne_trimestre(trim: str, q: dict, precedent: dict | None) -> list[Attendu]:
    ca, obj = q["ca_ht"], q["objectif_ca_ht"]
    avant = precedent["ca_ht"] if precedent else None
    valeurs = {
        "ca": ca,
        "objectif": obj,
        "taux_realisation": _sur(taux_de_realisation, ca, obj),
        # Evolution = (CA − previous CA) ÷ previous CA: ecart_relatif with the previous quarter
        # as the reference.
        "evolution": _sur(ecart_relatif, ca, avant) if avant else None,
    }
    pieges = _pieges_objectif(q)
    if avant:
        pieges["evolution"] = [
            (ca / avant, "Vous avez calculé l'indice (CA ÷ CA précédent) : l'évolution est "
             "(CA − CA précédent) ÷ CA précédent.", "taux"),
            (_division(ca - avant, ca), "Divisez par le CA du trimestre précédent (la "
             "référence), pas par celui du trimestre.", "taux"),
            ((avant - ca) / avant, "Signe inversé : une hausse du CA donne une évolution "
             "positive.", "taux"),
        ]  # fmt: skip
    return _attendus("trimestres", trim, valeurs, pieges)


def attendus(ventes, periode=None) -> Attendus:
    """The expected figures of the dashboard for the analysis period (default: the last complete
    calendar year of the data, see ``tableau_modele.periode_analyse``)."""
    periode = periode_analyse(ventes, periode)
    dans = ventes[(ventes["mois"] >= periode[0]) & (ventes["mois"] <= periode[1])]
    noms, trims = commerciaux(ventes), trimestres(ventes, periode)
    cellules: list[Attendu] = []
    lignes = {}
    for nom in noms:
        p, tout = (
            _sommes(dans[dans["commercial"] == nom]),
            _sommes(ventes[ventes["commercial"] == nom]),
        )
        lignes[nom] = _ligne_commercial(nom, p, tout, None)
        cellules += lignes[nom]
    moyennes = {}
    for cle in ("taux_realisation", "panier", "transformation"):
        par_nom = [next(a.valeur for a in lignes[n] if a.cle == cle) for n in noms]
        if all(v is not None for v in par_nom):
            moyennes[cle] = sum(par_nom) / len(par_nom)
    moyennes = moyennes if len(moyennes) == 3 else None
    cellules += _ligne_commercial(TOTAL, _sommes(dans), _sommes(ventes), moyennes)
    precedent = None
    for trim in trims:
        q = _sommes(dans[[trimestre(m) == trim for m in dans["mois"]]])
        cellules += _ligne_trimestre(trim, q, precedent)
        precedent = q
    return Attendus(periode, tuple(noms), tuple(trims), tuple(cellules))
