"""Branching dialogues, shared by the negotiation simulator and the phone prospecting calls.

A dialogue is {"titre", "depart", "noeuds"}: each node holds the other party's line and 2 to 4
choices, each with its technique, its points (0, 1 or 2), its teaching feedback and the next
node; a node without choices ends the dialogue. Validation reports through `err(field, message)`
in French; the best path is the dialogue's key; each learner sees the replies in their own order.
"""

from __future__ import annotations

import functools
import hashlib
from datetime import datetime

from autograder.moteur.chrono import duree_en_clair
from autograder.moteur.formats import ReponseInvalide

# The words say the verdict; the icon only repeats it (it may show as a box without an emoji font).
NIVEAUX_REPLIQUE = {
    2: "✅ Très bien (2 points)",
    1: "🟡 Acceptable (1 point)",
    0: "❌ À éviter (0 point)",
}


def ordre_affiche(noeud: dict, melange, replique: str = "acheteur") -> list[dict]:
    """The node's choices in the order shown: shuffled, the same for one learner every time
    (`melange`), so that the best reply is not always the first one listed."""
    cle = f"{melange}|{noeud[replique]}|"
    return sorted(
        noeud["choix"], key=lambda c: hashlib.sha256((cle + c["id"]).encode()).hexdigest()
    )


def valider_dialogue(dlg, err, racine: str, techniques: dict, replique: str) -> None:
    """A branching dialogue under the field `racine`: nodes with the other party's line (key
    `replique`) and choices tagged with one of `techniques`; `err(field, message)` reports."""
    if not isinstance(dlg, dict) or not isinstance(dlg.get("noeuds"), dict):
        err(racine, "doit donner titre, depart et noeuds")
    if not dlg.get("titre"):
        err(f"{racine}.titre", "est absent")
    noeuds = dlg["noeuds"]
    if dlg.get("depart") not in noeuds:
        err(f"{racine}.depart", f"« {dlg.get('depart')} » n'est pas un nœud")
    for nom, n in noeuds.items():
        ch = f"{racine}.noeuds.{nom}"
        if not isinstance(n, dict) or not n.get(replique) or not isinstance(n.get("choix"), list):
            err(ch, "doit donner la réplique de l'interlocuteur et ses choix (liste, vide en fin)")
        ids = set()
        for i, c in enumerate(n["choix"]):
            chc = f"{ch}.choix[{i}]"
            if not isinstance(c, dict) or not all(
                c.get(k) for k in ("id", "texte", "technique", "retour", "suivant")
            ):
                err(chc, "doit donner id, texte, technique, points, retour et suivant")
            if c["technique"] not in techniques:
                err(
                    f"{chc}.technique",
                    f"« {c['technique']} » inconnue ; attendu {', '.join(techniques)}",
                )
            if c["suivant"] not in noeuds:
                err(f"{chc}.suivant", f"« {c['suivant']} » n'est pas un nœud")
            if c.get("points") not in (0, 1, 2):
                err(f"{chc}.points", "doit valoir 0, 1 ou 2")
            if c["id"] in ids:
                err(f"{chc}.id", f"« {c['id']} » est déjà utilisé dans ce nœud")
            ids.add(c["id"])
    try:
        meilleur_chemin(dlg)
    except RecursionError:
        err(f"{racine}.noeuds", "forme une boucle")


def meilleur_chemin(dlg: dict) -> list[str]:
    """Choice ids of the path worth the most points (the dialogue's key)."""

    @functools.cache
    def meilleur(nom):
        n = dlg["noeuds"][nom]
        if not n["choix"]:
            return 0, ()
        options = []
        for c in n["choix"]:
            pts, suite = meilleur(c["suivant"])
            options.append((pts + c["points"], (c["id"], *suite)))
        return max(options, key=lambda o: o[0])

    return list(meilleur(dlg["depart"])[1])


# -- a played dialogue's transcript: {"etapes": [...], "debut", "fin", <clock record>...} --------
def lire_transcription(brute, illisible: str, gardees: tuple[str, ...] = ()) -> dict:
    """The stored transcript with its shape checked (the steps themselves are checked by replay):
    its steps, its ISO start and end, and the `gardees` keys as they are. `illisible`: the French
    message when it is not a transcript."""
    if not isinstance(brute, dict) or not isinstance(brute.get("etapes"), list):
        raise ReponseInvalide(illisible)
    out = {"etapes": list(brute["etapes"])}
    for cle in ("debut", "fin"):
        if isinstance(brute.get(cle), str):
            out[cle] = brute[cle]
    out.update({cle: brute[cle] for cle in gardees if cle in brute})
    return out


def duree_jouee(transcription: dict) -> float | None:
    """Seconds from start to end of the transcript, None when either is missing or unreadable."""
    try:
        debut = datetime.fromisoformat(transcription["debut"])
        fin = datetime.fromisoformat(transcription["fin"])
    except (KeyError, TypeError, ValueError):
        return None
    return max(0.0, (fin - debut).total_seconds())


def ligne_duree(transcription: dict, quoi: str, limite: int, au_dela: str) -> str | None:
    """« ⏱️ Durée de <quoi> : … », with `au_dela` appended beyond `limite` seconds (the clock is
    reported, never graded); None without a readable duration."""
    secondes = duree_jouee(transcription)
    if secondes is None:
        return None
    ligne = f"⏱️ Durée de {quoi} : {duree_en_clair(secondes)}"
    return ligne + (f" : {au_dela}" if secondes > limite else "") + "."
