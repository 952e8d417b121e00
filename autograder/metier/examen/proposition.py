"""The exam proposal (RE §3.1: the candidate « analyse le contexte d'entreprise et du premier
contact prospect et rédige une proposition technique et commerciale »), written in Writer or Word
and handed in as a .docx.

* ``modele_proposition(chemin, contexte)``: the blank proposal (the seller's header, the five
  sections with a hint under each, an empty price table; nothing of the answer);
* ``controler_proposition(chemin_ou_octets, contexte)``: the checks a machine can make, each with
  French advice that never gives the expected figures; ``score`` is the share passed. A file
  that cannot be checked, or the untouched template, gives a single failed check. The rest
  (relevance of the solution, of the arguments, the writing) is the jury's, graded with a barème;
* ``exemple_proposition(contexte, juste)``: a right proposal (the key) or a flawed one;
* ``reperes_proposition(contenu, contexte)``: what the reading found, shown to the learner.

Needs: a need counts as addressed when at least half of its content words (4 letters or more,
common words left out; compared without a plural's s and on their first 6 letters, so that
« sécuriser » meets « sécurité ») are in the « Solution » section, its tables included. An unexpressed need (the
context's ``besoin``) counts when found so in « Contexte » or « Solution ».

Budget: a total HT above the prospect's budget may be the right proposal (a better solution, an
option, a return on investment): the machine cannot weigh the argument, so the check is shown
but not scored; it asks for a justification when the financial section's paragraphs (not its
table) give no word of one (budget, dépassement, retour sur investissement, économie, option,
étalement, phases…). The jury grades the argument.
"""

from __future__ import annotations

import re
from pathlib import Path

from autograder.metier.examen import proposition_conditions as cond
from autograder.metier.examen import proposition_prix as prix
from autograder.metier.examen.proposition_exemple import exemple_proposition
from autograder.metier.examen.proposition_lecture import (
    Lecture,
    PropositionIllisible,
    couvert,
    normaliser,
    ouvrir,
    racines,
)
from autograder.metier.examen.proposition_modele import SECTIONS, modele_proposition
from autograder.moteur.controles import Controle, part_reussie

__all__ = [
    "PropositionIllisible", "controler_proposition", "exemple_proposition",
    "modele_proposition", "reperes_proposition", "score",
]  # fmt: skip
JUSTIFICATION = re.compile(  # words of an argument, in the financial section's paragraphs
    r"budget|depass|retour sur investissement|rentab|econom|amorti|option|etal|phase|financement"
)

CHIFFRAGE = (  # the labels of the price checks, in order
    "Tableau de prix lisible",
    "Montant de chaque ligne = quantité × prix unitaire",
    "Prix unitaires de l'offre",
    "Total HT = somme des lignes, remises déduites",
    "TVA au taux des produits",
    "Total TTC = total HT + TVA",
)
FORMES = {"scea", "sarl", "eurl", "gaec", "earl", "sasu"}  # legal forms, as racines() gives them
TITRES = {"dr", "m", "mme", "mlle", "me", "pr", "monsieur", "madame"}  # before a name
score = part_reussie  # the share of checks passed (0 for a file that could not be checked)


def controler_proposition(chemin_ou_octets, contexte: dict, nom: str = "") -> list[Controle]:
    """The checks of the proposal (a path, or a file's bytes named ``nom``) for ``contexte``."""
    if isinstance(chemin_ou_octets, bytes | bytearray | memoryview):
        contenu, nom = bytes(chemin_ou_octets), nom or "proposition.docx"
    else:
        chemin = Path(chemin_ou_octets)
        if not chemin.is_file():
            return [
                Controle(
                    "Proposition rendue",
                    False,
                    f"Fichier « {chemin} » introuvable : enregistrez votre proposition à cet "
                    "endroit, sous ce nom, au format Word (.docx).",
                )
            ]
        contenu, nom = chemin.read_bytes(), chemin.name
    try:
        lecture = ouvrir(contenu, nom)
        if not lecture.redige:
            raise PropositionIllisible(_pas_redigee(lecture, nom))
        return _controles(lecture, contexte)
    except PropositionIllisible as exc:
        return [Controle("Proposition lisible", False, str(exc))]
    except Exception:  # an odd part the reading trips on: never a traceback for the learner
        return [
            Controle(
                "Proposition lisible",
                False,
                f"« {nom} » ne se relit pas en entier : ouvrez-le dans Writer ou Word, "
                "enregistrez-le de nouveau au format .docx, puis rendez-le.",
            )
        ]


def reperes_proposition(contenu: bytes, contexte: dict, nom: str = "proposition.docx") -> str:
    """What the reading found (parts, price lines, payment terms), for the learner to see what
    the checker saw; "" when the file cannot be read."""
    try:
        lecture = ouvrir(contenu, nom)
        devis = prix.lire_devis(lecture, contexte["offre"])
    except Exception:  # unreadable: the checks say why
        return ""
    titres = ", ".join(f"« {t} »" for t in lecture.titres.values()) or "aucune"
    lignes = f"{len(devis.lignes)} ligne(s) de prix" if devis else "aucun tableau de prix"
    delais = cond.delais(lecture.texte("conditions") or lecture.texte())
    paiement = ", ".join(f"« {e} »" for _, _, e in delais) or "aucun"
    return f"Parties repérées : {titres} ; {lignes} ; délai de paiement lu : {paiement}."


def _controles(lecture: Lecture, contexte: dict) -> list[Controle]:
    offre = contexte["offre"]
    devis = prix.lire_devis(lecture, offre)
    conditions = lecture.texte("conditions") or lecture.texte()
    return [
        _sections(lecture),
        _prospect(lecture, contexte["prospect"]),
        _besoins(lecture, contexte["prospect"]["besoins_exprimes"]),
        _non_exprime(lecture, contexte["prospect"]["besoins_non_exprimes"]),
        _produits(lecture, devis, offre),
        *_chiffrage(lecture, devis, offre),
        *cond.controler_paiement(conditions, contexte),
        cond.controler_penalites(lecture.texte()),
        cond.controler_validite(lecture.texte()),
        cond.controler_signature(lecture),
        _budget(lecture, devis, contexte["prospect"]["budget_ht"]),
    ]


def _liste(elements) -> str:
    elements = list(elements)
    return ", ".join(elements[:-1]) + " et " + elements[-1] if len(elements) > 1 else elements[0]


def _sections(lecture: Lecture) -> Controle:
    libelle = "Les cinq parties attendues, rédigées"
    absentes = [
        f"« {titre} »" for cle, (titre, *_) in SECTIONS.items() if cle not in lecture.titres
    ]
    vides = [
        f"« {lecture.titres[cle]} »"
        for cle in SECTIONS
        if cle in lecture.titres and not lecture.textes[cle].strip()
    ]
    if not absentes and not vides:
        return Controle(libelle, True, "les cinq parties sont là, chacune rédigée.")
    problemes = [f"partie absente : {_liste(absentes)}"] if absentes else []
    problemes += [f"partie sans contenu : {_liste(vides)}"] if vides else []
    return Controle(
        libelle,
        False,
        " ; ".join(problemes) + ". Donnez à chaque partie son titre au style « Titre 1 » "
        "(Contexte et besoins, Solution proposée, Proposition financière, Conditions, Bon pour "
        "accord) et rédigez-la.",
    )


def nom_de_famille(nom: str) -> str:
    """« Dr Hervé Bancal » → « Bancal », « Yannick Le Roux » → « Le Roux »."""
    mots = [m for m in nom.split() if m.lower().rstrip(".") not in TITRES]
    return " ".join(mots[1:]) or " ".join(mots)


def _prospect(lecture: Lecture, prospect: dict) -> Controle:
    """The company (every word of its name but its legal form: « Grands Champs » for « SCEA des
    Grands Champs ») and the contact's surname, anywhere in the document."""
    libelle = "Le prospect nommé (entreprise et interlocuteur)"
    mots = racines(lecture.texte())
    entreprise, nom = (
        racines(prospect["entreprise"]),
        racines(nom_de_famille(prospect["contact"]["nom"])),
    )
    manque = [
        quoi
        for quoi, ok in (
            ("le nom de l'entreprise", entreprise - FORMES <= mots),
            ("le nom de votre interlocuteur", nom <= mots),
        )
        if not ok
    ]
    if not manque:
        return Controle(libelle, True, "l'entreprise et l'interlocuteur sont nommés.")
    return Controle(
        libelle,
        False,
        f"il manque {_liste(manque)} : une proposition s'adresse à une entreprise et à une "
        "personne ; nommez-les en tête du document ou dans « Contexte et besoins ».",
    )


def _besoins(lecture: Lecture, besoins: list[str]) -> Controle:
    libelle = "Chaque besoin exprimé trouve sa réponse dans la solution"
    solution = lecture.texte("solution")
    oublies = [b for b in besoins if not couvert(b, solution)]
    if not oublies:
        return Controle(libelle, True, f"les {len(besoins)} besoins exprimés sont traités.")
    return Controle(
        libelle,
        False,
        f"besoin{'s' if len(oublies) > 1 else ''} sans réponse dans « Solution proposée » : "
        + _liste(f"« {b} »" for b in oublies)
        + ". Reprenez chaque besoin du prospect avec ses mots et dites quel produit ou service "
        "y répond.",
    )


def _non_exprime(lecture: Lecture, besoins: list[dict]) -> Controle:
    libelle = "Au moins un besoin non exprimé décelé et traité"
    texte = lecture.texte("contexte", "solution")
    if any(couvert(b["besoin"], texte) for b in besoins):
        return Controle(libelle, True, "vous avez décelé un besoin que le prospect n'a pas dit.")
    return Controle(
        libelle,
        False,
        "aucun besoin non exprimé repéré : relisez la prise de contact (ce que le prospect dit "
        "de sa situation, ses incidents, ses contraintes), nommez le besoin qu'il ne formule pas "
        "dans « Contexte et besoins » et proposez-y une réponse.",
    )


def _produits(lecture: Lecture, devis, offre: list[dict]) -> Controle:
    libelle = "Produits et services de l'offre de l'entreprise"
    solution = lecture.texte("solution")
    nommes = [p for p in offre if couvert(prix.designation_principale(p), solution)]
    inconnues = [
        ligne.designation for ligne in (devis.lignes if devis else []) if not ligne.produit
    ]
    if nommes and not inconnues:
        return Controle(libelle, True, f"{len(nommes)} produit(s) de l'offre proposé(s).")
    problemes = (
        []
        if nommes
        else ["« Solution proposée » ne nomme aucun produit ou service de l'offre de l'entreprise"]
    )
    if inconnues:
        problemes.append(
            "ligne(s) du tableau de prix qui ne correspondent à aucun produit de l'offre : "
            + _liste(f"« {d[:60]} »" for d in inconnues)
        )
    return Controle(
        libelle,
        False,
        " ; ".join(problemes) + ". Reprenez les désignations du catalogue de l'entreprise "
        "(voir le dossier, « Offre »).",
    )


def _chiffrage(lecture: Lecture, devis, offre: list[dict]) -> list[Controle]:
    """Five checks: the table, the lines, the unit prices, total HT, VAT and TTC."""
    libelles = CHIFFRAGE
    if devis is None:
        conseil = (
            "aucun tableau de prix lu : dans « Proposition financière », insérez un vrai tableau "
            "(Tableau › Insérer un tableau) avec les colonnes Désignation, Quantité, Prix "
            "unitaire HT et Montant HT, puis les lignes Total HT, TVA et Total TTC."
        )
        return [Controle(lib, False, conseil if i == 0 else "rien à vérifier sans tableau de prix.")
                for i, lib in enumerate(libelles)]  # fmt: skip
    sortie = [Controle(libelles[0], True, f"{len(devis.lignes)} ligne(s) de prix lue(s).")]
    fausses = [
        ligne.designation
        for ligne in devis.lignes
        if not prix.egal(ligne.montant, prix.montant_attendu(ligne))
    ]
    sortie.append(
        _par_ligne(libelles[1], fausses, "chaque ligne est juste.", "montant faux ou illisible",
                   "Recalculez quantité × prix unitaire HT (remise de la ligne déduite), au "
                   "centime.")
    )  # fmt: skip
    remise = prix.remise_annoncee(lecture.texte("financier"))
    ecarts = [
        ligne.designation
        for ligne in devis.lignes
        if ligne.produit
        and not prix.egal(ligne.prix, ligne.produit["prix_ht"], 0.005)
        and not (
            ligne.prix is not None
            and ligne.prix < ligne.produit["prix_ht"]
            and (remise or ligne.remise)
        )
    ]
    sortie.append(
        _par_ligne(libelles[2], ecarts, "les prix unitaires sont ceux de l'offre.",
                   "prix unitaire différent du tarif de l'entreprise",
                   "Reprenez le prix HT du catalogue ; si vous accordez une remise, écrivez-la "
                   "(taux et montant) dans le tableau.")
    )  # fmt: skip
    sortie.append(
        _total(libelles[3], devis.total_ht, prix.total_ht_attendu(devis), "Total HT",
               "additionnez les montants HT des lignes, puis déduisez les remises.")
    )  # fmt: skip
    sortie.append(
        _total(libelles[4], devis.tva, prix.tva_attendue(devis, offre), "TVA",
               "appliquez au total HT le taux de TVA des produits (voir le dossier, « Offre ») ; "
               "avec plusieurs taux, une ligne de TVA par taux.")
    )  # fmt: skip
    attendu = (
        round(devis.total_ht + devis.tva, 2) if None not in (devis.total_ht, devis.tva) else None
    )
    sortie.append(
        _total(libelles[5], devis.ttc, attendu, "Total TTC",
               "ajoutez la TVA au total HT.")
    )  # fmt: skip
    return sortie


def _par_ligne(libelle: str, fautives: list[str], bien: str, defaut: str, conseil: str):
    if not fautives:
        return Controle(libelle, True, bien)
    cites = _liste(f"« {d[:60]} »" for d in fautives)
    return Controle(libelle, False, f"{defaut} : {cites}. {conseil}")


def _total(libelle: str, lu, attendu, quoi: str, conseil: str) -> Controle:
    """``quoi``: the label of the total (« Total HT », « TVA », « Total TTC »)."""
    if lu is None:
        return Controle(
            libelle,
            False,
            f"{quoi} introuvable : ajoutez sous les lignes du tableau de prix une ligne "
            f"« {quoi} » avec son montant ; {conseil}",
        )
    if attendu is None or not prix.egal(lu, attendu, prix.CENTIME * 2):
        return Controle(libelle, False, f"{quoi} ne correspond pas à votre tableau : {conseil}")
    return Controle(libelle, True, f"{quoi} juste.")


def _pas_redigee(lecture: Lecture, nom: str) -> str:
    """Why nothing can be checked in a readable document: empty, no heading, or the template."""
    if lecture.titres or lecture.autres:
        return (
            f"« {nom} » est le modèle tel quel : rédigez votre proposition sous chaque titre "
            "(remplacez les consignes), complétez le tableau de prix, puis rendez-la."
        )
    if not lecture.entete.strip():
        return f"« {nom} » est vide : rédigez votre proposition (partez du modèle fourni)."
    return (
        f"« {nom} » : aucun titre de partie repéré. Mettez chaque titre (Contexte et besoins, "
        "Solution proposée, Proposition financière, Conditions, Bon pour accord) au style "
        "« Titre 1 » (liste des styles de Writer ou de Word), puis rendez le document."
    )


def _budget(lecture: Lecture, devis, budget: float) -> Controle:
    libelle = "Budget du prospect (indicatif)"
    if devis is None or devis.total_ht is None:
        return Controle(libelle, False, "total HT introuvable : budget non comparé.", compte=False)
    if devis.total_ht <= budget:
        return Controle(libelle, True, "votre total HT tient dans le budget annoncé.", compte=False)
    if JUSTIFICATION.search(normaliser(lecture.paragraphes.get("financier", ""))):
        return Controle(
            libelle,
            True,
            "votre total HT dépasse le budget annoncé et vous vous en expliquez : le jury "
            "jugera l'argument.",
            compte=False,
        )
    return Controle(
        libelle,
        False,
        "votre total HT dépasse le budget annoncé par le prospect, sans un mot d'explication : "
        "justifiez l'écart (gain attendu, retour sur investissement, option, étalement) ou "
        "ajustez la solution.",
        compte=False,
    )
