"""The plan of the dashboard report (RE §3.1: « le candidat présente le compte rendu de son
analyse du tableau de bord. En s'appuyant sur le diaporama, il présente les actions qu'il compte
mener »): six steps, each a share of the time the data allows, the slides it rests on and the
official criteria it serves. The shares are the course's advice: half the time on the analysis
(figures, causes), a third on the actions, the rest to open and close.
"""

from __future__ import annotations

from dataclasses import dataclass

from autograder.metier.oral.sequence import partie


@dataclass(frozen=True)
class Etape:
    cle: str
    titre: str
    part: float  # share of the report's time
    diapositives: str  # the slides of a 10–12 slide deck it rests on
    contenu: str  # what to say
    criteres: tuple[str, ...]  # ids, among the report's criteria


ETAPES = (
    Etape("ouverture", "Ouverture", 0.07, "titre, contexte",
          "Qui vous êtes, l'entreprise, la période analysée et le plan de l'exposé.",
          ("CT1.2",)),
    Etape("chiffres", "Les chiffres et les écarts", 0.27, "chiffres clés, résultats par commercial",
          "Le réalisé face à l'objectif pour l'équipe puis par commercial : écart en euros, taux "
          "de réalisation, panier moyen, transformation ; un chiffre par idée, lu sur le "
          "graphique.", ("CP4.1", "CP4.2", "CP8.1", "CP8.2", "CT1.4")),
    Etape("causes", "Les causes", 0.20, "ce qui a porté les résultats, obstacles",
          "Pourquoi ces écarts : ce qui a porté les résultats, les obstacles, chaque cause "
          "appuyée sur un indicateur (peu de devis, ou des devis mal transformés ?).",
          ("CP4.3", "CP8.2")),
    Etape("actions", "Le plan d'actions", 0.33, "plan d'actions",
          "Chaque action : le constat chiffré qu'elle corrige, son objectif, ses moyens, son "
          "délai, son coût, son indicateur ; alignée sur les objectifs de l'entreprise.",
          ("CP4.4", "CP4.7", "CP8.3", "CP8.4")),
    Etape("suivi", "Suivi et ressources", 0.10, "suivi, ressources, risques",
          "Comment vous suivrez les actions (indicateurs, fréquence) et ce qu'elles coûtent en "
          "budget et en temps, compte tenu des contraintes.", ("CP4.5", "CP8.5")),
    Etape("conclusion", "Conclusion", 0.03, "conclusion",
          "Les deux ou trois idées à retenir, puis « Je suis prêt pour vos questions. »",
          ("CT1.3",)),
)  # fmt: skip


@dataclass(frozen=True)
class Minutage:
    etape: Etape
    debut: int  # seconds since the start of the report
    secondes: int

    @property
    def fin(self) -> int:
        return self.debut + self.secondes


def minutage(taille: str = "titre") -> list[Minutage]:
    """The steps timed on the report's duration (read from the data), rounded to 5 seconds; the
    last step takes what is left so that the total is exactly the time allowed."""
    total = partie("compte_rendu", taille).duree_minutes * 60
    sortie, debut = [], 0
    for i, e in enumerate(ETAPES):
        s = total - debut if i == len(ETAPES) - 1 else round(e.part * total / 5) * 5
        sortie.append(Minutage(e, debut, s))
        debut += s
    return sortie


def mm_ss(secondes: float) -> str:
    s = max(0, round(secondes))
    return f"{s // 60}:{s % 60:02d}"


def min_s(secondes: float) -> str:
    """« 4 min 05 s », « 40 s », « 15 min » (French spacing)."""
    s = max(0, round(secondes))
    m, r = divmod(s, 60)
    if not m:
        return f"{r}\u00a0s"
    return f"{m}\u00a0min" + (f"\u00a0{r:02d}\u00a0s" if r else "")
