"""The oral of the mise en situation professionnelle as a sequence of timed parts.

Durations and the RE's wording come from data/referentiel (`referentiel.partie_orale`). Which
official criteria a jury can observe in each part is the course's reading, not the RE's: the RE
§3.1 lists the competences the whole mise en situation evaluates, not a criterion per sub-part.
The reading keeps, for each part, the criteria whose wording describes what the candidate does in
it (the dashboard report shows KPI analysis and corrective actions, not a negotiation), and only
those of the competences the exam of that size evaluates (a CCP evaluates fewer).

For the jury kit and any oral assignment: `sequence_orale(taille) -> tuple[PartieOrale, ...]`.
"""

from __future__ import annotations

from dataclasses import dataclass

from autograder.moteur import referentiel
from autograder.moteur.referentiel import Critere

TAILLES = ("titre", "ccp_prospection", "ccp_negociation")

# The course's reading: criteria observable in each part (ids; wording read from the data).
CRITERES_PAR_PARTIE: dict[str, tuple[str, ...]] = {
    "preparation": (),  # the candidate alone, before the jury: nothing observed
    "compte_rendu": (
        "CP4.1", "CP4.2", "CP4.3", "CP4.4", "CP4.5", "CP4.7",
        "CP8.1", "CP8.2", "CP8.3", "CP8.4", "CP8.5",
        "CT1.2", "CT1.3", "CT1.4",
    ),
    "echange_travaux": (
        "CP4.3", "CP4.4", "CP4.5", "CP4.6", "CP8.3",
        "CT1.2", "CT4.3", "CT4.4", "CT5.3", "CT5.4",
    ),
    "prospection": ("CP3.1", "CP3.4", "CP5.1", "CT1.2", "CT1.3", "CT2.1", "CT2.2", "CT3.3"),
    "negociation": (
        "CP5.1", "CP6.6", "CP7.1", "CP7.2", "CP7.3", "CP7.4", "CP7.5", "CP7.6", "CP7.7",
        "CT1.2", "CT2.1", "CT2.2", "CT2.3", "CT2.4", "CT3.1", "CT3.2", "CT3.3", "CT3.4",
    ),
    "echange_negociation": ("CP6.5", "CP6.7", "CP6.8", "CT1.2", "CT2.5", "CT4.2", "CT4.3"),
}  # fmt: skip

# Why: one line per part, for the learner and the jury (the course's reading, said as such).
CE_QUI_EST_OBSERVE = {
    "preparation": "Le candidat se prépare seul : le jury n'observe rien.",
    "compte_rendu": "Le candidat parle seul, diaporama à l'appui : l'analyse des indicateurs et "
    "des écarts, les causes, les actions correctives et leurs ressources, un compte rendu clair, "
    "des visuels adaptés, le temps tenu.",
    "echange_travaux": "Le jury questionne les travaux : causes, choix des actions et des "
    "ressources, part de responsabilité du commercial, réalisme des mesures.",
    "prospection": "Au téléphone, face au jury qui joue les interlocuteurs : obtenir l'identité "
    "du responsable, présenter l'entreprise, créer la relation, fixer le rendez-vous.",
    "negociation": "En face à face : présentation personnalisée, posture d'expert-conseil, "
    "argumentation, traitement des objections, concessions, recherche de l'accord.",
    "echange_negociation": "Le jury questionne la négociation : faisabilité et rentabilité de la "
    "proposition, besoins futurs, analyse du résultat obtenu.",
}

# Time window of a part the candidate speaks alone (the dashboard report): the course's rule.
PART_MINIMALE = 0.8
"""Below 80 % of the time allowed, the jury's minutes are left unused: the analysis is thin."""
MARGE_SECONDES = 30
"""At the exam the jury stops the candidate at the end of the time: 30 s to finish a sentence,
not to open a new slide."""


@dataclass(frozen=True)
class PartieOrale:
    id: str
    titre: str
    duree_minutes: int
    description: str  # the RE's wording
    criteres: tuple[Critere, ...]  # official wording, from the data
    observe: str  # what the jury observes there (the course's reading)
    debut_minutes: int  # minutes since the start of the oral

    @property
    def fin_minutes(self) -> int:
        return self.debut_minutes + self.duree_minutes


def _verifier_taille(taille: str) -> None:
    if taille not in TAILLES:
        raise ValueError(
            f"Taille d'épreuve inconnue : {taille!r} ; tailles : " + ", ".join(TAILLES) + "."
        )


def competences_evaluees(taille: str = "titre") -> tuple[str, ...]:
    """The CP the mise en situation of this size evaluates (RE §3.1 or the CCP part)."""
    _verifier_taille(taille)
    if taille == "titre":
        mes = next(m for m in referentiel.modalites() if m.id == "mise_en_situation")
    else:
        ccp = next(c for c in referentiel.certificats() if c.id == taille)
        mes = next(m for m in ccp.modalites if m.id == "mise_en_situation")
    return mes.competences


def sequence_orale(taille: str = "titre") -> tuple[PartieOrale, ...]:
    """The oral's parts in order, with durations (RE) and the criteria observable in each.

    `taille`: « titre » (2 h 30), « ccp_prospection » (1 h) or « ccp_negociation » (1 h 45).
    A criterion of a CP the size does not evaluate is left out; CT criteria stay (RE §3.3: the
    transversal competences are evaluated through the CPs)."""
    _verifier_taille(taille)
    cps = set(competences_evaluees(taille))
    sortie, debut = [], 0
    for p in referentiel.partie_orale(taille).parties:
        ids = [i for i in CRITERES_PAR_PARTIE[p.id] if i.startswith("CT") or i.split(".")[0] in cps]
        sortie.append(
            PartieOrale(
                id=p.id,
                titre=p.titre,
                duree_minutes=p.duree_minutes,
                description=p.description,
                criteres=tuple(referentiel.critere(i) for i in ids),
                observe=CE_QUI_EST_OBSERVE[p.id],
                debut_minutes=debut,
            )
        )
        debut += p.duree_minutes
    return tuple(sortie)


def partie(ident: str, taille: str = "titre") -> PartieOrale:
    """One part of the oral; a French ValueError if this size has no such part."""
    for p in sequence_orale(taille):
        if p.id == ident:
            return p
    raise ValueError(f"L'oral de l'épreuve « {taille} » n'a pas de partie « {ident} ».")


def fenetre(p: PartieOrale) -> tuple[float, float]:
    """(shortest, longest) acceptable duration of a spoken part, in seconds."""
    secondes = p.duree_minutes * 60
    return secondes * PART_MINIMALE, secondes + MARGE_SECONDES
