"""Every learner-facing text of the course, each with where it comes from.

Sources: markdown cells of course/ and solutions/ (exercises/ is generated from solutions/), the
README down to the trainer's part, the prose fields of the case files in data/, and what every
exercise declaration renders for one learner (statement, options and their feedback, elements and
justifications, explanation, diagnosed mistakes, the verdicts of a right and of a wrong answer,
the labels of its widget).
"""

from __future__ import annotations

import fnmatch
import html
import json
import re
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .prose import OBJET

RACINE = Path(__file__).resolve().parents[2]
APPRENANT = "camille.martin"  # the fixed learner whose data the statements are rendered with
FIN_README = "## Le parcours du formateur"


@dataclass(frozen=True)
class Texte:
    fichier: str  # path from the repository root
    lieu: str  # where in the file: « cellule 12 », « exercice ca_annuel, énoncé »…
    texte: str  # markdown or light HTML, as written or rendered
    langue: str = "fr"  # "fr+en": French feedback that quotes English (anglais_b2b)


# --- notebooks and README ---------------------------------------------------------------------


def textes_des_notebooks() -> list[Texte]:
    textes = []
    for dossier in ("course", "solutions"):
        for nb in sorted((RACINE / dossier).rglob("*.ipynb")):
            if ".ipynb_checkpoints" in nb.parts:
                continue
            cellules = json.loads(nb.read_text(encoding="utf-8"))["cells"]
            for i, cellule in enumerate(cellules, start=1):
                if cellule["cell_type"] == "markdown":
                    source = "".join(cellule["source"])
                    textes.append(Texte(str(nb.relative_to(RACINE)), f"cellule {i}", source))
    return textes


def textes_du_readme() -> list[Texte]:
    """The README from the top down to the trainer's part (excluded), one text per section."""
    lignes = (RACINE / "README.md").read_text(encoding="utf-8").split("\n")
    fin = next(i for i, ligne in enumerate(lignes) if ligne.startswith(FIN_README))
    textes, debut = [], 0
    for i in range(1, fin + 1):
        if i == fin or lignes[i].startswith("#"):
            lieu = f"lignes {debut + 1}-{i}"
            textes.append(Texte("README.md", lieu, "\n".join(lignes[debut:i])))
            debut = i
    return textes


# --- case files -------------------------------------------------------------------------------

# The prose fields of each case file, read from each folder's README. A pattern is a path of keys
# and list indices, `*` for any one of them; `@` stands for the keys of a dict whose keys are shown
# to the learner (values of the CRM base). Ids, enum values, codes and dates are never listed.
CHAMPS: dict[str, tuple[str, ...]] = {
    "bilan/objectifs.json": ("description", "indicateurs/*"),
    "canaux/canaux.json": (
        "source",
        "reac_cp3/*/rubrique",
        "reac_cp3/*/texte",
        "salon_exemple/couts/@",
    ),
    "cp2/portefeuille.json": (
        "description",
        "depot/nom",
        "facteur_emission/vehicule",
        "facteur_emission/source",
        "secteurs/*/nom",
        "secteurs/*/villes/*",
        "secteurs/*/specificite",
        "noms/*",
        "prefixes/*/*",
        "plan/*/action",
        "plan/*/responsable",
        "plan/*/kpi",
        "plan/*/cible",
        "signaux/*/type",
        "signaux/*/texte",
        "signaux/*/justification",
    ),
    "marches_publics/seuils.json": (
        "note",
        "a_verifier",
        "reac/source",
        "reac/citations/*/rubrique",
        "reac/citations/*/texte",
        "seuils/*/objet",
        "seuils/*/source",
        "seuils/*/desaccord",
        "textes/*/reference",
        "textes/*/objet",
    ),
    "marches_publics/cas.json": (
        "note",
        "acheteurs/*/nom",
        "acheteurs/*/de",
        "acheteurs/*/site",
        "acheteurs/*/objet",
        "types_acheteurs/*",
        "lots/*/intitule",
        "concurrents/*",
    ),
    "cp6/conditions_vente.json": (
        "note",
        "reac/source",
        "reac/citations/*",
        "reac/cp7/source",
        "reac/cp7/citations/*",
        "textes/*/reference",
        "textes/*/objet",
        "a_verifier",
        "prix/article",
    ),
    "cp2/organisation.json": (
        "note",
        "reac/source",
        # reac/citations: the REAC's wording quoted verbatim (« éco responsabilité »), not ours.
        "textes/*/reference",
        "textes/*/objet",
        "a_verifier",
        "regles_cas/source",
        "regles_cas/jours_terrain/*",
        "visio/unite",
        "visio/source",
        "acteurs_ess/*/1",  # [clé, nom, rôle]
        "acteurs_ess/*/2",
    ),
    "cp6/cas.json": (
        "note",
        "concurrents_note",
        "vendeur/*",
        "client/nom",
        "client/site",
        "client/activite",
        "client/projet",
        "client/interlocuteurs/*/*",
        "entretien/date",
        "entretien/lieu",
        "entretien/participants",
        "entretien/propos/*/1",  # [clé, qui, texte, famille, justification]
        "entretien/propos/*/2",
        "entretien/propos/*/4",
        "technique/marge_securite_source",
        "catalogue/*/designation",
        "catalogue/*/unite",
        "maintenance/designation",
        "concurrents/*/nom",
        "concurrents/*/origine",
        "concurrents/*/mode",
        "facteurs_emission/source",
        "conditions_generales/delai_paiement",
    ),
    "crm/parametres.json": (
        "description",
        "secteurs/*/secteur",
        "secteurs/*/libelle_naf",
        "secteurs/*/mots/*",
        "racines_noms/*",
        "tailles/*/libelle",
        "regions/*/region",
        "regions/*/villes/*/ville",
        "roles/*",
        "prenoms/*",
        "noms/*",
        "canaux/*",
        "types_interaction/@",
        "types_interaction/*/canal",
        "types_interaction/*/resultats/@",
        "sources_leads/@",
        "etapes_entonnoir/*",
        "motifs_perte/@",
        "produits/@",
        "motifs_resiliation/@",
        "verbatims/*/*",
        "definitions_defauts/*",
    ),
    "ereputation/avis.json": ("note", "evenements/*/libelle", "avis/*/auteur", "avis/*/texte"),
    "ereputation/lexique.json": ("note",),
    "image/charte.json": (
        "note",
        "regles/*/titre",
        "regles/*/texte",
        "profil/*/conforme",
        "profil/*/defaut",
        "publications/*/texte",
        "publications/*/justification",
        "categories_publication/*/1",  # [clé, libellé]
        "profil_personnel/note",
        "profil_personnel/sujets/*/consigne",
        "profil_personnel/clients/*/nom",
    ),
    "image/vente.json": (
        "note",
        "besoins/*/libelle",
        "fonctions/*/caracteristique",
        "fonctions/*/avantage",
        "fonctions/*/preuve",
        "clients/*/nom",
        "clients/*/secteur",
        "clients/*/interlocuteur",
        "soncas/*/libelle",
        "soncas/*/phrases/*",
        "etapes_demonstration/*/libelle",
        "etapes_demonstration/*/pourquoi",
        "publications_comparatives/*/texte",
        "publications_comparatives/*/retour",
        "profil_branding/*/texte",
        "profil_branding/*/justification",
        "categories_branding/*/1",  # [clé, libellé]
        "visio/*/texte",
        "visio/*/retour",
        "questions_comprehension/*/texte",
        "questions_comprehension/*/retour",
    ),
    "examen/contextes/*.json": (
        "secteur",
        "note",
        "entreprise/nom",
        "entreprise/ville",
        "entreprise/historique",
        "convention_cout",
        "offre/*/designation",
        "offre/*/unite",
        "objectifs/description",
        "commerciaux/*/prenom",
        "commerciaux/*/nom",
        "commerciaux/*/region",
        "prospect/entreprise",
        "prospect/activite",
        "prospect/ville",
        "prospect/contact/*",
        "prospect/premier_contact",
        "prospect/besoins_exprimes/*",
        "prospect/besoins_non_exprimes/*/*",
        "prospect/contraintes/*",
        "prospect/budget",
        "prospect/processus_decision",
        "prospect/centre_achat/*/nom",
        "prospect/centre_achat/*/fonction",
        "prospect/centre_achat/*/attentes",
        "concurrents/*/nom",
        "concurrents/*/forces/*",
        "concurrents/*/faiblesses/*",
        "conditions/livraison",
        "conditions/garantie",
        "conditions/remises",
    ),
    "examen/sujets.json": ("sujets/*/titre",),
    "examen/jury/grilles.json": (
        "note",
        "parties/*/titre",
        "parties/*/consigne",
        "parties/*/apres_oral",
        "parties/*/lignes/*/observable",
    ),
    "examen/jury/questions.json": (
        "note",
        "echanges/*/questions/*/question",
        "echanges/*/questions/*/bonne_reponse_contient/*",
    ),
    "kpi/entreprise.json": (
        "entreprise/*",
        "entreprise/offre/*",
        "regions/*",
        "commerciaux/*/prenom",
        "commerciaux/*/nom",
        "politique_objectifs/description",
        "scenario/description",
        "scenario/facteurs/*",
    ),
    "negociation/*.json": (
        "entreprise",
        "secteur",
        "interlocuteur/*",
        "solution",
        "contexte",
        "besoins/*",
        "termes/*/niveaux/*/libelle",
        "termes/*/raison",
        "contreparties/*/reponse",
        "objection/titre",
        "objection/noeuds/*/acheteur",
        "objection/noeuds/*/choix/*/texte",
        "objection/noeuds/*/choix/*/retour",
        "ecologie/*",
        "note",
        "source_facteur",
        "titre",
        "noeuds/*/acheteur",
        "noeuds/*/choix/*/texte",
        "noeuds/*/choix/*/retour",
    ),
    "telephone/*.json": (
        "entreprise",
        "secteur",
        "ville",
        "vendeur/*",
        "decideur/fonction",
        "motif/phrase",
        "rdv/lieu",
        "appel/titre",
        "appel/noeuds/*/dit",
        "appel/noeuds/*/choix/*/texte",
        "appel/noeuds/*/choix/*/retour",
    ),
    "questions/*.json": (
        "*/question",
        "*/answers/*/answer",
        "*/answers/*/feedback",
        "*/paires/*/gauche",
        "*/paires/*/droite",
        "*/elements/*",
        "*/feedback",
    ),
    "relation_client/savoirs_cp9.json": (
        "description",
        "source/document",
        "extraits/*/fiche",
        "extraits/*/texte",
    ),
    "referentiel/referentiel.json": (
        "source/titre",
        "source/note",
        "source/documents/*/intitule",
        "activites/*/titre",
        "modalites/*/titre",
        "modalites/*/description",
        "modalites/*/parties/*/titre",
        "modalites/*/parties/*/description",
        "modalites/*/parties/*/parties/*/titre",
        "modalites/*/parties/*/parties/*/description",
        "certificats/*/titre",
        "certificats/*/source",
        "certificats/*/modalites/*/titre",
        "certificats/*/modalites/*/description",
        "certificats/*/modalites/*/parties/*/titre",
        "certificats/*/modalites/*/parties/*/description",
        "competences/*/titre",
        "competences/*/criteres/*/libelle",
        "transversales/*/titre",
        "transversales/*/criteres/*/libelle",
        "production/source",
        "production/periode_en_entreprise/texte/*",
        "production/consignes/*",
        "production/document/introduction",
        "production/document/texte",
        "production/parties/*/titre",
        "production/parties/*/description",
        "production/parties/*/themes/*/titre",
        "production/parties/*/themes/*/elements/*",
        "production/diaporama/texte",
        "production/vae",
        "dossier_professionnel/citations/*/source",
        "dossier_professionnel/citations/*/texte",
        "dossier_professionnel/silence",
    ),
    "production/questions_jury.json": (
        "source",
        "*/*/question",
        "*/*/bonne_reponse_contient/*",
    ),
    "swot/*.json": (
        "titre",
        "secteur",
        "contexte",
        "enonces/*/texte",
        "enonces/*/justification",
        "enonces/*/piege",
        "tows/*/*/texte",
        "criteres_bonne_suggestion/*",
        "questions_jury/*/question",
        "questions_jury/*/bonne_reponse_contient/*",
    ),
    "veille/veille.json": (
        "note",
        "types/*/1",  # [clé, libellé]
        "concurrents/*/nom",
        "quadrants/*",
        "informations/*/texte",
        "informations/*/source",
        "libelles_type_source/*",
        "themes/*",
        "objectifs/*/texte",
        "sources/*/source",
    ),
    "veille_ia/veille_ia.json": (
        "note",
        "reac/*/texte",
        "reac/*/source",
        "rubriques/*/1",  # [clé, libellé, aide]
        "rubriques/*/2",
        "fragments/*/texte",
        "a_coller/*/texte",
        "a_coller/*/justification",
        "categories_a_coller/*/1",
        "contacts/*/fonction",
        "clients/*/segment",
        "sources_inventees/*/nom",
        "sources_inventees/*/avec_article",
    ),
}

# anglais_b2b: questions and answers are English (not checked); feedback is French quoting English.
ANGLAIS = {"questions/anglais_b2b.json": ("*/question", "*/answers/*/answer", "*/paires/*/gauche")}
FRANCAIS_ET_ANGLAIS = {"questions/anglais_b2b.json": ("*/answers/*/feedback", "*/feedback")}


_CHAMP_DE_MODELE = re.compile(r"\{\w+\}")


def _chaines(donnee, chemin=()):
    """(path, string) for every string of a JSON document; a dict's keys too, under `@`."""
    if isinstance(donnee, dict):
        for cle, valeur in donnee.items():
            yield (*chemin, "@"), cle
            yield from _chaines(valeur, (*chemin, cle))
    elif isinstance(donnee, list):
        for i, valeur in enumerate(donnee):
            yield from _chaines(valeur, (*chemin, str(i)))
    elif isinstance(donnee, str):
        yield chemin, donnee


def _correspond(chemin: tuple[str, ...], motifs: tuple[str, ...]) -> bool:
    for motif in motifs:
        parties = motif.split("/")
        if len(parties) == len(chemin) and all(
            (c == "@") == (p == "@") and fnmatch.fnmatchcase(c, p)
            for c, p in zip(chemin, parties, strict=True)
        ):
            return True
    return False


def _motifs(table: dict[str, tuple[str, ...]], relatif: str) -> tuple[str, ...]:
    return tuple(
        m for glob, motifs in table.items() if fnmatch.fnmatch(relatif, glob) for m in motifs
    )


def textes_des_donnees() -> list[Texte]:
    textes = []
    for fichier in sorted((RACINE / "data").rglob("*.json")):
        relatif = str(fichier.relative_to(RACINE / "data"))
        anglais = _motifs(ANGLAIS, relatif)
        mixtes = _motifs(FRANCAIS_ET_ANGLAIS, relatif)
        motifs = tuple(m for m in _motifs(CHAMPS, relatif) if m not in anglais)
        donnee = json.loads(fichier.read_text(encoding="utf-8"))
        for chemin, chaine in _chaines(donnee):
            if _correspond(chemin, anglais):
                continue
            langue = "fr+en" if _correspond(chemin, mixtes) else "fr"
            if langue == "fr+en" or _correspond(chemin, motifs):
                lieu = "/".join(chemin)
                chaine = _CHAMP_DE_MODELE.sub(OBJET, chaine)  # « {debit} » is the learner's number
                textes.append(Texte(f"data/{relatif}", lieu, chaine, langue))
    return textes


def fichiers_de_donnees_sans_champs() -> list[str]:
    """Case files no pattern covers (a new file must say which of its fields are prose)."""
    return [
        str(f.relative_to(RACINE))
        for f in sorted((RACINE / "data").rglob("*.json"))
        if not _motifs(CHAMPS, str(f.relative_to(RACINE / "data")))
    ]


# --- exercise declarations --------------------------------------------------------------------


@cache
def textes_des_exercices() -> tuple[Texte, ...]:
    """What every exercise renders for one learner. All engine imports live here, so a move of the
    engine's modules changes this function only."""
    from autograder.moteur import banque
    from autograder.moteur.seance import Seance
    from autograder.widgets.exercice import creer_widget

    devoirs = sorted(p.name for p in (RACINE / "data" / "exercices").iterdir() if p.is_dir())
    textes: list[Texte] = []
    with tempfile.TemporaryDirectory() as dossier:
        for devoir in devoirs:
            seance = Seance(devoir, Path(dossier) / devoir)
            seance.changer_identifiant(APPRENANT)
            fichier = f"data/exercices/{devoir}"
            for nom in banque.lister(devoir):
                ex = seance.exercice(nom)
                for lieu, texte in _rendus(ex):
                    textes.append(Texte(f"{fichier}/{nom}.py", lieu, texte))
                if not ex.variable:
                    de_la_banque = _textes_de_la_banque(ex)
                    for texte in _libelles_du_widget(creer_widget(seance, ex)):
                        texte = html.unescape(texte)
                        for extrait in de_la_banque:  # checked in data/questions (English too)
                            texte = texte.replace(extrait, OBJET)
                        textes.append(Texte(f"{fichier}/{nom}.py", "widget", texte))
    return tuple(textes)


def _rendus(ex) -> list[tuple[str, str]]:
    """(place, text) of one exercise: statement, choices, feedback, verdicts."""
    rendus = [("titre", ex.titre), ("énoncé", ex.enonce()), ("explication", ex.explication())]
    nature = ex.format.nature
    for lieu, fausse in _reponses_fausses(ex):
        verdict = ex.evaluer(fausse)
        rendus += [(lieu, verdict.message)] + [(lieu, d) for d in verdict.details]
    verdict = ex.evaluer(ex.solution())
    rendus += [("réponse juste", verdict.message)] + [("réponse juste", d) for d in verdict.details]
    if nature in ("choix", "choix_multiple"):
        for o in ex.options():
            rendus += [(f"option {o.cle}", o.libelle), (f"option {o.cle}, retour", o.retour)]
    if nature == "classement":
        rendus += [("catégorie", libelle) for _, libelle in ex.format.categories]
        for e in ex.elements():
            rendus += [(f"élément {e.cle}", e.libelle), (f"élément {e.cle}", e.justification)]
    diagnostics = getattr(ex.module, "diagnostics", None)
    if nature == "nombre" and diagnostics:
        rendus += [("diagnostic", message) for _, message in diagnostics(ex.params)]
    # A quiz's questions are the bank's (data/questions/*.json, checked whole there): only the
    # quiz's own statement and verdicts are its.
    return [(f"exercice {ex.nom}, {lieu}", texte) for lieu, texte in rendus if texte]


def _textes_de_la_banque(ex) -> list[str]:
    """The question bank's strings a quiz widget shows, longest first."""
    textes = []
    for q in ex.questions:
        textes.append(q.enonce())
        if q.format.nature in ("choix", "choix_multiple"):
            textes += [t for o in q.options() for t in (o.libelle, o.retour)]
        if q.format.nature == "classement":
            textes += [e.libelle for e in q.elements()]
            textes += [libelle for _, libelle in q.format.categories]
    return sorted({t for t in textes if t}, key=len, reverse=True)


def _reponses_fausses(ex) -> list[tuple[str, object]]:
    nature, solution = ex.format.nature, ex.solution()
    if nature == "nombre":
        fausses = [solution * 1.37 + 1, solution * 100, solution / 100]
        diagnostics = getattr(ex.module, "diagnostics", None)
        fausses += [valeur for valeur, _ in (diagnostics(ex.params) if diagnostics else [])]
        return [("réponse fausse", f) for f in fausses]
    if nature == "choix":
        return [("réponse fausse", o.cle) for o in ex.options() if not o.correct]
    if nature == "choix_multiple":
        return [("réponse fausse", [o.cle for o in ex.options() if not o.correct])]
    if nature == "personnalise":
        return [("réponse fausse", ex.module.reponse_fausse(ex.params))]
    return [("réponse vide", {})]  # classement and quiz: every element / question unanswered


def _libelles_du_widget(racine) -> list[str]:
    """Every text a widget tree shows: descriptions, tooltips, placeholders, HTML, options, tabs."""
    textes, pile = [], [racine]
    while pile:
        widget = pile.pop()
        for attribut in ("description", "tooltip", "placeholder"):
            valeur = getattr(widget, attribut, None)
            if isinstance(valeur, str) and valeur:
                textes.append(valeur)
        if type(widget).__name__ in ("HTML", "HTMLMath", "Label") and widget.value:
            textes.append(widget.value)
        textes += [str(libelle) for libelle in getattr(widget, "_options_labels", ())]
        textes += [titre for titre in getattr(widget, "titles", ()) if titre]  # Tab, Accordion
        pile += list(getattr(widget, "children", ()))
    return textes


def tous_les_textes() -> list[Texte]:
    return [
        *textes_des_notebooks(),
        *textes_du_readme(),
        *textes_des_donnees(),
        *textes_des_exercices(),
    ]
