"""The SWOT matrix as logic: quadrant labels, reading and scoring a learner's sorting of a case's
statements, the feedback that explains each one, and the TOWS pairs. No widget (see
autograder.widgets.swot), so tests and grading need none.
"""

from __future__ import annotations

from autograder.metier.swot.cas import QUADRANTS
from autograder.moteur.formats import ReponseInvalide

LIBELLES = {"S": "Force", "W": "Faiblesse", "O": "Opportunité", "T": "Menace"}
"""Quadrant → French label (S = strengths, W = weaknesses, O = opportunities, T = threats)."""

POURQUOI_ORIGINE = {
    "interne": "l'entreprise en a la maîtrise (ses moyens, ses résultats, ses choix) : c'est interne",
    "externe": "l'entreprise ne le décide pas (marché, clients, concurrents, réglementation) : "
    "c'est externe",
}
POURQUOI_EFFET = {
    "positif": "il aide l'entreprise à atteindre ses objectifs : c'est positif",
    "negatif": "il la freine ou l'expose : c'est négatif",
}


def libelle(q: str | None) -> str:
    return f"{LIBELLES[q]} ({q})" if q in LIBELLES else "non répondu"


def lire_classement(enonces: list[dict], brute) -> dict[str, str]:
    """Raw answer {id: quadrant or None} → stored form (None and "" dropped: « non répondu »)."""
    if not isinstance(brute, dict):
        raise ReponseInvalide(
            "Classez les énoncés dans la matrice : une réponse par énoncé, S, W, O ou T."
        )
    connus = {e["id"] for e in enonces}
    inconnus = sorted(set(brute) - connus)
    if inconnus:
        raise ReponseInvalide(
            f"Énoncé inconnu dans la réponse : {', '.join(map(str, inconnus))} ; "
            "répondez dans la matrice."
        )
    lue = {}
    for cle, q in brute.items():
        if q is None or q == "":
            continue
        if q not in QUADRANTS:
            raise ReponseInvalide(f"« {q} » n'est pas un quadrant : choisissez S, W, O ou T.")
        lue[cle] = q
    return lue


def retour_enonce(e: dict, donne: str | None) -> str:
    """French feedback for one statement: why it belongs where it does (plain text)."""
    if donne is None:
        return "Non répondu."
    attendu = e["quadrant"]
    o, f = QUADRANTS[donne]
    if donne == attendu:
        texte = f"Juste : {libelle(attendu)}. {e['justification']}"
    else:
        raisons = []
        if o != e["origine"]:
            raisons.append(POURQUOI_ORIGINE[e["origine"]])
        if f != e["effet"]:
            raisons.append(POURQUOI_EFFET[e["effet"]])
        texte = (
            f"Vous avez choisi {libelle(donne)}, soit {o} et {f.replace('negatif', 'négatif')}. "
            f"Or {' ; et '.join(raisons)}. Réponse : {libelle(attendu)}. {e['justification']}"
        )
    if e.get("piege"):
        texte += f" Piège : {e['piege']}."
    if e.get("fait_ou_opinion") == "opinion":
        texte += " C'est une opinion : dites au jury comment vous la vérifieriez."
    return texte


def noter_classement(enonces: list[dict], reponse) -> tuple[float, str, list[str]]:
    """(score 0..1, message, details): one point per statement placed right; partial credit."""
    if not isinstance(reponse, dict) or not enonces:
        return 0.0, "Aucun énoncé classé.", []
    justes = [e for e in enonces if reponse.get(e["id"]) == e["quadrant"]]
    repondus = [e for e in enonces if reponse.get(e["id"]) in QUADRANTS]
    n = len(enonces)
    manque = n - len(repondus)
    message = f"{len(justes)} énoncé{'s' if len(justes) > 1 else ''} bien classé"
    message += f"{'s' if len(justes) > 1 else ''} sur {n}"
    if manque:
        message += f" ({manque} non répondu{'s' if manque > 1 else ''})"
    message += "."
    details = [
        f"« {e['texte']} » : {retour_enonce(e, reponse.get(e['id']) if e in repondus else None)}"
        for e in enonces
        if e not in justes
    ]
    return len(justes) / n, message, details


PAIRES = {
    "SO": "s'appuyer sur une force pour saisir une opportunité",
    "ST": "utiliser une force pour parer une menace",
    "WO": "corriger une faiblesse grâce à une opportunité",
    "WT": "réduire une faiblesse exposée à une menace",
}


def texte_tows(cas: dict, tows: dict) -> str:
    """The learner's TOWS suggestions as plan text: « SO : … (appuis : … / …) », one a line."""
    par_id = {e["id"]: e for e in cas["enonces"]}
    lignes = []
    for paire in PAIRES:
        t = (tows or {}).get(paire) or {}
        if not str(t.get("texte", "")).strip():
            continue
        appuis = [par_id[i]["texte"] for i in (t.get("interne"), t.get("externe")) if i in par_id]
        suite = f" (appuis : {' / '.join(appuis)})" if appuis else ""
        lignes.append(f"{paire} : {t['texte'].strip()}{suite}")
    return "\n".join(lignes)
