"""Sales KPI of the fictional company Hydralis (CP4: analyse one's performance).

The company spec lives in data/kpi/entreprise.json. `generer_ventes(graine)` builds one year of
monthly figures per sales rep, with an injected story (`scenario(graine)`): during one quarter,
one rep's leads, conversion rate or average basket drops clearly. The learner finds it with
`synthese` and `decomposer_ecart_ca`.

Every business formula (rates, gaps, average basket) comes from autograder.calculs.
"""

from __future__ import annotations

import copy
import functools
import json
from dataclasses import dataclass

import numpy as np
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
from autograder.moteur.nombres import MOIS
from autograder.moteur.paths import data_path

SEUIL_ALERTE = 0.90
"""Taux de réalisation en dessous duquel une ligne est signalée (90 % de l'objectif)."""

FACTEURS = FACTEURS_CA
COMPTES = ("leads", "rendez_vous", "devis", "ventes", "ca")
OBJECTIFS = ("objectif_leads", "objectif_ventes", "objectif_ca")
COLONNES = ("mois", "trimestre", "commercial", "region", *COMPTES, *OBJECTIFS)


@dataclass(frozen=True)
class Scenario:
    """Histoire injectée dans une variante : pendant le trimestre `trimestre` (2, 3 ou 4), le
    facteur `facteur` (« leads », « conversion » ou « panier ») de `commercial` baisse nettement.
    """

    commercial: str
    trimestre: int
    facteur: str


@functools.lru_cache(maxsize=1)
def _spec() -> dict:
    with open(data_path("kpi", "entreprise.json"), encoding="utf-8") as f:
        spec = json.load(f)
    if tuple(spec["saisonnalite"]) != MOIS:
        raise ValueError("entreprise.json : « saisonnalite » doit donner les 12 mois dans l'ordre.")
    if tuple(spec["scenario"]["facteurs"]) != FACTEURS:
        raise ValueError(f"entreprise.json : « scenario.facteurs » doit valoir {FACTEURS}.")
    return spec


def entreprise() -> dict:
    """Fiche de l'entreprise fictive (contenu de data/kpi/entreprise.json), à afficher en cours."""
    return copy.deepcopy(_spec())


def commerciaux() -> list[str]:
    """Noms des commerciaux (« Prénom Nom »), dans l'ordre de la fiche entreprise."""
    return [f"{c['prenom']} {c['nom']}" for c in _spec()["commerciaux"]]


def _verifier_graine(graine) -> int:
    if isinstance(graine, bool) or not isinstance(graine, (int, np.integer)) or graine < 0:
        raise ValueError(f"La graine doit être un entier positif ou nul (reçu : {graine!r}).")
    return int(graine)


def _tirer_scenario(graine: int) -> tuple[Scenario, float]:
    # Own random stream: the story does not depend on how many numbers the data generator draws.
    spec = _spec()["scenario"]
    rng = np.random.default_rng([_verifier_graine(graine), 4])
    noms = commerciaux()
    histoire = Scenario(
        commercial=noms[int(rng.integers(len(noms)))],
        trimestre=int(rng.choice(spec["trimestres"])),
        facteur=FACTEURS[int(rng.integers(len(FACTEURS)))],
    )
    return histoire, float(rng.uniform(spec["baisse_min"], spec["baisse_max"]))


def scenario(graine: int = 2025) -> Scenario:
    """Histoire injectée dans la variante `graine` : quel commercial, quel trimestre, quel facteur.

    Pendant ce trimestre, le facteur choisi baisse de 30 % à 45 % ; les deux autres restent
    proches de la normale. C'est le corrigé de l'analyse demandée à l'apprenant.
    """
    return _tirer_scenario(graine)[0]


def generer_ventes(graine: int = 2025) -> pd.DataFrame:
    """Tableau des ventes mensuelles d'Hydralis : une ligne par (mois, commercial), 12 × 6 lignes.

    Colonnes : mois (1er jour du mois), trimestre (1 à 4), commercial, region, leads, rendez_vous,
    devis, ventes, ca (chiffre d'affaires en € HT, arrondi à l'euro), objectif_leads,
    objectif_ventes, objectif_ca. La même graine donne toujours les mêmes chiffres ; l'histoire
    injectée est celle de ``scenario(graine)``.
    """
    spec = _spec()
    histoire, baisse = _tirer_scenario(graine)
    rng = np.random.default_rng(_verifier_graine(graine))
    bruit, politique = spec["variabilite"], spec["politique_objectifs"]
    reps = spec["commerciaux"]
    n = len(reps)

    def base(cle: str) -> np.ndarray:  # each variant gets slightly different reps
        valeurs = np.array([c[cle] for c in reps], dtype=float)
        return valeurs * rng.lognormal(0.0, bruit["dispersion_commerciaux"], n)

    leads_base = base("leads_mensuels")
    t_rdv = np.minimum(base("taux_rendez_vous"), 0.95)
    t_devis = np.minimum(base("taux_devis"), 0.95)
    t_sign = np.minimum(base("taux_signature"), 0.95)
    panier_base = base("panier_moyen")
    saison = np.array(list(spec["saisonnalite"].values()))[:, None]  # (12, 1)

    # Objectives (policy of data/kpi/entreprise.json), from the reps' normal potential.
    leads_attendus = leads_base * saison  # (12, n)
    obj_leads = np.maximum(1, np.rint(leads_attendus * (1 + politique["progression_leads"])))
    obj_ventes = np.maximum(1, np.rint(obj_leads * t_rdv * t_devis * t_sign))
    arrondi = politique["arrondi_objectif_ca"]
    panier_cible = panier_base * (1 + politique["progression_panier"])
    obj_ca = np.maximum(arrondi, np.rint(obj_ventes * panier_cible / arrondi) * arrondi)

    # The story: one factor of one rep drops during one quarter.
    chute = {f: np.ones((12, n)) for f in FACTEURS}
    t, j = histoire.trimestre, commerciaux().index(histoire.commercial)
    chute[histoire.facteur][3 * (t - 1) : 3 * t, j] = 1.0 - baisse

    def etape(x: np.ndarray) -> np.ndarray:
        return x * rng.lognormal(0.0, bruit["bruit_taux_etape"], (12, n))

    leads = np.maximum(
        1,
        np.rint(
            leads_attendus * chute["leads"] * rng.lognormal(0.0, bruit["bruit_leads"], (12, n))
        ),
    )
    rdv = np.clip(np.rint(etape(leads * t_rdv)), 1, leads)
    devis = np.clip(np.rint(etape(rdv * t_devis)), 1, rdv)
    ventes = np.clip(np.rint(etape(devis * t_sign * chute["conversion"])), 1, devis)
    paniers = panier_base * chute["panier"] * rng.lognormal(0.0, bruit["bruit_panier"], (12, n))
    ca = np.rint(ventes * paniers)

    mois = pd.date_range(f"{spec['annee']}-01-01", periods=12, freq="MS")
    entiers = {
        "leads": leads,
        "rendez_vous": rdv,
        "devis": devis,
        "ventes": ventes,
        "ca": ca,
        "objectif_leads": obj_leads,
        "objectif_ventes": obj_ventes,
        "objectif_ca": obj_ca,
    }
    return pd.DataFrame(
        {
            "mois": np.repeat(mois.values, n),
            "trimestre": np.repeat(np.arange(12) // 3 + 1, n).astype("int64"),
            "commercial": commerciaux() * 12,
            "region": [c["region"] for c in reps] * 12,
            **{k: v.reshape(-1).astype("int64") for k, v in entiers.items()},
        },
        columns=list(COLONNES),
    )


def _mois_de_trimestre(trimestre) -> tuple[int, int]:
    if isinstance(trimestre, tuple) and len(trimestre) == 2:
        debut, fin = trimestre
        if (
            all(isinstance(m, (int, np.integer)) and 1 <= m <= 12 for m in trimestre)
            and debut <= fin
        ):
            return int(debut), int(fin)
    elif isinstance(trimestre, (int, np.integer)) and not isinstance(trimestre, bool):
        if 1 <= trimestre <= 4:
            return 3 * int(trimestre) - 2, 3 * int(trimestre)
    raise ValueError(
        "trimestre : donnez un numéro de trimestre (1 à 4) ou un couple de mois (début, fin), "
        f"par exemple (1, 6) pour le premier semestre (reçu : {trimestre!r})."
    )


def filtrer(ventes: pd.DataFrame, trimestre=None, commercial=None, region=None) -> pd.DataFrame:
    """Lignes de `ventes` retenues par le filtre ; None = pas de filtre sur ce critère.

    - trimestre : 1 à 4, ou un couple de mois (début, fin) inclus, ex. (1, 6) = premier semestre ;
    - commercial : un nom « Prénom Nom » (ou une liste de noms) ;
    - region : une région (ou une liste de régions).
    Un filtre qui ne retient rien renvoie un tableau vide (mêmes colonnes).
    """
    garder = pd.Series(True, index=ventes.index)
    if trimestre is not None:
        debut, fin = _mois_de_trimestre(trimestre)
        garder &= ventes["mois"].dt.month.between(debut, fin)
    for colonne, valeur in (("commercial", commercial), ("region", region)):
        if valeur is not None:
            valeurs = [valeur] if isinstance(valeur, str) else list(valeur)
            garder &= ventes[colonne].isin(valeurs)
    return ventes.loc[garder].reset_index(drop=True)


def _ratios(total: pd.DataFrame) -> pd.DataFrame:
    """Adds the KPI columns to summed rows, one row at a time with autograder.calculs."""
    lignes = total.to_dict("records")
    total["taux_conversion"] = [taux_de_conversion(r["ventes"], r["leads"]) for r in lignes]
    total["panier_moyen"] = [panier_moyen(r["ca"], r["ventes"]) for r in lignes]
    total["ecart_ca"] = [ecart(r["ca"], r["objectif_ca"]) for r in lignes]
    total["ecart_relatif_ca"] = [ecart_relatif(r["ca"], r["objectif_ca"]) for r in lignes]
    total["taux_realisation_ca"] = [taux_de_realisation(r["ca"], r["objectif_ca"]) for r in lignes]
    return total


def synthese(ventes: pd.DataFrame, par="commercial") -> pd.DataFrame:
    """Totaux et indicateurs par groupe : une ligne par valeur de `par`.

    `par` : un nom de colonne (« commercial », « region », « trimestre », « mois »), une liste de
    colonnes, ou None pour une seule ligne « Total ». Colonnes : leads, rendez_vous, devis,
    ventes, ca, objectif_leads, objectif_ventes, objectif_ca (sommes), puis taux_conversion
    (ventes / leads), panier_moyen (ca / ventes), ecart_ca (ca − objectif_ca), ecart_relatif_ca
    et taux_realisation_ca (ca / objectif_ca), calculés avec autograder.calculs.
    """
    if ventes.empty:
        raise ValueError("Aucune ligne à synthétiser : le filtre n'a retenu aucune donnée.")
    sommes = [c for c in (*COMPTES, *OBJECTIFS) if c in ventes.columns]
    if par is None:
        total = ventes[sommes].sum().to_frame("Total").T.astype("int64")
    else:
        cles = [par] if isinstance(par, str) else list(par)
        inconnues = [c for c in cles if c not in ventes.columns]
        if inconnues:
            raise ValueError(
                f"synthese : colonne(s) inconnue(s) {inconnues} ; "
                f"colonnes disponibles : {list(ventes.columns)}."
            )
        total = ventes.groupby(par, sort=False)[sommes].sum()
    return _ratios(total)


def decomposer_ecart_ca(ventes: pd.DataFrame, commercial: str, trimestre) -> dict:
    """Décompose l'écart de CA d'un commercial sur un trimestre (méthode des substitutions
    successives).

    CA = leads × taux de conversion × panier moyen, avec taux de conversion = ventes / leads et
    panier moyen = CA / ventes. Valeurs de référence (indice 0) = objectifs : L0 = objectif_leads,
    c0 = objectif_ventes / objectif_leads, p0 = objectif_ca / objectif_ventes ; valeurs réalisées
    (indice 1) : L1, c1, p1. On remplace les facteurs un par un, dans l'ordre
    leads → conversion → panier :

    - effet_leads = (L1 − L0) × c0 × p0
    - effet_conversion = L1 × (c1 − c0) × p0
    - effet_panier = L1 × c1 × (p1 − p0)

    La somme des trois effets est égale à l'écart total CA1 − CA0. Attention : l'ordre des
    substitutions change la valeur de chaque effet (pas leur somme) ; c'est une convention, il
    faut l'annoncer. `trimestre` : 1 à 4 ou couple de mois (début, fin).

    Renvoie un dict : ecart_total, effet_leads, effet_conversion, effet_panier (en €) et
    facteur_principal (« leads », « conversion » ou « panier » : l'effet le plus négatif).
    """
    lignes = filtrer(ventes, trimestre=trimestre, commercial=commercial)
    if lignes.empty:
        raise ValueError(f"Aucune donnée pour {commercial!r} sur la période {trimestre!r}.")
    s = lignes[[*COMPTES, *OBJECTIFS]].sum()
    return decomposition_ecart_ca(
        (s["objectif_leads"], s["objectif_ventes"], s["objectif_ca"]),
        (s["leads"], s["ventes"], s["ca"]),
    )
