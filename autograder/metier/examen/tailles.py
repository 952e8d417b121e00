"""The three sizes of the written exam, read from the reference data (RE §3.1 and the CCP parts).

* « titre »: the title's written part (4 h): dashboard, slides and proposal;
* « ccp_prospection »: the CCP « Élaborer une stratégie de prospection et la mettre en œuvre »
  (1 h 30): dashboard and slides;
* « ccp_negociation »: the CCP « Négocier une solution technique et commerciale et consolider
  l'expérience client » (3 h): the proposal.

Durations and official wording come from data/referentiel/referentiel.json, never typed here; the
deliverables are what the official description asks for (a test checks they agree).
"""

from __future__ import annotations

from dataclasses import dataclass

from autograder.moteur import referentiel

LIVRABLES = {
    "tableau_de_bord": "Tableau de bord renseigné à partir des données fournies, avec l'analyse "
    "des résultats (classeur de tableur)",
    "diaporama": "Présentation de 10 à 12 diapositives avec les actions envisagées (logiciel de "
    "présentation)",
    "proposition": "Proposition technique et commerciale au prospect (traitement de texte)",
}
"""Deliverables of the written part, in the order of the official description."""
TAILLES = {
    "titre": ("tableau_de_bord", "diaporama", "proposition"),
    "ccp_prospection": ("tableau_de_bord", "diaporama"),
    "ccp_negociation": ("proposition",),
}


@dataclass(frozen=True)
class Epreuve:
    """The written part of the exam for one size."""

    taille: str
    intitule: str  # the title or the CCP, as the RE names it
    partie: str  # « Partie 1 : mise en situation écrite »
    duree_minutes: int
    consigne: str  # the RE's description of the written part, word for word
    livrables: tuple[str, ...]  # keys of LIVRABLES
    source: str


def epreuve(taille: str = "titre") -> Epreuve:
    """The written part for `taille` (« titre », « ccp_prospection » or « ccp_negociation »)."""
    if taille not in TAILLES:
        raise ValueError(
            f"Taille d'épreuve inconnue : {taille!r} ; tailles : " + ", ".join(TAILLES) + "."
        )
    ref = referentiel.charger()
    if taille == "titre":
        modalite = next(m for m in ref.modalites if m.id == "mise_en_situation")
        intitule = f"Titre professionnel {ref.source['titre']}"
        source = "RE §3.1, « Mise en situation professionnelle »"
    else:
        ccp = next(c for c in ref.certificats if c.id == taille)
        modalite = next(m for m in ccp.modalites if m.id == "mise_en_situation")
        intitule, source = f"CCP « {ccp.titre} »", ccp.source
    ecrite = modalite.parties[0]
    return Epreuve(
        taille=taille,
        intitule=intitule,
        partie=ecrite.titre,
        duree_minutes=ecrite.duree_minutes,
        consigne=ecrite.description,
        livrables=TAILLES[taille],
        source=source,
    )


def duree_et_livrables(taille: str) -> tuple[int, tuple[str, ...]]:
    """(minutes, deliverables) of the written part for `taille`."""
    e = epreuve(taille)
    return e.duree_minutes, e.livrables
