"""Bilan d'activité commerciale (CP8) : période, réalisé tiré du CRM, objectifs, écarts.

* ``periode("2025-T3")`` (aussi ``"2025-S1"``, ``"2025"``, ``"2025-07"`` ou deux dates ISO) :
  une période validée, avec un message en français si elle est mal écrite ou hors de la base ;
* ``activite(con, p, commercial)`` : leads, visites, devis, commandes, CA HT, panier moyen et
  taux, calculés sur la base CRM (``autograder.crm``) avec les formules de ``autograder.calculs`` ;
* ``objectifs(p, commercial)`` : objectifs 2025 (``data/bilan/objectifs.json``) ;
* ``comparer(realise, objectif)`` : objectif, réalisé, écart, écart relatif, taux de réalisation ;
* ``decomposer_ecart`` : écart de CA décomposé en effets leads, conversion et panier ;
* ``aide_en_francais()`` (de ``autograder.moteur.aide``) : sous une erreur SQL ou pandas, un indice
  en français.

Le rapport (HTML, PDF et document Word) est dans ``autograder.metier.bilan.rapport``.
"""

from __future__ import annotations

import calendar
import json
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import cache

import pandas as pd

from autograder.calculs import (
    FACTEURS_CA,
    decomposition_ecart_ca,
    ecart,
    ecart_relatif,
    panier_moyen,
    taux_de_conversion,
    taux_de_realisation,
)
from autograder.moteur.aide import aide_en_francais, indice  # noqa: F401 (used by the notebooks)
from autograder.moteur.nombres import MOIS
from autograder.moteur.paths import data_path

DEBUT_CRM, FIN_CRM = date(2024, 1, 1), date(2025, 12, 31)
LIBELLES = {
    "leads": "Leads",
    "visites": "Visites",
    "commandes": "Commandes",
    "ca": "Chiffre d'affaires HT",
}
_FORMES = "« 2025-T3 » (trimestre), « 2025-S1 » (semestre), « 2025 » (année), « 2025-07 » (mois)"


class ErreurBilan(ValueError):
    """Période, commercial ou donnée inutilisable : le message, en français, dit quoi corriger."""


@dataclass(frozen=True)
class Periode:
    """Période du bilan, bornes comprises (dates ISO, comme dans le CRM)."""

    debut: str
    fin: str
    libelle: str

    @property
    def params(self) -> dict[str, str]:
        """Paramètres d'une requête SQL : ``WHERE date BETWEEN :debut AND :fin``."""
        return {"debut": self.debut, "fin": self.fin}

    @property
    def dates(self) -> str:
        """Les bornes écrites pour un lecteur : « du 01/07/2025 au 30/09/2025 »."""
        return f"du {_jour(self.debut)} au {_jour(self.fin)}"

    def contient(self, dates: pd.Series) -> pd.Series:
        """Masque pandas des dates (texte ISO) comprises dans la période, bornes incluses."""
        return dates.between(self.debut, self.fin)

    def trimestres(self) -> list[tuple[int, int]]:
        """Trimestres entiers qui composent la période ; erreur si elle n'en est pas faite."""
        d, f = date.fromisoformat(self.debut), date.fromisoformat(self.fin)
        if d.month % 3 != 1 or d.day != 1 or f != _fin_de_mois(f.year, f.month) or f.month % 3:
            raise ErreurBilan(
                f"Les objectifs sont fixés par trimestre entier : la période {self.libelle} "
                f"({_jour(self.debut)} → {_jour(self.fin)}) n'est pas faite de trimestres entiers."
            )
        sortie, (a, t) = [], (d.year, (d.month - 1) // 3 + 1)
        while (a, t) <= (f.year, (f.month - 1) // 3 + 1):
            sortie.append((a, t))
            a, t = (a + 1, 1) if t == 4 else (a, t + 1)
        return sortie


def _fin_de_mois(annee: int, mois: int) -> date:
    return date(annee, mois, calendar.monthrange(annee, mois)[1])


def _jour(iso: str) -> str:
    return date.fromisoformat(iso).strftime("%d/%m/%Y")


def _valider(debut: date, fin: date, libelle: str) -> Periode:
    if fin < debut:
        raise ErreurBilan(
            f"Période à l'envers : le début ({debut:%d/%m/%Y}) est après la fin ({fin:%d/%m/%Y})."
        )
    if debut < DEBUT_CRM or fin > FIN_CRM:
        raise ErreurBilan(
            f"La période {libelle} ({debut:%d/%m/%Y} → {fin:%d/%m/%Y}) sort de la base CRM, qui "
            f"couvre le {DEBUT_CRM:%d/%m/%Y} au {FIN_CRM:%d/%m/%Y}."
        )
    return Periode(debut.isoformat(), fin.isoformat(), libelle)


def periode(texte, fin=None) -> Periode:
    """Période du bilan : ``periode("2025-T3")``, ``"2025-S1"``, ``"2025"``, ``"2025-07"``, ou
    deux dates ``periode("2025-07-01", "2025-09-30")`` (bornes comprises).

    >>> periode("2025-T3")
    Periode(debut='2025-07-01', fin='2025-09-30', libelle='T3 2025')
    """
    if fin is not None:
        try:
            d, f = date.fromisoformat(str(texte)), date.fromisoformat(str(fin))
        except ValueError:
            raise ErreurBilan(
                f"Dates illisibles ({texte!r}, {fin!r}) : écrivez-les AAAA-MM-JJ, par exemple "
                'periode("2025-07-01", "2025-09-30").'
            ) from None
        return _valider(d, f, f"du {d:%d/%m/%Y} au {f:%d/%m/%Y}")
    if not isinstance(texte, str | int) or isinstance(texte, bool):
        raise ErreurBilan(f"Période illisible ({texte!r}) : écrivez par exemple {_FORMES}.")
    t = str(texte).strip().upper().replace(" ", "")
    if m := re.fullmatch(r"(\d{4})-?T([1-4])", t):
        a, n = int(m[1]), int(m[2])
        return _valider(date(a, 3 * n - 2, 1), _fin_de_mois(a, 3 * n), f"T{n} {a}")
    if m := re.fullmatch(r"(\d{4})-?S([12])", t):
        a, n = int(m[1]), int(m[2])
        return _valider(date(a, 6 * n - 5, 1), _fin_de_mois(a, 6 * n), f"S{n} {a}")
    if m := re.fullmatch(r"\d{4}", t):
        a = int(t)
        return _valider(date(a, 1, 1), date(a, 12, 31), f"année {a}")
    if (m := re.fullmatch(r"(\d{4})-(\d{2})", t)) and 1 <= int(m[2]) <= 12:
        a, n = int(m[1]), int(m[2])
        return _valider(date(a, n, 1), _fin_de_mois(a, n), f"{MOIS[n - 1]} {a}")
    raise ErreurBilan(f"Période illisible : « {texte} ». Écrivez par exemple {_FORMES}.")


def meme_periode_annee_precedente(p: Periode) -> Periode:
    """La même période un an plus tôt (comparaison « en glissement annuel »)."""
    d, f = date.fromisoformat(p.debut), date.fromisoformat(p.fin)
    f_avant = _fin_de_mois(f.year - 1, f.month) if f.day >= 28 else f.replace(year=f.year - 1)
    libelle = re.sub(r"\d{4}", lambda m: str(int(m[0]) - 1), p.libelle)
    return _valider(d.replace(year=d.year - 1), f_avant, libelle)


def periode_precedente(p: Periode) -> Periode:
    """La période de même durée en mois qui précède (T3 → T2, S1 2025 → S2 2024)."""
    d = date.fromisoformat(p.debut)
    f = date.fromisoformat(p.fin)
    mois = (f.year - d.year) * 12 + f.month - d.month + 1
    fin_avant = d - timedelta(days=1)
    n = fin_avant.year * 12 + fin_avant.month - 1 - (mois - 1)
    debut_avant = date(n // 12, n % 12 + 1, 1)
    return _valider(debut_avant, fin_avant, f"{mois} mois avant {p.libelle}")


# -- le réalisé, tiré du CRM --------------------------------------------------------------------


def commerciaux(con: sqlite3.Connection) -> list[str]:
    return [r[0] for r in con.execute("SELECT nom_complet FROM commerciaux ORDER BY id")]


def _filtre(con, commercial, colonne="commercial") -> tuple[str, dict]:
    if commercial is None:
        return "", {}
    connus = commerciaux(con)
    if commercial not in connus:
        raise ErreurBilan(
            f"Commercial inconnu : « {commercial} ». Commerciaux de la base : {', '.join(connus)}."
        )
    return f" AND {colonne} = :commercial", {"commercial": commercial}


def activite(con: sqlite3.Connection, p: Periode, commercial: str | None = None) -> dict:
    """Activité d'un commercial (ou de toute l'équipe si ``commercial`` est None) sur ``p``.

    Comptes : leads, leads convertis, visites, interactions, devis, devis acceptés, commandes,
    ca (HT, au centime). Ratios (None si le dénominateur est nul) : panier_moyen,
    taux_conversion (commandes / leads), taux_transformation_devis (acceptés / émis).
    """
    filtre, params = _filtre(con, commercial)
    fo, _ = _filtre(con, commercial, "o.commercial")
    params |= p.params

    def un(sql: str):
        return con.execute(sql, params).fetchone()[0]

    periode_sql = " WHERE date BETWEEN :debut AND :fin"
    r = {
        "leads": un("SELECT COUNT(*) FROM leads" + periode_sql + filtre),
        "leads_convertis": un(
            "SELECT COUNT(*) FROM leads" + periode_sql + " AND statut = 'converti'" + filtre
        ),
        "interactions": un("SELECT COUNT(*) FROM interactions" + periode_sql + filtre),
        "visites": un("SELECT COUNT(*) FROM interactions" + periode_sql + " AND type = 'visite'"
                      + filtre),
        "devis": un("SELECT COUNT(*) FROM devis AS d JOIN opportunites AS o ON o.id = "
                    "d.opportunite_id WHERE d.date BETWEEN :debut AND :fin" + fo),
        "devis_acceptes": un("SELECT COUNT(*) FROM devis AS d JOIN opportunites AS o ON o.id = "
                             "d.opportunite_id WHERE d.date BETWEEN :debut AND :fin "
                             "AND d.statut = 'accepté'" + fo),
        "commandes": un("SELECT COUNT(*) FROM commandes" + periode_sql + filtre),
        "ca": round(un("SELECT COALESCE(SUM(montant_ht), 0) FROM commandes" + periode_sql
                       + filtre), 2),
    }  # fmt: skip
    r["panier_moyen"] = panier_moyen(r["ca"], r["commandes"]) if r["commandes"] else None
    r["taux_conversion"] = (
        taux_de_conversion(r["commandes"], r["leads"])
        if r["leads"] and r["commandes"] <= r["leads"]
        else None
    )
    r["taux_transformation_devis"] = (
        taux_de_conversion(r["devis_acceptes"], r["devis"]) if r["devis"] else None
    )
    return r


def activite_mensuelle(con: sqlite3.Connection, p: Periode, commercial=None) -> pd.DataFrame:
    """Leads, visites, commandes et CA HT mois par mois (index « AAAA-MM », mois vides à 0)."""
    filtre, params = _filtre(con, commercial)
    params |= p.params
    mois = pd.period_range(p.debut, p.fin, freq="M").strftime("%Y-%m")
    requetes = {
        "leads": "SELECT substr(date, 1, 7) AS mois, COUNT(*) FROM leads",
        "visites": "SELECT substr(date, 1, 7) AS mois, COUNT(*) FROM interactions",
        "commandes": "SELECT substr(date, 1, 7) AS mois, COUNT(*) FROM commandes",
        "ca": "SELECT substr(date, 1, 7) AS mois, SUM(montant_ht) FROM commandes",
    }
    table = pd.DataFrame(index=pd.Index(mois, name="mois"))
    for nom, debut in requetes.items():
        sql = debut + " WHERE date BETWEEN :debut AND :fin" + filtre
        if nom == "visites":
            sql += " AND type = 'visite'"
        valeurs = dict(con.execute(sql + " GROUP BY mois", params).fetchall())
        table[nom] = [valeurs.get(m, 0) for m in mois]
    table["ca"] = table["ca"].astype(float).round(2)
    return table


# -- les objectifs ------------------------------------------------------------------------------


@cache
def _fichier_objectifs() -> dict:
    return json.loads(data_path("bilan", "objectifs.json").read_text(encoding="utf-8"))


def _arrondi(x: Decimal, pas: int) -> int:
    return int((x / pas).quantize(Decimal(1), rounding=ROUND_HALF_UP) * pas)


def objectifs(p: Periode, commercial: str | None = None) -> dict[str, int]:
    """Objectifs de la période (trimestres entiers de 2025) : leads, visites, commandes, ca.

    Objectif d'un trimestre = objectif annuel × part du trimestre, arrondi ; objectif d'une
    période plus longue = somme des trimestres ; équipe (``commercial=None``) = somme des six.
    """
    f = _fichier_objectifs()
    noms = list(f["commerciaux"])
    if commercial is not None and commercial not in noms:
        raise ErreurBilan(f"Pas d'objectif pour « {commercial} ». Commerciaux : {', '.join(noms)}.")
    total = dict.fromkeys(f["arrondis"], 0)
    for annee, t in p.trimestres():
        if annee != f["annee"]:
            raise ErreurBilan(
                f"Les objectifs sont fixés pour {f['annee']} seulement (période demandée : "
                f"{p.libelle})."
            )
        part = Decimal(str(f["repartition_trimestrielle"][t - 1]))
        for nom in [commercial] if commercial else noms:
            for ind, pas in f["arrondis"].items():
                total[ind] += _arrondi(Decimal(f["commerciaux"][nom][ind]) * part, pas)
    return total


# -- objectif contre réalisé --------------------------------------------------------------------


def comparer(realise: dict, objectif: dict) -> pd.DataFrame:
    """Tableau objectif / réalisé : une ligne par indicateur commun aux deux dictionnaires.

    Colonnes : objectif, realise, ecart (réalisé − objectif, positif = dépassement),
    ecart_relatif et taux_realisation (fractions), tous de ``autograder.calculs``.
    """
    lignes = []
    for ind, libelle in LIBELLES.items():
        if ind in objectif and ind in realise:
            o, r = objectif[ind], realise[ind]
            lignes.append(
                {
                    "indicateur": libelle,
                    "objectif": o,
                    "realise": r,
                    "ecart": ecart(r, o),
                    "ecart_relatif": ecart_relatif(r, o),
                    "taux_realisation": taux_de_realisation(r, o),
                }
            )
    if not lignes:
        raise ErreurBilan(
            f"Aucun indicateur commun entre le réalisé et l'objectif (attendus : {list(LIBELLES)})."
        )
    return pd.DataFrame(lignes).set_index("indicateur")


FACTEURS = FACTEURS_CA


def decomposer_ecart(realise: dict, objectif: dict) -> dict:
    """Écart de CA = effet leads + effet conversion + effet panier (substitutions successives).

    CA = leads × taux de conversion (commandes / leads) × panier moyen (CA / commandes). On
    remplace les valeurs objectif par les valeurs réalisées dans l'ordre leads → conversion →
    panier ; la somme des trois effets est l'écart total. ``facteur_principal`` est le facteur
    à l'effet le plus défavorable (le plus négatif).
    """
    for quoi, d in (("réalisé", realise), ("objectif", objectif)):
        if not d.get("commandes") or not d.get("leads"):
            raise ErreurBilan(
                f"Décomposition impossible : le {quoi} n'a pas de commande ou pas de lead."
            )
    return decomposition_ecart_ca(
        (objectif["leads"], objectif["commandes"], objectif["ca"]),
        (realise["leads"], realise["commandes"], realise["ca"]),
    )


def clients_sans_contrat(con: sqlite3.Connection, commercial: str | None = None) -> pd.DataFrame:
    """Opportunités de vente croisée : entreprises du portefeuille avec au moins une pompe en
    service et aucun contrat de maintenance en service (une ligne par entreprise)."""
    filtre, params = _filtre(con, commercial, "e.commercial")
    sql = (
        "SELECT e.id, e.raison_sociale, e.secteur, e.ville, e.commercial, COUNT(*) AS pompes "
        "FROM solutions_en_service AS s JOIN entreprises AS e ON e.id = s.entreprise_id "
        "WHERE s.type = 'pompe' AND s.statut = 'en service'" + filtre + " AND NOT EXISTS ("
        "SELECT 1 FROM solutions_en_service AS c WHERE c.entreprise_id = e.id "
        "AND c.type = 'contrat' AND c.statut = 'en service') "
        "GROUP BY e.id ORDER BY pompes DESC, e.raison_sociale"
    )
    return pd.read_sql(sql, con, params=params)
