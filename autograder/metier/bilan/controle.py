"""Contrôle d'un compte rendu écrit, quelle que soit sa forme (HTML du ``Rapport`` Python ou
fichier Word déposé) : chaque forme est lue en une liste de ``Section`` (titre, paragraphes,
tableaux, textes alternatifs des images), puis les mêmes règles s'appliquent.

* ``RUBRIQUES`` : les six rubriques attendues, repérées par des mots de leur titre ;
* une rubrique compte quand elle est commentée : au moins 40 caractères, un chiffre, rien
  « à compléter » ;
* ``DEFAUTS`` : un commentaire absent ou inachevé, un tableau de données brutes ;
* qualité ``alternatives`` : au moins un graphique, et chacun a un vrai texte alternatif.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from autograder.moteur import lecture_docx
from autograder.moteur.texte import sans_accents  # noqa: F401  (used by the report's readers)

# Rubriques attendues d'un compte rendu de bilan : clé → (mots repérés dans le titre, libellé).
RUBRIQUES = {
    "synthese": (("synthese", "resume", "essentiel"), "Synthèse"),
    "activite": (("activite", "resultats", "chiffres"), "Activité de la période"),
    "tendances": (("tendance", "evolution"), "Tendances"),
    "ecarts": (("ecart", "objectif"), "Écarts aux objectifs"),
    "mesures": (("mesure", "correct", "ajustement"), "Mesures correctives"),
    "opportunites": (("opportunit", "plan"), "Opportunités et plan d'actions"),
}
LIGNES_MAX = 25  # au-delà, un tableau n'est plus lisible par un tiers : il faut synthétiser
COMMENTAIRE_MIN = 40  # caractères : en dessous, ce n'est pas une phrase de constat
ALTERNATIVE_MIN = 40  # caractères : « Graphique » ou « Image 1 » ne disent rien du contenu
A_COMPLETER = re.compile(r"à compléter|a completer|\btodo\b|\bxxx\b|\.\.\.|…|\[.*?\]", re.I)
# Word writes its own guess (« Description générée automatiquement ») when nobody wrote one.
_AUTOMATIQUE = re.compile(r"g[ée]n[ée]r[ée]e? automatiquement|generated automatically", re.I)

DEFAUTS = {
    "a_completer": "Une section sans vrai commentaire (moins de 40 caractères, aucun chiffre) ou "
    "qui contient encore « à compléter », « … » ou « [ ] »",
    "tableau_brut": f"Un tableau de plus de {LIGNES_MAX} lignes (données brutes, pas une synthèse)",
}


def cle_rubrique(titre: str) -> str:
    """La clé de ``RUBRIQUES`` que nomme un titre, sinon le titre en minuscules à tirets."""
    sans = sans_accents(titre)
    for cle, (mots, _) in RUBRIQUES.items():
        if any(m in sans for m in mots):
            return cle
    return re.sub(r"[^a-z0-9]+", "-", sans).strip("-") or "section"


@dataclass
class Section(lecture_docx.Section):
    """A report section (read from the HTML route or a .docx): the rubrique it names, and whether
    it is commented."""

    @property
    def cle(self) -> str:
        return cle_rubrique(self.titre)

    @property
    def commentee(self) -> bool:
        texte = " ".join(self.paragraphes).strip()
        return (
            len(texte) >= COMMENTAIRE_MIN
            and re.search(r"\d", texte) is not None
            and not A_COMPLETER.search(texte)
        )


def alternative_valable(texte: str) -> bool:
    texte = (texte or "").strip()
    return len(texte) >= ALTERNATIVE_MIN and not _AUTOMATIQUE.search(texte)


def controler_sections(sections: list[Section]) -> set[str]:
    """Rubriques commentées, qualité ``alternatives`` et ``DEFAUTS`` repérés."""
    trouve = set()
    for s in sections:
        if not s.commentee:
            trouve.add("a_completer")
        elif s.cle in RUBRIQUES:
            trouve.add(s.cle)
        if any(n > LIGNES_MAX for n in s.tableaux):
            trouve.add("tableau_brut")
    alternatives = [a for s in sections for a in s.alternatives]
    if alternatives and all(alternative_valable(a) for a in alternatives):
        trouve.add("alternatives")
    return trouve
