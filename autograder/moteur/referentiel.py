"""The official reference (REAC + RE of title TP-00338 v07) as read-only data.

Loaded once from data/referentiel/referentiel.json; stdlib only (every grading kernel imports it).
Ids: CP4.2 is the 2nd criterion of CP4 (RE §3.2 order), CT3.1 the 1st criterion of CT3 (REAC order).
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from functools import lru_cache

from autograder.moteur.paths import data_path


@dataclass(frozen=True)
class Critere:
    id: str
    libelle: str
    competence: str


@dataclass(frozen=True)
class Competence:
    id: str
    titre: str
    criteres: tuple[Critere, ...]
    modalites: tuple[str, ...]
    activite: str | None
    transversale: bool
    evaluees_via: tuple[str, ...] = ()


@dataclass(frozen=True)
class Partie:
    titre: str
    duree_minutes: int | None
    description: str
    parties: tuple[Partie, ...] = ()
    id: str | None = None  # the sub-parts of an oral: preparation, compte_rendu, prospection…


@dataclass(frozen=True)
class Modalite:
    id: str
    titre: str
    duree_minutes: int | None
    description: str
    parties: tuple[Partie, ...]
    competences: tuple[str, ...]


@dataclass(frozen=True)
class Certificat:
    """A CCP of the title (RE, CCP parts): its activity and its exam modalities."""

    id: str
    titre: str
    activite: str
    source: str
    modalites: tuple[Modalite, ...]


@dataclass(frozen=True)
class Referentiel:
    source: dict
    activites: tuple[dict, ...]
    modalites: tuple[Modalite, ...]
    competences: tuple[Competence, ...]
    transversales: tuple[Competence, ...]
    criteres: dict[str, Critere]
    plateau_technique: tuple[dict, ...] = ()  # RE annex 1: a candidate's workstation and tools
    certificats: tuple[Certificat, ...] = ()  # the two CCP and their own exam


def _partie(d: dict) -> Partie:
    return Partie(
        titre=d["titre"],
        duree_minutes=d.get("duree_minutes"),
        description=d.get("description", ""),
        parties=tuple(_partie(p) for p in d.get("parties", ())),
        id=d.get("id"),
    )


def _competence(d: dict, transversale: bool) -> Competence:
    return Competence(
        id=d["id"],
        titre=d["titre"],
        criteres=tuple(Critere(c["id"], c["libelle"], d["id"]) for c in d["criteres"]),
        modalites=tuple(d.get("modalites", ())),
        activite=d.get("activite"),
        transversale=transversale,
        evaluees_via=tuple(d.get("evaluees_via", ())),
    )


@lru_cache(maxsize=1)
def charger() -> Referentiel:
    """Read and parse the reference once (cached)."""
    raw = charger_brut()
    cps = tuple(_competence(c, False) for c in raw["competences"])
    cts = tuple(_competence(c, True) for c in raw["transversales"])
    mods = tuple(_modalite(m) for m in raw["modalites"])
    criteres = {cr.id: cr for comp in cps + cts for cr in comp.criteres}
    plateau = tuple(raw.get("plateau_technique", {}).get("ressources", ()))
    ccp = tuple(
        Certificat(c["id"], c["titre"], c["activite"], c["source"],
                   tuple(_modalite(m) for m in c["modalites"]))
        for c in raw.get("certificats", ())
    )  # fmt: skip
    return Referentiel(
        raw["source"], tuple(raw["activites"]), mods, cps, cts, criteres, plateau, ccp
    )


def _modalite(m: dict) -> Modalite:
    return Modalite(
        id=m["id"],
        titre=m["titre"],
        duree_minutes=m.get("duree_minutes"),
        description=m.get("description", ""),
        parties=tuple(_partie(p) for p in m.get("parties", ())),
        competences=tuple(m.get("competences", ())),
    )


def competences() -> tuple[Competence, ...]:
    """The 9 professional competences CP1-CP9, in RE order."""
    return charger().competences


def transversales() -> tuple[Competence, ...]:
    """The 5 transversal competences CT1-CT5, in REAC order."""
    return charger().transversales


def modalites() -> tuple[Modalite, ...]:
    """The exam modalities of RE §3.1."""
    return charger().modalites


def partie_orale(taille: str = "titre") -> Partie:
    """« Partie 2 : mise en situation orale » of the title (`taille="titre"`) or of a CCP
    (« ccp_prospection », « ccp_negociation »), with its timed sub-parts."""
    if taille == "titre":
        mes = next(m for m in modalites() if m.id == "mise_en_situation")
    else:
        ccp = {c.id: c for c in certificats()}
        if taille not in ccp:
            raise ValueError(
                f"Taille d'épreuve inconnue : {taille!r} ; tailles : titre, " + ", ".join(ccp) + "."
            )
        mes = next(m for m in ccp[taille].modalites if m.id == "mise_en_situation")
    return next(p for p in mes.parties if p.parties and p.titre.endswith("orale"))


def certificats() -> tuple[Certificat, ...]:
    """The two CCP of the title (RE, CCP parts), with their exam modalities."""
    return charger().certificats


def plateau_technique() -> tuple[dict, ...]:
    """What a candidate has at the exam (RE annex 1): designation, description, observations."""
    return charger().plateau_technique


def production() -> dict:
    """The production of the questionnement à partir de productions (RE §3.1, informations
    complémentaires), quoted: rules of the document (font, pages, parts and their themes) and of
    the slide deck."""
    return copy.deepcopy(charger_brut()["production"])


def dossier_professionnel() -> dict:
    """What the RE says of the dossier professionnel and the final interview (quotes, sources)."""
    return copy.deepcopy(charger_brut()["dossier_professionnel"])


@lru_cache(maxsize=1)
def charger_brut() -> dict:
    """The reference's JSON as written (for the parts not modelled as dataclasses)."""
    with open(data_path("referentiel", "referentiel.json"), encoding="utf-8") as f:
        return json.load(f)


def tous_les_criteres() -> dict[str, Critere]:
    """All criteria (51 CP + 23 CT), id -> Critere."""
    return dict(charger().criteres)


def critere(id: str) -> Critere:
    """The criterion with this id; KeyError with a French message if unknown."""
    try:
        return charger().criteres[id]
    except KeyError:
        raise KeyError(f"Critère inconnu : {id!r}") from None
